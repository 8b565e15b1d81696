#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <tuple>
#include <vector>

namespace factrec::solve_detail {

using element_set = std::vector<int>; // sorted

// Statements of one fact, each read within the fact's domain (rounded inward to whole numbers
// for a whole fact). Statements of one fact can all hold exactly when their intervals share a
// point, so a fact's disagreement is an interval-stabbing problem: the sets that can hold
// together are the sets of statements covering one point, and a sweep over the ends finds the
// maximal ones in O(k log k) for k statements (plus the size of what it lists).
struct stabbing_item {
    int element = 0;
    interval value; // not empty
    rational weight{0};
};

struct stabbing {
    std::vector<element_set> cliques; // maximal sets of statements sharing a point, in sweep order
    std::vector<rational> weights;    // each clique's total weight
    std::size_t best = 0;             // the heaviest clique, the first of equal ones
    rational total{0};                // weight of all the statements
    // Statements that do not meet at least one other: outside some maximal clique.
    element_set disagreeing;
};

namespace one_fact_detail {

// A place on the line, ordered: (-inf | finite | +inf, value, rank). At a value v the ranks
// put an open end (v-) before a closed start (v), then a closed end (v), then an open start (v+).
struct place {
    int side = 0;
    rational value{0};
    int rank = 0;
    bool operator<(const place& o) const {
        if (side != o.side) return side < o.side;
        if (side == 0 && value != o.value) return value < o.value;
        return rank < o.rank;
    }
};

struct event {
    place at;
    bool start = false;
    int item = 0;
};

} // namespace one_fact_detail

template <class = void>
inline stabbing stab(const std::vector<stabbing_item>& items) {
    using namespace one_fact_detail;
    stabbing out;
    std::vector<event> events;
    events.reserve(2 * items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& lo = items[i].value.lower();
        const auto& hi = items[i].value.upper();
        events.push_back(
            {lo.infinite ? place{-1, 0, 1} : place{0, rational(lo.value), lo.open ? 3 : 1}, true, static_cast<int>(i)});
        events.push_back(
            {hi.infinite ? place{1, 0, 2} : place{0, rational(hi.value), hi.open ? 0 : 2}, false, static_cast<int>(i)});
        out.total += items[i].weight;
    }
    std::stable_sort(events.begin(), events.end(), [](const event& a, const event& b) { return a.at < b.at; });
    std::vector<char> active(items.size(), 0);
    std::size_t active_count = 0;
    rational active_weight = 0;
    for (std::size_t k = 0; k < events.size(); ++k) {
        const event& e = events[k];
        if (e.start) {
            active[e.item] = 1;
            ++active_count;
            active_weight += items[e.item].weight;
            // A start followed by an end: the set covering this point is maximal.
            if (k + 1 < events.size() && !events[k + 1].start) {
                element_set clique;
                clique.reserve(active_count);
                for (std::size_t i = 0; i < items.size(); ++i)
                    if (active[i]) clique.push_back(items[i].element);
                std::sort(clique.begin(), clique.end());
                if (out.cliques.empty() || active_weight > out.weights[out.best]) out.best = out.cliques.size();
                out.cliques.push_back(std::move(clique));
                out.weights.push_back(active_weight);
            }
        } else {
            active[e.item] = 0;
            --active_count;
            active_weight -= items[e.item].weight;
        }
    }
    if (out.cliques.size() > 1) {
        std::vector<int> in_cliques(items.size(), 0);
        std::vector<int> all;
        for (const auto& c : out.cliques) all.insert(all.end(), c.begin(), c.end());
        std::sort(all.begin(), all.end());
        for (std::size_t i = 0; i < all.size();) {
            std::size_t j = i;
            while (j < all.size() && all[j] == all[i]) ++j;
            if (j - i < out.cliques.size()) out.disagreeing.push_back(all[i]);
            i = j;
        }
    }
    return out;
}

// The interval read within the domain, rounded inward to whole numbers for a whole fact:
// statements of the fact can hold together exactly when these share a point.
template <class = void>
inline interval within_domain(const interval& value, const interval& domain, bool whole) {
    interval in = intersect(value, domain);
    if (in.is_empty() || !whole) return in;
    auto lo = in.lower();
    auto hi = in.upper();
    if (!lo.infinite) {
        rational x(lo.value);
        rational up = x.ceil();
        if (lo.open && up == x) up += 1;
        lo = {exact_number(up), false, false};
    }
    if (!hi.infinite) {
        rational x(hi.value);
        rational down = x.floor();
        if (hi.open && down == x) down -= 1;
        hi = {exact_number(down), false, false};
    }
    return interval::from_bounds(lo, hi);
}

// The least total widening of the intervals that lets them share a point of the domain: the
// sum of the distances from a point x to the intervals is convex and piecewise linear, least
// where as many intervals lie wholly below x as wholly above it (a median of the ends), then
// moved into the domain. Over the closures: a strict bound changes no infimum.
template <class = void>
inline rational spread_of(const std::vector<interval>& values, const interval& domain) {
    std::vector<rational> lows, highs;
    for (const interval& v : values) {
        if (!v.lower().infinite) lows.emplace_back(v.lower().value);
        if (!v.upper().infinite) highs.emplace_back(v.upper().value);
    }
    std::sort(lows.begin(), lows.end());
    std::sort(highs.begin(), highs.end());
    auto cost = [&](const rational& x) {
        rational total = 0;
        for (const interval& v : values) {
            if (!v.lower().infinite && x < rational(v.lower().value)) total += rational(v.lower().value) - x;
            if (!v.upper().infinite && rational(v.upper().value) < x) total += x - rational(v.upper().value);
        }
        return total;
    };
    // The slope just right of x: intervals ending at or below x pull up, those starting above pull down.
    auto slope_right = [&](const rational& x) {
        auto below = std::upper_bound(highs.begin(), highs.end(), x) - highs.begin();
        auto above = lows.end() - std::upper_bound(lows.begin(), lows.end(), x);
        return static_cast<long>(below) - static_cast<long>(above);
    };
    std::vector<rational> ends = lows;
    ends.insert(ends.end(), highs.begin(), highs.end());
    std::sort(ends.begin(), ends.end());
    ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
    if (ends.empty()) return 0;
    // The first end where the slope turns non-negative is a least point of the line.
    std::size_t lo = 0, hi = ends.size() - 1;
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (slope_right(ends[mid]) >= 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    rational x = ends[lo];
    if (!domain.lower().infinite && x < rational(domain.lower().value)) x = rational(domain.lower().value);
    if (!domain.upper().infinite && rational(domain.upper().value) < x) x = rational(domain.upper().value);
    return cost(x);
}

} // namespace factrec::solve_detail
