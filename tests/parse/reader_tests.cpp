// The phrase reader's parts taken alone: the number-word grammar, and the tables the reader
// builds from the word lists.
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

namespace detail = factrec::detail;

struct word_figure_case {
    std::string_view text;
    std::int64_t value_numerator;
    std::int64_t value_denominator;
    std::int64_t half_step_numerator;
    std::int64_t half_step_denominator;
    std::size_t end;
};

} // namespace

// The grammar reads the words below a hundred once and looks for "hundred" after them; where
// what follows "hundred" is no number, it must give back exactly "X hundred".
TEST_CASE("figures in words: value, step and where they end") {
    const word_figure_case cases[] = {
        {"two governments", 2, 1, 1, 2, 3},
        {"Seventeen", 17, 1, 1, 2, 9},
        {"Seventy Seven days", 77, 1, 1, 2, 13},
        {"twenty-five hundred", 2500, 1, 50, 1, 19},
        {"two hundred and the rest", 200, 1, 50, 1, 11},
        {"two hundred-odd", 200, 1, 50, 1, 11},
        {"three hundred and five stores", 305, 1, 1, 2, 22},
        {"nine hundred ninety-nine", 999, 1, 1, 2, 24},
        {"two hundredth", 2, 1, 1, 2, 3},
        {"a hundred", 100, 1, 50, 1, 9},
        {"a dozen eggs", 12, 1, 1, 2, 7},
        {"one hundred and one hundred", 100, 1, 50, 1, 11},
        {"one and a half", 3, 2, 1, 20, 14},
        {"half a million", 1, 2, 1, 20, 6},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto f = detail::read_word_figure(c.text, 0);
        REQUIRE(f);
        CHECK(f->value == detail::fraction(c.value_numerator, c.value_denominator));
        CHECK(f->half_step == detail::fraction(c.half_step_numerator, c.half_step_denominator));
        CHECK(f->end == c.end);
        CHECK(f->in_words);
    }
    for (std::string_view none : {"hundred", "the two", "a", "a hundredfold", "twentyfold"}) {
        CAPTURE(none);
        CHECK_FALSE(detail::read_word_figure(none, 0));
    }
}
