#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/model/fact.hpp>
#include <factrec/model/model.hpp>
#include <factrec/solve/detail/conflicts.hpp>
#include <factrec/solve/detail/engine.hpp>
#include <factrec/solve/detail/hitting_set.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>
#include <factrec/solve/detail/one_fact.hpp>
#include <factrec/solve/detail/repair.hpp>
#include <factrec/solve/detail/simplex.hpp>
#include <factrec/solve/solution.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <exception>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <mutex>
#include <numeric>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <tuple>
#include <vector>

namespace factrec {

/// How far a solve has come, for a progress line: components solved of all, conflicts found.
struct solve_progress {
    std::size_t components_solved = 0; ///< Components finished so far.
    std::size_t components = 0;        ///< Independent components of the model in all.
    std::size_t conflicts = 0;         ///< Minimal conflicts listed so far.
};

/// Limits and settings of solve. The defaults list every conflict of a news story quickly; the
/// limits bound the time a pathological model can take, and the solution says when one was hit.
struct solve_options {
    /// Conflicts listed in all; the solution says when it stopped.
    std::size_t max_conflicts = 1000;
    /// Components with more claims than this list only the conflicts the repair needed, not all.
    std::size_t enumeration_limit = 64;
    /// Groups of overlapping conflicts up to this many statements get an exact minimum-weight
    /// repair (branch and bound); larger ones a greedy one, and the solution then says the repair
    /// may not be optimal (repair_optimal: false, with a lower bound).
    std::size_t exact_repair_limit = 256;
    /// Claim and relation ids given per range end to explain what sets it, nearest first.
    std::size_t explanation_items = 32;
    /// The search engine's internal limits; the defaults suit every use the README describes.
    solve_detail::engine_limits limits{};
    /// Past this point the search stops: conflicts found so far are listed (each a true minimal
    /// conflict), a component whose repair was not finished sets nothing aside and gets the
    /// ranges of its relations alone (sound outer bounds), and the solution says so
    /// (complete: false, time_limit_reached). Shared by every solve of one run.
    std::optional<std::chrono::steady_clock::time_point> deadline;
    /// Called after each component, from the thread that solved it, one call at a time. Must
    /// not throw; keep it short, since a solving thread waits for it.
    std::function<void(const solve_progress&)> progress;
    /// Components solved at once; 0: as many as the hardware runs. The solution does not depend
    /// on it.
    std::size_t threads = 0;
    /// Conflicts through relations listed per component, counting those the repair needed. A fact
    /// sheet whose items exceed a total has one minimal conflict per combination of items that
    /// does: hundreds, each costing a search, where a reader needs a few. Past this many the
    /// listing stops and the solution says that more exist (conflicts_complete: false).
    std::size_t conflicts_per_component = std::numeric_limits<std::size_t>::max();
    /// When a component's conflicts are not all listed, a clash that the repair resolves anyway
    /// (a total below what is already committed, while a sum of items also exceeds the total) would
    /// go unreported. With this, each hard relation that no listed conflict goes through is also
    /// tried alone with the statements of its facts (a consistent choice of statements per fact),
    /// and a conflict found there is listed when it is minimal in the whole component.
    bool conflict_through_each_relation = false;
};

namespace solve_detail {

using clock = std::chrono::steady_clock;
template <class = void>
inline double seconds_since(clock::time_point start) {
    return std::chrono::duration<double>(clock::now() - start).count();
}

// The model facts a relation names, in its order.
template <class = void>
inline std::vector<std::size_t> facts_of_relation(const relation& r) {
    std::vector<std::size_t> fs;
    if (r.kind == relation_kind::linear)
        for (const auto& t : r.terms) fs.push_back(t.first);
    else
        fs = {r.result, r.left, r.right};
    return fs;
}

// The component of each fact (facts that relations tie together, directly or through others),
// numbered in the order solve() takes them; and how many there are.
template <class = void>
inline std::pair<std::vector<std::size_t>, std::size_t> components_of_facts(std::size_t fact_count,
                                                                            const std::vector<relation>& relations) {
    std::vector<std::size_t> parent(fact_count);
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    auto find = [&](std::size_t f) {
        while (parent[f] != f) f = parent[f] = parent[parent[f]];
        return f;
    };
    for (const relation& r : relations) {
        auto fs = facts_of_relation(r);
        for (std::size_t f : fs) parent[find(f)] = find(fs.front());
    }
    std::map<std::size_t, std::size_t> number; // by root, in the order of the roots
    for (std::size_t f = 0; f < fact_count; ++f) number.emplace(find(f), 0);
    std::size_t count = 0;
    for (auto& [root, n] : number) n = count++;
    std::vector<std::size_t> of(fact_count);
    for (std::size_t f = 0; f < fact_count; ++f) of[f] = number.at(find(f));
    return {std::move(of), count};
}

// What the solution says of itself, from its statistics' counts of components: the reason
// it is incomplete, whether the time limit was reached, whether it is complete.
template <Number N>
void finish_solution(basic_solution<N>& out, const solve_options& options) {
    const solve_statistics& st = out.statistics;
    std::string reason;
    for (std::size_t k = 0; k < st.hard_components; ++k) reason += "the hard relations contradict each other; ";
    out.time_limit_reached = st.interrupted_components + st.cut_components > 0;
    if (out.time_limit_reached) {
        reason += "the time limit stopped the search";
        if (st.interrupted_components > 0)
            reason += " before the repair of " + std::to_string(st.interrupted_components) + " of " +
                      std::to_string(st.components) +
                      " components was found: their claims are not set aside, and their facts' ranges come from "
                      "the relations alone (outer bounds)";
        reason += "; ";
    }
    if (!out.conflicts_complete) reason += "not every minimal conflict was enumerated; ";
    if (st.capped_components > 0)
        reason += "the listing stopped at " + std::to_string(options.conflicts_per_component) +
                  " conflicts through relations in " + std::to_string(st.capped_components) +
                  (st.capped_components == 1 ? " component" : " components") + "; ";
    if (st.unwitnessed_components > 0)
        reason += "propagation found no contradiction through the product or ratio relations, but no solution was "
                  "found either: that the claims kept can all hold is not proven; ";
    if (!out.repair_optimal && out.rejected_weight != out.repair_lower_bound)
        reason += "the repair may be heavier than the optimum by at most " +
                  to_exact_string(out.rejected_weight - out.repair_lower_bound) + "; ";
    out.incomplete_reason = std::move(reason);
    out.complete = out.conflicts_complete && out.repair_optimal && out.consistency_proven;
}

struct component_problem {
    std::vector<std::size_t> facts;     // model fact indices, by local variable
    std::vector<std::size_t> claims;    // model claim indices, by element
    std::vector<std::size_t> relations; // model relation indices, by constraint
};

struct component_outcome {
    std::vector<conflict> conflicts;
    std::vector<int> rejected;
    hitting_set_result repair;
    bool enumeration_complete = true;
    bool hard_conflict = false;
    std::vector<interval> ranges;
    std::vector<std::pair<std::vector<int>, std::vector<int>>> lo_by, hi_by; // elements, relations
    bool exact = true;
    bool witnessed = true;           // what remains has a solution, or is linear and checked exactly
    bool interrupted = false;        // the deadline stopped the repair: nothing set aside, outer ranges
    bool enumeration_cut = false;    // the deadline stopped the listing of conflicts
    bool enumeration_capped = false; // solve_options::conflicts_per_component stopped it
    std::size_t clusters = 0, largest_cluster = 0;
};

template <class = void>
inline void comparison_bounds(comparison cmp, const exact_number& c, end_bound& lower, end_bound& upper) {
    const rational& v = c;
    switch (cmp) {
    case comparison::less: upper = {v, false, true, -1}; break;
    case comparison::less_equal: upper = {v, false, false, -1}; break;
    case comparison::equal: lower = upper = {v, false, false, -1}; break;
    case comparison::greater_equal: lower = {v, false, false, -1}; break;
    case comparison::greater: lower = {v, false, true, -1}; break;
    }
}

template <class = void>
class basic_component_solver {
public:
    basic_component_solver(const std::vector<fact>& facts, const std::vector<basic_model_claim<exact_number>>& claims,
                           const std::vector<relation>& relations, component_problem problem,
                           const solve_options& options)
        : facts_(facts), claims_(claims), relations_(relations), problem_(std::move(problem)), options_(options) {
        for (std::size_t v = 0; v < problem_.facts.size(); ++v) local_of_[problem_.facts[v]] = static_cast<int>(v);
        for (std::size_t r : problem_.relations)
            if (relations_[r].is_soft()) soft_relations_.push_back(r);
        for (std::size_t k : problem_.claims) weights_.emplace_back(claims_[k].weight);
        for (std::size_t r : soft_relations_) weights_.emplace_back(*relations_[r].soft_weight);
    }

    [[nodiscard]] std::size_t element_count() const noexcept { return weights_.size(); }

    // The engine over a subset of relations and claims; all relations of the subset are hard
    // unless listed as soft elements. With `only_used_facts`, the engine holds just the facts
    // the subset mentions: the small engines that trim a conflict's relations stay small in a
    // large component.
    engine_input make_input(const std::vector<std::size_t>& relations, const std::vector<std::size_t>& claims,
                            bool keep_soft, bool only_used_facts = false) const {
        engine_input in;
        auto add_variable = [&](std::size_t f) {
            in.domains.push_back(default_domain(facts_[f]));
            in.integer.push_back(static_cast<char>(is_integer(facts_[f])));
        };
        std::map<std::size_t, int> compact;
        auto variable = [&](std::size_t f) {
            if (!only_used_facts) return local_of_.at(f);
            auto [it, fresh] = compact.emplace(f, static_cast<int>(in.domains.size()));
            if (fresh) add_variable(f);
            return it->second;
        };
        if (!only_used_facts)
            for (std::size_t f : problem_.facts) add_variable(f);
        for (std::size_t k : claims) in.claims.push_back({variable(claims_[k].fact), claims_[k].value});
        for (std::size_t r : relations) {
            const relation& rel = relations_[r];
            engine_constraint con;
            con.relation = static_cast<int>(r);
            if (rel.kind == relation_kind::linear) {
                for (const auto& [f, a] : rel.terms) con.terms.emplace_back(variable(f), rational(a));
                comparison_bounds(rel.cmp, rel.constant, con.lower, con.upper);
            } else {
                con.linear = false;
                // r = k * a / b is a = (1/k) * r * b with b != 0.
                bool ratio = rel.kind == relation_kind::ratio;
                con.x = variable(ratio ? rel.left : rel.result);
                con.y = variable(ratio ? rel.result : rel.left);
                con.z = variable(rel.right);
                con.scale = ratio ? exact_number(exact_number(1) / rel.scale) : rel.scale;
                con.z_nonzero = ratio;
            }
            if (keep_soft && rel.is_soft()) {
                con.element = static_cast<int>(in.claims.size() + in.soft_elements.size());
                in.soft_elements.push_back(static_cast<int>(in.constraints.size()));
            }
            in.constraints.push_back(std::move(con));
        }
        return in;
    }

    component_outcome run(std::size_t conflict_allowance, solve_statistics& stats) {
        component_outcome out;
        // Soft relations must come in the order of soft_relations_, which follows problem_.relations.
        engine eng(make_input(problem_.relations, problem_.claims, true), options_.limits);
        out.clusters = eng.cyclic_cluster_count();
        out.largest_cluster = eng.largest_cyclic_cluster();
        const std::size_t n_elements = element_count();
        auto start = clock::now();

        int hard = eng.establish_baseline();
        if (hard >= 0) {
            std::vector<int> elements, relations;
            eng.explain(hard, elements, relations);
            conflict c;
            for (std::size_t r : minimal_contradiction({relations.begin(), relations.end()}))
                c.relations.push_back(relations_[r].id);
            out.conflicts.push_back(std::move(c));
            out.hard_conflict = true;
            out.exact = false;
            out.ranges.assign(problem_.facts.size(), interval::empty());
            out.lo_by.resize(problem_.facts.size());
            out.hi_by.resize(problem_.facts.size());
            stats.conflict_seconds += seconds_since(start);
            return out;
        }

        std::optional<std::vector<interval>> baseline = eng.exact_baseline_ranges();
        one_fact_structure one_fact = structure_of_facts();
        repair_solver repairer(weights_, one_fact.fact_of_element, one_fact.choices, one_fact.alone,
                               options_.exact_repair_limit);
        // Shrinking the conflicts of one pass asks about the same small sets again and again.
        std::map<element_set, bool> answered;
        auto consistent = [&](const element_set& set) {
            if (auto answer = consistent_on_one_fact(eng, baseline, set)) return *answer;
            auto [it, fresh] = answered.try_emplace(set, false);
            if (fresh) it->second = eng.check(set) < 0;
            return it->second;
        };
        quickxplain shrink(consistent);
        // A statement that its fact's domain cannot hold is a conflict alone; the other
        // disagreements of one fact are the sweep's, and what the loop below finds goes through
        // relations. The first repair keeps each fact's heaviest clique.
        std::vector<element_set> cores;
        for (int e : one_fact.alone) cores.push_back({e});
        out.repair = repairer.solve({});
        out.rejected = out.repair.chosen;
        std::vector<std::vector<std::size_t>> cores_with(n_elements); // by element: the cores holding it
        for (std::size_t k = 0; k < cores.size(); ++k) cores_with[cores[k].front()].push_back(k);
        auto contains_known_core = [&](const element_set& candidate) {
            for (int e : candidate)
                for (std::size_t k : cores_with[e])
                    if (std::includes(candidate.begin(), candidate.end(), cores[k].begin(), cores[k].end()))
                        return true;
            return false;
        };
        double repair_seconds = 0;
        for (;;) {
            if (past_deadline()) {
                out.interrupted = true;
                break;
            }
            element_set active;
            for (std::size_t e = 0; e < n_elements; ++e)
                if (!std::binary_search(out.rejected.begin(), out.rejected.end(), static_cast<int>(e)))
                    active.push_back(static_cast<int>(e));
            std::vector<int> found = eng.collect_conflicts(active);
            if (found.empty()) break;
            std::vector<element_set> candidates;
            for (int record : found) {
                element_set elements;
                std::vector<int> relations;
                eng.explain(record, elements, relations);
                candidates.push_back(std::move(elements));
            }
            bool added = false;
            for (const element_set& candidate : candidates) {
                // A candidate around a conflict already found would shrink to it again; any
                // other shrinks to a conflict that is new, being no superset of a known one.
                if (candidate.empty() || contains_known_core(candidate) || consistent(candidate)) continue;
                element_set core = shrink(candidate);
                for (int e : core) cores_with[e].push_back(cores.size());
                cores.push_back(std::move(core));
                added = true;
            }
            if (!added) {
                // Propagation found trouble the exact checks could not pin down: stop honestly.
                out.enumeration_complete = false;
                out.exact = false;
                break;
            }
            auto repair_start = clock::now();
            out.repair = repairer.solve(cores);
            out.rejected = out.repair.chosen;
            repair_seconds += seconds_since(repair_start);
        }

        // Disjoint statements of one fact are minimal conflicts that the fact's group below
        // stands for; the enumeration knows them so as not to find them, and does not list them.
        bool choices = false;
        for (const auto& c : one_fact.choices) choices = choices || c.cliques.size() > 1;
        std::vector<element_set> pairs;
        const bool few_pairs = one_fact.disjoint_pairs(max_hidden_pairs, pairs);
        // NOLINTNEXTLINE(bugprone-branch-clone): an interrupted run is incomplete before any test of the sets
        if (out.interrupted) {
            out.enumeration_complete = false;
        } else if (problem_.relations.empty() || (cores.size() == one_fact.alone.size() && !choices)) {
            // No relation: every conflict is of one fact, and the sweep has them all. Or every
            // statement that its domain can hold was checked together, and they can all hold.
            out.enumeration_complete = true;
        } else if (n_elements <= options_.enumeration_limit && n_elements <= 64 && few_pairs) {
            auto to_set = [](std::uint64_t mask) {
                element_set set;
                for (int e = 0; e < 64; ++e)
                    if (mask >> e & 1) set.push_back(e);
                return set;
            };
            auto to_mask = [](const element_set& set) {
                std::uint64_t mask = 0;
                for (int e : set) mask |= std::uint64_t{1} << e;
                return mask;
            };
            conflict_enumerator enumerate(
                n_elements, [&](std::uint64_t mask) { return consistent(to_set(mask)); },
                [&](std::uint64_t mask) { return to_mask(shrink(to_set(mask))); });
            for (const auto& core : cores) enumerate.add_known_conflict(to_mask(core));
            enumerate.stop_when([this] { return past_deadline(); });
            std::vector<std::uint64_t> hidden;
            for (const auto& pair : pairs) {
                hidden.push_back(to_mask(pair));
                enumerate.add_known_conflict(hidden.back());
            }
            std::sort(hidden.begin(), hidden.end());
            const std::size_t allowance = std::min(conflict_allowance, options_.conflicts_per_component);
            const std::size_t limit = std::max<std::size_t>(allowance, cores.size()) + hidden.size();
            enumeration_result all = enumerate.run(limit);
            cores.clear();
            for (std::uint64_t mask : all.conflicts)
                if (!std::binary_search(hidden.begin(), hidden.end(), mask)) cores.push_back(to_set(mask));
            out.enumeration_complete = all.complete;
            out.enumeration_cut = !all.complete && past_deadline();
            out.enumeration_capped = !all.complete && !out.enumeration_cut && all.conflicts.size() >= limit &&
                                     allowance < conflict_allowance;
        } else {
            out.enumeration_complete = false;
        }
        for (std::size_t v = 0; v < one_fact.choices.size(); ++v)
            if (one_fact.disagreeing[v].size() > 1) cores.push_back(one_fact.disagreeing[v]);
        std::sort(cores.begin(), cores.end());
        for (const element_set& core : cores) {
            std::size_t v = one_fact.variable_of(core);
            if (v < one_fact.disagreeing.size() && core.size() > 1 && one_fact.disagreeing[v] == core)
                out.conflicts.push_back(describe_disagreement(v, core));
            else
                out.conflicts.push_back(describe_conflict(eng, core));
        }
        if (options_.conflict_through_each_relation && !out.enumeration_complete && !out.interrupted)
            add_conflict_through_each_relation(eng, consistent, one_fact, cores, out);
        stats.conflict_seconds += seconds_since(start) - repair_seconds;
        stats.repair_seconds += repair_seconds;

        // Ranges from what remains.
        auto range_start = clock::now();
        element_set active;
        if (out.interrupted) {
            // No repair: the relations alone bound every fact, whatever the claims.
            out.rejected.clear();
            out.repair = {};
            out.repair.optimal = false;
            out.exact = false;
        } else {
            for (std::size_t e = 0; e < n_elements; ++e)
                if (!std::binary_search(out.rejected.begin(), out.rejected.end(), static_cast<int>(e)))
                    active.push_back(static_cast<int>(e));
        }
        eng.reset_exactness();
        int left = eng.check(active);
        if (left >= 0) {
            // Only when propagation was stopped by a cap: say so rather than guess.
            out.exact = false;
            out.enumeration_complete = false;
        } else {
            eng.project_all_clusters();
        }
        out.exact = out.exact && !eng.inexact() && !eng.rounded();
        for (std::size_t v = 0; v < problem_.facts.size(); ++v) {
            const end_bound& lo = eng.lower(static_cast<int>(v));
            const end_bound& hi = eng.upper(static_cast<int>(v));
            out.ranges.push_back(
                interval::from_bounds({lo.value, lo.infinite, lo.open}, {hi.value, hi.infinite, hi.open}));
            out.lo_by.emplace_back();
            out.hi_by.emplace_back();
            if (!lo.infinite)
                eng.explain(lo.record, out.lo_by.back().first, out.lo_by.back().second, options_.explanation_items,
                            4096);
            if (!hi.infinite)
                eng.explain(hi.record, out.hi_by.back().first, out.hi_by.back().second, options_.explanation_items,
                            4096);
        }
        if (left < 0 && eng.nonlinear()) out.witnessed = eng.find_witness(active);
        if (out.interrupted) out.witnessed = false;
        stats.range_seconds += seconds_since(range_start);
        return out;
    }

    [[nodiscard]] std::string element_id(int e) const {
        if (static_cast<std::size_t>(e) < problem_.claims.size()) return claims_[problem_.claims[e]].id;
        return relations_[soft_relations_[e - problem_.claims.size()]].id;
    }
    [[nodiscard]] bool element_is_claim(int e) const { return static_cast<std::size_t>(e) < problem_.claims.size(); }

    // The hard relations of the problem alone: a minimal set of them that cannot hold
    // together, or none.
    std::vector<std::size_t> contradictory_hard_relations() const {
        std::vector<std::size_t> hard;
        for (std::size_t r : problem_.relations)
            if (!relations_[r].is_soft()) hard.push_back(r);
        engine eng(make_input(hard, {}, false), options_.limits);
        int record = eng.establish_baseline();
        if (record < 0) return {};
        std::vector<int> elements, relations;
        eng.explain(record, elements, relations);
        return minimal_contradiction({relations.begin(), relations.end()});
    }

    // Deletion: a relation stays only when the others cannot hold without it. Each test is a
    // small engine on the relations left, so the set is minimal as far as propagation and the
    // simplex can tell (exactly so for linear relations).
    std::vector<std::size_t> minimal_contradiction(std::vector<std::size_t> relations) const {
        for (std::size_t i = 0; i < relations.size();) {
            std::vector<std::size_t> without = relations;
            without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
            if (inconsistent_with(without, {}))
                relations = std::move(without);
            else
                ++i;
        }
        return relations;
    }

private:
    static constexpr std::size_t max_hidden_pairs = 512;

    [[nodiscard]] bool past_deadline() const { return options_.deadline && clock::now() >= *options_.deadline; }

    struct one_fact_structure {
        std::vector<int> fact_of_element;     // local variable, or -1 for a soft relation
        std::vector<fact_choices> choices;    // by local variable
        std::vector<element_set> disagreeing; // by local variable: its statements outside some clique
        std::vector<interval> within;         // by claim element: its interval within the domain
        element_set alone;                    // statements the domain alone cannot hold

        [[nodiscard]] std::size_t variable_of(const element_set& set) const {
            if (set.empty() || static_cast<std::size_t>(set.front()) >= within.size()) return choices.size();
            int v = fact_of_element[set.front()];
            for (int e : set)
                if (static_cast<std::size_t>(e) >= within.size() || fact_of_element[e] != v) return choices.size();
            return static_cast<std::size_t>(v);
        }
        // Pairs of statements of one fact that share no point; false when there are more than `limit`.
        bool disjoint_pairs(std::size_t limit, std::vector<element_set>& pairs) const {
            for (const element_set& group : disagreeing)
                for (std::size_t i = 0; i < group.size(); ++i)
                    for (std::size_t j = i + 1; j < group.size(); ++j) {
                        if (!intersect(within[group[i]], within[group[j]]).is_empty()) continue;
                        if (pairs.size() == limit) return false;
                        pairs.push_back({group[i], group[j]});
                    }
            return true;
        }
    };

    one_fact_structure structure_of_facts() const {
        one_fact_structure s;
        const std::size_t n_claims = problem_.claims.size();
        s.fact_of_element.assign(element_count(), -1);
        s.choices.resize(problem_.facts.size());
        s.disagreeing.resize(problem_.facts.size());
        std::vector<std::vector<stabbing_item>> items(problem_.facts.size());
        s.within.reserve(n_claims);
        for (std::size_t e = 0; e < n_claims; ++e) {
            const auto& c = claims_[problem_.claims[e]];
            const int v = local_of_.at(c.fact);
            s.fact_of_element[e] = v;
            s.within.push_back(within_domain(c.value, default_domain(facts_[c.fact]), is_integer(facts_[c.fact])));
            if (s.within.back().is_empty())
                s.alone.push_back(static_cast<int>(e));
            else
                items[v].push_back({static_cast<int>(e), s.within.back(), weights_[e]});
        }
        for (std::size_t v = 0; v < items.size(); ++v) {
            if (items[v].size() < 2) continue;
            stabbing st = stab(items[v]);
            if (st.cliques.size() < 2) continue;
            fact_choices& choice = s.choices[v];
            std::vector<std::size_t> order(st.cliques.size());
            std::iota(order.begin(), order.end(), std::size_t{0});
            // Heaviest first; of equal ones the first in the sweep, the one of lowest values.
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return st.weights[b] < st.weights[a]; });
            for (std::size_t k : order) {
                choice.cliques.push_back(std::move(st.cliques[k]));
                choice.costs.push_back(st.total - st.weights[k]);
            }
            s.disagreeing[v] = std::move(st.disagreeing);
        }
        return s;
    }

    // Each hard relation that no listed conflict goes through, alone with a consistent choice
    // of statements for each of its facts: every statement of a fact whose statements agree, or
    // one of its maximal cliques (the heaviest, then each other in turn). A conflict found there
    // with the relation alone is listed when it is minimal in the whole component too, so every
    // conflict listed keeps the solver's promise. The choices bound the work: one small engine
    // and one shrink per clique of the relation's facts, not an enumeration.
    template <class Consistent>
    void add_conflict_through_each_relation(engine& eng, Consistent& consistent, const one_fact_structure& one_fact,
                                            const std::vector<element_set>& known, component_outcome& out) {
        std::set<std::string> covered;
        for (const conflict& c : out.conflicts) covered.insert(c.relations.begin(), c.relations.end());
        std::set<element_set> listed(known.begin(), known.end());
        std::vector<std::vector<int>> statements_of(problem_.facts.size()); // by local variable
        for (std::size_t e = 0; e < problem_.claims.size(); ++e)
            if (!std::binary_search(one_fact.alone.begin(), one_fact.alone.end(), static_cast<int>(e)))
                statements_of[one_fact.fact_of_element[e]].push_back(static_cast<int>(e));
        for (std::size_t r : problem_.relations) {
            const relation& rel = relations_[r];
            if (rel.is_soft() || covered.contains(rel.id)) continue;
            if (past_deadline()) {
                out.enumeration_cut = true;
                return;
            }
            std::vector<int> variables;
            for (std::size_t f : facts_of_relation(rel)) {
                int v = local_of_.at(f);
                if (std::find(variables.begin(), variables.end(), v) == variables.end()) variables.push_back(v);
            }
            auto chosen = [&](int v, std::size_t clique) -> const element_set& {
                const auto& cliques = one_fact.choices[v].cliques;
                return cliques.empty() ? statements_of[v] : cliques[clique];
            };
            std::vector<std::pair<int, std::size_t>> tries{{-1, 0}}; // (variable, its clique) over the heaviest
            for (int v : variables)
                for (std::size_t k = 1; k < one_fact.choices[v].cliques.size(); ++k) tries.emplace_back(v, k);
            for (const auto& [varied, clique] : tries) {
                element_set candidate;
                for (int v : variables) candidate = set_union(candidate, chosen(v, v == varied ? clique : 0));
                if (candidate.empty()) continue;
                std::vector<std::size_t> model_claims;
                for (int e : candidate) model_claims.push_back(problem_.claims[e]);
                engine alone(make_input({r}, model_claims, false, true), options_.limits);
                if (alone.establish_baseline() >= 0) break; // a contradictory relation: reported as such
                element_set local(candidate.size());
                std::iota(local.begin(), local.end(), 0);
                auto alone_consistent = [&](const element_set& set) { return alone.check(set) < 0; };
                if (alone_consistent(local)) continue;
                element_set core;
                for (int i : quickxplain(alone_consistent)(local)) core.push_back(candidate[i]);
                if (core.empty() || listed.contains(core) || consistent(core)) continue;
                bool minimal = true;
                for (std::size_t i = 0; i < core.size() && minimal; ++i) {
                    element_set without = core;
                    without.erase(without.begin() + static_cast<std::ptrdiff_t>(i));
                    minimal = consistent(without);
                }
                if (!minimal) continue;
                listed.insert(core);
                out.conflicts.push_back(describe_conflict(eng, core));
            }
        }
    }

    // The statements of one fact that do not all share a point: any two of them whose
    // intervals do not meet are a minimal conflict through no relation.
    conflict describe_disagreement(std::size_t v, const element_set& statements) const {
        conflict c;
        c.one_fact = true;
        std::vector<interval> values;
        const fact& f = facts_[problem_.facts[v]];
        const interval domain = default_domain(f);
        for (int e : statements) {
            const auto& claim = claims_[problem_.claims[e]];
            c.claims.push_back(claim.id);
            c.statements.push_back(problem_.claims[e]);
            // A whole count meets a claim only at the whole numbers inside it: 411 against 412
            // seats read to the last digit is a gap of 1 seat, not 0.
            interval whole = within_domain(claim.value, domain, is_integer(f));
            if (whole.is_empty())
                values.push_back(claim.value);
            else
                values.push_back(std::move(whole));
        }
        c.gap = exact_number(spread_of(values, domain));
        return c;
    }

    // Claims on one real-valued fact agree with the hard relations exactly when their common
    // part meets the fact's exact range under those relations. Integer facts need rounding the
    // engine does, and soft relations need the engine: no answer for those.
    static std::optional<bool> consistent_on_one_fact(const engine& eng,
                                                      const std::optional<std::vector<interval>>& baseline,
                                                      const element_set& set) {
        if (!baseline || set.empty()) return std::nullopt;
        const auto& claims = eng.input().claims;
        if (static_cast<std::size_t>(set.back()) >= claims.size()) return std::nullopt;
        const int v = claims[set.front()].variable;
        if (eng.input().integer[v]) return std::nullopt;
        interval common = (*baseline)[v];
        for (int e : set) {
            if (claims[e].variable != v) return std::nullopt;
            common = intersect(common, claims[e].value);
        }
        return !common.is_empty();
    }

    conflict describe_conflict(engine& eng, const element_set& core) {
        conflict c;
        std::vector<int> elements, relations;
        int record = eng.check(core);
        if (record >= 0) eng.explain(record, elements, relations);
        std::vector<std::size_t> hard, soft_in_core;
        for (int r : relations)
            if (!relations_[r].is_soft()) hard.push_back(static_cast<std::size_t>(r));
        std::vector<std::size_t> core_claims;
        for (int e : core) {
            if (element_is_claim(e))
                core_claims.push_back(problem_.claims[e]);
            else
                soft_in_core.push_back(soft_relations_[e - problem_.claims.size()]);
        }
        // Keep only the relations the contradiction needs (deletion, on a small engine).
        if (hard.size() <= 24) {
            for (std::size_t i = 0; i < hard.size();) {
                std::vector<std::size_t> without = soft_in_core;
                for (std::size_t j = 0; j < hard.size(); ++j)
                    if (j != i) without.push_back(hard[j]);
                if (inconsistent_with(without, core_claims))
                    hard.erase(hard.begin() + static_cast<std::ptrdiff_t>(i));
                else
                    ++i;
            }
        }
        std::vector<std::size_t> used = hard;
        used.insert(used.end(), soft_in_core.begin(), soft_in_core.end());
        std::sort(used.begin(), used.end());
        for (std::size_t k : core_claims) {
            c.claims.push_back(claims_[k].id);
            c.statements.push_back(k);
        }
        for (std::size_t r : used) c.relations.push_back(relations_[r].id);
        c.gap = gap(used, core_claims);
        return c;
    }

    bool inconsistent_with(const std::vector<std::size_t>& relations, const std::vector<std::size_t>& claims) const {
        engine small(make_input(relations, claims, false, true), options_.limits);
        if (small.establish_baseline() >= 0) return true;
        element_set all(claims.size());
        std::iota(all.begin(), all.end(), 0);
        return small.check(all) >= 0;
    }

    // min sum(t) with lo - t <= x <= hi + t for each claim and the relations hard: the least
    // total widening that lets the claims agree. Over the closure: a strict bound changes no infimum.
    std::optional<exact_number> gap(const std::vector<std::size_t>& relations,
                                    const std::vector<std::size_t>& claims) const {
        std::map<std::size_t, std::size_t> column;
        auto column_of = [&](std::size_t fact) {
            auto [it, fresh] = column.emplace(fact, column.size());
            return it->second;
        };
        for (std::size_t r : relations) {
            if (relations_[r].kind != relation_kind::linear) return std::nullopt;
            for (const auto& [f, a] : relations_[r].terms) column_of(f);
        }
        for (std::size_t k : claims) column_of(claims_[k].fact);
        const std::size_t facts = column.size();
        simplex lp(facts + claims.size());
        for (const auto& [f, col] : column) {
            interval d = default_domain(facts_[f]);
            lp.set_bounds(col,
                          d.lower().infinite ? std::nullopt
                                             : std::optional<delta_number>(delta_number{rational(d.lower().value), 0}),
                          d.upper().infinite ? std::nullopt
                                             : std::optional<delta_number>(delta_number{rational(d.upper().value), 0}));
        }
        auto closed = [](const end_bound& b) {
            return b.infinite ? std::nullopt : std::optional<delta_number>(delta_number{b.value, 0});
        };
        for (std::size_t r : relations) {
            std::vector<std::pair<std::size_t, rational>> terms;
            for (const auto& [f, a] : relations_[r].terms) terms.emplace_back(column_of(f), rational(a));
            end_bound lo, hi;
            comparison_bounds(relations_[r].cmp, relations_[r].constant, lo, hi);
            lp.set_bounds(lp.add_row(terms), closed(lo), closed(hi));
        }
        std::vector<std::pair<std::size_t, rational>> total;
        for (std::size_t i = 0; i < claims.size(); ++i) {
            std::size_t t = facts + i;
            std::size_t x = column_of(claims_[claims[i]].fact);
            lp.set_bounds(t, delta_number{0, 0}, std::nullopt);
            total.emplace_back(t, 1);
            const interval& value = claims_[claims[i]].value;
            if (value.is_empty()) continue;
            // A whole count meets a claim only at the whole numbers inside it: 411 read as
            // [410.5, 411.5] is 411, so 411 against 412 seats is a gap of 1 seat, not 0.
            const bool whole = is_integer(facts_[claims_[claims[i]].fact]);
            auto whole_lower = [&](const interval::bound_type& b) {
                rational v(b.value), up = v.ceil();
                return whole ? (b.open && up == v ? up + rational(1) : up) : v;
            };
            auto whole_upper = [&](const interval::bound_type& b) {
                rational v(b.value), down = v.floor();
                return whole ? (b.open && down == v ? down - rational(1) : down) : v;
            };
            if (!value.lower().infinite)
                lp.set_bounds(lp.add_row({{x, 1}, {t, 1}}), delta_number{whole_lower(value.lower()), 0}, std::nullopt);
            if (!value.upper().infinite)
                lp.set_bounds(lp.add_row({{x, 1}, {t, -1}}), std::nullopt, delta_number{whole_upper(value.upper()), 0});
        }
        std::size_t objective = lp.add_row(total);
        if (!lp.check()) return std::nullopt;
        std::optional<delta_number> least = lp.optimize(objective, false);
        if (!least) return std::nullopt;
        return least->real;
    }

    const std::vector<fact>& facts_;
    const std::vector<basic_model_claim<exact_number>>& claims_;
    const std::vector<relation>& relations_;
    component_problem problem_;
    const solve_options& options_;
    std::map<std::size_t, int> local_of_;
    std::vector<std::size_t> soft_relations_;
    std::vector<rational> weights_;
};
// A template only so that its bodies are compiled where a solve is, not wherever it is included.
// solve and contradictory_relations name it through N (the same class whatever N is): named by
// a type that depends on nothing, the compilers instantiate its destructor and everything it
// destroys in every translation unit that includes this header.
template <class N>
struct component_solver_for {
    using type = basic_component_solver<>;
};
template <class N>
using component_solver = typename component_solver_for<N>::type;

} // namespace solve_detail

/// Reconciles the model: conflicts, the least-weight repair, and the consistent range of every
/// fact with what sets each end. Exact for linear models over an exact N; with product or ratio
/// relations, or with an inexact N (solved exactly, then rounded outward), ranges are sound
/// outer bounds marked exact = false. Returns no error: claims that clash are what it explains,
/// and hard relations that contradict each other are reported in the solution.
/// Independent components are solved apart (options.threads at once). Listing minimal
/// conflicts is exponential in the worst case; options' limits and deadline bound it, and the
/// solution says when one was reached. Copies what it needs: the model may change afterwards.
template <Number N>
basic_solution<N> solve(const basic_model<N>& m, const solve_options& options = {}) {
    basic_solution<N> out;
    const auto& facts = m.facts();
    const auto& relations = m.relations();
    // One element per statement: claims of a fact reading the same interval, their weights summed.
    std::vector<basic_model_claim<exact_number>> claims;
    std::vector<std::vector<std::size_t>> members; // by statement: model claim indices
    {
        std::vector<interval> values;
        values.reserve(m.claims().size());
        for (const auto& c : m.claims()) values.push_back(interval_cast<exact_number>(c.value));
        std::vector<std::size_t> order(values.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        // Claims of a fact ordered by their intervals, so that equal readings are neighbours.
        auto end_less = [](const auto& a, const auto& b, bool upper) {
            if (a.infinite != b.infinite) return upper ? b.infinite : a.infinite;
            if (a.infinite) return false;
            if (a.value != b.value) return a.value < b.value;
            return a.open != b.open && (upper ? a.open : !a.open);
        };
        auto less = [&](std::size_t a, std::size_t b) {
            const auto& ca = m.claims()[a];
            const auto& cb = m.claims()[b];
            if (ca.fact != cb.fact) return ca.fact < cb.fact;
            const interval& va = values[a];
            const interval& vb = values[b];
            if (va.is_empty() || vb.is_empty()) return va.is_empty() && !vb.is_empty();
            if (end_less(va.lower(), vb.lower(), false)) return true;
            if (end_less(vb.lower(), va.lower(), false)) return false;
            return end_less(va.upper(), vb.upper(), true);
        };
        auto same = [&](std::size_t a, std::size_t b) { return !less(a, b) && !less(b, a); };
        std::stable_sort(order.begin(), order.end(), less);
        std::vector<std::size_t> statement_of(values.size());
        std::vector<std::size_t> firsts;
        for (std::size_t i = 0; i < order.size(); ++i) {
            if (i == 0 || !same(order[i - 1], order[i])) firsts.push_back(order[i]);
            statement_of[order[i]] = firsts.size() - 1;
        }
        // Statements in the order of their first claims, so that the model's order decides.
        std::vector<std::size_t> rank(firsts.size());
        std::vector<std::size_t> by_first(firsts.size());
        std::iota(by_first.begin(), by_first.end(), std::size_t{0});
        std::sort(by_first.begin(), by_first.end(),
                  [&](std::size_t a, std::size_t b) { return firsts[a] < firsts[b]; });
        for (std::size_t i = 0; i < by_first.size(); ++i) rank[by_first[i]] = i;
        members.resize(firsts.size());
        claims.reserve(firsts.size());
        out.statements.reserve(firsts.size());
        for (std::size_t k = 0; k < values.size(); ++k) members[rank[statement_of[k]]].push_back(k);
        for (const auto& group : members) {
            const auto& first = m.claims()[group.front()];
            basic_model_claim<exact_number> s{first.id, first.fact,   values[group.front()],
                                              0,        first.source, first.speaker};
            statement listed{facts[first.fact].id, {}, 0};
            for (std::size_t k : group) {
                s.weight += m.claims()[k].weight;
                listed.claims.push_back(m.claims()[k].id);
            }
            listed.weight = s.weight;
            claims.push_back(std::move(s));
            out.statements.push_back(std::move(listed));
        }
    }
    auto claim_ids = [&](const std::vector<std::size_t>& statements) {
        std::vector<std::string> ids;
        for (std::size_t s : statements)
            ids.insert(ids.end(), out.statements[s].claims.begin(), out.statements[s].claims.end());
        return ids;
    };

    const auto [component_of, component_count] = solve_detail::components_of_facts(facts.size(), relations);
    std::vector<solve_detail::component_problem> problems(component_count);
    for (std::size_t f = 0; f < facts.size(); ++f) problems[component_of[f]].facts.push_back(f);
    for (std::size_t k = 0; k < claims.size(); ++k) problems[component_of[claims[k].fact]].claims.push_back(k);
    for (std::size_t r = 0; r < relations.size(); ++r)
        problems[component_of[solve_detail::facts_of_relation(relations[r]).front()]].relations.push_back(r);

    out.facts.resize(facts.size());
    std::size_t listed = 0;
    // Components are independent: solved on several threads, then merged in their order, so
    // the solution is the same whatever the number of threads. Each may list up to
    // max_conflicts; the merge keeps the first max_conflicts in component order.
    std::vector<std::unique_ptr<solve_detail::component_solver<N>>> solvers(problems.size());
    std::vector<solve_detail::component_outcome> outcomes(problems.size());
    std::vector<solve_statistics> component_statistics(problems.size());
    {
        std::atomic<std::size_t> next{0};
        std::mutex reporting;
        std::size_t finished = 0, found = 0;
        std::vector<std::exception_ptr> failures(problems.size());
        auto work = [&] {
            for (std::size_t k; (k = next.fetch_add(1)) < problems.size();) {
                try {
                    solvers[k] = std::make_unique<solve_detail::component_solver<N>>(facts, claims, relations,
                                                                                     problems[k], options);
                    outcomes[k] = solvers[k]->run(options.max_conflicts, component_statistics[k]);
                } catch (...) {
                    failures[k] = std::current_exception();
                    next = problems.size();
                }
                if (options.progress) {
                    std::lock_guard lock(reporting);
                    found += outcomes[k].conflicts.size();
                    options.progress({++finished, problems.size(), found});
                }
            }
        };
        std::size_t threads = options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
        threads = std::min(threads, problems.size());
        std::vector<std::thread> helpers;
        for (std::size_t t = 1; t < threads; ++t) helpers.emplace_back(work);
        work();
        for (auto& h : helpers) h.join();
        for (auto& failure : failures)
            if (failure) std::rethrow_exception(failure);
    }
    for (std::size_t k = 0; k < problems.size(); ++k) {
        const solve_detail::component_problem& problem = problems[k];
        const solve_detail::component_solver<N>& component = *solvers[k];
        solve_detail::component_outcome& result = outcomes[k];
        ++out.statistics.components;
        out.statistics.largest_component = std::max(out.statistics.largest_component, problem.facts.size());
        const std::vector<std::size_t>& local_facts = problem.facts;
        out.statistics.conflict_seconds += component_statistics[k].conflict_seconds;
        out.statistics.repair_seconds += component_statistics[k].repair_seconds;
        out.statistics.range_seconds += component_statistics[k].range_seconds;
        out.statistics.cyclic_clusters += result.clusters;
        out.statistics.largest_cyclic_cluster = std::max(out.statistics.largest_cyclic_cluster, result.largest_cluster);

        if (result.hard_conflict) {
            out.repair_optimal = false;
            ++out.statistics.hard_components;
            out.contradictory_relations.insert(out.contradictory_relations.end(),
                                               result.conflicts.front().relations.begin(),
                                               result.conflicts.front().relations.end());
        }
        if (!result.conflicts.empty()) out.consistent = false;
        for (auto& c : result.conflicts) {
            // Every source of each statement, then the soft relations.
            std::vector<std::string> ids = claim_ids(c.statements);
            for (std::size_t i = c.statements.size(); i < c.claims.size(); ++i) ids.push_back(c.claims[i]);
            c.claims = std::move(ids);
            if (listed >= options.max_conflicts) {
                out.conflicts_complete = false;
                break;
            }
            out.conflicts.push_back(std::move(c));
            ++listed;
        }
        if (!result.enumeration_complete) out.conflicts_complete = false;
        out.statistics.interrupted_components += result.interrupted;
        out.statistics.cut_components += result.enumeration_cut;
        out.statistics.capped_components += result.enumeration_capped;
        if (!result.witnessed && !result.hard_conflict) out.consistency_proven = false;
        // products or ratios left consistency unproven (not the deadline)
        if (!result.witnessed && !result.hard_conflict && !result.interrupted) ++out.statistics.unwitnessed_components;
        for (int e : result.rejected) {
            if (component.element_is_claim(e)) {
                auto ids = claim_ids({problem.claims[static_cast<std::size_t>(e)]});
                out.rejected.insert(out.rejected.end(), ids.begin(), ids.end());
            } else {
                out.rejected.push_back(component.element_id(e));
            }
        }
        out.rejected_weight += result.repair.weight;
        out.repair_lower_bound += result.repair.lower_bound;
        out.repair_optimal = out.repair_optimal && result.repair.optimal;

        auto ids = [&](const std::pair<std::vector<int>, std::vector<int>>& by) {
            std::vector<std::string> names;
            for (int e : by.first) names.push_back(component.element_id(e));
            for (int r : by.second)
                if (!relations[r].is_soft() || std::find(names.begin(), names.end(), relations[r].id) == names.end())
                    names.push_back(relations[r].id);
            return names;
        };
        for (std::size_t v = 0; v < local_facts.size(); ++v) {
            basic_fact_range<N>& range = out.facts[local_facts[v]];
            range.fact = facts[local_facts[v]].id;
            range.range = interval_cast<N>(result.ranges[v]);
            range.exact = result.exact && number_traits<N>::is_exact;
            range.lo_set_by = ids(result.lo_by[v]);
            range.hi_set_by = ids(result.hi_by[v]);
        }
    }
    solve_detail::finish_solution(out, options);
    return out;
}

/// A part of a model that no relation ties to the rest, as a model of its own: its facts,
/// claims and relations with their ids, in the whole model's order, and where each was in the
/// whole. It can be solved alone (in another thread, process or machine) and its solution
/// merged back: merge_solutions gives the same solution as solving the whole model, byte for
/// byte once written as JSON.
template <Number N>
struct basic_model_component {
    basic_model<N> model;               ///< The part as a model: solve it with solve().
    std::vector<std::size_t> facts;     ///< Index in the whole model, by the component's index.
    std::vector<std::size_t> claims;    ///< Likewise, for claims.
    std::vector<std::size_t> relations; ///< Likewise, for relations.
};
/// A component of a model with exact rational values.
using model_component = basic_model_component<exact_number>;

/// The components of the model, in the order solve() takes them.
template <Number N>
std::vector<basic_model_component<N>> split_components(const basic_model<N>& m) {
    const auto [of, count] = solve_detail::components_of_facts(m.facts().size(), m.relations());
    std::vector<basic_model_component<N>> parts(count);
    std::vector<std::size_t> local(m.facts().size());
    // What the whole model accepted its parts accept: ids are unique in the whole, so in a part.
    auto added = [](const result<std::size_t>& r) {
        if (!r) throw std::logic_error("split_components: " + r.error().message);
    };
    for (std::size_t f = 0; f < m.facts().size(); ++f) {
        basic_model_component<N>& part = parts[of[f]];
        local[f] = part.facts.size();
        part.facts.push_back(f);
        auto f_added = part.model.add_fact(m.facts()[f]);
        if (!f_added) throw std::logic_error("split_components: " + f_added.error().message);
    }
    for (std::size_t k = 0; k < m.claims().size(); ++k) {
        auto c = m.claims()[k];
        basic_model_component<N>& part = parts[of[c.fact]];
        c.fact = local[c.fact];
        part.claims.push_back(k);
        added(part.model.add_claim(std::move(c)));
    }
    for (std::size_t r = 0; r < m.relations().size(); ++r) {
        relation rel = m.relations()[r];
        basic_model_component<N>& part = parts[of[solve_detail::facts_of_relation(rel).front()]];
        for (auto& term : rel.terms) term.first = local[term.first];
        if (rel.kind != relation_kind::linear) {
            rel.result = local[rel.result];
            rel.left = local[rel.left];
            rel.right = local[rel.right];
        }
        part.relations.push_back(r);
        added(part.model.add_checked_relation(std::move(rel)));
    }
    return parts;
}

/// The solution of the whole model from the solutions of its components (split_components,
/// each solved with `options`), as solve(m, options) gives it; an error when the solutions do
/// not fit the components.
template <Number N>
result<basic_solution<N>> merge_solutions(const basic_model<N>& m, const std::vector<basic_model_component<N>>& parts,
                                          std::vector<basic_solution<N>> solved, const solve_options& options = {}) {
    if (solved.size() != parts.size())
        return error{std::to_string(solved.size()) + " solutions for " + std::to_string(parts.size()) + " components",
                     0};
    basic_solution<N> out;
    out.facts.resize(m.facts().size());
    std::map<std::string_view, std::size_t> claim_index;
    for (std::size_t k = 0; k < m.claims().size(); ++k) claim_index.emplace(m.claims()[k].id, k);
    // Statements in the order of their first claims in the whole model, as solve() numbers them.
    std::vector<std::tuple<std::size_t, std::size_t, std::size_t>> firsts; // first claim, part, index in it
    for (std::size_t p = 0; p < parts.size(); ++p) {
        const basic_solution<N>& s = solved[p];
        if (s.facts.size() != parts[p].facts.size())
            return error{"solution " + std::to_string(p) + " has " + std::to_string(s.facts.size()) +
                             " facts; its component has " + std::to_string(parts[p].facts.size()),
                         p};
        for (std::size_t i = 0; i < s.statements.size(); ++i) {
            auto found =
                s.statements[i].claims.empty() ? claim_index.end() : claim_index.find(s.statements[i].claims.front());
            if (found == claim_index.end())
                return error{"solution " + std::to_string(p) + ": statement " + std::to_string(i) +
                                 " names no claim of the model",
                             p};
            firsts.emplace_back(found->second, p, i);
        }
    }
    std::sort(firsts.begin(), firsts.end());
    std::vector<std::vector<std::size_t>> global(parts.size()); // by part: statement index in the whole
    for (std::size_t p = 0; p < parts.size(); ++p) global[p].resize(solved[p].statements.size());
    for (std::size_t g = 0; g < firsts.size(); ++g) {
        const auto& [first, p, i] = firsts[g];
        global[p][i] = g;
        out.statements.push_back(solved[p].statements[i]);
    }
    std::size_t listed = 0;
    solve_statistics& st = out.statistics;
    for (std::size_t p = 0; p < parts.size(); ++p) {
        basic_solution<N>& s = solved[p];
        for (std::size_t v = 0; v < parts[p].facts.size(); ++v) out.facts[parts[p].facts[v]] = std::move(s.facts[v]);
        if (!s.consistent) out.consistent = false;
        for (conflict& c : s.conflicts) {
            if (listed >= options.max_conflicts) {
                out.conflicts_complete = false;
                break;
            }
            for (std::size_t& k : c.statements) {
                if (k >= global[p].size())
                    return error{"solution " + std::to_string(p) + ": a conflict names no statement", p};
                k = global[p][k];
            }
            out.conflicts.push_back(std::move(c));
            ++listed;
        }
        out.rejected.insert(out.rejected.end(), s.rejected.begin(), s.rejected.end());
        out.rejected_weight += s.rejected_weight;
        out.repair_lower_bound += s.repair_lower_bound;
        out.repair_optimal = out.repair_optimal && s.repair_optimal;
        out.conflicts_complete = out.conflicts_complete && s.conflicts_complete;
        out.consistency_proven = out.consistency_proven && s.consistency_proven;
        out.contradictory_relations.insert(out.contradictory_relations.end(), s.contradictory_relations.begin(),
                                           s.contradictory_relations.end());
        const solve_statistics& part = s.statistics;
        st.components += part.components;
        st.largest_component = std::max(st.largest_component, part.largest_component);
        st.cyclic_clusters += part.cyclic_clusters;
        st.largest_cyclic_cluster = std::max(st.largest_cyclic_cluster, part.largest_cyclic_cluster);
        st.conflict_seconds += part.conflict_seconds;
        st.repair_seconds += part.repair_seconds;
        st.range_seconds += part.range_seconds;
        st.hard_components += part.hard_components;
        st.interrupted_components += part.interrupted_components;
        st.cut_components += part.cut_components;
        st.capped_components += part.capped_components;
        st.unwitnessed_components += part.unwitnessed_components;
    }
    solve_detail::finish_solution(out, options);
    return out;
}

/// Hard relations that cannot all hold whatever the claims say, each fact in its domain: a
/// minimal set of them, by index into m.relations(), or none. Such a model is an error of its
/// author (`budget >= 200e6` and `budget <= 100e6`); check this before solving, to say so
/// rather than report conflicts that mean nothing. Sound: every set returned is contradictory.
/// With product or ratio relations a contradiction that propagation cannot see goes unfound.
template <Number N>
std::vector<std::size_t> contradictory_relations(const basic_model<N>& m, const solve_options& options = {}) {
    solve_detail::component_problem everything;
    for (std::size_t f = 0; f < m.facts().size(); ++f) everything.facts.push_back(f);
    for (std::size_t r = 0; r < m.relations().size(); ++r) everything.relations.push_back(r);
    const std::vector<basic_model_claim<exact_number>> no_claims;
    return solve_detail::component_solver<N>(m.facts(), no_claims, m.relations(), std::move(everything), options)
        .contradictory_hard_relations();
}

/// "relations 'a' and 'b' cannot hold together", or for one relation "relation 'a' cannot hold
/// with its facts in their domains"; the caller says where they are.
template <class = void>
inline std::string describe_contradictory_relations(const std::vector<std::string>& ids) {
    if (ids.size() == 1)
        return "relation '" + ids.front() +
               "' cannot hold with its facts in their domains (money and counts are not negative unless declared "
               "signed, shares lie within 0-100%)";
    std::string names;
    for (std::size_t i = 0; i < ids.size(); ++i)
        names += (i == 0 ? "" : i + 1 == ids.size() ? " and " : ", ") + ("'" + ids[i] + "'");
    return "relations " + names + " cannot hold together";
}

#ifdef FACTREC_COMPILED
// Built once for the default number type in factrec::compiled (src/); consumers only declare it.
extern template basic_solution<exact_number> solve<exact_number>(const basic_model<exact_number>&,
                                                                 const solve_options&);
#endif

} // namespace factrec
