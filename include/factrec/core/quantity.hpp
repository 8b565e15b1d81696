#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/unit.hpp>

#include <ostream>
#include <string>
#include <string_view>

namespace factrec {

/// The words around a figure that turned it into an interval ("more than", "up to", ...).
enum class qualifier {
    none,          ///< the figure alone, read with the precision policy
    exactly,       ///< exactly, precisely, just: the figure itself, whatever the precision policy
    approximately, ///< about, around, roughly, some, approximately, ~
    more_than,     ///< more than, over, above, exceeding: open lower end
    at_least,      ///< at least, no less than
    less_than,     ///< less than, under, below: open upper end
    at_most,       ///< at most, no more than
    up_to,         ///< up to, as much as: at most, or the announced ceiling (the facts file decides)
    nearly,        ///< nearly, almost, just under: below and within the tolerance
    plus,          ///< "X-plus", "X+": at least
    range,         ///< X to Y, between X and Y, X-Y
    /// A change with no other qualifier ("rose 4.2%", "down 3 percent", "a 2.8% drop"): the
    /// figure as written is by how much, not the value; a qualified change ("rose more than 5%")
    /// keeps its qualifier, and its mention says the direction.
    up,
    down,
};

/// "none", "more_than", "up_to", ...: the enumerator's name, as JSON writes it.
constexpr std::string_view to_string(qualifier q) noexcept {
    switch (q) {
    case qualifier::none: return "none";
    case qualifier::exactly: return "exactly";
    case qualifier::approximately: return "approximately";
    case qualifier::more_than: return "more_than";
    case qualifier::at_least: return "at_least";
    case qualifier::less_than: return "less_than";
    case qualifier::at_most: return "at_most";
    case qualifier::up_to: return "up_to";
    case qualifier::nearly: return "nearly";
    case qualifier::plus: return "plus";
    case qualifier::range: return "range";
    case qualifier::up: return "up";
    case qualifier::down: return "down";
    }
    return "unknown";
}

/// How a written figure becomes an interval. Journalists round, so by default "$490 billion"
/// means [489.5, 490.5] billion: rounded to the last written digit.
struct precision_policy {
    /// exact: "490" is 490; last_digit: [489.5, 490.5]; relative: within relative_tolerance.
    enum class mode { exact, last_digit, relative };
    mode rounding = mode::last_digit;          ///< how a figure without a qualifier is read
    exact_number relative_tolerance{0};        ///< with mode::relative: x(1 - r) .. x(1 + r)
    exact_number approximate_tolerance{1, 20}; ///< "about"/"some": x(1 - t) .. x(1 + t)

    /// Every field equal.
    friend bool operator==(const precision_policy&, const precision_policy&) = default;
};

/// "exact", "last_digit" or "relative".
constexpr std::string_view to_string(precision_policy::mode m) noexcept {
    switch (m) {
    case precision_policy::mode::exact: return "exact";
    case precision_policy::mode::last_digit: return "last_digit";
    case precision_policy::mode::relative: return "relative";
    }
    return "unknown";
}

/// A figure as read: the interval it allows, in its unit, with the words it came from.
template <Number N>
struct basic_quantity {
    basic_interval<N> value;                                 ///< what the figure allows, in `unit`
    factrec::unit unit = factrec::unit::plain();             ///< the unit it was written in
    std::string written;                                     ///< the words it was read from ("$490 billion")
    factrec::qualifier qualifier = factrec::qualifier::none; ///< "more than", "about", ... as read
};

/// A quantity in exact numbers: what the scanner reads.
using quantity = basic_quantity<exact_number>;

/// A quantity as scan's text output shows it: the interval, the unit, the words it was read
/// from in quotes when there are any, and the qualifier in brackets unless it is none:
/// `[489500000000, 490500000000] USD "$490 billion"`, `(90, inf) % "more than 90%" (more_than)`.
template <Number N>
std::ostream& operator<<(std::ostream& out, const basic_quantity<N>& q) {
    out << q.value << ' ' << q.unit;
    if (!q.written.empty()) out << " \"" << q.written << '"';
    if (q.qualifier != qualifier::none) out << " (" << to_string(q.qualifier) << ')';
    return out;
}

} // namespace factrec
