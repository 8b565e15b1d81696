#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/unit.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/mention.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec::parse::detail {

constexpr bool is_non_negative(mention_kind k) noexcept {
    return k != mention_kind::number && k != mention_kind::year && k != mention_kind::date &&
           k != mention_kind::temperature;
}

template <class = void>
inline std::pair<rational, rational> widen(const rational& x, const rational& relative) {
    rational margin = (x.sign() < 0 ? -x : x) * relative;
    return {x - margin, x + margin};
}

// The figure as the policy reads it when no qualifier widens it. A pack's figure has its value
// and half the step of its last written digit ("1.6": 0.05).
template <class Figure>
std::pair<rational, rational> as_written(const Figure& f, const precision_policy& policy) {
    switch (policy.rounding) {
    case precision_policy::mode::exact: return {f.value, f.value};
    case precision_policy::mode::relative: return widen(f.value, policy.relative_tolerance);
    case precision_policy::mode::last_digit: break;
    }
    return {f.value - f.half_step, f.value + f.half_step};
}

// The ends are taken, not copied: every mention's interval is built through here.
inline interval closed_interval(rational lo, rational hi) { return interval::closed(std::move(lo), std::move(hi)); }

// A pack's reading (english's parse::detail::reading, or one of its own with the same members) as an
// interval: the rules of the README's "From qualifier to interval", the same in every language.
template <class Reading>
interval interval_for(const Reading& r, const precision_policy& policy) {
    if (r.kind == mention_kind::year) {
        if (r.high) return closed_interval(r.low.value, r.high->value);
        return interval::point(r.low.value);
    }
    if (r.kind == mention_kind::date)
        return r.date_year ? interval::point(exact_number(boost::multiprecision::cpp_int(*r.date_year)))
                           : interval::whole();
    const rational& x = r.low.value;
    const rational& t = policy.approximate_tolerance;
    bool floor_at_zero = is_non_negative(r.kind) && x.sign() >= 0;
    // "exactly 25,000", "precisely $3.5 billion", "just 12%": the writer says the figure is not
    // rounded, so no policy widens it.
    if (r.meaning == qualifier::exactly) return r.high ? closed_interval(x, r.high->value) : interval::point(x);
    if (r.high) {
        auto lo = r.meaning == qualifier::approximately ? widen(x, t).first : as_written(r.low, policy).first;
        auto hi =
            r.meaning == qualifier::approximately ? widen(r.high->value, t).second : as_written(*r.high, policy).second;
        // The reader puts the smaller figure first; a policy that widens one end past the
        // other still gives the span between them, never nothing.
        if (hi < lo) std::swap(lo, hi);
        return closed_interval(std::move(lo), std::move(hi));
    }
    switch (r.meaning) {
    case qualifier::approximately: {
        auto [lo, hi] = widen(x, t);
        return closed_interval(std::move(lo), std::move(hi));
    }
    case qualifier::more_than: return interval::greater_than(x);
    case qualifier::at_least:
    case qualifier::plus: return interval::at_least(x);
    case qualifier::less_than:
        return floor_at_zero && x.sign() > 0 ? interval::right_open(exact_number(), x) : interval::less_than(x);
    case qualifier::at_most:
    case qualifier::up_to:
        // "as many as 5", "up to 40" with no noun still give a ceiling on an amount: [0, x], as
        // for a count; only a kind that may go below zero (a temperature) has no floor.
        return floor_at_zero || (r.kind == mention_kind::number && x.sign() >= 0) ? interval::closed(exact_number(), x)
                                                                                  : interval::at_most(x);
    case qualifier::nearly: {
        // "nearly 0" has no room below it within the tolerance: it reads as 0, not as nothing.
        auto lo = widen(x, t).first;
        return lo < x ? interval::right_open(lo, x) : interval::point(x);
    }
    case qualifier::none:
    case qualifier::exactly:
    case qualifier::range:
    case qualifier::up: // a change is read as written: by how much
    case qualifier::down: break;
    }
    auto [lo, hi] = as_written(r.low, policy);
    return closed_interval(std::move(lo), std::move(hi));
}

// Units for the readings of one scan. Building a unit copies its names and builds its
// conversion factors as rationals; the same few units and counted nouns recur through an
// article, so each is built once and copied after that.
class unit_cache {
public:
    template <class Reading>
    const unit& unit_for(const Reading& r) {
        static const unit plain = unit::plain();
        static const unit calendar_year = unit::calendar_year();
        switch (r.kind) {
        case mention_kind::count: return count_of(r.noun);
        case mention_kind::year:
        case mention_kind::date: return calendar_year;
        case mention_kind::number: return plain;
        default: return of_symbol(r.kind, r.symbol);
        }
    }

private:
    static constexpr std::size_t most_nouns = 256; // past this, an article of odd nouns starts afresh

    template <class = void>
    const unit& count_of(const std::string& noun) {
        for (const auto& [known, u] : counts_)
            if (known == noun) return u;
        if (counts_.size() >= most_nouns) counts_.clear();
        return counts_.emplace_back(noun, unit::count(noun)).second;
    }

    // A pack names units by symbol: an ISO 4217 code for money, "%" for a share, a symbol of
    // core's unit table for the rest.
    template <class = void>
    const unit& of_symbol(mention_kind kind, std::string_view symbol) {
        for (const auto& [known, u] : symbols_)
            if (known == symbol) return u;
        const unit u = kind == mention_kind::money         ? unit::money(symbol)
                       : kind == mention_kind::share       ? unit::percent()
                       : kind == mention_kind::temperature ? unit::temperature(symbol)
                                                           : unit::from_symbol(symbol).value();
        return symbols_.emplace_back(std::string(symbol), u).second;
    }

    std::vector<std::pair<std::string, unit>> counts_;
    std::vector<std::pair<std::string, unit>> symbols_;
};

template <class Reading>
quantity quantity_for(const Reading& r, std::string_view text, const precision_policy& policy, unit_cache& units) {
    return quantity{
        interval_for(r, policy),
        units.unit_for(r),
        std::string(unchecked_slice(text, r.begin, r.end)),
        r.kind == mention_kind::year && r.high ? qualifier::range : r.meaning,
    };
}

template <class Reading>
quantity quantity_for(const Reading& r, std::string_view text, const precision_policy& policy) {
    unit_cache units;
    return quantity_for(r, text, policy, units);
}

} // namespace factrec::parse::detail
