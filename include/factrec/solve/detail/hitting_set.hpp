#pragma once

#include <factrec/core/number.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <optional>
#include <vector>

namespace factrec::solve_detail {

struct hitting_set_result {
    std::vector<int> chosen;
    rational weight{0};
    rational lower_bound{0}; // no hitting set weighs less
    bool optimal = true;
};

// Minimum-weight hitting set of the cores. The cores fall apart into groups that share no
// element; a group with at most `exact_limit` elements is solved exactly by branch and bound
// (within a node budget), a larger one greedily, with a disjoint-cores lower bound.
template <class = void>
class basic_hitting_set_solver {
public:
    basic_hitting_set_solver(const std::vector<std::vector<int>>& cores, const std::vector<rational>& weights,
                             std::size_t exact_limit, std::size_t node_budget = 200000)
        : cores_(cores), weights_(weights), exact_limit_(exact_limit), node_budget_(node_budget) {}

    hitting_set_result solve() {
        hitting_set_result out;
        std::vector<int> parent(weights_.size());
        std::iota(parent.begin(), parent.end(), 0);
        auto find = [&](int e) {
            while (parent[e] != e) e = parent[e] = parent[parent[e]];
            return e;
        };
        for (const auto& core : cores_)
            for (int e : core) parent[find(e)] = find(core.front());
        std::vector<std::vector<int>> groups(weights_.size());
        for (std::size_t k = 0; k < cores_.size(); ++k)
            if (!cores_[k].empty()) groups[find(cores_[k].front())].push_back(static_cast<int>(k));
        for (const auto& group : groups) {
            if (group.empty()) continue;
            std::vector<std::vector<int>> cores;
            std::vector<int> elements;
            for (int k : group) {
                cores.push_back(cores_[k]);
                elements.insert(elements.end(), cores_[k].begin(), cores_[k].end());
            }
            std::sort(elements.begin(), elements.end());
            elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
            solve_group(cores, elements, out);
        }
        std::sort(out.chosen.begin(), out.chosen.end());
        return out;
    }

private:
    void solve_group(const std::vector<std::vector<int>>& cores, const std::vector<int>& elements,
                     hitting_set_result& out) {
        group_cores_ = &cores;
        chosen_.assign(weights_.size(), 0);
        forbidden_.assign(weights_.size(), 0);
        std::vector<int> greedy_set = greedy(cores);
        best_ = greedy_set;
        best_weight_ = weight_of(greedy_set);
        rational lower = packing_bound(cores, rational(0));
        bool optimal = best_weight_ == lower;
        if (!optimal && elements.size() <= exact_limit_) {
            nodes_ = 0;
            search(rational(0));
            optimal = nodes_ <= node_budget_;
            if (optimal) lower = best_weight_;
        }
        out.chosen.insert(out.chosen.end(), best_.begin(), best_.end());
        out.weight += best_weight_;
        out.lower_bound += lower;
        out.optimal = out.optimal && optimal;
    }

    rational weight_of(const std::vector<int>& set) const {
        rational total = 0;
        for (int e : set) total += weights_[e];
        return total;
    }

    bool hit(const std::vector<int>& core) const {
        for (int e : core)
            if (chosen_[e]) return true;
        return false;
    }

    std::vector<int> greedy(const std::vector<std::vector<int>>& cores) {
        std::vector<int> set;
        std::vector<char> done(cores.size(), 0);
        for (;;) {
            std::vector<std::size_t> count(weights_.size(), 0);
            bool any = false;
            for (std::size_t k = 0; k < cores.size(); ++k) {
                if (done[k]) continue;
                any = true;
                for (int e : cores[k]) ++count[e];
            }
            if (!any) break;
            int pick = -1;
            for (std::size_t e = 0; e < count.size(); ++e) {
                if (count[e] == 0) continue;
                // count/weight largest; a weightless element first.
                if (pick < 0 || weights_[e] * count[pick] < weights_[pick] * count[e]) pick = static_cast<int>(e);
            }
            set.push_back(pick);
            for (std::size_t k = 0; k < cores.size(); ++k)
                if (!done[k] && std::find(cores[k].begin(), cores[k].end(), pick) != cores[k].end()) done[k] = 1;
        }
        // Drop what turned out redundant, heaviest first.
        std::sort(set.begin(), set.end(), [&](int a, int b) { return weights_[a] > weights_[b]; });
        for (int e : set) chosen_[e] = 1;
        std::vector<int> kept;
        for (int e : set) {
            chosen_[e] = 0;
            bool needed = false;
            for (const auto& core : cores) needed = needed || !hit(core);
            if (needed) chosen_[e] = 1, kept.push_back(e);
        }
        for (int e : kept) chosen_[e] = 0;
        return kept;
    }

    // Cores not yet hit that share no element: each costs at least its lightest allowed element.
    rational packing_bound(const std::vector<std::vector<int>>& cores, const rational& cutoff) {
        std::vector<char> used(weights_.size(), 0);
        rational bound = 0;
        for (const auto& core : cores) {
            if (hit(core)) continue;
            bool disjoint = true;
            for (int e : core) disjoint = disjoint && !used[e];
            if (!disjoint) continue;
            std::optional<rational> lightest;
            for (int e : core)
                if (!forbidden_[e] && (!lightest || weights_[e] < *lightest)) lightest = weights_[e];
            if (!lightest) return cutoff + 1;
            for (int e : core) used[e] = 1;
            bound += *lightest;
        }
        return bound;
    }

    void search(const rational& weight) {
        if (++nodes_ > node_budget_) return;
        const auto& cores = *group_cores_;
        const std::vector<int>* pick = nullptr;
        std::size_t fewest = 0;
        for (const auto& core : cores) {
            if (hit(core)) continue;
            std::size_t allowed = 0;
            for (int e : core) allowed += !forbidden_[e];
            if (allowed == 0) return;
            if (!pick || allowed < fewest) pick = &core, fewest = allowed;
        }
        if (!pick) {
            if (weight < best_weight_) {
                best_weight_ = weight;
                best_.clear();
                for (std::size_t e = 0; e < chosen_.size(); ++e)
                    if (chosen_[e]) best_.push_back(static_cast<int>(e));
            }
            return;
        }
        if (weight + packing_bound(cores, best_weight_) >= best_weight_) return;
        std::vector<int> options;
        for (int e : *pick)
            if (!forbidden_[e]) options.push_back(e);
        std::sort(options.begin(), options.end(),
                  [&](int a, int b) { return weights_[a] < weights_[b] || (weights_[a] == weights_[b] && a < b); });
        for (int e : options) {
            chosen_[e] = 1;
            search(weight + weights_[e]);
            chosen_[e] = 0;
            forbidden_[e] = 1;
        }
        for (int e : options) forbidden_[e] = 0;
    }

    const std::vector<std::vector<int>>& cores_;
    const std::vector<rational>& weights_;
    std::size_t exact_limit_;
    std::size_t node_budget_;
    const std::vector<std::vector<int>>* group_cores_ = nullptr;
    std::vector<char> chosen_, forbidden_;
    std::vector<int> best_;
    rational best_weight_;
    std::size_t nodes_ = 0;
};
// A template only so that its bodies are compiled where a solve is, not wherever it is included.
using hitting_set_solver = basic_hitting_set_solver<>;

} // namespace factrec::solve_detail
