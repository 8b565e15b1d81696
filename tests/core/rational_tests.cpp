// The library's exact rational against Boost's cpp_rational: every operation must give the
// same exact value, on small fractions, on values at the edge of 64 bits, and far past it.
#include <factrec/core/number.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <stdexcept>
#include <utility>
#include <vector>

using factrec::big_rational;
using factrec::rational;

namespace {

// Numerators and denominators near the places where word arithmetic overflows.
std::vector<big_rational> sample_values() {
    const std::int64_t max = std::numeric_limits<std::int64_t>::max();
    std::vector<boost::multiprecision::cpp_int> numerators{
        0, 1, -1, 2, 7, -490, 1000000007, max, -max, max - 1, std::int64_t{1} << 32, (std::int64_t{1} << 62) + 3};
    numerators.push_back(boost::multiprecision::cpp_int(max) + 1); // -2^63's magnitude, and past it
    numerators.push_back(-(boost::multiprecision::cpp_int(max) + 1));
    numerators.push_back(boost::multiprecision::cpp_int(max) * 977);
    std::vector<boost::multiprecision::cpp_int> denominators{1, 2, 3, 10, 49, 1000000009, max, std::int64_t{1} << 40};
    denominators.push_back(boost::multiprecision::cpp_int(max) * 3 + 1);
    std::vector<big_rational> out;
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

TEST_CASE("rational computes what cpp_rational computes") {
    const std::vector<big_rational> values = sample_values();
    std::mt19937_64 random(11);
    std::uniform_int_distribution<std::size_t> pick(0, values.size() - 1);
    for (int trial = 0; trial < 40000; ++trial) {
        const big_rational& x = values[pick(random)];
        const big_rational& y = values[pick(random)];
        rational a(x), b(y);
        INFO("x = " << x << ", y = " << y);
        REQUIRE(a.to_big_rational() == x);
        // Small values convert from terms taken to be in lowest terms already: check them.
        CHECK(boost::multiprecision::numerator(a.to_big_rational()) == boost::multiprecision::numerator(x));
        CHECK(boost::multiprecision::denominator(a.to_big_rational()) == boost::multiprecision::denominator(x));
        CHECK(a.numerator() == boost::multiprecision::numerator(x));
        CHECK(a.denominator() == boost::multiprecision::denominator(x));
        CHECK((a + b).to_big_rational() == x + y);
        CHECK((a - b).to_big_rational() == x - y);
        CHECK((a * b).to_big_rational() == x * y);
        if (y != 0) CHECK((a / b).to_big_rational() == x / y);
        CHECK((a < b) == (x < y));
        CHECK((a == b) == (x == y));
        CHECK((a > b) == (x > y));
        CHECK((a <= b) == (x <= y));
        CHECK((-a).to_big_rational() == -x);
        CHECK(a.sign() == x.sign());
        CHECK(a.str() == x.str());
        // Equal values compare equal however they were computed: the form is canonical.
        CHECK(((a + b) - b) == a);
    }
}

TEST_CASE("rational rounds to integers toward the right side") {
    for (const big_rational& x : sample_values()) {
        rational a(x);
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        boost::multiprecision::cpp_int toward_zero = numerator(x) / denominator(x);
        big_rational floor_x =
            big_rational(toward_zero) > x ? big_rational(toward_zero - 1) : big_rational(toward_zero);
        big_rational ceil_x = floor_x == x ? floor_x : big_rational(floor_x + 1);
        INFO("x = " << x);
        CHECK(a.floor().to_big_rational() == floor_x);
        CHECK(a.ceil().to_big_rational() == ceil_x);
        CHECK(a.is_integer() == (denominator(x) == 1));
    }
}

TEST_CASE("rational builds from every integer width and from terms in any form") {
    CHECK(rational(std::numeric_limits<std::int64_t>::min()).to_big_rational() ==
          big_rational(std::numeric_limits<std::int64_t>::min()));
    CHECK(rational(std::numeric_limits<std::uint64_t>::max()).to_big_rational() ==
          big_rational(std::numeric_limits<std::uint64_t>::max()));
    CHECK(rational(-3) == -3);
    CHECK(rational(std::uint8_t{200}) == 200);
    CHECK((rational(std::numeric_limits<std::int64_t>::max()) + 1).to_big_rational() ==
          big_rational(std::numeric_limits<std::int64_t>::max()) + 1);
    CHECK_FALSE((rational(std::numeric_limits<std::int64_t>::max()) + 1).is_small());
    CHECK(rational(6, -4) == rational(-3, 2));
    CHECK(rational(6, -4).denominator() == 2);
    CHECK(rational(-6, -4) == rational(3, 2));
    CHECK(rational(0, -5) == 0);
    CHECK(rational(0, -5).denominator() == 1);
    const std::int64_t min = std::numeric_limits<std::int64_t>::min();
    CHECK(rational(min, 2).to_big_rational() == big_rational(min) / 2);
    CHECK(rational(3, min).to_big_rational() == big_rational(3) / big_rational(min));
    CHECK(rational(min, min) == 1);
    // A term of 1 (or -1) over anything, and anything over 1, are taken without a gcd.
    for (const std::int64_t other : {std::int64_t{-9}, std::int64_t{-1}, std::int64_t{1}, std::int64_t{2},
                                     std::int64_t{20}, std::numeric_limits<std::int64_t>::max(), min}) {
        INFO("other = " << other);
        CHECK(rational(1, other).to_big_rational() == big_rational(1) / big_rational(other));
        CHECK(rational(-1, other).to_big_rational() == big_rational(-1) / big_rational(other));
        CHECK(rational(other, 1).to_big_rational() == big_rational(other));
        CHECK(rational(other, -1).to_big_rational() == -big_rational(other));
    }
    CHECK(rational(boost::multiprecision::cpp_int(10), boost::multiprecision::cpp_int(4)) == rational(5, 2));
    CHECK_THROWS_AS(rational(1, 0), std::domain_error);
    CHECK_THROWS_AS(rational(1) / rational(0), std::domain_error);
    std::ostringstream printed;
    printed << rational(-7, 3) << ' ' << rational(5);
    CHECK(printed.str() == "-7/3 5");
    CHECK(rational(1, 4).convert_to<double>() == 0.25);
}

TEST_CASE("figures the size of news figures ($490 billion, 89.5) are small rationals") {
    CHECK(rational(490000000000LL).is_small());
    CHECK(rational(179, 2).is_small());
}

// A big value is owned by one rational: each copy, move and assignment below must leave every
// value intact and free each heap value once (AddressSanitizer reports a leak or a double free).
TEST_CASE("rational copies, moves and assigns big values") {
    const big_rational huge(boost::multiprecision::cpp_int(std::numeric_limits<std::int64_t>::max()) * 977, 3);
    const big_rational other_huge = -huge * huge;
    const rational big(huge), small(179, 2);
    REQUIRE_FALSE(big.is_small());

    SUBCASE("a copy is a value of its own") {
        rational copy(big);
        CHECK(copy.to_big_rational() == huge);
        copy += 1;
        CHECK(copy.to_big_rational() == huge + 1);
        CHECK(big.to_big_rational() == huge);
    }
    SUBCASE("assignment between big, small and big") {
        rational x(big);
        x = small; // big <- small
        CHECK(x.is_small());
        CHECK(x == small);
        x = big; // small <- big
        CHECK(x.to_big_rational() == huge);
        x = rational(other_huge); // big <- big, moved
        CHECK(x.to_big_rational() == other_huge);
        rational y(small);
        y = x;   // small <- big, copied
        x = big; // big <- big, copied
        CHECK(x.to_big_rational() == huge);
        CHECK(y.to_big_rational() == other_huge);
        x = std::move(y);
        CHECK(x.to_big_rational() == other_huge);
        y = rational(5); // a moved-from rational takes a new value
        CHECK(y == 5);
    }
    SUBCASE("self-assignment keeps the value") {
        rational x(big), s(small);
        const rational& same_x = x;
        const rational& same_s = s;
        x = same_x;
        s = same_s;
        CHECK(x.to_big_rational() == huge);
        CHECK(s == small);
        rational& moved_x = x;
        x = std::move(moved_x);
        CHECK(x.to_big_rational() == huge);
    }
    SUBCASE("a move takes the value") {
        rational source(big);
        rational target(std::move(source));
        CHECK(target.to_big_rational() == huge);
        source = target;
        CHECK(source == target);
        rational small_target(small);
        small_target = std::move(target); // small <- big, moved
        CHECK(small_target.to_big_rational() == huge);
        rational big_target(other_huge);
        big_target = std::move(small_target); // big <- big, moved
        CHECK(big_target.to_big_rational() == huge);
        big_target = rational(small); // big <- small, moved
        CHECK(big_target == small);
        std::swap(source, big_target);
        CHECK(source == small);
        CHECK(big_target.to_big_rational() == huge);
    }
    SUBCASE("a growing vector moves its values") {
        std::vector<rational> values;
        values.reserve(100);
        for (int k = 0; k < 100; ++k) values.push_back(k % 2 == 0 ? rational(big + k) : rational(k));
        std::vector<rational> copies = values;
        for (int k = 0; k < 100; ++k) {
            CHECK(values[static_cast<std::size_t>(k)] == copies[static_cast<std::size_t>(k)]);
            CHECK(copies[static_cast<std::size_t>(k)].to_big_rational() == (k % 2 == 0 ? huge + k : big_rational(k)));
        }
        copies.erase(copies.begin(), copies.begin() + 51); // moves big onto small and small onto big
        CHECK(copies.front() == 51);
        CHECK(copies[1].to_big_rational() == huge + 52);
    }
}
