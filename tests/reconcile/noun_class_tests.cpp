// Which counted nouns a count fact takes (parse/english/noun_classes.hpp): people by what they
// are or do, and the injured and the missing apart from them. The nouns are as the scanner reads
// them after a figure, plural or not.
#include <factrec/reconcile.hpp>

#include <doctest/doctest.h>

#include <string_view>

using factrec::unit;
using factrec::reconcile_detail::counts_noun;

TEST_CASE("a count of people takes children, passengers, firefighters, students and the like") {
    const unit people = unit::count("people");
    for (std::string_view noun : {"children", "child", "passengers", "firefighters", "students", "pupils", "patients",
                                  "men", "women", "migrants", "refugees", "villagers", "miners", "tourists"}) {
        INFO(noun);
        CHECK(counts_noun(people, noun));
    }
    // And a count of one of them takes a count of people, 1:1.
    CHECK(counts_noun(unit::count("children"), "people"));
    CHECK(counts_noun(unit::count("passengers"), "dead"));
    // Things are not people.
    for (std::string_view noun : {"homes", "jets", "votes", "injured", "wounded", "missing"}) {
        INFO(noun);
        CHECK_FALSE(counts_noun(people, noun));
    }
}

TEST_CASE("the injured, the wounded and the hurt are one class, apart from people and the missing") {
    for (std::string_view fact : {"injured", "wounded", "hurt"}) {
        const unit u = unit::count(fact);
        INFO(fact);
        CHECK(counts_noun(u, "injured"));
        CHECK(counts_noun(u, "wounded"));
        CHECK(counts_noun(u, "hurt"));
        CHECK_FALSE(counts_noun(u, "dead"));
        CHECK_FALSE(counts_noun(u, "people"));
        CHECK_FALSE(counts_noun(u, "missing"));
    }
    CHECK(counts_noun(unit::count("missing"), "missing"));
    CHECK_FALSE(counts_noun(unit::count("missing"), "people"));
}
