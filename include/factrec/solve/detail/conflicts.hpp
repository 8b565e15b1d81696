#pragma once

#include <factrec/solve/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

namespace factrec::solve_detail {

using element_set = std::vector<int>; // sorted

template <class = void>
inline element_set set_union(const element_set& a, const element_set& b) {
    element_set out;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// QuickXplain (Junker 2004): a minimal subset of `candidate` that is inconsistent, in
// O(k log(n/k)) checks for a conflict of k out of n. `candidate` must be inconsistent.
class quickxplain {
public:
    explicit quickxplain(std::function<bool(const element_set&)> consistent) : consistent_(std::move(consistent)) {}

    element_set operator()(const element_set& candidate) { return explain({}, false, candidate); }

private:
    element_set explain(const element_set& background, bool background_changed, const element_set& candidate) {
        if (background_changed && !consistent_(background)) return {};
        if (candidate.size() == 1) return candidate;
        element_set first(candidate.begin(), candidate.begin() + static_cast<std::ptrdiff_t>(candidate.size() / 2));
        element_set second(candidate.begin() + static_cast<std::ptrdiff_t>(candidate.size() / 2), candidate.end());
        element_set from_second = explain(set_union(background, first), !first.empty(), second);
        element_set from_first = explain(set_union(background, from_second), !from_second.empty(), first);
        return set_union(from_first, from_second);
    }

    std::function<bool(const element_set&)> consistent_;
};

struct enumeration_result {
    std::vector<std::uint64_t> conflicts;
    bool complete = false;
};

// MARCO (Liffiton et al. 2016) over at most 64 elements: the map holds what is known, every
// seed it offers is either grown to a maximal consistent set or shrunk to a minimal
// conflict, and the enumeration is complete when the map has no seed left.
template <class = void>
class basic_conflict_enumerator {
public:
    basic_conflict_enumerator(std::size_t element_count, std::function<bool(std::uint64_t)> consistent,
                              std::function<std::uint64_t(std::uint64_t)> shrink)
        : n_(element_count), all_(element_count == 64 ? ~std::uint64_t{0} : ((std::uint64_t{1} << element_count) - 1)),
          consistent_(std::move(consistent)), shrink_(std::move(shrink)) {}

    // Asked before each seed: true stops the enumeration, which is then not complete.
    void stop_when(std::function<bool()> stop) { stop_ = std::move(stop); }

    void add_known_conflict(std::uint64_t c) {
        if (std::find(conflicts_.begin(), conflicts_.end(), c) == conflicts_.end()) conflicts_.push_back(c);
    }

    enumeration_result run(std::size_t limit, std::size_t map_budget = 1000000) {
        enumeration_result out;
        for (;;) {
            if (conflicts_.size() >= limit || (stop_ && stop_())) break;
            budget_ = map_budget;
            std::uint64_t seed = 0;
            int found = maximal_seed(0, 0, 0, seed);
            if (found < 0) break; // the map ran out of budget
            if (found == 0) {
                out.complete = true;
                break;
            }
            if (consistent_(seed)) {
                for (std::size_t e = 0; e < n_; ++e) {
                    std::uint64_t bit = std::uint64_t{1} << e;
                    if (!(seed & bit) && consistent_(seed | bit)) seed |= bit;
                }
                satisfiable_.push_back(seed);
            } else {
                add_known_conflict(shrink_(seed));
            }
        }
        out.conflicts = conflicts_;
        return out;
    }

private:
    // Depth-first, true first: the first model found is maximal. 1 found, 0 none, -1 budget.
    int maximal_seed(std::size_t position, std::uint64_t decided, std::uint64_t chosen, std::uint64_t& seed) {
        if (budget_-- == 0) return -1;
        for (std::uint64_t c : conflicts_)
            if ((c & chosen) == c) return 0;
        for (std::uint64_t s : satisfiable_) {
            std::uint64_t outside = all_ & ~s;
            if ((outside & (chosen | ~decided)) == 0) return 0;
        }
        if (position == n_) {
            seed = chosen;
            return 1;
        }
        std::uint64_t bit = std::uint64_t{1} << position;
        int r = maximal_seed(position + 1, decided | bit, chosen | bit, seed);
        if (r != 0) return r;
        return maximal_seed(position + 1, decided | bit, chosen, seed);
    }

    std::size_t n_;
    std::uint64_t all_;
    std::function<bool(std::uint64_t)> consistent_;
    std::function<std::uint64_t(std::uint64_t)> shrink_;
    std::function<bool()> stop_;
    std::vector<std::uint64_t> conflicts_;
    std::vector<std::uint64_t> satisfiable_;
    std::size_t budget_ = 0;
};
// A template only so that its bodies are compiled where a solve is, not wherever it is included.
using conflict_enumerator = basic_conflict_enumerator<>;

} // namespace factrec::solve_detail
