#pragma once

#include <factrec/core/number.hpp>
#include <factrec/core/result.hpp>
#include <factrec/parse/detail/fast/number_words.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <boost/iterator/transform_iterator.hpp>
#include <boost/spirit/home/x3.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace factrec::parse::detail {

// p/q exactly (q > 0), in machine words: the value and step of nearly every figure fit them.
template <class = void>
inline rational fraction(std::int64_t numerator, std::int64_t denominator) {
    return rational(numerator, denominator);
}

// A number as written: its value and half the step of its last written digit, which is what
// the last-digit precision policy widens it by ("1.6" -> 0.05, "490" -> 0.5, "two hundred" -> 50).
struct figure {
    rational value;
    rational half_step;
    std::size_t begin = 0;
    std::size_t end = 0;
    bool in_words = false;
    bool needs_scale = false;   // "half a" means nothing without "million"
    bool plain_integer = false; // digits only, no separators: could be a year
    bool has_scale = false;
    std::int64_t scale = 1; // the factor of "thousand", "million", "bn", "dozen", ...
};

// Absurd input fails fast: no figure in a news article needs more.
inline constexpr std::size_t max_figure_digits = 64;
inline constexpr long max_figure_exponent = 64;

namespace grammar {

namespace x3 = boost::spirit::x3;

// The grammar's objects below are constants, built while compiling: no code runs before main
// to make them, and a translation unit that never reads a number word compiles none of them.
// (X3's own symbol tables are built at run time, so each program built them before main and
// each translation unit including this header compiled their constructors.)

struct number_word {
    std::string_view word;
    unsigned value;
};

// A number word from a short table, the longest that starts at the iterator ("seventeen",
// not "seven"), as X3's symbol tables match. The tables hold at most 20 words: comparing
// each in turn stops at the first byte for nearly all of them.
template <std::size_t N>
struct number_word_table : x3::parser<number_word_table<N>> {
    using attribute_type = unsigned;
    static bool const has_attribute = true;

    std::array<number_word, N> words;

    constexpr explicit number_word_table(const std::array<number_word, N>& table) : words(table) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        const number_word* best = nullptr;
        Iterator best_end = first;
        for (const number_word& w : words) {
            if (best != nullptr && w.word.size() <= best->word.size()) continue;
            Iterator it = first;
            std::size_t matched = 0;
            while (matched < w.word.size() && it != last && *it == w.word[matched]) {
                ++it;
                ++matched;
            }
            if (matched == w.word.size()) {
                best = &w;
                best_end = it;
            }
        }
        if (best == nullptr) return false;
        x3::traits::move_to(best->value, attr);
        first = best_end;
        return true;
    }
};

inline constexpr number_word_table<20> ones{
    {{{"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19}}}};
inline constexpr number_word_table<9> units{{{{"one", 1},
                                              {"two", 2},
                                              {"three", 3},
                                              {"four", 4},
                                              {"five", 5},
                                              {"six", 6},
                                              {"seven", 7},
                                              {"eight", 8},
                                              {"nine", 9}}}};
inline constexpr number_word_table<8> tens{{{{"twenty", 20},
                                             {"thirty", 30},
                                             {"forty", 40},
                                             {"fifty", 50},
                                             {"sixty", 60},
                                             {"seventy", 70},
                                             {"eighty", 80},
                                             {"ninety", 90}}}};

struct cardinal {
    std::uint64_t value = 0;
    std::uint64_t step = 1;
};

constexpr auto word_end = !x3::alpha;
constexpr auto gap = +(x3::lit(' ') | '\t' | '\n' | '\r' | '\f');
constexpr auto joiner = x3::lit('-') | gap;

constexpr auto set_below_hundred = [](auto& ctx) {
    auto& attribute = x3::_attr(ctx);
    auto& unit = boost::fusion::at_c<1>(attribute);
    x3::_val(ctx) = boost::fusion::at_c<0>(attribute) + (unit ? *unit : 0u);
};
constexpr auto set_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
constexpr x3::rule<struct below_hundred_class, unsigned> below_hundred = "below_hundred";
constexpr auto below_hundred_def =
    (tens >> -(joiner >> units >> word_end) >> word_end)[set_below_hundred] | (ones >> word_end)[set_value];

constexpr auto set_small = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_attr(ctx), 1}; };
constexpr auto times_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_val(ctx).value * 100, 100}; };
constexpr auto add_below_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_val(ctx).value + x3::_attr(ctx), 1}; };
constexpr auto set_a_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{100, 100}; };
constexpr auto set_dozen = [](auto& ctx) { x3::_val(ctx) = cardinal{12, 1}; };

constexpr x3::rule<struct cardinal_class, cardinal> cardinal_words = "cardinal_words";
constexpr auto hundred_word = x3::lit("hundred") >> word_end;
// The words below a hundred are read once, and "hundred" and the rest only looked for after
// them: nearly every figure in words is a single word ("two governments"), which a grammar
// trying "X hundred" first would read twice.
constexpr auto cardinal_words_def =
    x3::omit[below_hundred[set_small] >> -(gap >> hundred_word[times_hundred] >>
                                           -(gap >> -(x3::lit("and") >> gap) >> below_hundred[add_below_hundred])) |
             (x3::lit("a") >> gap >> hundred_word)[set_a_hundred] >>
                 -(gap >> -(x3::lit("and") >> gap) >> below_hundred[add_below_hundred]) |
             (x3::lit("a") >> gap >> x3::lit("dozen") >> word_end)[set_dozen]];

// "one hundred" alone, for when what follows "one hundred and one" is another "hundred".
constexpr x3::rule<struct hundreds_class, cardinal> whole_hundreds = "whole_hundreds";
constexpr auto set_whole_hundreds = [](auto& ctx) {
    x3::_val(ctx) = cardinal{std::uint64_t(x3::_attr(ctx)) * 100, 100};
};
constexpr auto whole_hundreds_def =
    (below_hundred >> gap >> hundred_word)[set_whole_hundreds] | (x3::lit("a") >> gap >> hundred_word)[set_a_hundred];

BOOST_SPIRIT_DEFINE(below_hundred, cardinal_words, whole_hundreds)

constexpr auto and_a_half = gap >> x3::lit("and") >> gap >> x3::lit("a") >> gap >> x3::lit("half") >> word_end;
constexpr auto half_a = x3::lit("half") >> gap >> (x3::lit("an") | x3::lit("a")) >> word_end;

// Digits with optional thousands separators, decimals and exponent: "50,000", "1.6", "2e9".
// These read the text's own bytes, with no view between: character ranges and literals
// compare bytes, where X3's character classes (digit, alnum) assert that a byte is ASCII.
constexpr auto digit = x3::char_('0', '9');
constexpr auto digit_group = x3::repeat(3)[digit];
constexpr auto integer_digits = +digit >> *(',' >> digit_group >> !digit);
constexpr auto fraction_digits = '.' >> +digit;
constexpr auto exponent = (x3::lit('e') | 'E') >> -(x3::lit('+') | '-') >> +digit >>
                          !(digit | x3::char_('a', 'z') | x3::char_('A', 'Z'));
constexpr auto numeral = integer_digits >> -fraction_digits;

} // namespace grammar

// The number-word grammars read the text through this view. X3's character classes assert
// that a char is non-negative, which a UTF-8 byte is not; no number word holds one, so the
// grammars see each as a control character. They also see every letter in lower case: the
// words are matched in any case without X3's no_case, which calls the C library's tolower
// for every character it compares.
struct ascii_view {
    char operator()(char c) const noexcept { return c < 0 ? '\x01' : to_lower(c); }
};
using byte_iterator = boost::transform_iterator<ascii_view, const char*>;

template <class = void>
inline byte_iterator byte_at(std::string_view s, std::size_t pos) noexcept {
    return byte_iterator(s.data() + pos, ascii_view{});
}

// 10^exponent: in machine words up to 10^18, through cpp_int past that.
template <class = void>
inline rational power_of_ten_rational(long exponent) {
    constexpr long largest_in_64_bits = 18;
    auto magnitude = static_cast<unsigned>(exponent < 0 ? -exponent : exponent);
    if (magnitude > largest_in_64_bits) {
        boost::multiprecision::cpp_int power = power_of_ten(magnitude);
        return exponent >= 0 ? rational(power) : rational(boost::multiprecision::cpp_int(1), power);
    }
    std::int64_t power = 1;
    for (unsigned i = 0; i < magnitude; ++i) power *= 10;
    return exponent >= 0 ? rational(power) : fraction(1, power);
}

// Turns the characters of a numeral into the figure `f`, or says why it will not. Up to 18
// significant digits are gathered in a machine integer; only longer ones need cpp_int. The
// caller's figure is filled rather than one returned: returned through result and optional,
// a figure was moved three times for every numeral read.
template <class = void>
inline std::optional<error> figure_from_digits(std::string_view s, std::size_t begin, std::size_t end,
                                               std::string_view exponent_text, figure& f) {
    constexpr std::size_t digits_in_64_bits = 18;
    std::int64_t small = 0;
    boost::multiprecision::cpp_int large;
    std::size_t significant = 0;
    long decimals = 0;
    bool in_fraction = false, separators = false;
    for (std::size_t i = begin; i < end; ++i) {
        char c = s[i];
        if (!is_digit(c)) {
            // The point, or a byte of a separator the grammar let through: a comma or a space.
            if (c == '.')
                in_fraction = true;
            else
                separators = true;
            continue;
        }
        // Leading zeros after the point are no significant digits, but each is a power of
        // ten: "0." and a million zeros would otherwise build a million-digit denominator.
        if (in_fraction && ++decimals > static_cast<long>(max_figure_digits))
            return error{"number has more than " + std::to_string(max_figure_digits) + " decimal places", begin};
        if (significant == 0 && c == '0') continue;
        if (++significant > max_figure_digits)
            return error{"number has more than " + std::to_string(max_figure_digits) + " significant digits", begin};
        if (significant <= digits_in_64_bits)
            small = small * 10 + (c - '0');
        else {
            if (significant == digits_in_64_bits + 1) large = small;
            large = large * 10 + (c - '0');
        }
    }
    long written_exponent = 0;
    if (!exponent_text.empty()) {
        std::size_t i = 1;
        bool negative = exponent_text[i] == '-';
        if (exponent_text[i] == '-' || exponent_text[i] == '+') ++i;
        for (; i < exponent_text.size(); ++i) {
            written_exponent = written_exponent * 10 + (exponent_text[i] - '0');
            if (written_exponent > max_figure_exponent)
                return error{"exponent is larger than " + std::to_string(max_figure_exponent), end};
        }
        if (negative) written_exponent = -written_exponent;
    }
    rational mantissa = significant > digits_in_64_bits ? rational(large) : rational(small);
    if (written_exponent == decimals) {
        // A whole number as written, the usual figure: no powers of ten to multiply by.
        f.value = std::move(mantissa);
        // Half a unit, made once as for a lone number word.
        static const rational half_unit = fraction(1, 2);
        f.half_step = half_unit;
    } else {
        rational unit = power_of_ten_rational(written_exponent - decimals);
        f.value = mantissa * unit;
        f.half_step = unit * fraction(1, 2);
    }
    f.begin = begin;
    f.end = end + exponent_text.size();
    f.plain_integer = !separators && !in_fraction && exponent_text.empty();
    return std::nullopt;
}

// Digits set apart by commas with no space ("1,00,000", "12,34,567", "250,000"): the lead's
// and the groups' lengths.
struct comma_digit_groups {
    std::size_t end = 0;           // of the last group
    std::size_t lead = 0;          // digits before the first comma
    std::size_t count = 0;         // groups after the lead
    std::size_t last = 0;          // digits in the last group
    bool pairs_before_last = true; // every group but the last has 2 digits
    bool two_or_three = true;      // every group has 2 or 3 digits
    // The Indian system's lakh grouping: a lead of 1 or 2 digits, groups of 2, a last group of 3.
    [[nodiscard]] bool indian() const noexcept {
        return lead >= 1 && lead <= 2 && count >= 2 && pairs_before_last && last == 3;
    }
};
template <class = void>
inline comma_digit_groups comma_groups_at(std::string_view s, std::size_t pos) noexcept {
    comma_digit_groups g;
    std::size_t k = pos;
    while (k < s.size() && is_digit(s[k])) ++k;
    g.lead = k - pos;
    g.end = k;
    while (k + 1 < s.size() && s[k] == ',' && is_digit(s[k + 1])) {
        std::size_t group_end = k + 1;
        while (group_end < s.size() && is_digit(s[group_end])) ++group_end;
        if (g.count > 0 && g.last != 2) g.pairs_before_last = false;
        g.last = group_end - (k + 1);
        g.two_or_three = g.two_or_three && (g.last == 2 || g.last == 3);
        ++g.count;
        k = g.end = group_end;
    }
    return g;
}

// What read_digit_figure found at a place.
struct digit_reading {
    bool digits = false;          // whether a numeral starts there
    std::optional<error> failure; // why the digits make no figure
    std::size_t skip_to = 0;      // with a failure: the end of the digits (and spaces) not read
    [[nodiscard]] bool made_figure() const noexcept { return digits && !failure; }
};

// Groups of digits set apart by spaces, after a lead of digits.
struct spaced_digit_groups {
    std::size_t end = 0;   // of the last group looked at
    std::size_t count = 0; // groups after the lead
    bool regular = true;   // a lead of 1 to 3 digits, then groups of exactly 3
    bool group_starts_with_0 = false;
    bool group_spaces = false; // set apart by no-break, narrow no-break, thin or figure spaces
};

// The groups after the lead digits [pos, lead_end), all set apart by the same kind of space:
// group spaces (group_space_at) or single ASCII spaces. Group spaces are read to the end of
// their run, which the caller skips whole when the run is irregular; ASCII spaces stop at the
// first irregular group, so that numbers in a row are not each measured to the end of the row.
template <class = void>
inline spaced_digit_groups spaced_groups_after(std::string_view s, std::size_t pos, std::size_t lead_end) noexcept {
    spaced_digit_groups g;
    g.group_spaces = group_space_at(s, lead_end) != 0;
    g.regular = lead_end - pos <= 3;
    std::size_t k = lead_end;
    while (g.regular || g.group_spaces) {
        const std::size_t gap = g.group_spaces ? group_space_at(s, k) : std::size_t{k < s.size() && s[k] == ' '};
        if (gap == 0 || k + gap >= s.size() || !is_digit(s[k + gap])) break;
        std::size_t group_end = k + gap;
        while (group_end < s.size() && is_digit(s[group_end])) ++group_end;
        ++g.count;
        g.regular = g.regular && group_end - (k + gap) == 3;
        g.group_starts_with_0 = g.group_starts_with_0 || s[k + gap] == '0';
        k = group_end;
    }
    // "3 250,5" has a decimal comma, which is another locale's: not read as thousands.
    if (k + 1 < s.size() && s[k] == ',' && is_digit(s[k + 1])) {
        g.regular = false;
        for (++k; k < s.size() && is_digit(s[k]);) ++k;
    }
    g.end = k;
    return g;
}

// Whether a digit and a space (or a comma) come right before `pos`: "12 050" read apart.
template <class = void>
inline bool follows_digits_and_space(std::string_view s, std::size_t pos) noexcept {
    std::size_t gap = 0;
    if (pos >= 1 && (s[pos - 1] == ' ' || s[pos - 1] == ','))
        gap = 1;
    else if (pos >= 2 && group_space_at(s, pos - 2) == 2)
        gap = 2;
    else if (pos >= 3 && group_space_at(s, pos - 3) == 3)
        gap = 3;
    return gap != 0 && pos > gap && is_digit(s[pos - gap - 1]);
}

// A figure in digits starting at `pos`, read into `f`. `spaces_may_group()` says whether spaces
// may join groups of digits here; it is asked only when a space follows digits.
//
// How spaces between digits are read:
// - a no-break, narrow no-break, thin or figure space between digits is a thousands separator
//   ("5 000", "1 000 000"); the groups must be regular, a lead of 1 to 3 digits and then groups
//   of exactly 3, or the digits are not read and a diagnostic says so ("5 0000", "1500 000");
// - an ASCII space is also the space between words, and "On March 5 300 people gathered" is a
//   day and a count: it joins regular groups only where they cannot be two numbers, that is
//   two groups or more ("1 000 000") or a group starting with 0 ("5 000", since no one writes
//   "000" or "050" for a number of its own); otherwise the numbers are read apart, except
//   that irregular groups with one starting with 0 ("3 000 00") are not read, as above;
// - neither joins anything where the caller says no (after a month's name: "May 12 000").
// Three digits starting with 0 left alone after a number ("May 12 050") or all zeros ("000")
// are never read as a number: they are the end of a figure cut apart, and a diagnostic says so.
template <class SpacesMayGroup>
digit_reading read_digit_figure(std::string_view s, std::size_t pos, figure& f, SpacesMayGroup spaces_may_group) {
    namespace x3 = boost::spirit::x3;
    const char* it = s.data() + pos;
    const char* const last = s.data() + s.size();
    if (!x3::parse(it, last, grammar::numeral)) return {};
    auto end = static_cast<std::size_t>(it - s.data());
    if (s[pos] == '0' && end - pos >= 3 && is_digit(s[pos + 1]) && is_digit(s[pos + 2]) &&
        (end == pos + 3 || !is_digit(s[pos + 3])) &&
        ((s[pos + 1] == '0' && s[pos + 2] == '0') || follows_digits_and_space(s, pos)))
        return {true,
                error{"digit group '" + std::string(s.substr(pos, 3)) +
                          "' starts with 0: it is the end of a figure cut apart, not a number of its own; not read",
                      pos},
                end};
    // The grammar reads Western groups of 3; where it stopped at a comma and more digits, the
    // digits are grouped some other way. "1,00,000" and "12,34,567" are the Indian system's
    // lakh grouping, read whole; any other grouping of 2- and 3-digit groups ("1,000,00",
    // "1,00") is not read at all, since each piece read alone would be a wrong figure. Groups
    // of 1 or 4+ digits ("1,2,3", "5,2026") are lists, read as before.
    if (end + 1 < s.size() && s[end] == ',' && is_digit(s[end + 1]) &&
        std::find(s.begin() + static_cast<std::ptrdiff_t>(pos), s.begin() + static_cast<std::ptrdiff_t>(end), '.') ==
            s.begin() + static_cast<std::ptrdiff_t>(end)) {
        const comma_digit_groups g = comma_groups_at(s, pos);
        if (g.indian()) {
            end = g.end;
            if (end + 1 < s.size() && s[end] == '.' && is_digit(s[end + 1])) {
                ++end;
                while (end < s.size() && is_digit(s[end])) ++end;
            }
            return {true, figure_from_digits(s, pos, end, {}, f), end};
        }
        if (g.two_or_three && g.lead >= 1 && g.lead <= 3)
            return {true,
                    error{"digit grouping '" + std::string(s.substr(pos, g.end - pos)) +
                              "' is neither Western (groups of 3) nor Indian (a lead of 1 or 2 digits, groups "
                              "of 2, a last group of 3); not read",
                          pos},
                    g.end};
    }
    // Spaces join groups after plain digits only, with no comma or point read. The byte after
    // the space is tested first: nearly every figure is followed by a space and a letter.
    const std::size_t gap = end >= s.size()                              ? 0
                            : s[end] == ' '                              ? 1
                            : static_cast<unsigned char>(s[end]) >= 0x80 ? group_space_at(s, end)
                                                                         : 0;
    if (gap != 0 && end + gap < s.size() && is_digit(s[end + gap])) {
        std::size_t lead_end = pos;
        while (lead_end < end && is_digit(s[lead_end])) ++lead_end;
        if (lead_end == end && spaces_may_group()) {
            const spaced_digit_groups g = spaced_groups_after(s, pos, end);
            // A group starting with 0 cannot stand alone, so spaces around it group digits too.
            if ((g.group_spaces || g.group_starts_with_0) && !g.regular)
                return {true,
                        error{"irregular digit grouping (a lead of 1 to 3 digits, then groups of exactly 3): the "
                              "digits at bytes " +
                                  std::to_string(pos) + "-" + std::to_string(g.end) + " are not read",
                              pos},
                        g.end};
            if (g.regular && (g.group_spaces || g.count >= 2 || g.group_starts_with_0)) {
                end = g.end;
                if (end + 1 < s.size() && s[end] == '.' && is_digit(s[end + 1])) {
                    ++end;
                    while (end < s.size() && is_digit(s[end])) ++end;
                }
                return {true, figure_from_digits(s, pos, end, {}, f), end};
            }
        }
    }
    // "5 000" set apart by a space that never groups digits (an em or ideographic space): the
    // "000" cannot be read alone, and the "5" before it is only a piece of the same figure, so
    // reading it would give a wrong figure. Neither is read; one diagnostic covers both.
    if (const std::size_t other = gap == 0 ? non_group_space_at(s, end) : 0; other != 0) {
        const std::size_t group = end + other;
        std::size_t lead_end = pos;
        while (lead_end < end && is_digit(s[lead_end])) ++lead_end;
        if (lead_end == end && group + 3 <= s.size() && s[group] == '0' && is_digit(s[group + 1]) &&
            is_digit(s[group + 2]) && (group + 3 == s.size() || !is_digit(s[group + 3])))
            return {true,
                    error{"digit group '" + std::string(s.substr(group, 3)) +
                              "' starts with 0 after a space that does not group digits: the figure at bytes " +
                              std::to_string(pos) + "-" + std::to_string(group + 3) +
                              " was cut apart, and neither part is read",
                          pos},
                    group + 3};
    }
    std::size_t exponent_end = end;
    if (x3::parse(it, last, grammar::exponent)) exponent_end = static_cast<std::size_t>(it - s.data());
    std::string_view exponent_text = s.substr(end, exponent_end - end);
    return {true, figure_from_digits(s, pos, end, exponent_text, f), exponent_end};
}

template <class = void>
inline digit_reading read_digit_figure(std::string_view s, std::size_t pos, figure& f) {
    return read_digit_figure(s, pos, f, [] { return true; });
}

// Whether the next word after `pos` (past spaces) is `lower`, in any case.
template <class = void>
inline bool next_word_is(std::string_view s, std::size_t pos, std::string_view lower) {
    std::size_t start = skip_spaces(s, pos);
    if (start == pos || start + lower.size() > s.size()) return false;
    return equals_lower(s.substr(start, lower.size()), lower) &&
           (start + lower.size() == s.size() || !is_letter(s[start + lower.size()]));
}

// "point nine", "point one two", "point twelve" after a number in words: its decimals, as they
// are said. Digits one word each, or one word below a hundred for two digits ("eight point
// twelve billion" is 8.12 billion). Nothing is read unless a number word follows "point".
template <class = void>
inline void read_spoken_decimals(byte_iterator& it, const byte_iterator& last, figure& f) {
    namespace x3 = boost::spirit::x3;
    byte_iterator at = it;
    if (!x3::parse(at, last, grammar::gap >> x3::lit("point") >> grammar::word_end)) return;
    std::int64_t digits = 0;
    std::int64_t scale = 1;
    bool more = true;
    while (more && scale < 1'000'000'000) {
        byte_iterator word = at;
        unsigned said = 0;
        if (!x3::parse(word, last, grammar::gap >> grammar::below_hundred, said)) break;
        if (said >= 10) {
            if (scale != 1) break; // "point one twelve" is no decimal anyone says
            digits = said;
            scale = 100;
            more = false;
        } else {
            digits = digits * 10 + said;
            scale *= 10;
        }
        at = word;
    }
    if (scale == 1) return;
    f.value = f.value + fraction(digits, scale);
    f.half_step = fraction(1, 2 * scale);
    it = at;
}

// A figure in words starting at `pos`: "seventeen", "two hundred fifty", "a dozen",
// "one and a half", "half a" (the caller must find a scale after that one), read by the
// grammar alone: the definition read_word_figure is tested against.
template <class = void>
inline std::optional<figure> read_word_figure_by_grammar(std::string_view s, std::size_t pos) {
    namespace x3 = boost::spirit::x3;
    byte_iterator it = byte_at(s, pos), last = byte_at(s, s.size());
    auto offset = [&] { return static_cast<std::size_t>(it - byte_at(s, 0)); };
    figure f;
    f.in_words = true;
    f.begin = pos;
    if (x3::parse(it, last, grammar::half_a)) {
        f.value = fraction(1, 2);
        f.half_step = fraction(1, 20);
        f.needs_scale = true;
    } else {
        grammar::cardinal c;
        if (!x3::parse(it, last, grammar::cardinal_words, c)) return std::nullopt;
        // "one hundred and one hundred" is two hundreds, not 101 followed by a stray "hundred".
        if (c.value >= 100 && c.step == 1 && next_word_is(s, offset(), "hundred")) {
            it = byte_at(s, pos);
            if (!x3::parse(it, last, grammar::whole_hundreds, c)) return std::nullopt;
        }
        f.value = rational(static_cast<std::int64_t>(c.value));
        f.half_step = fraction(static_cast<std::int64_t>(c.step), 2);
        if (x3::parse(it, last, grammar::and_a_half)) {
            f.value = f.value + fraction(1, 2);
            f.half_step = fraction(1, 20);
        } else if (c.value < 100 && c.step == 1) {
            read_spoken_decimals(it, last, f);
        }
    }
    f.end = offset();
    return f;
}

// read_word_figure_by_grammar, with a lone word below twenty read without the grammar.
template <class = void>
inline std::optional<figure> read_word_figure(std::string_view s, std::size_t pos) {
#ifndef FACTREC_SCAN_REFERENCE
    if (const std::optional<lone_number_word> lone = lone_number_word_at(s, pos)) {
        figure f;
        f.in_words = true;
        f.begin = pos;
        f.value = rational(static_cast<std::int64_t>(lone->value));
        // Half a unit, as the grammar gives a word's step of 1, made once rather than reduced
        // again for every word.
        static const rational half_unit = fraction(1, 2);
        f.half_step = half_unit;
        f.end = lone->end;
        return f;
    }
    if (!may_start_number_words(s, pos)) return std::nullopt;
#endif
    return read_word_figure_by_grammar(s, pos);
}

} // namespace factrec::parse::detail
