#include <factrec/core/result.hpp>
#include <factrec/version.hpp>

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

using factrec::error;
using factrec::result;

namespace {

result<int> parse_digit(char c) {
    if (c < '0' || c > '9') return error{std::string("not a digit: ") + c, 0};
    return c - '0';
}

} // namespace

TEST_CASE("result reads like std::expected") {
    const result<int> seven = parse_digit('7');
    const result<int> bad = parse_digit('x');
    CHECK(seven.has_value());
    CHECK_FALSE(bad.has_value());
    CHECK(bad.error().message == "not a digit: x");
    CHECK_THROWS_AS((void)seven.error(), std::logic_error);
    CHECK_THROWS_AS((void)bad.value(), factrec::bad_result_access);

    SUBCASE("value_or gives the value or the fallback") {
        CHECK(seven.value_or(-1) == 7);
        CHECK(bad.value_or(-1) == -1);
        CHECK(result<std::string>(std::string("kept")).value_or("fallback") == "kept");
    }
    SUBCASE("transform maps a value and passes an error through") {
        const result<std::string> text = seven.transform([](int v) { return std::to_string(v * 2); });
        REQUIRE(text.has_value());
        CHECK(*text == "14");
        const result<std::string> still_bad = bad.transform([](int v) { return std::to_string(v); });
        REQUIRE_FALSE(still_bad.has_value());
        CHECK(still_bad.error().message == "not a digit: x");
    }
    SUBCASE("and_then chains fallible steps and stops at the first error") {
        const auto half = [](int v) -> result<int> {
            if (v % 2 != 0) return error{"odd: " + std::to_string(v), 3};
            return v / 2;
        };
        CHECK(parse_digit('8').and_then(half).value() == 4);
        const result<int> odd = parse_digit('7').and_then(half);
        REQUIRE_FALSE(odd.has_value());
        CHECK(odd.error().offset == 3);
        CHECK(bad.and_then(half).error().message == "not a digit: x");
        CHECK(result<int>(parse_digit('6')).and_then(half).and_then(half).error().message == "odd: 3");
    }
}

TEST_CASE("version macros agree with the version string") {
    // NOLINTNEXTLINE(misc-redundant-expression): both sides expand to constants; their agreement is the test
    static_assert(FACTREC_VERSION ==
                  FACTREC_VERSION_MAJOR * 10000 + FACTREC_VERSION_MINOR * 100 + FACTREC_VERSION_PATCH);
    const std::string expected = std::to_string(FACTREC_VERSION_MAJOR) + "." + std::to_string(FACTREC_VERSION_MINOR) +
                                 "." + std::to_string(FACTREC_VERSION_PATCH);
    CHECK(std::string(factrec::version_string) == expected);
#ifdef FACTREC_BUILD_SYSTEM_VERSION
    // The build system reads the version from version.hpp; this checks it read the same one.
    CHECK(expected == FACTREC_BUILD_SYSTEM_VERSION);
#endif
}
