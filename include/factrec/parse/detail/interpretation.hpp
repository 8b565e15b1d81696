#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/unit.hpp>
#include <factrec/parse/detail/reader.hpp>

#include <cstddef>
#include <string>
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
            if (w.kind == mention_kind::money)
                units.emplace_back(w.symbol, unit::money(w.symbol));
            else if (w.kind == mention_kind::share)
                units.emplace_back(w.symbol, unit::percent());
            else
                units.emplace_back(w.symbol, unit::from_symbol(w.symbol).value());
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

inline std::pair<rational, rational> widen(const rational& x, const rational& relative) {
    rational margin = (x.sign() < 0 ? -x : x) * relative;
    return {x - margin, x + margin};
}

// The figure as the policy reads it when no qualifier widens it.
inline std::pair<rational, rational> as_written(const figure& f, const precision_policy& policy) {
    switch (policy.rounding) {
    case precision_policy::mode::exact: return {f.value, f.value};
    case precision_policy::mode::relative: return widen(f.value, policy.relative_tolerance);
    case precision_policy::mode::last_digit: break;
    }
    return {f.value - f.half_step, f.value + f.half_step};
}

inline interval closed_interval(const rational& lo, const rational& hi) { return interval::closed(lo, hi); }

inline interval interval_for(const reading& r, const precision_policy& policy) {
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
        return closed_interval(lo, hi);
    }
    switch (r.meaning) {
    case qualifier::approximately: {
        auto [lo, hi] = widen(x, t);
        return closed_interval(lo, hi);
    }
    case qualifier::more_than: return interval::greater_than(x);
    case qualifier::at_least:
    case qualifier::plus: return interval::at_least(x);
    case qualifier::less_than:
        return floor_at_zero && x.sign() > 0 ? interval::right_open(exact_number(), x) : interval::less_than(x);
    case qualifier::at_most:
    case qualifier::up_to: return floor_at_zero ? interval::closed(exact_number(), x) : interval::at_most(x);
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
    return closed_interval(lo, hi);
}

// Units for the readings of one scan. Building a unit copies its names and builds its
// conversion factors as rationals; the same few units and counted nouns recur through an
// article, so each is built once and copied after that.
class unit_cache {
public:
    const unit& unit_for(const reading& r) {
        static const unit plain = unit::plain();
        static const unit calendar_year = unit::calendar_year();
        switch (r.kind) {
        case mention_kind::count: return count_of(r.noun);
        case mention_kind::year:
        case mention_kind::date: return calendar_year;
        case mention_kind::number: return plain;
        default: return unit_for_symbol(r.symbol);
        }
    }

private:
    static constexpr std::size_t most_nouns = 256; // past this, an article of odd nouns starts afresh

    const unit& count_of(const std::string& noun) {
        for (const auto& [known, u] : counts_)
            if (known == noun) return u;
        if (counts_.size() >= most_nouns) counts_.clear();
        return counts_.emplace_back(noun, unit::count(noun)).second;
    }

    std::vector<std::pair<std::string, unit>> counts_;
};

inline quantity quantity_for(const reading& r, std::string_view text, const precision_policy& policy,
                             unit_cache& units) {
    return quantity{
        interval_for(r, policy),
        units.unit_for(r),
        std::string(text.substr(r.begin, r.end - r.begin)),
        r.kind == mention_kind::year && r.high ? qualifier::range : r.meaning,
    };
}

inline quantity quantity_for(const reading& r, std::string_view text, const precision_policy& policy) {
    unit_cache units;
    return quantity_for(r, text, policy, units);
}

} // namespace factrec::detail
