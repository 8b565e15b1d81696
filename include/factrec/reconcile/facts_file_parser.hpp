#pragma once

#include <factrec/core.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/text_position.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/input.hpp>

#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <functional>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

// A parser with a semantic action is described by the parser it wraps, so that an expectation
// failure reads "expected an identifier" rather than a mangled type name.
namespace boost::spirit::x3 {
template <typename Subject, typename Action>
struct get_info<action<Subject, Action>> {
    using result_type = std::string;
    std::string operator()(const action<Subject, Action>& p) const { return what(p.subject); }
};
} // namespace boost::spirit::x3

namespace factrec {

namespace reconcile_detail {

template <class = void>
inline std::string describe_found(const char* at, const char* last) {
    if (at == last) return "the end of the file";
    if (*at == '\n' || *at == '\r') return "the end of the line";
    const char* stop = at;
    while (stop != last && stop - at < 16 && *stop != '\n' && *stop != '\r') ++stop;
    return "'" + std::string(at, stop) + "'";
}

} // namespace reconcile_detail

namespace reconcile_detail::facts_grammar {

namespace x3 = boost::spirit::x3;

using iterator = const char*;

// Every cue spelled out: "(already|previously) [been] committed" gives four phrases.
template <class = void>
inline result<std::vector<std::string>> expand_cue(std::string_view cue) {
    constexpr std::size_t max_expansions = 256;
    std::vector<std::string> phrases{""};
    std::size_t i = 0;
    while (i < cue.size()) {
        char c = cue[i];
        if (c == '(' || c == '[') {
            char close = c == '(' ? ')' : ']';
            std::size_t end = cue.find(close, i);
            if (end == std::string_view::npos) return error{std::string("cue has an unclosed '") + c + "'", i};
            std::string_view inside = cue.substr(i + 1, end - i - 1);
            if (inside.find_first_of("([") != std::string_view::npos) return error{"cue alternatives cannot nest", i};
            std::vector<std::string> choices;
            if (c == '[') choices = {"", std::string(inside)};
            if (c == '(') {
                for (std::size_t start = 0;;) {
                    std::size_t bar = inside.find('|', start);
                    choices.emplace_back(inside.substr(start, bar - start));
                    if (bar == std::string_view::npos) break;
                    start = bar + 1;
                }
            }
            // Cues match ignoring case, the words inside alternatives too: "(US|UK) aid".
            for (auto& choice : choices)
                for (auto& ch : choice) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            std::vector<std::string> next;
            for (const auto& prefix : phrases)
                for (const auto& choice : choices) next.push_back(prefix + choice);
            if (next.size() > max_expansions) return error{"cue expands to more than 256 phrases", i};
            phrases = std::move(next);
            i = end + 1;
        } else if (c == ')' || c == ']' || c == '|') {
            return error{std::string("unexpected '") + c + "' in cue (alternatives go inside parentheses)", i};
        } else {
            for (auto& p : phrases) p += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            ++i;
        }
    }
    for (auto& p : phrases) {
        // Optional words leave doubled or edge spaces behind.
        std::string squeezed;
        for (char ch : p)
            if (!(ch == ' ' && (squeezed.empty() || squeezed.back() == ' '))) squeezed += ch;
        while (!squeezed.empty() && squeezed.back() == ' ') squeezed.pop_back();
        p = std::move(squeezed);
    }
    std::erase_if(phrases, [](const std::string& p) { return p.empty(); });
    if (phrases.empty()) return error{"cue is empty", 0};
    return phrases;
}

struct keyword_tag;
struct identifier_tag;
struct quoted_tag;
struct unit_tag;
struct number_tag;
struct line_rest_tag;

// The grammar's objects are constants, built while compiling: no code runs before main to make
// them, and a translation unit that never parses a facts file compiles none of them. Character
// sets are spelt as alternatives of characters for this: X3's char_("...") fills a bit set at
// run time.
inline constexpr x3::rule<identifier_tag, std::string> identifier = "an identifier";
inline constexpr x3::rule<quoted_tag, std::string> quoted = "a quoted string";
inline constexpr x3::rule<unit_tag, std::string> unit_symbol = "a unit (USD, count(missiles), %, t, ...)";
inline constexpr x3::rule<number_tag, std::string> number_text = "a number";
inline constexpr x3::rule<line_rest_tag, std::string> line_rest = "a relation";

inline constexpr auto comment = x3::lit('#') >> *(x3::char_ - x3::eol);
inline constexpr auto skipper = x3::ascii::space | comment;
inline constexpr auto word_end = !(x3::ascii::alnum | x3::lit('_'));

inline constexpr auto identifier_def =
    x3::lexeme[(x3::ascii::alpha | x3::char_('_')) >> *(x3::ascii::alnum | x3::char_('_'))];
inline constexpr auto escaped = x3::lit('\\') > (x3::char_('"') | x3::char_('\\'));
inline constexpr auto quoted_def = x3::lexeme['"' > *(escaped | (x3::char_ - (x3::lit('"') | '\\' | '\n'))) > '"'];
inline constexpr auto unit_symbol_def =
    x3::raw[x3::lexeme[x3::string("%") |
                       (+(x3::ascii::alnum | x3::char_('_')) >>
                        -(x3::char_('(') >> *(x3::char_ - (x3::lit(')') | '\n')) >> x3::char_(')')))]];
inline constexpr auto number_text_def =
    x3::raw[x3::lexeme[-(x3::char_('+') | x3::char_('-')) >> +x3::ascii::digit >> -('/' >> +x3::ascii::digit) >>
                       -(x3::char_('.') >> +x3::ascii::digit) >>
                       -((x3::char_('e') | x3::char_('E')) >> -(x3::char_('+') | x3::char_('-')) >>
                         +x3::ascii::digit) >>
                       -x3::char_('%')]];
// A relation runs to the end of its line; it must not reach into the next statement.
inline constexpr auto line_rest_def =
    x3::no_skip[x3::omit[*x3::ascii::blank] >> +(x3::char_ - (x3::lit('#') | '\r' | '\n'))];

BOOST_SPIRIT_DEFINE(identifier, quoted, unit_symbol, number_text, line_rest)

// A whole word, named for messages: "expected 'unit', found ...".
// Records where the next token starts (after skipping): an action's own range begins where
// its match ends, which is no use for messages.
template <class = void>
inline auto mark(const char*& slot) {
    return x3::eps[([&slot](auto& ctx) { slot = x3::_where(ctx).begin(); })];
}

// A rule keeps only a pointer to its name, so each word's name is made once and kept: one per
// word rather than one per statement ever parsed, and safe to ask for from several threads.
template <class = void>
inline const char* keyword_name(const char* word) {
    static std::mutex guard;
    static std::set<std::string, std::less<>> names;
    const std::lock_guard lock(guard);
    return names.insert(std::string("'") + word + "'").first->c_str();
}

template <class = void>
inline auto keyword(const char* word) {
    return x3::rule<keyword_tag>{keyword_name(word)} = x3::lexeme[x3::lit(word) >> word_end];
}

struct up_to_meaning_tag;
inline constexpr x3::rule<up_to_meaning_tag, std::string> up_to_meaning = "'ceiling' or 'at_most'";
inline constexpr auto up_to_meaning_def = x3::lexeme[(x3::string("ceiling") | x3::string("at_most")) >> word_end];
BOOST_SPIRIT_DEFINE(up_to_meaning)

} // namespace reconcile_detail::facts_grammar

/// Reads a facts file: `fact`, `relation`, `source`/`speaker ... trust`, `reading` and `claim`
/// statements, `#` comments (the README's "Reconciling a story"). Errors say "file:line:column: what
/// was expected", with the byte offset in the error. The result keeps a copy of `text`;
/// `file_name` is used only in messages. Linear in the file's size.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
result<facts_file> parse_facts_file(std::string_view text, std::string_view file_name = "<facts>") {
    namespace x3 = boost::spirit::x3;
    namespace g = reconcile_detail::facts_grammar;
    facts_file file;
    file.name = std::string(file_name);
    file.text = std::string(text);
    auto fail = [&](std::size_t offset, std::string_view message) {
        return result<facts_file>(error{file.where(offset, message), offset});
    };

    auto start = check_strict_text(text, "a facts file");
    if (!start) return fail(start.error().offset, start.error().message);

    const char* const begin = text.data();
    const char* first = begin + *start; // after a byte-order mark
    const char* const last = begin + text.size();
    auto offset_of = [&](const char* p) { return static_cast<std::size_t>(p - begin); };
    auto number_from = [&](const std::string& written, const char* at) -> result<exact_number> {
        bool percent = !written.empty() && written.back() == '%';
        auto value = parse_exact_number(percent ? std::string_view(written).substr(0, written.size() - 1)
                                                : std::string_view(written));
        if (!value) return error{file.where(offset_of(at), value.error().message), offset_of(at)};
        return percent ? exact_number(*value / 100) : *value;
    };

    try {
        while (true) {
            x3::phrase_parse(first, last, x3::eps, g::skipper);
            if (first == last) break;
            const char* statement = first;
            std::string keyword;
            if (!x3::parse(first, last, g::identifier, keyword))
                return fail(offset_of(first),
                            "expected a statement (fact, relation, source, speaker, reading or claim)");

            if (keyword == "fact") {
                fact_declaration fact;
                fact.offset = offset_of(statement);
                std::string unit_text;
                const char* unit_at = nullptr;
                std::vector<std::string> cues;
                std::vector<const char*> cue_at;
                auto set_unit = [&](auto& ctx) { unit_text = x3::_attr(ctx); };
                const char* cue_start = nullptr;
                auto add_cue = [&](auto& ctx) {
                    cues.push_back(x3::_attr(ctx));
                    cue_at.push_back(cue_start);
                };
                auto mark_whole = [&](auto&) { fact.whole = true; };
                auto mark_signed = [&](auto&) { fact.is_signed = true; };
                bool series_twice = false;
                auto mark_series = [&](series_kind kind) {
                    return [&, kind](auto&) {
                        series_twice = series_twice || fact.series != series_kind::timeless;
                        fact.series = kind;
                    };
                };
                // A fact whose values are changes ("rose 4.2%"), which may go either way.
                auto mark_changes = [&](auto&) { fact.changes = fact.is_signed = true; };
                auto mark_up_to = [&](auto& ctx) {
                    fact.up_to = x3::_attr(ctx) == "ceiling" ? up_to_reading::ceiling : up_to_reading::at_most;
                };
                const char* id_at = nullptr;
                auto at_id = [&](auto& ctx) { fact.id = x3::_attr(ctx); };
                auto at_label = [&](auto& ctx) { fact.label = x3::_attr(ctx); };
                // --- binding scope (issue 13): `not "words", ...` and `in "Source", ...` ---
                auto add_excluded = [&](auto& ctx) { fact.excluded_words.push_back(x3::_attr(ctx)); };
                auto add_only_source = [&](auto& ctx) { fact.only_sources.push_back(x3::_attr(ctx)); };
                const char* only_at = nullptr;
                auto scope = (g::keyword("not") > (g::quoted[add_excluded] % ',')) |
                             (g::keyword("in") > g::mark(only_at) > (g::quoted[add_only_source] % ','));
                // --- end binding scope ---
                auto parser = g::mark(id_at) > g::identifier[at_id] > -g::quoted[at_label] > g::keyword("unit") >
                              g::mark(unit_at) > g::unit_symbol[set_unit] >
                              *(g::keyword("whole")[mark_whole] | g::keyword("signed")[mark_signed] |
                                g::keyword("changes")[mark_changes] |
                                g::keyword("cumulative")[mark_series(series_kind::cumulative)] |
                                g::keyword("changing")[mark_series(series_kind::changing)] |
                                (g::keyword("up_to") > g::up_to_meaning)[mark_up_to]) >
                              -(g::keyword("cues") > ((g::mark(cue_start) > g::quoted[add_cue]) % ',')) > *scope;
                if (!x3::phrase_parse(first, last, parser, g::skipper))
                    return fail(offset_of(first), "expected a fact declaration");
                auto unit = unit::from_symbol(unit_text);
                if (!unit) return fail(offset_of(unit_at), unit.error().message);
                fact.unit = *unit;
                if (series_twice)
                    return fail(fact.offset,
                                "fact '" + fact.id + "' is either cumulative or changing, and says so once");
                if (fact.unit.dimension() == dimension::count) fact.whole = true;
                for (std::size_t k = 0; k < cues.size(); ++k) {
                    auto expanded = g::expand_cue(cues[k]);
                    if (!expanded)
                        return fail(offset_of(cue_at[k]) + 1 + expanded.error().offset, expanded.error().message);
                    fact.declared_cues.push_back({cues[k], offset_of(cue_at[k]), fact.cues.size(), expanded->size()});
                    fact.cues.insert(fact.cues.end(), expanded->begin(), expanded->end());
                }
                if (only_at) fact.only_sources_offset = offset_of(only_at);
                for (std::string& word : fact.excluded_words) {
                    for (char& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                    if (word.find_first_not_of(' ') == std::string::npos)
                        return fail(fact.offset, "fact '" + fact.id + "': a `not` phrase is empty");
                }
                if (file.find_fact(fact.id)) return fail(offset_of(id_at), "fact '" + fact.id + "' is declared twice");
                file.facts.push_back(std::move(fact));
            } else if (keyword == "relation") {
                relation_declaration relation;
                std::string weight_text;
                const char* weight_at = nullptr;
                const char* id_at = nullptr;
                auto at_id = [&](auto& ctx) { relation.id = x3::_attr(ctx); };
                auto at_weight = [&](auto& ctx) { weight_text = x3::_attr(ctx); };
                const char* expression_at = nullptr;
                auto at_expression = [&](auto& ctx) { relation.expression = x3::_attr(ctx); };
                auto parser = g::mark(id_at) > g::identifier[at_id] >
                              -(g::keyword("weight") > g::mark(weight_at) > g::number_text[at_weight]) >
                              g::mark(expression_at) > ':' > g::line_rest[at_expression];
                if (!x3::phrase_parse(first, last, parser, g::skipper))
                    return fail(offset_of(first), "expected a relation");
                relation.offset = offset_of(expression_at) + 1;
                while (relation.offset < text.size() && (text[relation.offset] == ' ' || text[relation.offset] == '\t'))
                    ++relation.offset;
                while (!relation.expression.empty() &&
                       std::isspace(static_cast<unsigned char>(relation.expression.back())))
                    relation.expression.pop_back();
                if (weight_at) {
                    auto weight = number_from(weight_text, weight_at);
                    if (!weight) return weight.error();
                    relation.weight = *weight;
                }
                for (const auto& r : file.relations)
                    if (r.id == relation.id)
                        return fail(offset_of(id_at), "relation '" + relation.id + "' is declared twice");
                if (file.find_fact(relation.id))
                    return fail(offset_of(id_at), "'" + relation.id + "' is already a fact id");
                file.relations.push_back(std::move(relation));
            } else if (keyword == "source" || keyword == "speaker") {
                trust_declaration trust;
                trust.offset = offset_of(statement);
                std::string trust_text;
                const char* trust_at = nullptr;
                auto at_trust = [&](auto& ctx) { trust_text = x3::_attr(ctx); };
                auto at_name = [&](auto& ctx) { trust.name = x3::_attr(ctx); };
                const char* name_at = nullptr;
                auto parser = g::mark(name_at) > g::quoted[at_name] > g::keyword("trust") > g::mark(trust_at) >
                              g::number_text[at_trust];
                if (!x3::phrase_parse(first, last, parser, g::skipper))
                    return fail(offset_of(first), "expected a name and trust");
                trust.name_offset = offset_of(name_at);
                auto value = number_from(trust_text, trust_at);
                if (!value) return value.error();
                if (*value <= 0) return fail(offset_of(trust_at), "trust must be positive");
                trust.trust = *value;
                auto& list = keyword == "source" ? file.sources : file.speakers;
                for (const auto& t : list)
                    if (t.name == trust.name)
                        return fail(trust.offset, keyword + " \"" + trust.name + "\" is declared twice");
                list.push_back(std::move(trust));
            } else if (keyword == "reading") {
                std::string what;
                const char* what_at = first;
                x3::phrase_parse(first, last, x3::eps, g::skipper);
                what_at = first;
                if (!x3::phrase_parse(first, last, g::identifier, g::skipper, what))
                    return fail(offset_of(first), "expected 'precision', 'about' or 'up_to' after 'reading'");
                if (what == "precision") {
                    std::string mode;
                    const char* mode_at = nullptr;
                    x3::phrase_parse(first, last, x3::eps, g::skipper);
                    mode_at = first;
                    if (!x3::phrase_parse(first, last, g::identifier, g::skipper, mode))
                        return fail(offset_of(first), "expected exact, last_digit or relative");
                    if (mode == "exact")
                        file.precision.rounding = precision_policy::mode::exact;
                    else if (mode == "last_digit")
                        file.precision.rounding = precision_policy::mode::last_digit;
                    else if (mode == "relative") {
                        std::string tolerance;
                        const char* at = nullptr;
                        auto at_number = [&](auto& ctx) { tolerance = x3::_attr(ctx); };
                        if (!x3::phrase_parse(first, last, g::mark(at) >> g::number_text[at_number], g::skipper))
                            return fail(offset_of(first), "expected a tolerance after 'relative', such as 2%");
                        auto value = number_from(tolerance, at);
                        if (!value) return value.error();
                        if (*value < 0 || *value >= 1)
                            return fail(offset_of(at), "a relative tolerance lies in [0%, 100%)");
                        file.precision.rounding = precision_policy::mode::relative;
                        file.precision.relative_tolerance = *value;
                    } else {
                        return fail(offset_of(mode_at),
                                    "unknown precision '" + mode + "': expected exact, last_digit or relative");
                    }
                } else if (what == "about") {
                    std::string tolerance;
                    const char* at = nullptr;
                    auto at_number = [&](auto& ctx) { tolerance = x3::_attr(ctx); };
                    if (!x3::phrase_parse(first, last, g::mark(at) >> g::number_text[at_number], g::skipper))
                        return fail(offset_of(first), "expected the tolerance of 'about', such as 5%");
                    auto value = number_from(tolerance, at);
                    if (!value) return value.error();
                    if (*value < 0 || *value >= 1)
                        return fail(offset_of(at), "the tolerance of 'about' lies in [0%, 100%)");
                    file.precision.approximate_tolerance = *value;
                } else if (what == "up_to") {
                    std::string meaning;
                    std::vector<std::string> ids;
                    std::vector<const char*> id_at;
                    const char* id_start = nullptr;
                    auto add_id = [&](auto& ctx) {
                        ids.push_back(x3::_attr(ctx));
                        id_at.push_back(id_start);
                    };
                    auto at_meaning = [&](auto& ctx) { meaning = x3::_attr(ctx); };
                    auto parser =
                        g::up_to_meaning[at_meaning] > ':' > ((g::mark(id_start) > g::identifier[add_id]) % ',');
                    const char* meaning_at = first;
                    x3::phrase_parse(first, last, x3::eps, g::skipper);
                    meaning_at = first;
                    if (!x3::phrase_parse(first, last, parser, g::skipper))
                        return fail(offset_of(meaning_at),
                                    "expected 'ceiling:' or 'at_most:' and fact ids after 'reading up_to'");
                    for (std::size_t k = 0; k < ids.size(); ++k) {
                        auto* fact = const_cast<fact_declaration*>(file.find_fact(ids[k]));
                        if (!fact)
                            return fail(offset_of(id_at[k]),
                                        "unknown fact '" + ids[k] + "' (declare facts before readings)");
                        fact->up_to = meaning == "ceiling" ? up_to_reading::ceiling : up_to_reading::at_most;
                    }
                } else {
                    return fail(offset_of(what_at),
                                "unknown reading '" + what + "': expected precision, about or up_to");
                }
            } else if (keyword == "claim") {
                pinned_claim pin;
                pin.offset = offset_of(statement);
                const char* fact_at = nullptr;
                auto at_fact = [&](auto& ctx) { pin.fact = x3::_attr(ctx); };
                auto at_source = [&](auto& ctx) { pin.source = x3::_attr(ctx); };
                auto at_quote = [&](auto& ctx) { pin.quote = x3::_attr(ctx); };
                const char* source_at = nullptr;
                auto parser = g::mark(fact_at) > g::identifier[at_fact] > g::keyword("from") > g::mark(source_at) >
                              g::quoted[at_source] > g::keyword("quote") > g::quoted[at_quote];
                if (!x3::phrase_parse(first, last, parser, g::skipper))
                    return fail(offset_of(first), "expected a pinned claim");
                pin.source_offset = offset_of(source_at);
                if (!file.find_fact(pin.fact))
                    return fail(offset_of(fact_at), "unknown fact '" + pin.fact + "' in pinned claim");
                if (pin.quote.empty()) return fail(pin.offset, "the quote of a pinned claim is empty");
                file.pins.push_back(std::move(pin));
            } else {
                return fail(offset_of(statement), "unknown statement '" + keyword +
                                                      "': expected fact, relation, source, speaker, reading or claim");
            }
        }
    } catch (const x3::expectation_failure<g::iterator>& failure) {
        const char* at = failure.where();
        while (at != last && (*at == ' ' || *at == '\t')) ++at;
        return fail(offset_of(at),
                    "expected " + failure.which() + ", found " + reconcile_detail::describe_found(at, last));
    }
    return file;
}

#ifdef FACTREC_COMPILED
// Built once in factrec::compiled (src/); consumers of that library only declare it.
extern template result<facts_file> parse_facts_file<void>(std::string_view, std::string_view);
#endif

} // namespace factrec
