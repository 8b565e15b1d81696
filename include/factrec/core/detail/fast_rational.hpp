#pragma once

#include <factrec/core/number.hpp>

#include <compare>
#include <cstdint>
#include <limits>
#include <memory>
#include <numeric>
#include <type_traits>
#include <utility>

namespace factrec::detail {

// n/d, already in lowest terms with d > 0, as an exact number. Boost 1.74's cpp_rational
// normalises a numerator and denominator with a cpp_int gcd and two divisions; converting
// from Boost.Rational's word-sized rational only checks the terms, at half the cost.
template <class Exact>
Exact from_lowest_terms(std::int64_t n, std::int64_t d) {
    if constexpr (requires(Exact& x) { x.backend().data() = std::remove_cvref_t<decltype(x.backend().data())>(boost::rational<std::int64_t>()); }) {
        Exact x;
        x.backend().data() = std::remove_cvref_t<decltype(x.backend().data())>(boost::rational<std::int64_t>(n, d));
        return x;
    } else {
        return Exact(n, d);
    }
}

// An exact rational that lives in two machine words while numerator and denominator fit,
// and in a shared cpp_rational when they do not. The solver's arithmetic is almost all on
// small integers and short fractions (coefficients of 1, figures like 490 or 49/10), where
// cpp_rational's general gcd-normalised path costs twenty times more than the few machine
// instructions the value needs. Every result is exact either way: word arithmetic is
// checked, and an operation that would overflow is redone on cpp_rational.
class fast_rational {
public:
    fast_rational() = default;
    template <class I>
        requires std::is_integral_v<I>
    fast_rational(I value) { // NOLINT: an integer is a rational, as for cpp_rational
        if constexpr (std::is_signed_v<I> && sizeof(I) <= sizeof(std::int64_t)) {
            if (value != std::numeric_limits<std::int64_t>::min()) {
                num_ = static_cast<std::int64_t>(value);
                return;
            }
        } else if constexpr (sizeof(I) < sizeof(std::int64_t)) {
            num_ = static_cast<std::int64_t>(value);
            return;
        } else {
            if (value <= static_cast<I>(std::numeric_limits<std::int64_t>::max())) {
                num_ = static_cast<std::int64_t>(value);
                return;
            }
        }
        assign(exact_number(value));
    }
    explicit fast_rational(const exact_number& value) { assign(value); }

    [[nodiscard]] exact_number exact() const {
        if (big_) return *big_;
        if (den_ == 1) return exact_number(num_);
        return from_lowest_terms<exact_number>(num_, den_);
    }
    [[nodiscard]] bool is_zero() const noexcept { return !big_ && num_ == 0; }
    [[nodiscard]] int sign() const noexcept {
        if (big_) return big_->sign();
        return num_ > 0 ? 1 : num_ < 0 ? -1 : 0;
    }
    [[nodiscard]] bool is_integer() const {
        if (big_) return boost::multiprecision::denominator(*big_) == 1;
        return den_ == 1;
    }

    // The greatest integer not above the value, and the least not below it.
    [[nodiscard]] fast_rational floor() const {
        if (big_) return from_exact_floor(false);
        if (den_ == 1) return *this;
        std::int64_t q = num_ / den_;
        return fast_rational(num_ < 0 ? q - 1 : q);
    }
    [[nodiscard]] fast_rational ceil() const {
        if (big_) return from_exact_floor(true);
        if (den_ == 1) return *this;
        std::int64_t q = num_ / den_;
        return fast_rational(num_ > 0 ? q + 1 : q);
    }

    friend fast_rational operator-(const fast_rational& a) {
        if (a.big_) return fast_rational(exact_number(-*a.big_));
        fast_rational r;
        r.num_ = -a.num_; // |num_| < 2^63 always: never overflows
        r.den_ = a.den_;
        return r;
    }
    friend fast_rational abs(const fast_rational& a) { return a.sign() < 0 ? -a : a; }

    friend fast_rational operator+(const fast_rational& a, const fast_rational& b) {
#ifdef __SIZEOF_INT128__
        if (!a.big_ && !b.big_) {
            if (a.den_ == 1 && b.den_ == 1) {
                std::int64_t sum;
                if (!__builtin_add_overflow(a.num_, b.num_, &sum) && sum != min64) return fast_rational(sum);
            }
            if (a.den_ == b.den_) return reduced(wide(a.num_) + b.num_, a.den_);
            return reduced(wide(a.num_) * b.den_ + wide(b.num_) * a.den_, wide(a.den_) * b.den_);
        }
#endif
        return fast_rational(exact_number(a.exact() + b.exact()));
    }
    friend fast_rational operator-(const fast_rational& a, const fast_rational& b) { return a + (-b); }
    friend fast_rational operator*(const fast_rational& a, const fast_rational& b) {
#ifdef __SIZEOF_INT128__
        if (!a.big_ && !b.big_) {
            if (a.num_ == 0 || b.num_ == 0) return {};
            if (a.den_ == 1 && b.den_ == 1) {
                std::int64_t product;
                if (!__builtin_mul_overflow(a.num_, b.num_, &product) && product != min64) return fast_rational(product);
            }
            // Cross-cancel first: the result is then in lowest terms without a gcd of the products.
            std::int64_t g1 = std::gcd(a.num_, b.den_), g2 = std::gcd(b.num_, a.den_);
            return fitted(wide(a.num_ / g1) * (b.num_ / g2), wide(a.den_ / g2) * (b.den_ / g1));
        }
#endif
        return fast_rational(exact_number(a.exact() * b.exact()));
    }
    friend fast_rational operator/(const fast_rational& a, const fast_rational& b) {
        if (!b.big_ && b.num_ != 0) {
            fast_rational inverse;
            inverse.num_ = b.num_ < 0 ? -b.den_ : b.den_;
            inverse.den_ = b.num_ < 0 ? -b.num_ : b.num_;
            return a * inverse;
        }
        return fast_rational(exact_number(a.exact() / b.exact())); // division by zero throws as cpp_rational does
    }
    fast_rational& operator+=(const fast_rational& b) { return *this = *this + b; }
    fast_rational& operator-=(const fast_rational& b) { return *this = *this - b; }
    fast_rational& operator*=(const fast_rational& b) { return *this = *this * b; }
    fast_rational& operator/=(const fast_rational& b) { return *this = *this / b; }

    friend bool operator==(const fast_rational& a, const fast_rational& b) {
        // Both sides are canonical: small whenever the value fits, in lowest terms.
        if (!a.big_ && !b.big_) return a.num_ == b.num_ && a.den_ == b.den_;
        if (a.big_ && b.big_) return *a.big_ == *b.big_;
        return false;
    }
    friend std::strong_ordering operator<=>(const fast_rational& a, const fast_rational& b) {
#ifdef __SIZEOF_INT128__
        if (!a.big_ && !b.big_) {
            if (a.den_ == b.den_) return a.num_ <=> b.num_;
            wide left = wide(a.num_) * b.den_, right = wide(b.num_) * a.den_;
            return left < right ? std::strong_ordering::less : left > right ? std::strong_ordering::greater : std::strong_ordering::equal;
        }
#endif
        exact_number x = a.exact(), y = b.exact();
        return x < y ? std::strong_ordering::less : x > y ? std::strong_ordering::greater : std::strong_ordering::equal;
    }

private:
    static constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
#ifdef __SIZEOF_INT128__
    __extension__ using wide = __int128;
    __extension__ using uwide = unsigned __int128;

    static uwide magnitude(wide x) { return x < 0 ? uwide(0) - uwide(x) : uwide(x); }
    static uwide gcd(uwide a, uwide b) {
        if ((a >> 64) == 0 && (b >> 64) == 0) return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
        while (b != 0) a = std::exchange(b, a % b);
        return a;
    }
    // n/d with d > 0, in lowest terms.
    static fast_rational reduced(wide n, wide d) {
        if (n == 0) return {};
        uwide g = gcd(magnitude(n), uwide(d));
        return fitted(n / wide(g), d / wide(g));
    }
    // n/d, already in lowest terms with d > 0: small when both fit.
    static fast_rational fitted(wide n, wide d) {
        constexpr wide limit = std::numeric_limits<std::int64_t>::max();
        if (n <= limit && n >= -limit && d <= limit) {
            fast_rational r;
            r.num_ = static_cast<std::int64_t>(n);
            r.den_ = static_cast<std::int64_t>(d);
            return r;
        }
        return fast_rational(exact_number(to_big(n)) / exact_number(to_big(d)));
    }
    static boost::multiprecision::cpp_int to_big(wide x) {
        uwide m = magnitude(x);
        boost::multiprecision::cpp_int out = static_cast<std::uint64_t>(m >> 64);
        out <<= 64;
        out += static_cast<std::uint64_t>(m);
        return x < 0 ? boost::multiprecision::cpp_int(-out) : out;
    }
#endif

    void assign(const exact_number& value) {
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        const auto& n = numerator(value);
        const auto& d = denominator(value);
        constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max();
        if (n <= limit && n >= -limit && d <= limit) {
            num_ = static_cast<std::int64_t>(n);
            den_ = static_cast<std::int64_t>(d);
            big_.reset();
        } else {
            big_ = std::make_shared<const exact_number>(value);
        }
    }
    fast_rational from_exact_floor(bool up) const {
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        boost::multiprecision::cpp_int q = numerator(*big_) / denominator(*big_); // toward zero
        exact_number t(q);
        if (t != *big_) {
            if (up && big_->sign() > 0) t += 1;
            if (!up && big_->sign() < 0) t -= 1;
        }
        return fast_rational(t);
    }

    std::int64_t num_ = 0;
    std::int64_t den_ = 1;
    std::shared_ptr<const exact_number> big_; // set only when the value does not fit the words
};

} // namespace factrec::detail
