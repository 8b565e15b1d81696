#pragma once

#include <factrec/core/number.hpp>
#include <factrec/solve/detail/hitting_set.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>
#include <factrec/solve/detail/one_fact.hpp>

#include <algorithm>
#include <cstddef>
#include <numeric>
#include <vector>

namespace factrec::solve_detail {

// A fact's choices: keep one of its maximal cliques (statements sharing a point), set aside
// the rest of its statements.
struct fact_choices {
    std::vector<element_set> cliques; // best first
    std::vector<rational> costs;      // weight set aside with each clique kept, ascending
};

// The least-weight repair when statements of one fact disagree among themselves (interval
// stabbing) and some sets of statements, through relations, cannot hold (cores). Writing the
// one-fact disagreement as cores would take every pair of disjoint statements, k^2 / 2 cores
// for k readings; instead each fact keeps one of its maximal cliques, and only the facts that
// a core touches are searched together: the cliques of those facts by branch and bound
// (cheapest first, bounded by the cheapest choice of each fact left), and for each choice
// the cores not yet hit by an exact hitting set over what is kept. Keeping a maximal clique
// loses nothing: a smaller kept set is the clique with some statements set aside, which the
// hitting set can choose. Facts no core touches keep their heaviest clique, which is optimal.
template <class = void>
class basic_repair_solver {
public:
    basic_repair_solver(const std::vector<rational>& weights, const std::vector<int>& fact_of_element,
                        const std::vector<fact_choices>& facts, const element_set& always_rejected,
                        std::size_t exact_limit, std::size_t node_budget = 20000)
        : weights_(weights), fact_of_(fact_of_element), facts_(facts), always_(always_rejected),
          exact_limit_(exact_limit), node_budget_(node_budget) {}

    hitting_set_result solve(const std::vector<element_set>& cores) {
        hitting_set_result out;
        std::vector<char> gone(weights_.size(), 0);
        for (int e : always_) {
            gone[e] = 1;
            out.chosen.push_back(e);
            out.weight += weights_[e];
        }
        out.lower_bound = out.weight;
        // Cores not hit by what is always set aside; facts and soft elements joined by them.
        std::vector<element_set> open;
        for (const auto& core : cores)
            if (std::none_of(core.begin(), core.end(), [&](int e) { return gone[e] != 0; })) open.push_back(core);
        const std::size_t n_facts = facts_.size();
        // Union-find over facts (0..n_facts-1) and elements (n_facts + e) without a fact.
        std::vector<std::size_t> parent(n_facts + weights_.size());
        std::iota(parent.begin(), parent.end(), std::size_t{0});
        auto node = [&](int e) {
            return fact_of_[e] >= 0 ? static_cast<std::size_t>(fact_of_[e]) : n_facts + static_cast<std::size_t>(e);
        };
        auto find = [&](std::size_t x) {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        };
        for (const auto& core : open)
            for (int e : core) parent[find(node(e))] = find(node(core.front()));
        std::vector<std::vector<std::size_t>> group_facts(parent.size());
        std::vector<std::vector<std::size_t>> group_cores(parent.size());
        std::vector<char> touched(n_facts, 0);
        for (std::size_t k = 0; k < open.size(); ++k) {
            group_cores[find(node(open[k].front()))].push_back(k);
            for (int e : open[k])
                if (fact_of_[e] >= 0) touched[fact_of_[e]] = 1;
        }
        for (std::size_t f = 0; f < n_facts; ++f) {
            if (touched[f]) {
                group_facts[find(f)].push_back(f);
                continue;
            }
            keep(f, 0, out.chosen);
            out.weight += facts_[f].costs.empty() ? rational(0) : facts_[f].costs.front();
            out.lower_bound += facts_[f].costs.empty() ? rational(0) : facts_[f].costs.front();
        }
        for (std::size_t g = 0; g < parent.size(); ++g) {
            if (group_cores[g].empty()) continue;
            std::vector<element_set> group;
            for (std::size_t k : group_cores[g]) group.push_back(open[k]);
            solve_group(group_facts[g], group, out);
        }
        std::sort(out.chosen.begin(), out.chosen.end());
        out.chosen.erase(std::unique(out.chosen.begin(), out.chosen.end()), out.chosen.end());
        return out;
    }

private:
    // Sets aside fact f's statements outside its clique `choice`.
    void keep(std::size_t f, std::size_t choice, std::vector<int>& chosen) const {
        const fact_choices& c = facts_[f];
        if (c.cliques.size() < 2) return;
        const element_set& kept = c.cliques[choice];
        for (const auto& other : c.cliques)
            for (int e : other)
                if (!std::binary_search(kept.begin(), kept.end(), e)) chosen.push_back(e);
    }

    void solve_group(const std::vector<std::size_t>& facts, const std::vector<element_set>& cores,
                     hitting_set_result& out) {
        group_facts_ = &facts;
        group_cores_ = &cores;
        rest_bound_.assign(facts.size() + 1, rational(0));
        for (std::size_t i = facts.size(); i-- > 0;)
            rest_bound_[i] =
                rest_bound_[i + 1] + (facts_[facts[i]].costs.empty() ? rational(0) : facts_[facts[i]].costs.front());
        choice_.assign(facts.size(), 0);
        found_ = false;
        all_optimal_ = true;
        nodes_ = 0;
        search(0, rational(0));
        const bool optimal = found_ && all_optimal_ && nodes_ <= node_budget_;
        out.chosen.insert(out.chosen.end(), best_.begin(), best_.end());
        out.weight += best_weight_;
        out.lower_bound += optimal ? best_weight_ : rest_bound_[0];
        out.optimal = out.optimal && optimal;
    }

    void search(std::size_t depth, const rational& cost) {
        if (found_ && (nodes_ > node_budget_ || cost + rest_bound_[depth] >= best_weight_)) return;
        ++nodes_;
        const auto& facts = *group_facts_;
        if (depth < facts.size()) {
            const fact_choices& c = facts_[facts[depth]];
            const std::size_t options = std::max<std::size_t>(c.cliques.size(), 1);
            for (std::size_t i = 0; i < options; ++i) {
                choice_[depth] = i;
                search(depth + 1, cost + (c.costs.empty() ? rational(0) : c.costs[i]));
            }
            return;
        }
        // Every fact has its clique: the cores left are hit within what is kept.
        std::vector<int> set_aside;
        for (std::size_t i = 0; i < facts.size(); ++i) keep(facts[i], choice_[i], set_aside);
        std::sort(set_aside.begin(), set_aside.end());
        std::vector<element_set> left;
        for (const auto& core : *group_cores_)
            if (std::none_of(core.begin(), core.end(),
                             [&](int e) { return std::binary_search(set_aside.begin(), set_aside.end(), e); }))
                left.push_back(core);
        hitting_set_result inner = hitting_set_solver(left, weights_, exact_limit_).solve();
        const rational total = cost + inner.weight;
        if (!inner.optimal) all_optimal_ = false;
        if (found_ && total >= best_weight_) return;
        found_ = true;
        best_weight_ = total;
        best_ = std::move(set_aside);
        best_.insert(best_.end(), inner.chosen.begin(), inner.chosen.end());
    }

    const std::vector<rational>& weights_;
    const std::vector<int>& fact_of_;
    const std::vector<fact_choices>& facts_;
    const element_set& always_;
    std::size_t exact_limit_;
    std::size_t node_budget_;
    const std::vector<std::size_t>* group_facts_ = nullptr;
    const std::vector<element_set>* group_cores_ = nullptr;
    std::vector<rational> rest_bound_;
    std::vector<std::size_t> choice_;
    std::vector<int> best_;
    rational best_weight_{0};
    bool found_ = false;
    bool all_optimal_ = true;
    std::size_t nodes_ = 0;
};
// A template only so that its bodies are compiled where a solve is, not wherever it is included.
using repair_solver = basic_repair_solver<>;

} // namespace factrec::solve_detail
