#pragma once

#include <factrec/core/number.hpp>
#include <factrec/core/result.hpp>

#include <array>
#include <cctype>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec {

/// One end of an interval. An infinite end is always open and its value is meaningless.
template <Number N>
struct basic_bound {
    N value{};             ///< the end, when finite
    bool infinite = false; ///< -inf for a lower end, +inf for an upper one
    bool open = false;     ///< the end itself is not in the interval
};

/// A set of reals with each end finite or infinite, open or closed; possibly empty.
/// Invariant: empty, or lower <= upper with a point interval closed at both ends.
template <Number N>
class basic_interval {
public:
    using number_type = N;             ///< exact_number, or a floating type (outer bounds)
    using bound_type = basic_bound<N>; ///< one end
    using traits = number_traits<N>;   ///< how N rounds outward

    /// The empty interval.
    basic_interval() = default;

    /// Made from its ends; empty when they leave nothing between them ([2, 1], (1, 1]).
    /// The named constructors below say which ends are open: closed [lo, hi], open (lo, hi),
    /// left_open (lo, hi], right_open [lo, hi), point [x, x], at_least [lo, inf),
    /// greater_than (lo, inf), at_most (-inf, hi], less_than (-inf, hi), whole (-inf, inf),
    /// empty {}.
    ///@{
    static basic_interval from_bounds(bound_type lower, bound_type upper) {
        return basic_interval(std::move(lower), std::move(upper));
    }
    static basic_interval closed(N lo, N hi) {
        return from_bounds({std::move(lo), false, false}, {std::move(hi), false, false});
    }
    static basic_interval open(N lo, N hi) {
        return from_bounds({std::move(lo), false, true}, {std::move(hi), false, true});
    }
    static basic_interval left_open(N lo, N hi) {
        return from_bounds({std::move(lo), false, true}, {std::move(hi), false, false});
    }
    static basic_interval right_open(N lo, N hi) {
        return from_bounds({std::move(lo), false, false}, {std::move(hi), false, true});
    }
    static basic_interval point(N x) { return closed(x, x); }
    static basic_interval at_least(N lo) { return from_bounds({std::move(lo), false, false}, unbounded()); }
    static basic_interval greater_than(N lo) { return from_bounds({std::move(lo), false, true}, unbounded()); }
    static basic_interval at_most(N hi) { return from_bounds(unbounded(), {std::move(hi), false, false}); }
    static basic_interval less_than(N hi) { return from_bounds(unbounded(), {std::move(hi), false, true}); }
    static basic_interval whole() { return from_bounds(unbounded(), unbounded()); }
    static basic_interval empty() { return basic_interval(); }
    ///@}

    /// No number is in it.
    [[nodiscard]] bool is_empty() const noexcept { return empty_; }
    /// Not empty, and both ends finite.
    [[nodiscard]] bool is_bounded() const noexcept { return !empty_ && !lower_.infinite && !upper_.infinite; }
    /// Exactly one number: [x, x].
    [[nodiscard]] bool is_point() const { return is_bounded() && lower_.value == upper_.value; }
    /// The lower end (meaningless when empty).
    [[nodiscard]] const bound_type& lower() const noexcept { return lower_; }
    /// The upper end (meaningless when empty).
    [[nodiscard]] const bound_type& upper() const noexcept { return upper_; }

    /// Whether the number, or every number of the other interval, is in this one.
    ///@{
    [[nodiscard]] bool contains(const N& x) const {
        if (empty_) return false;
        bool above = lower_.infinite || lower_.value < x || (!lower_.open && lower_.value == x);
        bool below = upper_.infinite || x < upper_.value || (!upper_.open && x == upper_.value);
        return above && below;
    }
    [[nodiscard]] bool contains(const basic_interval& other) const {
        if (other.empty_) return true;
        if (empty_) return false;
        return !lower_is_tighter(lower_, other.lower_) && !upper_is_tighter(upper_, other.upper_);
    }
    ///@}
    /// Upper minus lower rounded up; nullopt when unbounded; zero when empty.
    [[nodiscard]] std::optional<N> width() const {
        if (empty_) return N(0);
        if (!is_bounded()) return std::nullopt;
        return traits::round_up(N(upper_.value - lower_.value));
    }

    /// The same set of numbers (every empty interval equals every other).
    friend bool operator==(const basic_interval& a, const basic_interval& b) {
        if (a.empty_ || b.empty_) return a.empty_ == b.empty_;
        return same_lower(a.lower_, b.lower_) && same_upper(a.upper_, b.upper_);
    }

    /// The numbers in both; empty when they do not meet (two reports that cannot both be right).
    friend basic_interval intersect(const basic_interval& a, const basic_interval& b) {
        if (a.empty_ || b.empty_) return empty();
        return from_bounds(lower_is_tighter(a.lower_, b.lower_) ? a.lower_ : b.lower_,
                           upper_is_tighter(a.upper_, b.upper_) ? a.upper_ : b.upper_);
    }
    /// The smallest interval containing both.
    friend basic_interval hull(const basic_interval& a, const basic_interval& b) {
        if (a.empty_) return b;
        if (b.empty_) return a;
        return from_bounds(lower_is_tighter(a.lower_, b.lower_) ? b.lower_ : a.lower_,
                           upper_is_tighter(a.upper_, b.upper_) ? b.upper_ : a.upper_);
    }

    /// Interval arithmetic: the numbers x op y for x in a and y in b, exact for exact_number
    /// and rounded outward otherwise; an end is open when no pair of numbers reaches it.
    ///@{
    friend basic_interval operator-(const basic_interval& a) {
        if (a.empty_) return a;
        return from_bounds(negated(a.upper_), negated(a.lower_));
    }
    friend basic_interval operator+(const basic_interval& a, const basic_interval& b) {
        if (a.empty_ || b.empty_) return empty();
        return from_bounds(add(a.lower_, b.lower_, false), add(a.upper_, b.upper_, true));
    }
    friend basic_interval operator-(const basic_interval& a, const basic_interval& b) { return a + (-b); }

    friend basic_interval operator*(const basic_interval& a, const basic_interval& b) {
        if (a.empty_ || b.empty_) return empty();
        std::array<extended, 4> corners = {product(a.lower_, -1, b.lower_, -1), product(a.lower_, -1, b.upper_, 1),
                                           product(a.upper_, 1, b.lower_, -1), product(a.upper_, 1, b.upper_, 1)};
        extended lowest = corners[0], highest = corners[0];
        for (const extended& c : corners) {
            if (less_or_tie_better(c, lowest, false)) lowest = c;
            if (less_or_tie_better(highest, c, true)) highest = c;
        }
        return from_bounds(to_bound(lowest, false), to_bound(highest, true));
    }

    ///@}
    /// x / y for x in a, y in b, y != 0: up to two pieces when b straddles zero.
    friend std::vector<basic_interval> divide(const basic_interval& a, const basic_interval& b) {
        std::vector<basic_interval> pieces;
        if (a.empty_ || b.empty_) return pieces;
        for (const basic_interval& part : {intersect(b, less_than(N(0))), intersect(b, greater_than(N(0)))}) {
            if (part.empty_) continue;
            basic_interval quotient = a * reciprocal(part);
            if (!quotient.empty_) pieces.push_back(std::move(quotient));
        }
        return pieces;
    }
    /// a / b as one interval: the hull of divide(a, b).
    friend basic_interval operator/(const basic_interval& a, const basic_interval& b) {
        basic_interval result;
        for (const basic_interval& piece : divide(a, b)) result = hull(result, piece);
        return result;
    }

    /// `*this = *this op b`.
    ///@{
    basic_interval& operator+=(const basic_interval& b) { return *this = *this + b; }
    basic_interval& operator-=(const basic_interval& b) { return *this = *this - b; }
    basic_interval& operator*=(const basic_interval& b) { return *this = *this * b; }
    basic_interval& operator/=(const basic_interval& b) { return *this = *this / b; }
    ///@}

private:
    basic_interval(bound_type lower, bound_type upper)
        : lower_(std::move(lower)), upper_(std::move(upper)), empty_(false) {
        normalize();
    }

    static bound_type unbounded() { return {N(0), true, true}; }

    void normalize() {
        for (bound_type* b : {&lower_, &upper_}) {
            if (!b->infinite && !traits::is_finite(b->value)) b->infinite = true;
            if (b->infinite) {
                b->value = N(0);
                b->open = true;
            }
        }
        if (lower_.infinite || upper_.infinite) return;
        if (upper_.value < lower_.value || (lower_.value == upper_.value && (lower_.open || upper_.open))) {
            *this = basic_interval();
        }
    }

    static bool same_lower(const bound_type& a, const bound_type& b) {
        if (a.infinite || b.infinite) return a.infinite == b.infinite;
        return a.value == b.value && a.open == b.open;
    }
    static bool same_upper(const bound_type& a, const bound_type& b) { return same_lower(a, b); }
    /// True when lower bound a excludes more than b.
    static bool lower_is_tighter(const bound_type& a, const bound_type& b) {
        if (a.infinite) return false;
        if (b.infinite) return true;
        if (a.value != b.value) return b.value < a.value;
        return a.open && !b.open;
    }
    static bool upper_is_tighter(const bound_type& a, const bound_type& b) {
        if (a.infinite) return false;
        if (b.infinite) return true;
        if (a.value != b.value) return a.value < b.value;
        return a.open && !b.open;
    }

    static bound_type negated(const bound_type& b) { return {N(-b.value), b.infinite, b.open}; }
    static bound_type add(const bound_type& a, const bound_type& b, bool upward) {
        if (a.infinite || b.infinite) return unbounded();
        N sum = a.value + b.value;
        return {upward ? traits::round_up(sum) : traits::round_down(sum), false, a.open || b.open};
    }

    /// A product of two ends in the extended reals: sign -1/+1 for the infinities.
    struct extended {
        int infinity = 0;
        N value{};
        bool attained = false;
    };
    static int sign_of(const bound_type& b, int side) {
        if (b.infinite) return side;
        return b.value < N(0) ? -1 : (N(0) < b.value ? 1 : 0);
    }
    static extended product(const bound_type& a, int a_side, const bound_type& b, int b_side) {
        int sa = sign_of(a, a_side), sb = sign_of(b, b_side);
        // A closed zero end makes zero attainable whatever the other factor; an open zero end
        // only approaches it, and 0 * infinity is taken as that limit (the neighbouring corner
        // with the other factor finite gives the same value, so the hull stays tight).
        if (sa == 0 && !a.infinite) return {0, N(0), !a.open};
        if (sb == 0 && !b.infinite) return {0, N(0), !b.open};
        if (a.infinite || b.infinite) return {sa * sb, N(0), false};
        return {0, N(a.value * b.value), !a.open && !b.open};
    }
    /// x before y in the order used to pick the minimum (or, with for_max, the maximum):
    /// on equal values prefer the attained one.
    static bool less_or_tie_better(const extended& x, const extended& y, bool for_max) {
        if (x.infinity != y.infinity) return x.infinity < y.infinity;
        if (x.infinity != 0) return false;
        if (x.value != y.value) return x.value < y.value;
        return for_max ? (!x.attained && y.attained) : (x.attained && !y.attained);
    }
    static bound_type to_bound(const extended& e, bool upward) {
        if (e.infinity != 0) return unbounded();
        return {upward ? traits::round_up(e.value) : traits::round_down(e.value), false, !e.attained};
    }
    /// 1/y over a part that lies wholly on one side of zero.
    static basic_interval reciprocal(const basic_interval& part) {
        auto invert = [](const bound_type& b, bool upward) -> bound_type {
            if (b.infinite) return {N(0), false, true};
            if (b.value == N(0)) return unbounded();
            N q = N(1) / b.value;
            return {upward ? traits::round_up(q) : traits::round_down(q), false, b.open};
        };
        return from_bounds(invert(part.upper_, false), invert(part.lower_, true));
    }

    bound_type lower_{};
    /// A bound ends in the padding after its flags; empty_ can sit there rather than after it.
    [[no_unique_address]] bound_type upper_{};
    bool empty_ = true;
};

/// The interval of exact numbers: what every claim, mention and range is.
using interval = basic_interval<exact_number>;

// Every mention holds an interval: two bounds and no word more. MSVC ignores the attribute.
#ifndef _MSC_VER
static_assert(sizeof(interval) == 2 * sizeof(basic_bound<exact_number>));
#endif

/// `[489.5, 490.5]`, `(90, inf)`, `(-inf, 400]`, `{}` for the empty interval; exact numbers
/// as exact decimals or fractions (`1/3`).
template <Number N>
std::string to_string(const basic_interval<N>& x) {
    if (x.is_empty()) return "{}";
    std::string text;
    text += x.lower().open ? '(' : '[';
    text += x.lower().infinite ? std::string("-inf") : number_to_string(x.lower().value);
    text += ", ";
    text += x.upper().infinite ? std::string("inf") : number_to_string(x.upper().value);
    text += x.upper().open ? ')' : ']';
    return text;
}

/// Writes to_string(x).
template <Number N>
std::ostream& operator<<(std::ostream& out, const basic_interval<N>& x) {
    return out << to_string(x);
}

/// Converts to another number type, rounding outward when the target cannot hold a bound.
template <Number To, Number From>
basic_interval<To> interval_cast(const basic_interval<From>& x) {
    if (x.is_empty()) return basic_interval<To>::empty();
    auto convert = [](const basic_bound<From>& b, bool upward) -> basic_bound<To> {
        if (b.infinite) return {To(0), true, true};
        exact_number exact = number_traits<From>::to_exact(b.value);
        To value = upward ? number_traits<To>::upper_from(exact) : number_traits<To>::lower_from(exact);
        // A bound that had to move outward may now be attained by the wider set: keep it closed.
        bool moved = number_traits<To>::to_exact(value) != exact;
        return {value, false, b.open && !moved};
    };
    return basic_interval<To>::from_bounds(convert(x.lower(), false), convert(x.upper(), true));
}

/// Reads "[1, 2)", "(-inf, 5]", "[3/4, 1e9]", "{}"; offsets in errors are bytes into text.
template <Number N = exact_number>
result<basic_interval<N>> parse_interval(std::string_view text) {
    std::size_t pos = 0;
    auto skip_space = [&] {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
    };
    auto fail = [&](std::string what) { return result<basic_interval<N>>(error{std::move(what), pos}); };
    skip_space();
    if (text.substr(pos, 2) == "{}") {
        pos += 2;
        skip_space();
        if (pos != text.size()) return fail("unexpected text after '{}'");
        return basic_interval<N>::empty();
    }
    if (pos >= text.size() || (text[pos] != '[' && text[pos] != '('))
        return fail("expected '[' or '(' to open an interval");
    bool lower_open = text[pos++] == '(';
    auto read_end = [&](char terminator, bool upward) -> result<basic_bound<N>> {
        skip_space();
        std::size_t start = pos;
        while (pos < text.size() && text[pos] != terminator && text[pos] != ']' && text[pos] != ')' &&
               !std::isspace(static_cast<unsigned char>(text[pos])))
            ++pos;
        std::string_view word = text.substr(start, pos - start);
        skip_space();
        if (word == (upward ? "inf" : "-inf") || word == (upward ? "+inf" : "-infinity") ||
            (upward && word == "infinity"))
            return basic_bound<N>{N(0), true, true};
        result<exact_number> value = parse_exact_number(word);
        if (!value) return error{value.error().message, start + value.error().offset};
        return basic_bound<N>{upward ? number_traits<N>::upper_from(*value) : number_traits<N>::lower_from(*value),
                              false, false};
    };
    auto lower = read_end(',', false);
    if (!lower) return lower.error();
    if (pos >= text.size() || text[pos] != ',') return fail("expected ',' between the ends of an interval");
    ++pos;
    auto upper = read_end(')', true);
    if (!upper) return upper.error();
    if (pos >= text.size() || (text[pos] != ']' && text[pos] != ')'))
        return fail("expected ']' or ')' to close an interval");
    bool upper_open = text[pos++] == ')';
    skip_space();
    if (pos != text.size()) return fail("unexpected text after the interval");
    basic_bound<N> lo = *lower, hi = *upper;
    lo.open = lo.open || lower_open;
    hi.open = hi.open || upper_open;
    return basic_interval<N>::from_bounds(lo, hi);
} // NOLINT(clang-analyzer-cplusplus.NewDeleteLeaks): rational's destructor frees big_ (see there)

} // namespace factrec
