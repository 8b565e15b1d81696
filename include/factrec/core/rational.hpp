#pragma once

#include <factrec/version.hpp>

#include <boost/multiprecision/cpp_int.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <limits>
#include <numeric>
#include <ostream>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

namespace factrec {

/// Boost.Multiprecision's arbitrary-precision rational: where a rational's terms outgrow
/// machine words, the arithmetic is Boost's.
using big_rational = boost::multiprecision::cpp_rational;

/// An exact rational number of any size. Numerator and denominator live in two machine words
/// while they fit; past that the first word points to a big_rational of the value's own.
///
/// Nearly every number the library meets is small: figures such as 490e9 or 179/2, their
/// rounding steps, and the solver's coefficients. Boost 1.74's cpp_rational spends about
/// 100 ns normalising each one with a multi-precision gcd and as long again on every
/// comparison, and takes 64 bytes; a scan builds hundreds of thousands of them. Here a small
/// value costs a few machine instructions and 16 bytes, and nothing is ever rounded: word
/// arithmetic is checked (128-bit intermediates where the compiler has them), and an operation that would overflow is
/// redone on big_rational. The form is canonical (small whenever the value fits, always in
/// lowest terms with a positive denominator), so equal values have equal representations.
// clang-tidy 14 does not see that the default initialiser of num_ initialises the anonymous union
// that big_ shares, and asks every constructor to initialise big_ as well.
// NOLINTBEGIN(cppcoreguidelines-pro-type-member-init)
template <class = void>
class basic_rational {
public:
    /// Zero.
    basic_rational() noexcept = default;
    /// Copies and moves; a moved-from rational is zero.
    ///@{
    basic_rational(const basic_rational& other) : den_(other.den_) {
        if (other.is_small())
            num_ = other.num_;
        else
            big_ = new big_rational(*other.big_);
    }
    basic_rational(basic_rational&& other) noexcept { take_from(other); }
    basic_rational& operator=(const basic_rational& other) {
        if (other.is_small()) {
            release();
            num_ = other.num_;
            den_ = other.den_;
        } else if (is_small()) {
            big_ = new big_rational(*other.big_); // before den_ marks it: a throw leaves *this as it was
            den_ = 0;
        } else if (this != &other) {
            *big_ = *other.big_;
        }
        return *this;
    }
    basic_rational& operator=(basic_rational&& other) noexcept {
        if (this != &other) {
            release();
            take_from(other);
        }
        return *this;
    }
    ///@}
    // The analyzer does not follow the union that den_ == 0 marks as holding big_, and reports the
    // big_rational as leaked; the sanitizer builds' leak checks run every test through here.
    ~basic_rational() { release(); } // NOLINT(clang-analyzer-cplusplus.NewDeleteLeaks)

    /// An integer of any integral type: implicit, as an integer is a rational.
    template <std::integral I>
    basic_rational(I value) { // NOLINT: an integer is a rational
        // Narrower than a word, it always fits: big_rational is not even compiled for it.
        if constexpr (sizeof(I) < sizeof(std::int64_t)) {
            num_ = static_cast<std::int64_t>(value);
        } else {
            if constexpr (std::is_signed_v<I>) {
                if (value != std::numeric_limits<std::int64_t>::min()) {
                    num_ = static_cast<std::int64_t>(value);
                    return;
                }
            } else if (value <= static_cast<I>(std::numeric_limits<std::int64_t>::max())) {
                num_ = static_cast<std::int64_t>(value);
                return;
            }
            init(big_rational(value));
        }
    }
    /// numerator/denominator in any terms; a zero denominator throws std::domain_error.
    template <std::integral I, std::integral J>
    basic_rational(I numerator, J denominator) {
        if (denominator == 0) throw std::domain_error("rational with a zero denominator");
        basic_rational n(numerator), d(denominator);
        // Terms narrower than a word ("{1, 20}") always fit: the division on big_rationals,
        // whose compilation every file with such a constant would pay for, is left out.
        constexpr bool always_small = sizeof(I) < sizeof(std::int64_t) && sizeof(J) < sizeof(std::int64_t);
        if (always_small || (n.is_small() && d.is_small() && d.den_ == 1 && n.den_ == 1)) {
            // Both terms in words (neither is -2^63): one gcd puts them in lowest terms. A term
            // of 1 over anything, or anything over 1, is in lowest terms already: the half step
            // of nearly every figure (1/2, 1/20) is made so, and the gcd was most of its cost.
            const bool lowest = d.num_ == 1 || n.num_ == 1 || n.num_ == -1;
            const std::int64_t g = lowest ? 1 : std::gcd(n.num_, d.num_);
            num_ = d.num_ < 0 ? -n.num_ : n.num_;
            den_ = d.num_ < 0 ? -d.num_ : d.num_;
            if (!lowest) {
                num_ /= g;
                den_ /= g;
            }
            return;
        }
        if constexpr (!always_small) *this = n / d;
    }
    /// From Boost.Multiprecision's integers and rationals, exactly; implicit, as they are
    /// rationals too. numerator/denominator in any terms; a zero denominator throws
    /// std::domain_error.
    ///@{
    basic_rational(const boost::multiprecision::cpp_int& integer) { init(big_rational(integer)); } // NOLINT
    basic_rational(const boost::multiprecision::cpp_int& numerator, const boost::multiprecision::cpp_int& denominator) {
        if (denominator == 0) throw std::domain_error("rational with a zero denominator");
        init(big_rational(numerator, denominator));
    }
    basic_rational(const big_rational& value) { init(value); }       // NOLINT: Boost's rationals convert exactly
    basic_rational(big_rational&& value) { init(std::move(value)); } // NOLINT
    ///@}
    // NOLINTEND(cppcoreguidelines-pro-type-member-init)

    /// The value as Boost's cpp_rational.
    ///@{
    [[nodiscard]] big_rational to_big_rational() const {
        if (!is_small()) return *big_;
        if (den_ == 1) return big_rational(num_);
        return from_lowest_terms(num_, den_);
    }
    explicit operator big_rational() const { return to_big_rational(); }
    ///@}

    /// The numerator and the denominator (> 0), in lowest terms.
    ///@{
    [[nodiscard]] boost::multiprecision::cpp_int numerator() const {
        if (!is_small()) return boost::multiprecision::numerator(*big_);
        return num_;
    }
    [[nodiscard]] boost::multiprecision::cpp_int denominator() const {
        if (!is_small()) return boost::multiprecision::denominator(*big_);
        return den_;
    }
    ///@}
    /// Equal to 0.
    [[nodiscard]] bool is_zero() const noexcept { return is_small() && num_ == 0; }
    /// -1, 0 or 1.
    [[nodiscard]] int sign() const noexcept {
        if (!is_small()) return big_->sign();
        return num_ > 0 ? 1 : num_ < 0 ? -1 : 0;
    }
    /// The denominator is 1.
    [[nodiscard]] bool is_integer() const {
        if (!is_small()) return boost::multiprecision::denominator(*big_) == 1;
        return den_ == 1;
    }
    /// True when numerator and denominator fit in machine words.
    [[nodiscard]] bool is_small() const noexcept { return den_ != 0; }
    /// For a small value: its numerator and its denominator (> 0), in lowest terms. Writers of
    /// many numbers read them without building a cpp_int for each.
    ///@{
    [[nodiscard]] std::int64_t small_numerator() const noexcept { return num_; }
    [[nodiscard]] std::int64_t small_denominator() const noexcept { return den_; }
    ///@}

    /// The greatest integer not above the value, and the least not below it.
    ///@{
    [[nodiscard]] basic_rational floor() const {
        if (!is_small()) return big_floor(false);
        if (den_ == 1) return *this;
        std::int64_t q = num_ / den_;
        return basic_rational(num_ < 0 ? q - 1 : q);
    }
    [[nodiscard]] basic_rational ceil() const {
        if (!is_small()) return big_floor(true);
        if (den_ == 1) return *this;
        std::int64_t q = num_ / den_;
        return basic_rational(num_ > 0 ? q + 1 : q);
    }
    ///@}

    /// "p/q", or "p" for an integer, as Boost prints rationals.
    [[nodiscard]] std::string str() const {
        if (!is_small()) return big_->str();
        return den_ == 1 ? std::to_string(num_) : std::to_string(num_) + "/" + std::to_string(den_);
    }
    /// The nearest value of T, as Boost's convert_to gives it (double, cpp_int truncates, ...).
    template <class T>
    [[nodiscard]] T convert_to() const {
        return to_big_rational().template convert_to<T>();
    }

    /// Exact arithmetic: never rounded, never overflowing (terms grow as needed). Division by
    /// zero throws std::domain_error.
    ///@{
    friend basic_rational operator-(const basic_rational& a) {
        if (!a.is_small()) return basic_rational(big_rational(-*a.big_));
        return in_words(-a.num_, a.den_); // |num_| < 2^63 always: never overflows
    }
    friend basic_rational abs(const basic_rational& a) { return a.sign() < 0 ? -a : a; }

    friend basic_rational operator+(const basic_rational& a, const basic_rational& b) {
#ifdef __SIZEOF_INT128__
        if (a.is_small() && b.is_small()) {
            if (a.den_ == 1 && b.den_ == 1) {
                std::int64_t sum;
                if (!__builtin_add_overflow(a.num_, b.num_, &sum) && sum != min64) return basic_rational(sum);
            }
            if (a.den_ == b.den_) return reduced(wide(a.num_) + b.num_, a.den_);
            // An integer n and p/q in lowest terms: (nq + p)/q is in lowest terms too, as any
            // divisor of q and of nq + p divides p. A figure and its half step ("490" and 1/2)
            // are added so for every mention: no gcd.
            if (a.den_ == 1) return fitted(wide(a.num_) * b.den_ + b.num_, b.den_);
            if (b.den_ == 1) return fitted(wide(b.num_) * a.den_ + a.num_, a.den_);
            return reduced(wide(a.num_) * b.den_ + wide(b.num_) * a.den_, wide(a.den_) * b.den_);
        }
#endif
        return basic_rational(big_rational(a.to_big_rational() + b.to_big_rational()));
    }
    friend basic_rational operator-(const basic_rational& a, const basic_rational& b) { return a + (-b); }
    friend basic_rational operator*(const basic_rational& a, const basic_rational& b) {
#ifdef __SIZEOF_INT128__
        if (a.is_small() && b.is_small()) {
            if (a.num_ == 0 || b.num_ == 0) return {};
            if (a.den_ == 1 && b.den_ == 1) {
                std::int64_t product;
                if (!__builtin_mul_overflow(a.num_, b.num_, &product) && product != min64)
                    return basic_rational(product);
            }
            // An integer n times p/q (a figure or its step times a scale): only n and q may
            // share a factor, and one gcd takes it out.
            if (b.den_ == 1) {
                const std::int64_t g = std::gcd(b.num_, a.den_);
                return fitted(wide(a.num_) * (b.num_ / g), a.den_ / g);
            }
            if (a.den_ == 1) {
                const std::int64_t g = std::gcd(a.num_, b.den_);
                return fitted(wide(b.num_) * (a.num_ / g), b.den_ / g);
            }
            // Cross-cancel first: the result is then in lowest terms without a gcd of the products.
            std::int64_t g1 = std::gcd(a.num_, b.den_), g2 = std::gcd(b.num_, a.den_);
            return fitted(wide(a.num_ / g1) * (b.num_ / g2), wide(a.den_ / g2) * (b.den_ / g1));
        }
#endif
        return basic_rational(big_rational(a.to_big_rational() * b.to_big_rational()));
    }
    friend basic_rational operator/(const basic_rational& a, const basic_rational& b) {
        if (b.is_zero()) throw std::domain_error("division of a rational by zero");
        if (b.is_small()) {
            return a * (b.num_ < 0 ? in_words(-b.den_, -b.num_) : in_words(b.den_, b.num_));
        }
        return basic_rational(big_rational(a.to_big_rational() / b.to_big_rational()));
    }
    basic_rational& operator+=(const basic_rational& b) { return *this = *this + b; }
    basic_rational& operator-=(const basic_rational& b) { return *this = *this - b; }
    basic_rational& operator*=(const basic_rational& b) { return *this = *this * b; }
    basic_rational& operator/=(const basic_rational& b) { return *this = *this / b; }
    ///@}

    /// Exact comparison: equal values have equal terms.
    ///@{
    friend bool operator==(const basic_rational& a, const basic_rational& b) {
        // Both sides are canonical: small whenever the value fits, in lowest terms.
        if (a.is_small() && b.is_small()) return a.num_ == b.num_ && a.den_ == b.den_;
        if (!a.is_small() && !b.is_small()) return big_equal(*a.big_, *b.big_);
        return false;
    }
    friend std::strong_ordering operator<=>(const basic_rational& a, const basic_rational& b) {
        if (a.is_small() && b.is_small()) {
            if (a.den_ == b.den_) return a.num_ <=> b.num_;
#ifdef __SIZEOF_INT128__
            wide left = wide(a.num_) * b.den_, right = wide(b.num_) * a.den_;
            return left <=> right;
#endif
        }
        return big_compare(a.to_big_rational(), b.to_big_rational());
    }

    ///@}

    /// Writes str(): "p/q", or "p" for an integer.
    friend std::ostream& operator<<(std::ostream& out, const basic_rational& x) { return out << x.str(); }

private:
    static constexpr std::int64_t min64 = std::numeric_limits<std::int64_t>::min();
    /// Whether n/d (d > 0), held in a wider integer, fits the two words; -2^63 is kept out so
    /// that negation never overflows.
    template <class Integer>
    static bool fit_words(const Integer& n, const Integer& d) {
        constexpr std::int64_t limit = std::numeric_limits<std::int64_t>::max();
        return n <= limit && n >= -limit && d <= limit;
    }
    /// n/d, in lowest terms with 0 < d and |n| < 2^63.
    static basic_rational in_words(std::int64_t n, std::int64_t d) noexcept {
        basic_rational r;
        r.num_ = n;
        r.den_ = d;
        return r;
    }
    // Without 128-bit integers every operation on two small values but negation and
    // comparison of equal denominators is done by big_rational: slower, equally exact.
#ifdef __SIZEOF_INT128__
    __extension__ using wide = __int128;
    __extension__ using uwide = unsigned __int128;

    static uwide magnitude(wide x) { return x < 0 ? uwide(0) - uwide(x) : uwide(x); }
    static uwide gcd(uwide a, uwide b) {
        if ((a >> 64) == 0 && (b >> 64) == 0)
            return std::gcd(static_cast<std::uint64_t>(a), static_cast<std::uint64_t>(b));
        while (b != 0) a = std::exchange(b, a % b);
        return a;
    }
    /// n/d with d > 0, in lowest terms. Terms that fit words are divided as words: a division
    /// of 128-bit integers is a library call, several times slower.
    static basic_rational reduced(wide n, wide d) {
        if (n == 0) return {};
        if (fit_words(n, d)) {
            const auto n64 = static_cast<std::int64_t>(n), d64 = static_cast<std::int64_t>(d);
            const std::int64_t g = std::gcd(n64, d64);
            return in_words(n64 / g, d64 / g);
        }
        uwide g = gcd(magnitude(n), uwide(d));
        return fitted(n / wide(g), d / wide(g));
    }
    /// n/d, already in lowest terms with d > 0: small when both fit.
    static basic_rational fitted(wide n, wide d) {
        if (fit_words(n, d)) return in_words(static_cast<std::int64_t>(n), static_cast<std::int64_t>(d));
        return basic_rational(big_rational(to_big(n)) / big_rational(to_big(d)));
    }
    static boost::multiprecision::cpp_int to_big(wide x) {
        uwide m = magnitude(x);
        boost::multiprecision::cpp_int out = static_cast<std::uint64_t>(m >> 64);
        out <<= 64;
        out += static_cast<std::uint64_t>(m);
        return x < 0 ? boost::multiprecision::cpp_int(-out) : out;
    }
#endif

    /// n/d in lowest terms with d > 0, as a big_rational. Boost 1.74 normalises numerator and
    /// denominator with a cpp_int gcd and two divisions; converting from Boost.Rational's
    /// word-sized rational only checks the terms, at half the cost.
    static big_rational from_lowest_terms(std::int64_t n, std::int64_t d) {
        return lowest_terms_into<big_rational>(n, d);
    }
    template <class Big>
    static Big lowest_terms_into(std::int64_t n, std::int64_t d) {
        if constexpr (requires(Big & x) {
                          x.backend().data() =
                              std::remove_cvref_t<decltype(x.backend().data())>(boost::rational<std::int64_t>());
                      }) {
            Big x;
            x.backend().data() = std::remove_cvref_t<decltype(x.backend().data())>(boost::rational<std::int64_t>(n, d));
            return x;
        } else {
            return Big(n, d);
        }
    }
    /// Boost 1.74 compares cpp_rationals through continued fractions, dividing at every step;
    /// in lowest terms, equality is equal terms and order is the order of cross products.
    static bool big_equal(const big_rational& a, const big_rational& b) {
        return boost::multiprecision::numerator(a) == boost::multiprecision::numerator(b) &&
               boost::multiprecision::denominator(a) == boost::multiprecision::denominator(b);
    }
    static std::strong_ordering big_compare(const big_rational& a, const big_rational& b) {
        using boost::multiprecision::cpp_int;
        cpp_int left = boost::multiprecision::numerator(a) * boost::multiprecision::denominator(b);
        cpp_int right = boost::multiprecision::numerator(b) * boost::multiprecision::denominator(a);
        return left < right   ? std::strong_ordering::less
               : right < left ? std::strong_ordering::greater
                              : std::strong_ordering::equal;
    }

    /// For a rational under construction, still zero.
    template <class Big>
    void init(Big&& value) {
        const auto& n = boost::multiprecision::numerator(value);
        const auto& d = boost::multiprecision::denominator(value);
        if (fit_words(n, d)) {
            num_ = static_cast<std::int64_t>(n);
            den_ = static_cast<std::int64_t>(d);
        } else {
            big_ = new big_rational(std::forward<Big>(value));
            den_ = 0;
        }
    }
    /// Leaves the words for the caller to set.
    void release() noexcept {
        if (!is_small()) delete big_;
    }
    /// For a rational that holds nothing to release: takes other's value and leaves it zero.
    void take_from(basic_rational& other) noexcept {
        den_ = other.den_;
        if (other.is_small()) {
            num_ = other.num_;
        } else {
            big_ = other.big_;
            other.num_ = 0;
            other.den_ = 1;
        }
    }
    basic_rational big_floor(bool up) const {
        boost::multiprecision::cpp_int q =
            boost::multiprecision::numerator(*big_) / boost::multiprecision::denominator(*big_); // toward zero
        big_rational t(q);
        if (!big_equal(t, *big_)) {
            if (up && big_->sign() > 0) t += 1;
            if (!up && big_->sign() < 0) t -= 1;
        }
        return basic_rational(std::move(t));
    }

    /// A small value is num_/den_ with den_ > 0. A value that does not fit is marked by
    /// den_ == 0 and held in *big_, which this rational alone owns.
    union {
        std::int64_t num_ = 0;
        big_rational* big_;
    };
    std::int64_t den_ = 1;
};

/// The exact rational number of the library. A class template only so that its members, which
/// do Boost.Multiprecision's arithmetic on their slow paths, are compiled in the translation
/// units that use them rather than in every one that includes the header.
using rational = basic_rational<>;

// A mention holds two rationals, the solver a matrix of them: the size of one is felt in every
// scan's result and in the solver's memory. Two words, whatever the size of a pointer.
static_assert(sizeof(rational) == 2 * sizeof(std::int64_t));
static_assert(std::is_nothrow_move_constructible_v<rational> && std::is_nothrow_move_assignable_v<rational>);

/// x.numerator() and x.denominator(), spelt as for Boost's rationals, so that generic code
/// written for either reads both.
///@{
inline boost::multiprecision::cpp_int numerator(const rational& x) { return x.numerator(); }
inline boost::multiprecision::cpp_int denominator(const rational& x) { return x.denominator(); }
///@}

} // namespace factrec
