#pragma once

#include <factrec/core/rational.hpp>
#include <factrec/core/result.hpp>

#include <boost/math/special_functions/next.hpp>
#include <boost/multiprecision/cpp_int.hpp>

#include <cmath>
#include <concepts>
#include <cstddef>
#include <limits>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

namespace factrec {

/// The library's default number type: exact, of any size.
using exact_number = rational;

/// An ordered field the library can compute with. Exactness is a property of the type,
/// told by number_traits: inexact types get every bound rounded outward.
template <class T>
concept Number = std::regular<T> && std::totally_ordered<T> && requires(T a, T b) {
    { a + b } -> std::convertible_to<T>;
    { a - b } -> std::convertible_to<T>;
    { a* b } -> std::convertible_to<T>;
    { a / b } -> std::convertible_to<T>;
    { -a } -> std::convertible_to<T>;
    T(0);
    T(1);
};

/// How a Number type rounds: round_down and round_up, exactness, conversions to and from
/// exact_number. Specialised below for exact_number and for floating types.
template <Number N>
struct number_traits;

/// Exact numbers: nothing is ever rounded, so every bound is the true one.
template <>
struct number_traits<exact_number> {
    static constexpr bool is_exact = true; ///< arithmetic on N is exact
    /// The largest N not above x, the least not below it: x itself.
    ///@{
    static exact_number round_down(const exact_number& x) { return x; }
    static exact_number round_up(const exact_number& x) { return x; }
    ///@}
    /// Always: an exact number is never infinite or NaN.
    static bool is_finite(const exact_number&) { return true; }
    /// x as an exact number.
    static exact_number to_exact(const exact_number& x) { return x; }
    /// The N nearest x from below (lower_from) or above (upper_from): x itself.
    ///@{
    static exact_number lower_from(const exact_number& x) { return x; }
    static exact_number upper_from(const exact_number& x) { return x; }
    ///@}
};

/// Floating types: every computed bound moves one step outward, which is enough because
/// IEEE and Boost's binary floats round each operation to within half a step.
template <Number F>
requires(!std::is_same_v<F, exact_number> && std::numeric_limits<F>::is_specialized &&
         !std::numeric_limits<F>::is_exact) struct number_traits<F> {
    static constexpr bool is_exact = false; ///< arithmetic on F rounds
    /// One step below (round_down) or above (round_up) x; infinities and NaN unchanged.
    ///@{
    static F round_down(const F& x) {
        if (!is_finite(x)) return x;
        if constexpr (std::is_floating_point_v<F>)
            return std::nextafter(x, -std::numeric_limits<F>::infinity());
        else
            return boost::math::float_prior(x);
    }
    static F round_up(const F& x) {
        if (!is_finite(x)) return x;
        if constexpr (std::is_floating_point_v<F>)
            return std::nextafter(x, std::numeric_limits<F>::infinity());
        else
            return boost::math::float_next(x);
    }
    ///@}
    /// Neither infinite nor NaN.
    static bool is_finite(const F& x) {
        using boost::multiprecision::isfinite;
        using std::isfinite;
        return isfinite(x);
    }
    /// The exact value of a finite x (a binary float is a dyadic rational).
    static exact_number to_exact(const F& x) {
        // Binary floats are dyadic rationals: split into mantissa and exponent exactly.
        if (x == F(0)) return exact_number(0);
        using std::frexp;
        using std::ldexp;
        int exponent = 0;
        F mantissa = frexp(x, &exponent);
        constexpr int digits = std::numeric_limits<F>::digits;
        F scaled = ldexp(mantissa, digits);
        boost::multiprecision::cpp_int integer_part = to_integer(scaled);
        exact_number result(integer_part);
        int shift = exponent - digits;
        boost::multiprecision::cpp_int power = 1;
        power <<= (shift < 0 ? -shift : shift);
        return shift < 0 ? result / exact_number(power) : result * exact_number(power);
    }
    /// The largest F not above x (lower_from), the least F not below it (upper_from).
    ///@{
    static F lower_from(const exact_number& x) {
        F candidate = convert(x);
        while (is_finite(candidate) && to_exact(candidate) > x) candidate = round_down(candidate);
        return candidate;
    }
    static F upper_from(const exact_number& x) {
        F candidate = convert(x);
        while (is_finite(candidate) && to_exact(candidate) < x) candidate = round_up(candidate);
        return candidate;
    }
    ///@}

private:
    static boost::multiprecision::cpp_int to_integer(const F& integral_value) {
        if constexpr (std::is_floating_point_v<F>) {
            return boost::multiprecision::cpp_int(static_cast<long long>(integral_value));
        } else {
            return integral_value.template convert_to<boost::multiprecision::cpp_int>();
        }
    }
    static F convert(const exact_number& x) {
        if constexpr (std::is_floating_point_v<F>)
            return x.template convert_to<F>();
        else
            return F(x.numerator()) / F(x.denominator());
    }
};

namespace core::detail {

template <class = void>
inline boost::multiprecision::cpp_int power_of_ten(unsigned exponent) {
    return boost::multiprecision::pow(boost::multiprecision::cpp_int(10), exponent);
}

} // namespace core::detail

/// Limits that keep absurd input ("1e999999999", a million digits) an error, not a hang.
inline constexpr std::size_t max_significant_digits = 400; ///< digits of one number, leading zeros aside
inline constexpr long max_decimal_exponent = 400;          ///< the largest |e| of "1e400"

/// Reads "-12.5", "1e9", "3.2E-4", "7/3" exactly.
template <class = void>
inline result<exact_number> parse_exact_number(std::string_view text) {
    using boost::multiprecision::cpp_int;
    std::size_t pos = 0;
    auto fail = [&](std::string what) { return result<exact_number>(error{std::move(what), pos}); };
    if (text.empty()) return fail("expected a number, found nothing");
    bool negative = false;
    if (text[pos] == '+' || text[pos] == '-') negative = text[pos++] == '-';

    auto read_digits = [&](cpp_int& into, std::size_t& count) {
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            if (++count > max_significant_digits) return false;
            into = into * 10 + (text[pos] - '0');
            ++pos;
        }
        return true;
    };

    cpp_int mantissa = 0;
    std::size_t digit_count = 0;
    std::size_t integer_start = pos;
    if (!read_digits(mantissa, digit_count))
        return fail("number has more than " + std::to_string(max_significant_digits) + " digits");
    bool had_integer_digits = pos > integer_start;

    if (pos < text.size() && text[pos] == '/') {
        if (!had_integer_digits) return fail("expected digits before '/'");
        ++pos;
        cpp_int denominator = 0;
        std::size_t denominator_digits = 0;
        std::size_t start = pos;
        if (!read_digits(denominator, denominator_digits)) return fail("denominator has too many digits");
        if (pos == start) return fail("expected digits after '/'");
        if (pos != text.size()) return fail("unexpected character in fraction");
        if (denominator == 0) return fail("denominator is zero");
        exact_number value(mantissa, denominator);
        return negative ? exact_number(-value) : value;
    }

    long exponent = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        std::size_t start = pos;
        std::size_t before = digit_count;
        if (!read_digits(mantissa, digit_count))
            return fail("number has more than " + std::to_string(max_significant_digits) + " digits");
        if (pos == start && !had_integer_digits) return fail("expected digits");
        exponent -= static_cast<long>(digit_count - before);
    } else if (!had_integer_digits) {
        return fail("expected a digit");
    }
    if (pos < text.size() && (text[pos] == 'e' || text[pos] == 'E')) {
        ++pos;
        bool negative_exponent = false;
        if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) negative_exponent = text[pos++] == '-';
        std::size_t start = pos;
        long written = 0;
        while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
            written = written * 10 + (text[pos] - '0');
            if (written > max_decimal_exponent * 4)
                return fail("exponent is out of range (at most " + std::to_string(max_decimal_exponent) + ")");
            ++pos;
        }
        if (pos == start) return fail("expected digits in the exponent");
        exponent += negative_exponent ? -written : written;
    }
    if (pos != text.size()) return fail(std::string("unexpected character '") + text[pos] + "' in number");
    if (exponent > max_decimal_exponent || exponent < -max_decimal_exponent - static_cast<long>(max_significant_digits))
        return fail("exponent is out of range (at most " + std::to_string(max_decimal_exponent) + ")");

    exact_number value = exponent >= 0
                             ? exact_number(mantissa * core::detail::power_of_ten(static_cast<unsigned>(exponent)))
                             : exact_number(mantissa, core::detail::power_of_ten(static_cast<unsigned>(-exponent)));
    return negative ? exact_number(-value) : value;
}

/// A finite decimal when one exists ("0.125", "-3"), otherwise "p/q" ("1/3").
template <class = void>
inline std::string to_exact_string(const exact_number& x) {
    using boost::multiprecision::cpp_int;
    cpp_int numerator = x.numerator();
    cpp_int denominator = x.denominator();
    cpp_int rest = denominator;
    unsigned twos = 0, fives = 0;
    while (rest % 2 == 0) {
        rest /= 2;
        ++twos;
    }
    while (rest % 5 == 0) {
        rest /= 5;
        ++fives;
    }
    if (rest != 1) return numerator.str() + "/" + denominator.str();
    unsigned places = twos > fives ? twos : fives;
    bool negative = numerator < 0;
    cpp_int scaled = (negative ? cpp_int(-numerator) : numerator) * (core::detail::power_of_ten(places) / denominator);
    std::string digits = scaled.str();
    if (places > 0) {
        if (digits.size() <= places) digits.insert(0, places - digits.size() + 1, '0');
        digits.insert(digits.size() - places, 1, '.');
    }
    return negative ? "-" + digits : digits;
}

/// to_exact_string for exact numbers; for a floating type, enough digits to read it back.
template <Number N>
std::string number_to_string(const N& x) {
    if constexpr (number_traits<N>::is_exact) {
        return to_exact_string(number_traits<N>::to_exact(x));
    } else {
        std::ostringstream out;
        out.precision(std::numeric_limits<N>::max_digits10);
        out << x;
        return out.str();
    }
}

} // namespace factrec
