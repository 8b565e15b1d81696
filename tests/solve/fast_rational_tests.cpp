// The solver's word-sized rational against cpp_rational: every operation must give the same
// exact value, on small fractions, on values at the edge of 64 bits, and on values far past it.
#include <doctest/doctest.h>

#include <factrec/core/detail/fast_rational.hpp>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

using factrec::exact_number;
using factrec::detail::fast_rational;

namespace {

// Numerators and denominators near the places where word arithmetic overflows.
std::vector<exact_number> sample_values() {
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::vector<boost::multiprecision::cpp_int> numerators{0, 1, -1, 2, 7, -490, 1000000007, max, -max, max - 1, std::int64_t{1} << 32,
                                                           (std::int64_t{1} << 62) + 3};
    numerators.push_back(boost::multiprecision::cpp_int(max) + 1); // -2^63's magnitude, and past it
    numerators.push_back(-(boost::multiprecision::cpp_int(max) + 1));
    numerators.push_back(boost::multiprecision::cpp_int(max) * 977);
    std::vector<boost::multiprecision::cpp_int> denominators{1, 2, 3, 10, 49, 1000000009, max, std::int64_t{1} << 40};
    denominators.push_back(boost::multiprecision::cpp_int(max) * 3 + 1);
    std::vector<exact_number> out;
    for (const auto& n : numerators)
        for (const auto& d : denominators) out.emplace_back(n, d);
    std::mt19937_64 random(7);
    for (int k = 0; k < 200; ++k) {
        std::int64_t n = std::uniform_int_distribution<std::int64_t>(-5000, 5000)(random);
        std::int64_t d = std::uniform_int_distribution<std::int64_t>(1, 120)(random);
        out.emplace_back(n, d);
    }
    return out;
}

} // namespace

TEST_CASE("fast_rational computes what cpp_rational computes") {
    const std::vector<exact_number> values = sample_values();
    std::mt19937_64 random(11);
    std::uniform_int_distribution<std::size_t> pick(0, values.size() - 1);
    for (int trial = 0; trial < 40000; ++trial) {
        const exact_number& x = values[pick(random)];
        const exact_number& y = values[pick(random)];
        fast_rational a(x), b(y);
        INFO("x = " << x << ", y = " << y);
        REQUIRE(a.exact() == x);
        // exact() builds the cpp_rational from terms it takes to be in lowest terms already.
        CHECK(boost::multiprecision::numerator(a.exact()) == boost::multiprecision::numerator(x));
        CHECK(boost::multiprecision::denominator(a.exact()) == boost::multiprecision::denominator(x));
        CHECK((a + b).exact() == x + y);
        CHECK((a - b).exact() == x - y);
        CHECK((a * b).exact() == x * y);
        if (y != 0) CHECK((a / b).exact() == x / y);
        CHECK((a < b) == (x < y));
        CHECK((a == b) == (x == y));
        CHECK((a > b) == (x > y));
        CHECK((-a).exact() == -x);
        CHECK(a.sign() == x.sign());
        // Equal values compare equal however they were computed: the form is canonical.
        CHECK(((a + b) - b) == a);
    }
}

TEST_CASE("fast_rational rounds to integers toward the right side") {
    for (const exact_number& x : sample_values()) {
        fast_rational a(x);
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        boost::multiprecision::cpp_int toward_zero = numerator(x) / denominator(x);
        exact_number floor_x = exact_number(toward_zero) > x ? exact_number(toward_zero - 1) : exact_number(toward_zero);
        exact_number ceil_x = floor_x == x ? floor_x : exact_number(floor_x + 1);
        INFO("x = " << x);
        CHECK(a.floor().exact() == floor_x);
        CHECK(a.ceil().exact() == ceil_x);
        CHECK(a.is_integer() == (denominator(x) == 1));
    }
}

TEST_CASE("fast_rational builds from every integer width") {
    CHECK(fast_rational(std::numeric_limits<std::int64_t>::min()).exact() == exact_number(std::numeric_limits<std::int64_t>::min()));
    CHECK(fast_rational(std::numeric_limits<std::uint64_t>::max()).exact() == exact_number(std::numeric_limits<std::uint64_t>::max()));
    CHECK(fast_rational(-3).exact() == -3);
    CHECK(fast_rational(std::uint8_t{200}).exact() == 200);
    CHECK((fast_rational(std::numeric_limits<std::int64_t>::max()) + 1).exact() == exact_number(std::numeric_limits<std::int64_t>::max()) + 1);
}
