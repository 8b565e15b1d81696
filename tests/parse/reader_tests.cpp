// The phrase reader's parts taken alone: the number-word grammar, and the tables the reader
// builds from the word lists.
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace detail = factrec::parse::detail;

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
        {"A hundred and twenty boats", 120, 1, 1, 2, 20},
        {"a hundred fifty", 150, 1, 1, 2, 15},
        {"a hundred and the rest", 100, 1, 50, 1, 9},
        {"a hundred and one hundred", 100, 1, 50, 1, 9},
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

namespace {

template <std::size_t Size>
bool in_any_case(const detail::word_set<Size>& list, std::string_view w) {
    return list.contains_any_case(w);
}

// What roles_of_prefix_word should say of `w`, asked of the lists themselves.
std::uint8_t roles_from_lists(std::string_view w) {
    std::uint8_t roles = 0;
    if (in_any_case(detail::qualifier_last_words, w)) roles |= detail::ends_qualifier;
    if (detail::equals_lower(w, "from")) roles |= detail::starts_from;
    if (detail::equals_lower(w, "between")) roles |= detail::starts_between;
    if (detail::equals_lower(w, "by")) roles |= detail::marks_change_by;
    if (in_any_case(detail::year_lead_words, w)) roles |= detail::leads_year;
    return roles;
}

void check_roles(std::string_view w) {
    CAPTURE(w);
    detail::prefix_word_roles found = detail::roles_of_prefix_word(w);
    CHECK(found.roles == roles_from_lists(w));
    if (found.roles & detail::ends_qualifier)
        CHECK(found.qualifier_last == detail::qualifier_last_words.index_any_case(w));
}

} // namespace

// The reader looks up the word before a figure once, in a table built from several lists:
// every word of those lists, in any case, must have the roles the lists give it, and no other
// word any role.
TEST_CASE("the roles of the word before a figure agree with the word lists") {
    std::vector<std::string> words;
    for (std::string_view w : detail::qualifier_last_words.words()) words.emplace_back(w);
    for (std::string_view w : detail::year_lead_words.words()) words.emplace_back(w);
    for (std::string_view w :
         {"from", "between", "by", "the", "said", "fromage", "b", "overs", "lead", "estimate", "", "x"})
        words.emplace_back(w);
    for (const std::string& w : words) {
        check_roles(w);
        std::string upper = w;
        for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
        check_roles(upper);
        if (!w.empty()) {
            std::string capitalised = w;
            capitalised[0] = upper[0];
            check_roles(capitalised);
        }
    }
    CHECK(detail::roles_of_prefix_word("From").roles == (detail::starts_from | detail::leads_year));
    CHECK(detail::roles_of_prefix_word("than").roles == detail::ends_qualifier);
    CHECK(detail::roles_of_prefix_word("said").roles == 0);
}

// Days and years are told apart by the integer as written, read from its digits: leading
// zeros and integers too long for a machine word must read as their values do.
TEST_CASE("days and years from their digits") {
    struct date_case {
        std::string_view text;
        factrec::mention_kind kind;
        std::string_view span;
    };
    const date_case cases[] = {
        {"It ended on October 031 at noon.", factrec::mention_kind::date, "October 031"},
        {"It ended on October 0000000000000000000000031 at noon.", factrec::mention_kind::date,
         "October 0000000000000000000000031"},
        {"It ended in October 02025.", factrec::mention_kind::date, "October 02025"},
        {"It ended on October 32 at noon.", factrec::mention_kind::number, "32"},
        {"It ended on October 10000000000000000000000031 at noon.", factrec::mention_kind::number,
         "10000000000000000000000031"},
        {"It was built in 1999 by hand.", factrec::mention_kind::year, "1999"},
        {"It was built in 3999 by hand.", factrec::mention_kind::number, "3999"},
        {"It fell to -1999 by then.", factrec::mention_kind::number, "-1999"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        auto result = factrec::scan(c.text);
        REQUIRE(result.size() == 1);
        const auto& m = result[0];
        CHECK(m.kind == c.kind);
        CHECK(c.text.substr(m.span.begin, m.span.end - m.span.begin) == c.span);
    }
}
