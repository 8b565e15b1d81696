#pragma once

#include <factrec/core.hpp>
#include <factrec/parse.hpp>
#include <factrec/parse/english/plurals.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/detail/assignment.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/names.hpp>
#include <factrec/reconcile/detail/noun_classes.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace factrec {

namespace reconcile_detail {

inline char ascii_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
template <class = void>
inline bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// Byte spans of `cue` in `text`, case-insensitive, at word boundaries.
template <class = void>
inline std::vector<byte_span> find_cue(std::string_view text, std::string_view cue) {
    std::vector<byte_span> found;
    if (cue.empty() || cue.size() > text.size()) return found;
    for (std::size_t i = 0; i + cue.size() <= text.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < cue.size() && match; ++k) match = ascii_lower(text[i + k]) == cue[k];
        if (!match) continue;
        bool starts_word = i == 0 || !is_word_byte(text[i - 1]) || !is_word_byte(cue.front());
        bool ends_word =
            i + cue.size() == text.size() || !is_word_byte(text[i + cue.size()]) || !is_word_byte(cue.back());
        if (starts_word && ends_word) found.push_back({i, i + cue.size()});
    }
    return found;
}

// Whether a figure of this kind and unit can be a value of the fact, and if so in the fact's
// unit. A count fact takes counts of the nouns it counts (its own, its class's, or the facts
// file's alternatives: reconcile/detail/noun_classes.hpp); "two leaders" is not a number of troops.
// `following` is the text from the figure on, for counted nouns of several words. A pinned
// figure (`any_noun`) is a count of whatever its fact counts, as the facts file says.
template <class = void>
inline std::optional<interval> fit(const mention& m, const fact_declaration& f, std::string_view following = {},
                                   bool any_noun = false) {
    // A change is by how much a thing moved, never its value: only a fact of changes takes it,
    // signed by its direction ("fell 3%" is -3%). A figure that converts another is that
    // figure said again, rounded apart from it, and never bound on its own.
    if (m.converts || (m.role == figure_role::change) != f.changes) return std::nullopt;
    const bool fallen = m.role == figure_role::change && m.direction == change_direction::down &&
                        !m.quantity.value.is_empty() && !m.quantity.value.lower().infinite &&
                        m.quantity.value.lower().value.sign() >= 0;
    const interval value = fallen ? -m.quantity.value : m.quantity.value;
    const unit& from = m.quantity.unit;
    switch (m.kind) {
    case mention_kind::date: return std::nullopt;
    case mention_kind::year:
        if (f.unit.dimension() != dimension::calendar_year) return std::nullopt;
        return value;
    case mention_kind::number:
        if (f.unit.dimension() != dimension::count && f.unit.dimension() != dimension::plain) return std::nullopt;
        return value;
    case mention_kind::count:
        if (f.unit.dimension() == dimension::plain && any_noun) return value;
        if (f.unit.dimension() != dimension::count) return std::nullopt;
        if (!any_noun && !counts_noun(f.unit, from.symbol(), following)) return std::nullopt;
        return value;
    default: {
        if (!commensurable(from, f.unit)) return std::nullopt;
        auto converted = convert(value, from, f.unit);
        if (!converted) return std::nullopt;
        return *converted;
    }
    }
}

// "up to $332 billion" read as "the announced ceiling is $332 billion": the figure alone,
// read with the precision policy. Leading words are dropped until what remains is a bare figure.
template <class = void>
inline std::optional<quantity> figure_without_qualifier(std::string_view written, const precision_policy& precision) {
    for (std::size_t start = 0; start < written.size();) {
        auto q = parse_quantity(written.substr(start), precision);
        if (q && q->qualifier == qualifier::none) return *q;
        std::size_t space = written.find(' ', start);
        if (space == std::string_view::npos) break;
        start = space + 1;
    }
    return std::nullopt;
}

// --- binding as an assignment (issue 13) ---
// The cost of reading a cue occurrence as the word a figure is about, in points: two a word
// between them (one for a function word: "are", "in", "to"), one more when the cue comes
// before the figure, eight for each clause boundary (comma, semicolon, colon, bracket, dash),
// six for each other figure and three for each "and", "but", "or", "while" between them. A
// reader pairs "$26 billion in aid to Israel" and "10,000 are missing" this way.
inline constexpr long long word_cost = 2, function_word_cost = 1, cue_before_cost = 1, clause_cost = 8,
                           figure_between_cost = 6, conjunction_cost = 3;
// Beyond this a cue is not about the figure, whatever else the sentence says.
inline constexpr long long farthest_cue_cost = 80;
// What leaving a figure unbound costs: more than any pair, so that as many figures as can be
// bound are.
inline constexpr long long unbound_cost = 1000;

template <class = void>
inline bool is_conjunction(std::string_view lower) {
    return lower == "and" || lower == "but" || lower == "or" || lower == "while" || lower == "whereas";
}

template <class = void>
inline long long pairing_cost(std::string_view text, byte_span figure, byte_span cue,
                              const std::vector<byte_span>& other_figures) {
    const bool cue_before = cue.end <= figure.begin;
    const bool overlapping = !cue_before && cue.begin < figure.end;
    if (overlapping) return 0;
    std::size_t from = cue_before ? cue.end : figure.end, to = cue_before ? figure.begin : cue.begin;
    std::string_view between = text.substr(from, to - from);
    long long cost = cue_before ? cue_before_cost : 0;
    std::string word;
    auto end_word = [&] {
        if (word.empty()) return;
        bool digit = word.front() >= '0' && word.front() <= '9';
        if (is_conjunction(word))
            cost += conjunction_cost + function_word_cost;
        else if (!digit)
            cost += is_noun_stop_word(word) ? function_word_cost : word_cost;
        word.clear();
    };
    for (std::size_t i = 0; i < between.size(); ++i) {
        char c = between[i];
        if (is_word_byte(c)) {
            word += ascii_lower(c);
            continue;
        }
        end_word();
        if (std::string_view(",;:()[]").find(c) != std::string_view::npos) cost += clause_cost;
        if (between.substr(i).starts_with(" - ") || between.substr(i).starts_with("\xE2\x80\x94") ||
            between.substr(i).starts_with("\xE2\x80\x93"))
            cost += clause_cost;
    }
    end_word();
    for (const byte_span& other : other_figures)
        if (other.begin >= from && other.end <= to) cost += figure_between_cost;
    return cost;
}

// The clause of a figure: the text between the clause boundaries around it, for `not` words.
template <class = void>
inline std::string_view clause_around(std::string_view sentence, std::size_t begin, std::size_t end) {
    constexpr std::string_view boundaries = ",;:()[]";
    std::size_t from = sentence.find_last_of(boundaries, begin == 0 ? 0 : begin - 1);
    from = from == std::string_view::npos || from >= begin ? 0 : from + 1;
    std::size_t to = sentence.find_first_of(boundaries, end);
    if (to == std::string_view::npos) to = sentence.size();
    return sentence.substr(from, to - from);
}

// The text a `not` word is looked for in: the figure's clause, but after the figure only up to
// the next figure. A word before a figure qualifies the clause ("the notional result gives 411
// seats and 120"); one after it qualifies the nearest figure ("won 411 seats compared with 202
// in 2019": "2019" is about 202, not 411). `next_figure` is where the next figure of the
// sentence begins, relative to the sentence, or npos.
template <class = void>
inline std::string_view scope_around(std::string_view sentence, std::size_t begin, std::size_t end,
                                     std::size_t next_figure) {
    const std::string_view clause = clause_around(sentence, begin, end);
    const auto clause_begin = static_cast<std::size_t>(clause.data() - sentence.data());
    if (next_figure == std::string_view::npos || next_figure >= clause_begin + clause.size()) return clause;
    return clause.substr(0, next_figure - clause_begin);
}

// Why a fact cannot take a figure for its scope (`not`, `in`), or nothing.
template <class = void>
inline std::optional<std::string> out_of_scope(const fact_declaration& f, const article& art, std::string_view clause) {
    if (!f.only_sources.empty() && std::none_of(f.only_sources.begin(), f.only_sources.end(),
                                                [&](const std::string& s) { return same_name(s, art.publisher.name); }))
        return "the fact is limited by `in` to other sources than \"" + art.publisher.name + "\"";
    for (const std::string& word : f.excluded_words)
        if (!find_cue(clause, word).empty()) return "its clause has \"" + word + "\", which `not` keeps off the fact";
    return std::nullopt;
}

// Whether the binder leaves a figure unbound whatever the cues say, and why. (Parse helpers
// add mention roles here: a change or a conversion is not a value of a fact.)
template <class = void>
inline std::optional<std::string> left_unbound(const mention& m) {
    if (m.kind == mention_kind::date) return std::string("a date");
    if (m.converts) return std::string("a conversion of another figure");
    return std::nullopt;
}
// --- end binding as an assignment ---

} // namespace reconcile_detail

/// Binds every mention to at most one fact. Pinned claims are placed first, by their quotes.
/// Then, sentence by sentence, figures and the cue occurrences in the sentence are paired by the
/// least-cost one-to-one assignment (reconcile_detail::pairing_cost): the unit must fit, the fact's scope
/// must allow it, and a figure that could go as well to another fact stays unbound as ambiguous.
/// `scans[k]` is the scan of `articles[k]`, its spans offsets into that article's whole text;
/// the binding refers to articles by index and copies what it quotes. An error when a pinned
/// claim's quote is not in its article.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
result<binding> bind_mentions(const facts_file& facts, const std::vector<article>& articles,
                              const std::vector<scan_result>& scans, const precision_policy& precision) {
    binding out;
    const std::vector<std::string> id_prefixes = reconcile_detail::claim_id_prefixes(articles);
    std::vector<std::vector<bool>> taken(articles.size());
    for (std::size_t a = 0; a < articles.size(); ++a) taken[a].assign(scans[a].size(), false);
    std::vector<std::vector<bool>> phrase_matched(facts.facts.size());
    for (std::size_t f = 0; f < facts.facts.size(); ++f) phrase_matched[f].assign(facts.facts[f].cues.size(), false);

    auto make_claim = [&](std::size_t a, const mention& m, const fact_declaration& f, const interval& value,
                          bool pinned) {
        const article& art = articles[a];
        bound_claim c;
        c.article = a;
        c.pinned = pinned;
        c.id = id_prefixes[a] + ":" + std::to_string(m.span.begin);
        c.quote = art.text.substr(m.span.begin, m.span.end - m.span.begin);
        c.claim.fact = f.id;
        c.claim.quantity = m.quantity;
        c.claim.span = m.span;
        c.claim.sentence = m.sentence;
        c.claim.publisher = art.publisher;
        c.claim.publisher.trust = reconcile_detail::source_trust(facts.sources, art.publisher.name);
        if (m.speaker)
            c.claim.speaker = speaker{*m.speaker, reconcile_detail::speaker_trust(facts.speakers, *m.speaker)};
        c.value = value;
        if (m.quantity.qualifier == qualifier::up_to && f.up_to == up_to_reading::ceiling) {
            if (auto figure = reconcile_detail::figure_without_qualifier(m.quantity.written, precision)) {
                if (auto converted = convert(figure->value, figure->unit, f.unit)) {
                    c.value = *converted;
                    c.reading = "\"up to\" read as the announced ceiling";
                }
            }
        }
        out.claims.push_back(std::move(c));
    };

    // A pin names a source, and an outlet may have several files here (an article and its
    // update): the figure is placed in each of them that has the quote.
    for (const pinned_claim& pin : facts.pins) {
        const fact_declaration& f = *facts.find_fact(pin.fact);
        std::vector<std::size_t> of_source;
        for (std::size_t a = 0; a < articles.size(); ++a)
            if (reconcile_detail::same_name(articles[a].publisher.name, pin.source)) of_source.push_back(a);
        if (of_source.empty()) {
            std::vector<std::string> names;
            for (const auto& a : articles)
                if (std::find(names.begin(), names.end(), a.publisher.name) == names.end())
                    names.push_back(a.publisher.name);
            return error{facts.where(pin.source_offset, "claim for '" + pin.fact + "' names source \"" + pin.source +
                                                            "\", which is the source of no article" +
                                                            reconcile_detail::suggestion(pin.source, names, "sources")),
                         pin.source_offset};
        }
        std::string files;
        bool quoted = false;
        for (std::size_t a : of_source) {
            const article& art = articles[a];
            files += (files.empty() ? "" : " or ") + art.file;
            std::size_t at = art.text.find(pin.quote, art.body_offset);
            if (at == std::string::npos) continue;
            quoted = true;
            bool placed = false;
            for (std::size_t k = 0; k < scans[a].size() && !placed; ++k) {
                const mention& m = scans[a][k];
                if (taken[a][k] || m.span.begin < at || m.span.end > at + pin.quote.size()) continue;
                if (auto value = reconcile_detail::fit(m, f, {}, true)) {
                    make_claim(a, m, f, *value, true);
                    if (m.kind == mention_kind::count && !(m.quantity.unit == f.unit))
                        out.claims.back().reading =
                            "pinned; the counted noun was read as \"" + m.quantity.unit.symbol() + "\"";
                    taken[a][k] = placed = true;
                }
            }
            if (!placed)
                return error{facts.where(pin.offset, "the quote for '" + pin.fact + "' in " + art.file +
                                                         " has no figure in " + to_string(f.unit)),
                             pin.offset};
        }
        if (!quoted)
            return error{facts.where(pin.offset, "the quote for '" + pin.fact + "' does not occur in " + files +
                                                     " (\"" + pin.source + "\")"),
                         pin.offset};
    }

    for (std::size_t a = 0; a < articles.size(); ++a) {
        const article& art = articles[a];
        const scan_result& scan = scans[a];
        const std::string_view text = art.text;
        std::size_t k = 0;
        while (k < scan.size()) {
            const byte_span sentence = scan[k].sentence;
            std::size_t sentence_end_index = k;
            while (sentence_end_index < scan.size() && scan[sentence_end_index].sentence == sentence)
                ++sentence_end_index;
            const std::string_view sentence_text = text.substr(sentence.begin, sentence.end - sentence.begin);

            struct cue_occurrence {
                std::size_t fact = 0, phrase = 0;
                byte_span span;
            };
            std::vector<cue_occurrence> cues;
            for (std::size_t f = 0; f < facts.facts.size(); ++f) {
                const std::size_t first_of_fact = cues.size();
                for (std::size_t p = 0; p < facts.facts[f].cues.size(); ++p)
                    for (byte_span s : reconcile_detail::find_cue(sentence_text, facts.facts[f].cues[p])) {
                        phrase_matched[f][p] = true;
                        byte_span at{s.begin + sentence.begin, s.end + sentence.begin};
                        // A phrase inside a longer phrase of the same fact is one occurrence.
                        bool inside = false;
                        for (std::size_t c = first_of_fact; c < cues.size() && !inside; ++c) {
                            byte_span& other = cues[c].span;
                            if (other.begin <= at.begin && at.end <= other.end)
                                inside = true;
                            else if (at.begin <= other.begin && other.end <= at.end)
                                other = at, cues[c].phrase = p, inside = true;
                        }
                        if (!inside) cues.push_back({f, p, at});
                    }
            }

            std::vector<std::size_t> rows;
            std::vector<byte_span> figures;
            for (std::size_t i = k; i < sentence_end_index; ++i) {
                figures.push_back(scan[i].span);
                if (!taken[a][i] && !reconcile_detail::left_unbound(scan[i])) rows.push_back(i);
            }
            auto following = [&](const mention& m) {
                return text.substr(m.span.begin, std::min<std::size_t>(96, sentence.end - m.span.begin));
            };
            auto clause_of = [&](const mention& m) {
                // the next figure that states a quantity: a year or a date ("in 2019") is what a
                // `not` word names, not a figure it could belong to
                std::size_t next_figure = std::string_view::npos;
                for (std::size_t i = k; i < sentence_end_index; ++i)
                    if (scan[i].span.begin >= m.span.end && scan[i].kind != mention_kind::year &&
                        scan[i].kind != mention_kind::date) {
                        next_figure = scan[i].span.begin - sentence.begin;
                        break;
                    }
                return reconcile_detail::scope_around(sentence_text, m.span.begin - sentence.begin,
                                                      m.span.end - sentence.begin, next_figure);
            };
            auto others = [&](const mention& m) {
                std::vector<byte_span> rest;
                for (const byte_span& s : figures)
                    if (!(s == m.span)) rest.push_back(s);
                return rest;
            };
            std::vector<std::vector<long long>> cost(rows.size(), std::vector<long long>(cues.size()));
            for (std::size_t r = 0; r < rows.size(); ++r) {
                const mention& m = scan[rows[r]];
                const std::vector<byte_span> rest = others(m);
                for (std::size_t c = 0; c < cues.size(); ++c) {
                    const fact_declaration& f = facts.facts[cues[c].fact];
                    long long pair = reconcile_detail::no_pairing;
                    if (reconcile_detail::fit(m, f, following(m)) &&
                        !reconcile_detail::out_of_scope(f, art, clause_of(m))) {
                        pair = reconcile_detail::pairing_cost(text, m.span, cues[c].span, rest);
                        if (pair > reconcile_detail::farthest_cue_cost) pair = reconcile_detail::no_pairing;
                    }
                    cost[r][c] = pair;
                }
            }
            const reconcile_detail::assignment best =
                reconcile_detail::least_cost_assignment(cost, cues.size(), reconcile_detail::unbound_cost);

            std::vector<std::vector<std::string>> tied(rows.size());
            for (std::size_t r = 0; r < rows.size(); ++r) {
                if (best.column_of_row[r] < 0) continue;
                const std::size_t fact = cues[static_cast<std::size_t>(best.column_of_row[r])].fact;
                std::vector<std::vector<long long>> without = cost;
                for (std::size_t c = 0; c < cues.size(); ++c)
                    if (cues[c].fact == fact) without[r][c] = reconcile_detail::no_pairing;
                const reconcile_detail::assignment other =
                    reconcile_detail::least_cost_assignment(without, cues.size(), reconcile_detail::unbound_cost);
                if (other.total != best.total) continue;
                tied[r].push_back(facts.facts[fact].id);
                if (other.column_of_row[r] >= 0)
                    tied[r].push_back(facts.facts[cues[static_cast<std::size_t>(other.column_of_row[r])].fact].id);
            }

            for (std::size_t r = 0; r < rows.size(); ++r) {
                if (best.column_of_row[r] < 0 || !tied[r].empty()) continue;
                const std::size_t column = static_cast<std::size_t>(best.column_of_row[r]);
                const mention& m = scan[rows[r]];
                const fact_declaration& f = facts.facts[cues[column].fact];
                make_claim(a, m, f, *reconcile_detail::fit(m, f, following(m)), false);
                binding_explanation& why = out.claims.back().explanation;
                why.cue = f.cues[cues[column].phrase];
                why.cue_span = cues[column].span;
                why.cost = cost[r][column];
                for (std::size_t c = 0; c < cues.size(); ++c) {
                    if (cues[c].fact == cues[column].fact || cost[r][c] >= reconcile_detail::no_pairing) continue;
                    if (!why.runner_up_cost || cost[r][c] < *why.runner_up_cost)
                        why.runner_up = facts.facts[cues[c].fact].id, why.runner_up_cost = cost[r][c];
                }
                taken[a][rows[r]] = true;
            }

            for (std::size_t i = k; i < sentence_end_index; ++i) {
                if (taken[a][i]) continue;
                const mention& m = scan[i];
                unbound_mention u{a, m, {}, std::nullopt, {}, {}};
                const std::size_t r = static_cast<std::size_t>(std::find(rows.begin(), rows.end(), i) - rows.begin());
                if (auto fixed = reconcile_detail::left_unbound(m)) {
                    u.reason = *fixed;
                } else if (r < rows.size() && !tied[r].empty()) {
                    u.candidates = tied[r];
                    u.reason = tied[r].size() > 1
                                   ? "ambiguous: it fits " + tied[r][0] + " and " + tied[r][1] + " equally well"
                                   : "ambiguous: another figure of its sentence fits " + tied[r][0] + " equally well";
                } else {
                    bool any_fit = false;
                    for (const auto& f : facts.facts)
                        any_fit = any_fit || reconcile_detail::fit(m, f, following(m)).has_value();
                    // The nearest cue it missed, and why: the reader's first question.
                    const std::vector<byte_span> rest = others(m);
                    long long nearest = reconcile_detail::no_pairing;
                    for (std::size_t c = 0; c < cues.size(); ++c) {
                        const fact_declaration& f = facts.facts[cues[c].fact];
                        long long pair = reconcile_detail::pairing_cost(text, m.span, cues[c].span, rest);
                        if (pair >= nearest) continue;
                        nearest = pair;
                        u.nearest_fact = f.id;
                        if (!reconcile_detail::fit(m, f, following(m)))
                            u.nearest_why = "the figure, a " + std::string(to_string(m.kind)) +
                                            (m.kind == mention_kind::count ? " of \"" + m.quantity.unit.symbol() + "\""
                                                                           : std::string()) +
                                            ", does not fit " + to_string(f.unit);
                        else if (auto scope = reconcile_detail::out_of_scope(f, art, clause_of(m)))
                            u.nearest_why = *scope;
                        else if (pair > reconcile_detail::farthest_cue_cost)
                            u.nearest_why = "its cue is too far (cost " + std::to_string(pair) + ", at most " +
                                            std::to_string(reconcile_detail::farthest_cue_cost) + ")";
                        else
                            u.nearest_why = "its cue went to another figure of the sentence, at less total cost";
                    }
                    u.reason = !any_fit && m.role == figure_role::change ? "change"
                               : !any_fit                                ? "no fact has this unit"
                               : cues.empty()                            ? "no fact's cue in its sentence"
                               : u.nearest_why.empty()
                                   ? "no cue in its sentence is for a fact of this unit"
                                   : "nearest cue is for " + *u.nearest_fact + ", but " + u.nearest_why;
                }
                out.unbound.push_back(std::move(u));
            }
            k = sentence_end_index;
        }
        for (const error& d : scan.diagnostics)
            out.notes.push_back(reconcile_detail::located_message(art.file, art.text, d.offset, d.message));
    }
    for (std::size_t f = 0; f < facts.facts.size(); ++f)
        for (const declared_cue& d : facts.facts[f].declared_cues) {
            bool matched = false;
            for (std::size_t p = d.first_phrase; p < d.first_phrase + d.phrases; ++p)
                matched = matched || phrase_matched[f][p];
            if (!matched) out.unmatched_cues.push_back({facts.facts[f].id, d.written, d.offset});
        }
    std::sort(out.claims.begin(), out.claims.end(), [](const bound_claim& x, const bound_claim& y) {
        return std::tie(x.article, x.claim.span.begin) < std::tie(y.article, y.claim.span.begin);
    });
    return out;
}

#ifdef FACTREC_COMPILED
// Built once in factrec::compiled (src/); consumers of that library only declare it.
extern template result<binding> bind_mentions<void>(const facts_file&, const std::vector<article>&,
                                                    const std::vector<scan_result>&, const precision_policy&);
#endif

} // namespace factrec
