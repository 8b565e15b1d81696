#pragma once

#include <factrec/core/number.hpp>
#include <factrec/core/result.hpp>
#include <factrec/parse/detail/text.hpp>

#include <boost/iterator/transform_iterator.hpp>
#include <boost/spirit/home/x3.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace factrec::detail {

// p/q exactly (q > 0), in machine words: the value and step of nearly every figure fit them.
inline rational fraction(std::int64_t numerator, std::int64_t denominator) { return rational(numerator, denominator); }

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

struct ones_table : x3::symbols<unsigned> {
    ones_table() {
        add("zero", 0)("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)("eight", 8)(
            "nine", 9)("ten", 10)("eleven", 11)("twelve", 12)("thirteen", 13)("fourteen", 14)("fifteen", 15)(
            "sixteen", 16)("seventeen", 17)("eighteen", 18)("nineteen", 19);
    }
};
struct units_table : x3::symbols<unsigned> {
    units_table() {
        add("one", 1)("two", 2)("three", 3)("four", 4)("five", 5)("six", 6)("seven", 7)("eight", 8)("nine", 9);
    }
};
struct tens_table : x3::symbols<unsigned> {
    tens_table() {
        add("twenty", 20)("thirty", 30)("forty", 40)("fifty", 50)("sixty", 60)("seventy", 70)("eighty", 80)("ninety",
                                                                                                            90);
    }
};

inline const ones_table ones;
inline const units_table units;
inline const tens_table tens;

struct cardinal {
    std::uint64_t value = 0;
    std::uint64_t step = 1;
};

const auto word_end = !x3::alpha;
const auto gap = +(x3::lit(' ') | '\t' | '\n' | '\r');
const auto joiner = x3::lit('-') | gap;

const auto set_below_hundred = [](auto& ctx) {
    auto& attribute = x3::_attr(ctx);
    auto& unit = boost::fusion::at_c<1>(attribute);
    x3::_val(ctx) = boost::fusion::at_c<0>(attribute) + (unit ? *unit : 0u);
};
const auto set_value = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const x3::rule<struct below_hundred_class, unsigned> below_hundred = "below_hundred";
const auto below_hundred_def =
    (tens >> -(joiner >> units >> word_end) >> word_end)[set_below_hundred] | (ones >> word_end)[set_value];

const auto set_small = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_attr(ctx), 1}; };
const auto times_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_val(ctx).value * 100, 100}; };
const auto add_below_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{x3::_val(ctx).value + x3::_attr(ctx), 1}; };
const auto set_a_hundred = [](auto& ctx) { x3::_val(ctx) = cardinal{100, 100}; };
const auto set_dozen = [](auto& ctx) { x3::_val(ctx) = cardinal{12, 1}; };

const x3::rule<struct cardinal_class, cardinal> cardinal_words = "cardinal_words";
const auto hundred_word = x3::lit("hundred") >> word_end;
// The words below a hundred are read once, and "hundred" and the rest only looked for after
// them: nearly every figure in words is a single word ("two governments"), which a grammar
// trying "X hundred" first would read twice.
const auto cardinal_words_def =
    x3::omit[below_hundred[set_small] >> -(gap >> hundred_word[times_hundred] >>
                                           -(gap >> -(x3::lit("and") >> gap) >> below_hundred[add_below_hundred])) |
             (x3::lit("a") >> gap >> hundred_word)[set_a_hundred] |
             (x3::lit("a") >> gap >> x3::lit("dozen") >> word_end)[set_dozen]];

// "one hundred" alone, for when what follows "one hundred and one" is another "hundred".
const x3::rule<struct hundreds_class, cardinal> whole_hundreds = "whole_hundreds";
const auto set_whole_hundreds = [](auto& ctx) { x3::_val(ctx) = cardinal{std::uint64_t(x3::_attr(ctx)) * 100, 100}; };
const auto whole_hundreds_def =
    (below_hundred >> gap >> hundred_word)[set_whole_hundreds] | (x3::lit("a") >> gap >> hundred_word)[set_a_hundred];

BOOST_SPIRIT_DEFINE(below_hundred, cardinal_words, whole_hundreds)

const auto and_a_half = gap >> x3::lit("and") >> gap >> x3::lit("a") >> gap >> x3::lit("half") >> word_end;
const auto half_a = x3::lit("half") >> gap >> (x3::lit("an") | x3::lit("a")) >> word_end;

// Digits with optional thousands separators, decimals and exponent: "50,000", "1.6", "2e9".
// These read the text's own bytes, with no view between: character ranges and literals
// compare bytes, where X3's character classes (digit, alnum) assert that a byte is ASCII.
const auto digit = x3::char_('0', '9');
const auto digit_group = x3::repeat(3)[digit];
const auto integer_digits = +digit >> *(',' >> digit_group >> !digit);
const auto fraction_digits = '.' >> +digit;
const auto exponent = (x3::lit('e') | 'E') >> -(x3::lit('+') | '-') >> +digit >>
                      !(digit | x3::char_('a', 'z') | x3::char_('A', 'Z'));
const auto numeral = integer_digits >> -fraction_digits;

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

inline byte_iterator byte_at(std::string_view s, std::size_t pos) noexcept {
    return byte_iterator(s.data() + pos, ascii_view{});
}

// 10^exponent: in machine words up to 10^18, through cpp_int past that.
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
        if (c == ',') {
            separators = true;
            continue;
        }
        if (c == '.') {
            in_fraction = true;
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
        f.half_step = fraction(1, 2);
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

// What read_digit_figure found at a place.
struct digit_reading {
    bool digits = false;          // whether a numeral starts there
    std::optional<error> failure; // why the digits make no figure
    [[nodiscard]] bool made_figure() const noexcept { return digits && !failure; }
};

// A figure in digits starting at `pos`, read into `f`.
inline digit_reading read_digit_figure(std::string_view s, std::size_t pos, figure& f) {
    namespace x3 = boost::spirit::x3;
    const char* it = s.data() + pos;
    const char* const last = s.data() + s.size();
    if (!x3::parse(it, last, grammar::numeral)) return {};
    auto end = static_cast<std::size_t>(it - s.data());
    std::size_t exponent_end = end;
    if (x3::parse(it, last, grammar::exponent)) exponent_end = static_cast<std::size_t>(it - s.data());
    std::size_t begin = pos;
    std::string_view exponent_text = s.substr(end, exponent_end - end);
    return {true, figure_from_digits(s, begin, end, exponent_text, f)};
}

// Whether the next word after `pos` (past spaces) is `lower`, in any case.
inline bool next_word_is(std::string_view s, std::size_t pos, std::string_view lower) {
    std::size_t start = skip_spaces(s, pos);
    if (start == pos || start + lower.size() > s.size()) return false;
    return equals_lower(s.substr(start, lower.size()), lower) &&
           (start + lower.size() == s.size() || !is_letter(s[start + lower.size()]));
}

// A figure in words starting at `pos`: "seventeen", "two hundred fifty", "a dozen",
// "one and a half", "half a" (the caller must find a scale after that one).
inline std::optional<figure> read_word_figure(std::string_view s, std::size_t pos) {
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
        }
    }
    f.end = offset();
    return f;
}

} // namespace factrec::detail
