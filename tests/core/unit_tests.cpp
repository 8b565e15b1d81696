#include <factrec/core.hpp>

#include <doctest/doctest.h>

using factrec::exact_number;
using factrec::interval;
using factrec::unit;

namespace {
unit symbol(const char* text) { return unit::from_symbol(text).value(); }
} // namespace

TEST_CASE("units of one dimension convert exactly") {
    CHECK(*convert(interval::point(1), symbol("short_ton"), symbol("t")) ==
          interval::point(exact_number(90718474, 100000000)));
    CHECK(*convert(interval::point(1), symbol("long_ton"), symbol("kg")) ==
          interval::point(*factrec::parse_exact_number("1016.0469088")));
    CHECK(*convert(interval::point(18000), symbol("ft"), symbol("m")) ==
          interval::point(*factrec::parse_exact_number("5486.4")));
    CHECK(*convert(interval::point(1), symbol("mi"), symbol("km")) ==
          interval::point(*factrec::parse_exact_number("1.609344")));
    CHECK(*convert(interval::point(1), symbol("bbl"), symbol("l")) ==
          interval::point(*factrec::parse_exact_number("158.987294928")));
    CHECK(*convert(interval::closed(1, 2), symbol("h"), symbol("min")) == interval::closed(60, 120));
    CHECK(*convert(interval::point(1), symbol("t"), symbol("t")) == interval::point(1));
    // Round trips are exact: no drift from binary floating point.
    interval tons = *convert(interval::closed(160000000, 230000000), symbol("short_ton"), symbol("t"));
    CHECK(*convert(tons, symbol("t"), symbol("short_ton")) == interval::closed(160000000, 230000000));
}

TEST_CASE("units of uncertain size convert to a range, surfacing the ambiguity") {
    interval tonnes = *convert(interval::point(1), symbol("tons"), symbol("t"));
    CHECK(tonnes == interval::closed(exact_number(90718474, 100000000), *factrec::parse_exact_number("1.0160469088")));
    CHECK_FALSE(symbol("ton").has_exact_size());
    CHECK(*convert(interval::closed(17, 18), symbol("month"), symbol("month")) == interval::closed(17, 18));
    interval days = *convert(interval::point(1), symbol("year"), symbol("d"));
    CHECK(days == interval::closed(365, 366));
}

TEST_CASE("mixing dimensions or currencies is an error that names both") {
    auto mass_to_length = convert(interval::point(1), symbol("t"), symbol("km"));
    REQUIRE_FALSE(mass_to_length);
    CHECK(mass_to_length.error().message == "cannot convert 't' (mass) to 'km' (length): the dimensions differ");
    auto currencies = convert(interval::point(1), unit::money("USD"), unit::money("JPY"));
    REQUIRE_FALSE(currencies);
    CHECK(currencies.error().message.find("exchange rate") != std::string::npos);
    // Counts convert 1:1 whatever they count: which figures a count fact takes is for the binder.
    auto counts = convert(interval::closed(3, 4), unit::count("democrats"), unit::count("votes"));
    REQUIRE(counts);
    CHECK(*counts == interval::closed(3, 4));
    CHECK_FALSE(convert(interval::point(1), unit::count("votes"), unit::money("USD")));
    CHECK_FALSE(convert(interval::point(1), unit::percent(), unit::money("USD")));
    CHECK_FALSE(convert(interval::point(1), unit::calendar_year(), symbol("year")));
}

TEST_CASE("unit symbols are read strictly, with a message for typos") {
    CHECK(symbol("USD") == unit::money("usd"));
    CHECK(symbol("count(Missiles)") == unit::count("missiles"));
    CHECK(to_string(symbol("count(troops)")) == "count(troops)");
    CHECK(symbol("%").dimension() == factrec::dimension::share);
    CHECK(symbol("tonnes") == symbol("t"));
    CHECK(symbol("short ton") == symbol("short_ton"));
    auto typo = unit::from_symbol("UDS");
    REQUIRE_FALSE(typo);
    CHECK(typo.error().message == "'UDS' is not an ISO 4217 currency code");
    auto unknown = unit::from_symbol("furlongs");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message.find("unknown unit 'furlongs'") == 0);
    CHECK_FALSE(unit::from_symbol("count()"));
    CHECK_THROWS_AS(unit::money("XYZ"), std::invalid_argument);
}

TEST_CASE("a unit is a name and a pointer to its size, shared by every copy") {
    unit feet = symbol("feet");
    unit copy = feet;
    CHECK(copy == feet);
    CHECK(&copy.factor_lower() == &feet.factor_lower());
    CHECK(&symbol("ft").factor_upper() == &feet.factor_upper());
    CHECK(feet.factor_lower() == *factrec::parse_exact_number("0.3048"));
    CHECK(unit::count("missiles").factor_lower() == 1);
    // Each mention carries a unit: a copy costs its name, never a multi-precision number.
    CHECK(sizeof(unit) <= sizeof(std::string) + 2 * sizeof(void*));
}

TEST_CASE("a quantity keeps the figure as written next to the interval read from it") {
    factrec::quantity q{
        interval::closed(*factrec::parse_exact_number("489.5e9"), *factrec::parse_exact_number("490.5e9")),
        unit::money("USD"), "$490 billion", factrec::qualifier::none};
    CHECK(q.value.contains(exact_number(490000000000LL)));
    CHECK(to_string(factrec::qualifier::up_to) == "up_to");

    factrec::claim c{"committed",
                     q,
                     {10, 22},
                     {0, 40},
                     {"Daily Ledger", "https://example.org/a", "2025-10-29", 2},
                     factrec::speaker{"Lutnick", 3}};
    CHECK(c.weight() == 6);
    CHECK(c.span.size() == 12);
    c.speaker.reset();
    CHECK(c.weight() == 2);
}

TEST_CASE("result reports misuse instead of returning garbage") {
    factrec::result<int> bad = factrec::error{"nope", 3};
    CHECK_THROWS_AS((void)bad.value(), factrec::bad_result_access);
    factrec::result<int> good = 4;
    CHECK(*good == 4);
    CHECK_THROWS((void)good.error());
}
