// factrec/format.hpp with {fmt}: a vocabulary type formats as its operator<< writes it, and
// takes a string's format options.
#include <factrec/format.hpp>

#include <doctest/doctest.h>

#include <fmt/format.h>
#include <string>

// What operator<< writes, as format.hpp's formatters read it.
using factrec::format_detail::streamed;

TEST_CASE("fmt::format writes the vocabulary types as operator<< does") {
    const auto pledge = factrec::interval::closed(factrec::parse_exact_number("549.5e9").value(),
                                                  factrec::parse_exact_number("550.5e9").value());
    CHECK(fmt::format("{}", pledge) == "[549500000000, 550500000000]");
    CHECK(fmt::format("{} in {}", pledge, factrec::unit::money("USD")) == "[549500000000, 550500000000] in USD");
    CHECK(fmt::format("{}", factrec::exact_number(2, 3)) == "2/3");
    CHECK(fmt::format("{}", factrec::byte_span{4, 9}) == "4-9");

    factrec::mention m;
    m.span = {0, 12};
    m.kind = factrec::mention_kind::money;
    m.quantity.value = pledge;
    m.quantity.unit = factrec::unit::money("USD");
    m.quantity.written = "$550 billion";
    CHECK(fmt::format("{}", m) == streamed(m));
    CHECK(fmt::format("{}", m.quantity) == "[549500000000, 550500000000] USD \"$550 billion\"");
    // A string's options: width, alignment, precision.
    CHECK(fmt::format("[{:>6}]", factrec::unit::count("ships")) == "[count(ships)]");
    CHECK(fmt::format("[{:>8}]", factrec::unit::money("EUR")) == "[     EUR]");
    CHECK(fmt::format("{:.5}", pledge) == "[5495");
}

#if defined(__cpp_lib_format)
#include <format>
TEST_CASE("std::format writes the vocabulary types as operator<< does") {
    CHECK(std::format("{:>8}", factrec::unit::money("EUR")) == "     EUR");
    CHECK(std::format("{}", factrec::byte_span{4, 9}) == "4-9");
}
#endif
