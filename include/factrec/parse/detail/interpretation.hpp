#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/unit.hpp>
#include <factrec/parse/detail/reader.hpp>

#include <string_view>
#include <utility>
#include <vector>

namespace factrec::detail {

// Units are built once: building one from its symbol parses its conversion factor.
inline const unit& unit_for_symbol(std::string_view symbol) {
    static const std::vector<std::pair<std::string_view, unit>> table = [] {
        std::vector<std::pair<std::string_view, unit>> units;
        for (const auto& w : unit_words) {
            bool known = false;
            for (const auto& [s, u] : units) known = known || s == w.symbol;
            if (known) continue;
            if (w.kind == mention_kind::money) units.emplace_back(w.symbol, unit::money(w.symbol));
            else if (w.kind == mention_kind::share) units.emplace_back(w.symbol, unit::percent());
            else units.emplace_back(w.symbol, unit::from_symbol(w.symbol).value());
        }
        for (const auto& c : currency_signs) {
            bool known = false;
            for (const auto& [s, u] : units) known = known || s == c.code;
            if (!known) units.emplace_back(c.code, unit::money(c.code));
        }
        for (const auto& c : currency_codes_before) {
            bool known = false;
            for (const auto& [s, u] : units) known = known || s == c.code;
            if (!known) units.emplace_back(c.code, unit::money(c.code));
        }
        return units;
    }();
    for (const auto& [s, u] : table)
        if (s == symbol) return u;
    static const unit plain = unit::plain();
    return plain;
}

constexpr bool is_non_negative(mention_kind k) noexcept {
    return k != mention_kind::number && k != mention_kind::year && k != mention_kind::date;
}

inline std::pair<exact_number, exact_number> widen(const exact_number& x, const exact_number& relative) {
    exact_number margin = (x < 0 ? exact_number(-x) : x) * relative;
    return {x - margin, x + margin};
}

// The figure as the policy reads it when no qualifier widens it.
inline std::pair<exact_number, exact_number> as_written(const figure& f, const precision_policy& policy) {
    switch (policy.rounding) {
    case precision_policy::mode::exact: return {f.value, f.value};
    case precision_policy::mode::relative: return widen(f.value, policy.relative_tolerance);
    case precision_policy::mode::last_digit: break;
    }
    return {f.value - f.half_step, f.value + f.half_step};
}

inline interval interval_for(const reading& r, const precision_policy& policy) {
    if (r.kind == mention_kind::year) {
        if (r.high) return interval::closed(r.low.value, r.high->value);
        return interval::point(r.low.value);
    }
    if (r.kind == mention_kind::date) return r.date_year ? interval::point(exact_number(*r.date_year)) : interval::whole();
    const exact_number& x = r.low.value;
    const exact_number& t = policy.approximate_tolerance;
    bool floor_at_zero = is_non_negative(r.kind) && x >= 0;
    if (r.high) {
        auto lo = r.meaning == qualifier::approximately ? widen(x, t).first : as_written(r.low, policy).first;
        auto hi = r.meaning == qualifier::approximately ? widen(r.high->value, t).second : as_written(*r.high, policy).second;
        // A descending range ("10-5") is read as the span between its ends, never as nothing.
        if (hi < lo) std::swap(lo, hi);
        return interval::closed(std::move(lo), std::move(hi));
    }
    switch (r.meaning) {
    case qualifier::approximately: {
        auto [lo, hi] = widen(x, t);
        return interval::closed(std::move(lo), std::move(hi));
    }
    case qualifier::more_than: return interval::greater_than(x);
    case qualifier::at_least:
    case qualifier::plus: return interval::at_least(x);
    case qualifier::less_than: return floor_at_zero && x > 0 ? interval::right_open(0, x) : interval::less_than(x);
    case qualifier::at_most:
    case qualifier::up_to: return floor_at_zero ? interval::closed(0, x) : interval::at_most(x);
    case qualifier::nearly: {
        // "nearly 0" has no room below it within the tolerance: it reads as 0, not as nothing.
        auto lo = widen(x, t).first;
        return lo < x ? interval::right_open(std::move(lo), x) : interval::point(x);
    }
    case qualifier::none:
    case qualifier::range: break;
    }
    auto [lo, hi] = as_written(r.low, policy);
    return interval::closed(std::move(lo), std::move(hi));
}

inline unit unit_for(const reading& r) {
    switch (r.kind) {
    case mention_kind::count: return unit::count(r.noun);
    case mention_kind::year:
    case mention_kind::date: return unit::calendar_year();
    case mention_kind::number: return unit::plain();
    default: return unit_for_symbol(r.symbol);
    }
}

inline quantity quantity_for(const reading& r, std::string_view text, const precision_policy& policy) {
    quantity q;
    q.value = interval_for(r, policy);
    q.unit = unit_for(r);
    q.written = std::string(text.substr(r.begin, r.end - r.begin));
    q.qualifier = r.kind == mention_kind::year && r.high ? qualifier::range : r.meaning;
    q.precision = policy;
    return q;
}

} // namespace factrec::detail
