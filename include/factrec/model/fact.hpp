#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/unit.hpp>

#include <string>

namespace factrec {

/// A quantity the articles talk about. Its domain comes from its unit and is hard: a repair
/// never sets it aside.
struct fact {
    std::string id;                              ///< Unique in its model; relations name it.
    factrec::unit unit = factrec::unit::plain(); ///< Claims and relations about it are in this unit.
    bool integer = false;                        ///< Whole values only (a count is always whole).
    bool is_signed = false;                      ///< Money may be negative (a loss, a deficit) only when declared so.
};

/// The values a fact may take whatever the claims say. Counts are whole and non-negative, shares lie in [0, 100]
/// percent, money is non-negative unless signed; other units are unrestricted.
inline interval default_domain(const fact& f) {
    switch (f.unit.dimension()) {
    case dimension::count: return interval::at_least(0);
    case dimension::share: return interval::closed(0, 100);
    case dimension::money: return f.is_signed ? interval::whole() : interval::at_least(0);
    default: return interval::whole();
    }
}

/// True when the fact takes whole values only: declared so, or a count.
inline bool is_integer(const fact& f) { return f.integer || f.unit.dimension() == dimension::count; }

} // namespace factrec
