#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/model/fact.hpp>
#include <factrec/model/model.hpp>
#include <factrec/solve/detail/conflicts.hpp>
#include <factrec/solve/detail/engine.hpp>
#include <factrec/solve/detail/hitting_set.hpp>
#include <factrec/solve/detail/simplex.hpp>
#include <factrec/solve/solution.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <map>
#include <numeric>
#include <optional>
#include <string>
#include <vector>

namespace factrec {

struct solve_options {
    std::size_t max_conflicts = 1000;     // conflicts listed in all; the solution says when it stopped
    std::size_t enumeration_limit = 64;   // components with more claims list the conflicts the repair needed
    std::size_t exact_repair_limit = 256; // groups of overlapping conflicts up to this many claims: exact repair
    std::size_t explanation_items = 32;   // ids per range end, nearest first
    detail::engine_limits limits{};
};

namespace detail {

using clock = std::chrono::steady_clock;
inline double seconds_since(clock::time_point start) {
    return std::chrono::duration<double>(clock::now() - start).count();
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
    bool witnessed = true; // what remains has a solution, or is linear and checked exactly
    std::size_t clusters = 0, largest_cluster = 0;
};

inline void comparison_bounds(comparison cmp, const exact_number& c, end_bound& lower, end_bound& upper) {
    rational v(c);
    switch (cmp) {
    case comparison::less: upper = {v, false, true, -1}; break;
    case comparison::less_equal: upper = {v, false, false, -1}; break;
    case comparison::equal: lower = upper = {v, false, false, -1}; break;
    case comparison::greater_equal: lower = {v, false, false, -1}; break;
    case comparison::greater: lower = {v, false, true, -1}; break;
    }
}

class component_solver {
public:
    component_solver(const std::vector<fact>& facts, const std::vector<basic_model_claim<exact_number>>& claims,
                     const std::vector<relation>& relations, component_problem problem, const solve_options& options)
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
            in.integer.push_back(is_integer(facts_[f]));
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
        // Shrinking the conflicts of one pass asks about the same small sets again and again.
        std::map<element_set, bool> answered;
        auto consistent = [&](const element_set& set) {
            if (auto answer = consistent_on_one_fact(eng, baseline, set)) return *answer;
            auto [it, fresh] = answered.try_emplace(set, false);
            if (fresh) it->second = eng.check(set) < 0;
            return it->second;
        };
        quickxplain shrink(consistent);
        std::vector<element_set> cores;
        std::vector<std::vector<std::size_t>> cores_with(n_elements); // by element: the cores holding it
        auto contains_known_core = [&](const element_set& candidate) {
            for (int e : candidate)
                for (std::size_t k : cores_with[e])
                    if (std::includes(candidate.begin(), candidate.end(), cores[k].begin(), cores[k].end()))
                        return true;
            return false;
        };
        double repair_seconds = 0;
        for (;;) {
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
            out.repair = hitting_set_solver(cores, weights_, options_.exact_repair_limit).solve();
            out.rejected = out.repair.chosen;
            repair_seconds += seconds_since(repair_start);
        }

        if (cores.empty()) {
            out.enumeration_complete = true;
        } else if (n_elements <= options_.enumeration_limit && n_elements <= 64) {
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
            enumeration_result all = enumerate.run(std::max<std::size_t>(conflict_allowance, cores.size()));
            cores.clear();
            for (std::uint64_t mask : all.conflicts) cores.push_back(to_set(mask));
            out.enumeration_complete = all.complete;
        } else {
            out.enumeration_complete = false;
        }
        std::sort(cores.begin(), cores.end());
        for (const element_set& core : cores) out.conflicts.push_back(describe_conflict(eng, core));
        stats.conflict_seconds += seconds_since(start) - repair_seconds;
        stats.repair_seconds += repair_seconds;

        // Ranges from what remains.
        auto range_start = clock::now();
        element_set active;
        for (std::size_t e = 0; e < n_elements; ++e)
            if (!std::binary_search(out.rejected.begin(), out.rejected.end(), static_cast<int>(e)))
                active.push_back(static_cast<int>(e));
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
        for (std::size_t k : core_claims) c.claims.push_back(claims_[k].id);
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

} // namespace detail

// Reconciles the model: conflicts, the least-weight repair, and the consistent range of every
// fact with what sets each end. Exact for linear models over an exact N; with product or ratio
// relations, or with an inexact N (solved exactly, then rounded outward), ranges are sound
// outer bounds marked exact = false.
template <Number N>
basic_solution<N> solve(const basic_model<N>& m, const solve_options& options = {}) {
    basic_solution<N> out;
    const auto& facts = m.facts();
    const auto& relations = m.relations();
    std::vector<basic_model_claim<exact_number>> claims;
    for (const auto& c : m.claims())
        claims.push_back({c.id, c.fact, interval_cast<exact_number>(c.value), c.weight, c.source, c.speaker});

    std::vector<std::size_t> parent(facts.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    auto find = [&](std::size_t f) {
        while (parent[f] != f) f = parent[f] = parent[parent[f]];
        return f;
    };
    auto facts_of = [](const relation& r) {
        std::vector<std::size_t> fs;
        if (r.kind == relation_kind::linear)
            for (const auto& t : r.terms) fs.push_back(t.first);
        else
            fs = {r.result, r.left, r.right};
        return fs;
    };
    for (const relation& r : relations) {
        auto fs = facts_of(r);
        for (std::size_t f : fs) parent[find(f)] = find(fs.front());
    }
    std::map<std::size_t, detail::component_problem> components;
    for (std::size_t f = 0; f < facts.size(); ++f) components[find(f)].facts.push_back(f);
    for (std::size_t k = 0; k < claims.size(); ++k) components[find(claims[k].fact)].claims.push_back(k);
    for (std::size_t r = 0; r < relations.size(); ++r)
        components[find(facts_of(relations[r]).front())].relations.push_back(r);

    out.facts.resize(facts.size());
    std::size_t listed = 0;
    for (auto& [root, problem] : components) {
        ++out.statistics.components;
        out.statistics.largest_component = std::max(out.statistics.largest_component, problem.facts.size());
        std::vector<std::size_t> local_facts = problem.facts;
        detail::component_solver component(facts, claims, relations, problem, options);
        std::size_t allowance = options.max_conflicts > listed ? options.max_conflicts - listed : 0;
        detail::component_outcome result = component.run(allowance, out.statistics);
        out.statistics.cyclic_clusters += result.clusters;
        out.statistics.largest_cyclic_cluster = std::max(out.statistics.largest_cyclic_cluster, result.largest_cluster);

        if (result.hard_conflict) {
            out.repair_optimal = false;
            out.incomplete_reason += "the hard relations contradict each other; ";
            out.contradictory_relations.insert(out.contradictory_relations.end(),
                                               result.conflicts.front().relations.begin(),
                                               result.conflicts.front().relations.end());
        }
        if (!result.conflicts.empty()) out.consistent = false;
        for (auto& c : result.conflicts) {
            if (listed >= options.max_conflicts) {
                out.conflicts_complete = false;
                break;
            }
            out.conflicts.push_back(std::move(c));
            ++listed;
        }
        if (!result.enumeration_complete) out.conflicts_complete = false;
        if (!result.witnessed && !result.hard_conflict) out.consistency_proven = false;
        for (int e : result.rejected) out.rejected.push_back(component.element_id(e));
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
    if (!out.conflicts_complete) out.incomplete_reason += "not every minimal conflict was enumerated; ";
    if (!out.consistency_proven)
        out.incomplete_reason += "propagation found no contradiction through the product or ratio relations, but no "
                                 "solution was found either: that the claims kept can all hold is not proven; ";
    if (!out.repair_optimal && out.rejected_weight != out.repair_lower_bound)
        out.incomplete_reason += "the repair may be heavier than the optimum by at most " +
                                 to_exact_string(out.rejected_weight - out.repair_lower_bound) + "; ";
    out.complete = out.conflicts_complete && out.repair_optimal && out.consistency_proven;
    return out;
}

// Hard relations that cannot all hold whatever the claims say, each fact in its domain: a
// minimal set of them, by index into m.relations(), or none. Such a model is an error of its
// author (`budget >= 200e6` and `budget <= 100e6`); check this before solving, to say so
// rather than report conflicts that mean nothing. Sound: every set returned is contradictory.
// With product or ratio relations a contradiction that propagation cannot see goes unfound.
template <Number N>
std::vector<std::size_t> contradictory_relations(const basic_model<N>& m, const solve_options& options = {}) {
    detail::component_problem everything;
    for (std::size_t f = 0; f < m.facts().size(); ++f) everything.facts.push_back(f);
    for (std::size_t r = 0; r < m.relations().size(); ++r) everything.relations.push_back(r);
    const std::vector<basic_model_claim<exact_number>> no_claims;
    return detail::component_solver(m.facts(), no_claims, m.relations(), std::move(everything), options)
        .contradictory_hard_relations();
}

// "relations 'a' and 'b' cannot hold together", or for one relation "relation 'a' cannot hold
// with its facts in their domains"; the caller says where they are.
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

} // namespace factrec
