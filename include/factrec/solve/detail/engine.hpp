#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/model/expression.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>
#include <factrec/solve/detail/simplex.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace factrec::solve_detail {

// One end of a variable's current range, with the record of why it is there (-1: the domain).
struct end_bound {
    rational value{0};
    bool infinite = true;
    bool open = true;
    int record = -1;
};

// Why a bound holds: a removable element (claim or soft relation), a relation, and the
// earlier bounds it was derived from. Following antecedents gives explanations and conflicts.
struct reason_record {
    int element = -1;
    int relation = -1;
    std::vector<int> antecedents;
};

// x = scale * y * z (z != 0 when z_nonzero: the divisor of a ratio), or a linear sum of terms
// within [lower, upper].
struct engine_constraint {
    bool linear = true;
    std::vector<std::pair<int, rational>> terms;
    end_bound lower, upper;
    int x = 0, y = 0, z = 0;
    exact_number scale{1};
    bool z_nonzero = false;
    int relation = -1; // in the model
    int element = -1;  // soft relations only
};

struct engine_claim {
    int variable = 0;
    interval value;
};

struct engine_input {
    std::vector<interval> domains;
    std::vector<char> integer;
    std::vector<engine_constraint> constraints;
    std::vector<engine_claim> claims; // element i < claims.size() is claim i
    std::vector<int> soft_elements;   // element claims.size() + k is constraint soft_elements[k]
};

struct engine_limits {
    int revisions_per_cyclic_constraint = 32;
    int revisions_per_constraint = 64; // times the number of constraints: a global budget
    int outer_rounds = 64;
};

// Interval propagation (HC4) over all constraints, plus an exact simplex on each cyclic
// cluster of linear constraints. On the Berge-acyclic skeleton between clusters propagation
// is exact, so the combination gives exact ranges for linear problems; with products it gives
// sound outer ranges. State changes are trailed so that checks of subsets undo cheaply.
template <class = void>
class basic_engine {
public:
    explicit basic_engine(engine_input input, engine_limits limits = {}) : in_(std::move(input)), limits_(limits) {
        std::size_t n = in_.domains.size();
        lower_.resize(n);
        upper_.resize(n);
        dead_.assign(n, 0);
        var_constraints_.resize(n);
        active_.assign(in_.constraints.size(), 1);
        revisions_.assign(in_.constraints.size(), 0);
        in_queue_.assign(in_.constraints.size(), 0);
        for (std::size_t c = 0; c < in_.constraints.size(); ++c) {
            auto& con = in_.constraints[c];
            if (con.linear) {
                for (auto& [v, a] : con.terms) var_constraints_[v].push_back(static_cast<int>(c));
            } else {
                for (int v : {con.x, con.y, con.z}) var_constraints_[v].push_back(static_cast<int>(c));
            }
            constraint_record_.push_back(new_record(con.element, con.relation, {}));
            if (con.element >= 0) active_[c] = 0;
        }
        for (std::size_t k = 0; k < in_.claims.size(); ++k) {
            claim_record_.push_back(new_record(static_cast<int>(k), -1, {}));
            const auto& lo = in_.claims[k].value.lower();
            const auto& hi = in_.claims[k].value.upper();
            claim_bounds_.emplace_back(end_bound{rational(lo.value), lo.infinite, lo.open, -1},
                                       end_bound{rational(hi.value), hi.infinite, hi.open, -1});
        }
        for (std::size_t v = 0; v < n; ++v) {
            const interval& d = in_.domains[v];
            lower_[v] = {rational(d.lower().value), d.lower().infinite, d.lower().open, -1};
            upper_[v] = {rational(d.upper().value), d.upper().infinite, d.upper().open, -1};
            round_to_integer(static_cast<int>(v), lower_[v], false);
            round_to_integer(static_cast<int>(v), upper_[v], true);
        }
        find_cyclic_clusters();
    }

    [[nodiscard]] std::size_t variable_count() const noexcept { return lower_.size(); }
    [[nodiscard]] std::size_t element_count() const noexcept { return in_.claims.size() + in_.soft_elements.size(); }
    [[nodiscard]] const engine_input& input() const noexcept { return in_; }
    [[nodiscard]] const end_bound& lower(int v) const { return lower_[v]; }
    [[nodiscard]] const end_bound& upper(int v) const { return upper_[v]; }
    [[nodiscard]] const reason_record& record(int r) const { return records_[r]; }
    // True when a cap stopped propagation or a cluster could not be solved exactly.
    [[nodiscard]] bool inexact() const noexcept { return inexact_; }
    [[nodiscard]] bool rounded() const noexcept { return rounded_; }
    // Product or ratio constraints, where a check that finds no conflict proves nothing.
    [[nodiscard]] bool nonlinear() const noexcept { return structurally_inexact_; }
    // Forget caps and roundings met while checking subsets: only the final ranges count.
    void reset_exactness() {
        inexact_ = structurally_inexact_;
        rounded_ = false;
    }
    [[nodiscard]] std::size_t cyclic_cluster_count() const noexcept { return clusters_.size(); }
    [[nodiscard]] std::size_t largest_cyclic_cluster() const noexcept {
        std::size_t most = 0;
        for (const auto& c : clusters_) most = std::max(most, c.variables.size());
        return most;
    }

    // The hard relations alone, from the domains. Returns a conflict record or -1.
    int establish_baseline() {
        for (std::size_t c = 0; c < in_.constraints.size(); ++c) enqueue(static_cast<int>(c));
        for (auto& cl : clusters_) mark_dirty(cl);
        int conflict = fixpoint(false);
        baseline_trail_ = trail_.size();
        baseline_records_ = records_.size();
        clear_dirty();
        return conflict;
    }

    // Is the baseline plus these elements consistent? Returns -1 or a conflict record, valid
    // until the next check.
    int check(const std::vector<int>& elements) {
        reset();
        activate(elements);
        return fixpoint(false);
    }

    // Like check, but goes on past conflicts to find more of them in one pass.
    std::vector<int> collect_conflicts(const std::vector<int>& elements) {
        reset();
        conflicts_.clear();
        collecting_ = true;
        activate(elements);
        fixpoint(false);
        collecting_ = false;
        return conflicts_;
    }

    // The exact range of every variable under the hard relations alone, when the engine can
    // give it exactly (linear relations, no cap met): claims that all bear on one variable are
    // then consistent exactly when their common part meets that range, with no propagation.
    std::optional<std::vector<interval>> exact_baseline_ranges() {
        if (structurally_inexact_ || inexact_) return std::nullopt;
        reset();
        project_all_clusters();
        std::optional<std::vector<interval>> ranges;
        if (!inexact_ && pending_conflict_ < 0) {
            ranges.emplace();
            for (std::size_t v = 0; v < lower_.size(); ++v) ranges->push_back(range_of(static_cast<int>(v)));
        }
        reset();
        return ranges;
    }

    // After a consistent check: the exact range of every variable of every cluster.
    void project_all_clusters() {
        for (auto& cl : clusters_) lp_pass(cl, true);
    }

    // Propagation through products can miss a contradiction, so after a check of `elements`
    // that found none, this looks for a point that satisfies them: each variable in turn is
    // fixed to a value of its range (the middle first, then the ends) and the rest propagated,
    // and the point found is checked exactly against every domain, claim and active constraint.
    // True only for a point that passes; false proves nothing. The engine's ranges are left as
    // they were. Linear problems need none of this: their check is exact.
    bool find_witness(const std::vector<int>& elements) {
        if (pending_conflict_ >= 0 || collecting_) return false;
        // Enough to fix every variable a few times over; the simplex is tried a few times only.
        int node_budget = 1024 + 4 * static_cast<int>(std::min<std::size_t>(lower_.size(), 1 << 20));
        linear_attempts_ = 4;
        const std::size_t trail_at = trail_.size(), records_at = records_.size();
        const bool was_inexact = inexact_, was_rounded = rounded_;
        // Bounded whole variables first (a product of fixed reals rarely leaves a whole factor
        // whole), then bounded reals; the unbounded ones are left to the simplex when they can be.
        std::vector<int> order;
        for (int pass = 0; pass < 3; ++pass)
            for (int v = 0; v < static_cast<int>(lower_.size()); ++v) {
                const bool bounded = !lower_[v].infinite && !upper_[v].infinite;
                const int rank = bounded ? (in_.integer[v] ? 0 : 1) : 2;
                if (rank == pass) order.push_back(v);
            }
        bool witnessed = fix_from(order, 0, node_budget, elements) && satisfied_at_lower_ends(elements);
        undo_to(trail_at, records_at);
        inexact_ = was_inexact;
        rounded_ = was_rounded;
        return witnessed;
    }

    // Elements and relations behind a record; with limits, the nearest ones first.
    void explain(int start, std::vector<int>& elements, std::vector<int>& relations,
                 std::size_t max_items = static_cast<std::size_t>(-1),
                 std::size_t max_visits = static_cast<std::size_t>(-1)) {
        if (start < 0) return;
        ++stamp_;
        if (seen_.size() < records_.size()) seen_.resize(records_.size(), 0);
        std::deque<int> frontier{start};
        seen_[start] = stamp_;
        std::size_t visits = 0;
        while (!frontier.empty() && visits++ < max_visits && elements.size() + relations.size() < max_items) {
            int r = frontier.front();
            frontier.pop_front();
            const reason_record& rec = records_[r];
            if (rec.element >= 0) elements.push_back(rec.element);
            if (rec.relation >= 0) relations.push_back(rec.relation);
            for (int a : rec.antecedents) {
                if (a >= 0 && seen_[a] != stamp_) {
                    seen_[a] = stamp_;
                    frontier.push_back(a);
                }
            }
        }
        std::sort(elements.begin(), elements.end());
        elements.erase(std::unique(elements.begin(), elements.end()), elements.end());
        std::sort(relations.begin(), relations.end());
        relations.erase(std::unique(relations.begin(), relations.end()), relations.end());
    }

private:
    struct trail_entry {
        int variable = 0;
        bool is_upper = false;
        end_bound old;
    };
    struct cluster {
        std::vector<int> constraints;
        std::vector<int> variables;
        std::vector<char> articulation;
        std::vector<std::size_t> column_of; // by engine variable, only for the cluster's own
        std::vector<std::size_t> slack_of;  // by position in constraints
        std::unique_ptr<simplex> lp;
        // Whether a variable's range is unbounded in a direction depends only on which bounds
        // are infinite (the recession cone), not on their values: remembered per pattern, so
        // the many checks that share one pattern do not re-prove unboundedness by pivoting.
        std::unordered_map<std::string, std::vector<char>> unbounded_by_pattern;
        bool linear = true;
        bool dirty = false;
    };

    // Depth first over the variables from order[at], a few values each, within a budget of
    // nodes; leaves the variables fixed when it succeeds.
    bool fix_from(const std::vector<int>& order, std::size_t at, int& budget, const std::vector<int>& elements) {
        if (at == order.size()) return true;
        const int v = order[at];
        if ((lower_[v].infinite || upper_[v].infinite) && linear_attempts_-- > 0 && solve_rest_linearly(elements))
            return true;
        for (const rational& value : witness_candidates(v)) {
            if (--budget < 0) return false;
            const std::size_t trail_here = trail_.size(), records_here = records_.size();
            tighten(v, false, {value, false, false, -1}, [&] { return new_record(-1, -1, {}); });
            if (pending_conflict_ < 0)
                tighten(v, true, {value, false, false, -1}, [&] { return new_record(-1, -1, {}); });
            if (pending_conflict_ < 0) fixpoint(false);
            if (pending_conflict_ < 0 && fix_from(order, at + 1, budget, elements)) return true;
            undo_to(trail_here, records_here);
        }
        return false;
    }

    // With enough variables fixed, every product has a fixed factor and is linear in the rest:
    // the simplex then finds the rest exactly, and strict bounds are met by a small enough
    // step along the infinitesimal. Leaves the variables fixed when the point passes the
    // exact check.
    bool solve_rest_linearly(const std::vector<int>& elements) {
        std::vector<int> free_variables;
        std::vector<std::size_t> column(lower_.size(), 0);
        auto is_fixed = [&](int v) {
            return !lower_[v].infinite && !upper_[v].infinite && lower_[v].value == upper_[v].value;
        };
        for (int v = 0; v < static_cast<int>(lower_.size()); ++v)
            if (!is_fixed(v)) column[v] = free_variables.size(), free_variables.push_back(v);
        simplex lp(free_variables.size());
        for (std::size_t i = 0; i < free_variables.size(); ++i)
            lp.set_bounds(i, as_delta(lower_[free_variables[i]], false), as_delta(upper_[free_variables[i]], true));
        // One row: sum of terms plus a constant from the fixed variables, within [lower, upper].
        auto add = [&](const std::vector<std::pair<int, rational>>& terms, const end_bound& lower,
                       const end_bound& upper) {
            std::map<std::size_t, rational> row;
            rational constant = 0;
            for (const auto& [v, a] : terms) {
                if (is_fixed(v))
                    constant += a * lower_[v].value;
                else
                    row[column[v]] += a;
            }
            auto shifted = [&](const end_bound& b) {
                end_bound moved = b;
                if (!b.infinite) moved.value = b.value - constant;
                return moved;
            };
            std::vector<std::pair<std::size_t, rational>> entries;
            for (auto& [col, a] : row)
                if (a != 0) entries.emplace_back(col, a);
            if (entries.empty()) {
                interval allowed = interval::from_bounds({lower.value, lower.infinite, lower.open},
                                                         {upper.value, upper.infinite, upper.open});
                return allowed.contains(exact_number(constant));
            }
            lp.set_bounds(lp.add_row(entries), as_delta(shifted(lower), false), as_delta(shifted(upper), true));
            return true;
        };
        for (std::size_t c = 0; c < in_.constraints.size(); ++c) {
            if (!active_[c]) continue;
            const engine_constraint& con = in_.constraints[c];
            if (con.linear) {
                if (!add(con.terms, con.lower, con.upper)) return false;
                continue;
            }
            // x - scale * y * z = 0 with y or z fixed.
            int fixed_factor = is_fixed(con.y) ? con.y : is_fixed(con.z) ? con.z : -1;
            if (fixed_factor < 0) return false;
            const int other = fixed_factor == con.y ? con.z : con.y;
            const end_bound zero{rational(0), false, false, -1};
            if (!add({{con.x, rational(1)}, {other, rational(-(con.scale * lower_[fixed_factor].value))}}, zero, zero))
                return false;
        }
        if (!lp.check()) return false;
        const std::size_t trail_here = trail_.size(), records_here = records_.size();
        for (int halvings : {1, 4, 10, 20, 40}) {
            const rational step(1, std::int64_t{1} << halvings);
            bool fixed = true;
            for (std::size_t i = 0; i < free_variables.size() && fixed; ++i) {
                const delta_number& x = lp.value(i);
                const rational value = x.real + x.delta * step;
                for (bool is_upper : {false, true})
                    tighten(free_variables[i], is_upper, {value, false, false, -1},
                            [&] { return new_record(-1, -1, {}); });
                fixed =
                    pending_conflict_ < 0 && is_fixed(free_variables[i]) && lower_[free_variables[i]].value == value;
            }
            if (fixed && satisfied_at_lower_ends(elements)) return true;
            undo_to(trail_here, records_here);
        }
        return false;
    }

    // Values of v's current range worth trying for a witness: the middle, then the ends.
    std::vector<rational> witness_candidates(int v) const {
        const end_bound& lo = lower_[v];
        const end_bound& hi = upper_[v];
        std::vector<rational> values;
        if (!lo.infinite && !hi.infinite) {
            // The simplest values first: figures in the news are round, and so are their solutions.
            for (int d = 1; d <= 16; d *= 2) {
                rational up = (lo.value * d).ceil() / d;
                if (up == lo.value && lo.open) up += rational(1) / d;
                if (up < hi.value || (up == hi.value && !hi.open)) {
                    values.push_back(std::move(up));
                    break;
                }
            }
            values.push_back((lo.value + hi.value) / 2);
        }
        if (!lo.infinite && !lo.open) values.push_back(lo.value);
        if (!hi.infinite && !hi.open) values.push_back(hi.value);
        if (!lo.infinite && hi.infinite) values.push_back(lo.value + 1);
        if (lo.infinite && !hi.infinite) values.push_back(hi.value - 1);
        if (lo.infinite && hi.infinite) values.insert(values.end(), {rational(0), rational(1), rational(-1)});
        if (in_.integer[v])
            for (rational& x : values) x = x.floor();
        std::vector<rational> inside;
        for (rational& x : values)
            if (range_of(v).contains(exact_number(x)) && std::find(inside.begin(), inside.end(), x) == inside.end())
                inside.push_back(std::move(x));
        return inside;
    }

    // With every variable fixed (lower == upper), does the point satisfy everything, exactly?
    bool satisfied_at_lower_ends(const std::vector<int>& elements) const {
        auto at = [&](int v) -> const rational& { return lower_[v].value; };
        for (std::size_t v = 0; v < lower_.size(); ++v) {
            if (lower_[v].infinite || upper_[v].infinite || lower_[v].value != upper_[v].value) return false;
            if (!in_.domains[v].contains(exact_number(at(static_cast<int>(v))))) return false;
            if (in_.integer[v] && at(static_cast<int>(v)).floor() != at(static_cast<int>(v))) return false;
        }
        auto within = [](const rational& x, const end_bound& lo, const end_bound& hi) {
            bool above = lo.infinite || lo.value < x || (!lo.open && lo.value == x);
            bool below = hi.infinite || x < hi.value || (!hi.open && x == hi.value);
            return above && below;
        };
        for (std::size_t c = 0; c < in_.constraints.size(); ++c) {
            if (!active_[c]) continue;
            const engine_constraint& con = in_.constraints[c];
            if (con.linear) {
                rational sum = 0;
                for (const auto& [v, a] : con.terms) sum += a * at(v);
                if (!within(sum, con.lower, con.upper)) return false;
            } else {
                if (at(con.x) != con.scale * at(con.y) * at(con.z)) return false;
                if (con.z_nonzero && at(con.z) == 0) return false;
            }
        }
        for (int e : elements)
            if (e < static_cast<int>(in_.claims.size()) &&
                !in_.claims[e].value.contains(exact_number(at(in_.claims[e].variable))))
                return false;
        return true;
    }

    // Back to an earlier state of this check: the bounds, records and queue as they were.
    void undo_to(std::size_t trail_size, std::size_t record_count) {
        while (trail_.size() > trail_size) {
            trail_entry& t = trail_.back();
            (t.is_upper ? upper_ : lower_)[t.variable] = std::move(t.old);
            trail_.pop_back();
        }
        records_.resize(record_count);
        for (int c : queue_) in_queue_[c] = 0;
        queue_.clear();
        clear_dirty();
        pending_conflict_ = -1;
    }

    int new_record(int element, int relation, std::vector<int> antecedents) {
        records_.push_back(reason_record{element, relation, std::move(antecedents)});
        return static_cast<int>(records_.size()) - 1;
    }

    void round_to_integer(int v, end_bound& b, bool is_upper) {
        if (!in_.integer[v] || b.infinite) return;
        const rational& x = b.value;
        rational rounded;
        if (is_upper) {
            rational floor_x = x.floor();
            rounded = (b.open && floor_x == x) ? floor_x - 1 : floor_x;
        } else {
            rational ceil_x = x.ceil();
            rounded = (b.open && ceil_x == x) ? ceil_x + 1 : ceil_x;
        }
        if (rounded != x || b.open) rounded_ = rounded_ || rounded != x;
        b.value = std::move(rounded);
        b.open = false;
    }

    static bool tighter_lower(const end_bound& candidate, const end_bound& current) {
        if (candidate.infinite) return false;
        if (current.infinite) return true;
        if (candidate.value != current.value) return candidate.value > current.value;
        return candidate.open && !current.open;
    }
    static bool tighter_upper(const end_bound& candidate, const end_bound& current) {
        if (candidate.infinite) return false;
        if (current.infinite) return true;
        if (candidate.value != current.value) return candidate.value < current.value;
        return candidate.open && !current.open;
    }
    bool empty_range(int v) const {
        const end_bound& lo = lower_[v];
        const end_bound& hi = upper_[v];
        if (lo.infinite || hi.infinite) return false;
        return hi.value < lo.value || (hi.value == lo.value && (lo.open || hi.open));
    }

    // Tightens one end; `make_record` is called only when the bound really moves.
    template <class MakeRecord>
    bool tighten(int v, bool is_upper, end_bound candidate, MakeRecord&& make_record) {
        if (dead_[v]) return false;
        round_to_integer(v, candidate, is_upper);
        end_bound& current = is_upper ? upper_[v] : lower_[v];
        if (!(is_upper ? tighter_upper(candidate, current) : tighter_lower(candidate, current))) return false;
        candidate.record = make_record();
        trail_.push_back({v, is_upper, std::move(current)});
        current = std::move(candidate);
        for (int c : var_constraints_[v]) enqueue(c);
        for (int k : var_clusters_[v]) mark_dirty(clusters_[k]);
        if (empty_range(v)) {
            int conflict = new_record(-1, -1, {lower_[v].record, upper_[v].record});
            report_conflict(conflict);
            if (collecting_) dead_[v] = 1, dead_list_.push_back(v);
        }
        return true;
    }

    void enqueue(int c) {
        if (!active_[c] || in_queue_[c]) return;
        in_queue_[c] = 1;
        queue_.push_back(c);
    }
    void mark_dirty(cluster& cl) {
        if (cl.dirty) return;
        cl.dirty = true;
        dirty_.push_back(static_cast<int>(&cl - clusters_.data()));
    }
    void clear_dirty() {
        for (int k : dirty_) clusters_[k].dirty = false;
        dirty_.clear();
    }

    void reset() {
        undo_to(baseline_trail_, baseline_records_);
        for (int c : activated_soft_) active_[c] = 0;
        activated_soft_.clear();
        for (int v : dead_list_) dead_[v] = 0;
        dead_list_.clear();
        for (int c : revised_) revisions_[c] = 0;
        revised_.clear();
    }

    void activate(const std::vector<int>& elements) {
        for (int e : elements) {
            if (e < static_cast<int>(in_.claims.size())) {
                const engine_claim& cl = in_.claims[e];
                int rec = claim_record_[e];
                if (cl.value.is_empty()) {
                    report_conflict(new_record(-1, -1, {rec}));
                    continue;
                }
                tighten(cl.variable, false, claim_bounds_[e].first, [&] { return rec; });
                tighten(cl.variable, true, claim_bounds_[e].second, [&] { return rec; });
            } else {
                int c = in_.soft_elements[e - in_.claims.size()];
                active_[c] = 1;
                activated_soft_.push_back(c);
                enqueue(c);
                if (in_.constraints[c].linear) {
                    for (auto& [v, a] : in_.constraints[c].terms)
                        for (int k : var_clusters_[v]) mark_dirty(clusters_[k]);
                }
            }
        }
    }

    int fixpoint(bool project_everything) {
        std::size_t budget = static_cast<std::size_t>(limits_.revisions_per_constraint) * in_.constraints.size() + 1000;
        std::size_t spent = 0;
        for (int round = 0;; ++round) {
            while (!queue_.empty() && pending_conflict_ < 0) {
                int c = queue_.front();
                queue_.pop_front();
                in_queue_[c] = 0;
                if (++spent > budget) {
                    inexact_ = true;
                    for (int q : queue_) in_queue_[q] = 0;
                    queue_.clear();
                    break;
                }
                if (revisions_[c]++ == 0) revised_.push_back(c);
                if (in_.constraints[c].linear && cluster_of_[c] >= 0 &&
                    revisions_[c] > limits_.revisions_per_cyclic_constraint)
                    continue; // the cluster's simplex finishes the job
                revise(c);
            }
            if (pending_conflict_ >= 0) return pending_conflict_;
            std::vector<int> dirty = std::move(dirty_);
            dirty_.clear();
            for (int k : dirty) {
                if (!clusters_[k].dirty) continue;
                clusters_[k].dirty = false;
                lp_pass(clusters_[k], project_everything);
                clusters_[k].dirty = false; // its own tightenings need no second pass
                if (pending_conflict_ >= 0) return pending_conflict_;
            }
            if (queue_.empty()) return -1;
            if (round >= limits_.outer_rounds) {
                inexact_ = true;
                return -1;
            }
        }
    }

    bool has_dead_variable(const engine_constraint& con) const {
        if (dead_list_.empty()) return false;
        if (!con.linear) return dead_[con.x] || dead_[con.y] || dead_[con.z];
        for (const auto& [v, a] : con.terms)
            if (dead_[v]) return true;
        return false;
    }

    void revise(int c) {
        const engine_constraint& con = in_.constraints[c];
        if (has_dead_variable(con)) return;
        if (con.linear)
            revise_linear(c, con);
        else
            revise_product(c, con);
    }

    void report_conflict(int record) {
        if (collecting_)
            conflicts_.push_back(record);
        else if (pending_conflict_ < 0)
            pending_conflict_ = record;
    }

    // The least (most) value of a*x over x's range, with the record of the end it uses.
    struct contribution {
        rational value;
        bool infinite = false;
        bool open = false;
        int record = -1;
    };
    contribution least(int v, const rational& a, bool most) const {
        bool use_upper = (a > 0) == most;
        const end_bound& b = use_upper ? upper_[v] : lower_[v];
        if (b.infinite) return {rational(0), true, true, -1};
        return {a == 1 ? b.value : a * b.value, false, b.open, b.record};
    }

    void revise_linear(int c, const engine_constraint& con) {
        const std::size_t d = con.terms.size();
        // Sum of the others' least (for the upper side) and most (for the lower side) values.
        for (int side = 0; side < 2; ++side) {
            bool from_upper = side == 0; // sum <= upper bounds each term from above
            const end_bound& limit = from_upper ? con.upper : con.lower;
            if (limit.infinite) continue;
            rational finite_sum = 0;
            std::size_t infinite_count = 0, open_count = 0, infinite_at = 0;
            std::vector<contribution>& parts = contribution_scratch_; // revisions are the hot loop: no allocation
            parts.clear();
            for (std::size_t i = 0; i < d; ++i) {
                parts.push_back(least(con.terms[i].first, con.terms[i].second, !from_upper));
                if (parts.back().infinite)
                    ++infinite_count, infinite_at = i;
                else {
                    finite_sum += parts.back().value;
                    open_count += parts.back().open;
                }
            }
            if (infinite_count > 1) continue;
            for (std::size_t i = 0; i < d; ++i) {
                if (infinite_count == 1 && infinite_at != i) continue;
                const auto& [v, a] = con.terms[i];
                rational others = parts[i].infinite ? finite_sum : finite_sum - parts[i].value;
                bool open = limit.open || (open_count - (parts[i].infinite ? 0 : parts[i].open)) > 0;
                rational bound = limit.value - others;
                if (a != 1) bound /= a;
                // a*x <= bound' gives an upper bound for a > 0, a lower bound for a < 0.
                bool sets_upper = (a > 0) == from_upper;
                tighten(v, sets_upper, {std::move(bound), false, open, -1}, [&] {
                    std::vector<int> antecedents{constraint_record_[c]};
                    for (std::size_t k = 0; k < d; ++k)
                        if (k != i && parts[k].record >= 0) antecedents.push_back(parts[k].record);
                    return new_record(-1, -1, std::move(antecedents));
                });
                if (pending_conflict_ >= 0 && !collecting_) return;
            }
        }
    }

    interval range_of(int v) const {
        const end_bound& lo = lower_[v];
        const end_bound& hi = upper_[v];
        return interval::from_bounds({lo.value, lo.infinite, lo.open}, {hi.value, hi.infinite, hi.open});
    }

    static constexpr unsigned max_product_bound_bits = 1024;
    static bool too_long(const exact_number& x) {
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        const boost::multiprecision::cpp_int n = abs(numerator(x));
        return (n != 0 && msb(n) > max_product_bound_bits) || msb(denominator(x)) > max_product_bound_bits;
    }

    void revise_product(int c, const engine_constraint& con) {
        if (con.z_nonzero) {
            // A ratio's divisor is never zero: a closed end at zero opens, and a divisor that
            // can only be zero is a conflict.
            for (bool is_upper : {false, true}) {
                const end_bound& end = is_upper ? upper_[con.z] : lower_[con.z];
                if (end.infinite || end.open || end.value != 0) continue;
                const int because = end.record;
                tighten(con.z, is_upper, {rational(0), false, true, -1}, [&] {
                    return new_record(-1, -1, {constraint_record_[c], because});
                });
                if (pending_conflict_ >= 0 && !collecting_) return;
            }
            if (dead_[con.z]) return;
        }
        auto narrow = [&](int v, const interval& allowed, int a, int b) {
            std::vector<int> antecedents{constraint_record_[c], lower_[a].record, upper_[a].record, lower_[b].record,
                                         upper_[b].record};
            auto make = [&] { return new_record(-1, -1, antecedents); };
            if (allowed.is_empty()) {
                report_conflict(make());
                if (collecting_) dead_[v] = 1, dead_list_.push_back(v);
                return;
            }
            // Around a cycle of products every revision can double the digits of a bound, and
            // the revision cap alone would let them reach 2^64 digits. A bound past
            // max_product_bound_bits is not used: leaving a range wider is always sound, and
            // product ranges are outer bounds anyway.
            auto usable = [](const auto& end) -> end_bound {
                if (end.infinite || too_long(end.value)) return {};
                return {rational(end.value), false, end.open, -1};
            };
            tighten(v, false, usable(allowed.lower()), make);
            tighten(v, true, usable(allowed.upper()), make);
        };
        const bool scaled = con.scale != 1;
        const interval scale = interval::point(con.scale);
        auto x_over_scale = [&] { return scaled ? range_of(con.x) / scale : range_of(con.x); };
        interval x_from = range_of(con.y) * range_of(con.z);
        narrow(con.x, scaled ? x_from * scale : x_from, con.y, con.z);
        if (pending_conflict_ >= 0 && !collecting_) return;
        // x = y * z with z = 0 allowed leaves y free when 0 is in x: division says nothing then.
        // A divisor known to be non-zero always divides.
        if (con.z_nonzero || !(range_of(con.z).contains(exact_number(0)) && range_of(con.x).contains(exact_number(0))))
            narrow(con.y, x_over_scale() / range_of(con.z), con.x, con.z);
        if (pending_conflict_ >= 0 && !collecting_) return;
        if (!(range_of(con.y).contains(exact_number(0)) && range_of(con.x).contains(exact_number(0))))
            narrow(con.z, x_over_scale() / range_of(con.y), con.x, con.y);
    }

    // Blocks of the variable-constraint incidence graph that contain a cycle, merged when
    // they share a constraint: between such clusters the structure is a tree.
    void find_cyclic_clusters() {
        const int n = static_cast<int>(lower_.size());
        const int m = static_cast<int>(in_.constraints.size());
        cluster_of_.assign(m, -1);
        var_clusters_.assign(n, {});
        std::vector<std::vector<int>> adjacent(n + m);
        for (int c = 0; c < m; ++c) {
            const auto& con = in_.constraints[c];
            if (con.linear) {
                for (auto& [v, a] : con.terms) adjacent[v].push_back(n + c), adjacent[n + c].push_back(v);
            } else {
                for (int v : {con.x, con.y, con.z}) adjacent[v].push_back(n + c), adjacent[n + c].push_back(v);
            }
        }
        // Iterative Tarjan for biconnected components on edges.
        std::vector<int> order(n + m, -1), low(n + m, 0);
        std::vector<std::pair<int, int>> edge_stack;
        std::vector<int> parent_constraint_union(m);
        for (int c = 0; c < m; ++c) parent_constraint_union[c] = c;
        auto find = [&](int c) {
            while (parent_constraint_union[c] != c)
                c = parent_constraint_union[c] = parent_constraint_union[parent_constraint_union[c]];
            return c;
        };
        std::vector<char> cyclic(m, 0);
        int counter = 0;
        struct frame {
            int node, parent;
            std::size_t next;
        };
        for (int root = 0; root < n + m; ++root) {
            if (order[root] >= 0) continue;
            std::vector<frame> stack{{root, -1, 0}};
            order[root] = low[root] = counter++;
            while (!stack.empty()) {
                frame& f = stack.back();
                if (f.next < adjacent[f.node].size()) {
                    int w = adjacent[f.node][f.next++];
                    if (order[w] < 0) {
                        edge_stack.emplace_back(f.node, w);
                        order[w] = low[w] = counter++;
                        stack.push_back({w, f.node, 0});
                    } else if (w != f.parent && order[w] < order[f.node]) {
                        edge_stack.emplace_back(f.node, w);
                        low[f.node] = std::min(low[f.node], order[w]);
                    }
                    continue;
                }
                int node = f.node, parent = f.parent;
                stack.pop_back();
                if (parent < 0) continue;
                low[parent] = std::min(low[parent], low[node]);
                if (low[node] >= order[parent]) {
                    // Pop one block.
                    std::vector<int> block_constraints;
                    std::size_t edges = 0;
                    for (;;) {
                        auto [a, b] = edge_stack.back();
                        edge_stack.pop_back();
                        ++edges;
                        for (int x : {a, b})
                            if (x >= n) block_constraints.push_back(x - n);
                        if (a == parent && b == node) break;
                    }
                    if (edges > 1) {
                        for (int c : block_constraints) cyclic[c] = 1;
                        for (int c : block_constraints)
                            parent_constraint_union[find(c)] = find(block_constraints.front());
                    }
                }
            }
        }
        std::vector<int> cluster_index(m, -1);
        for (int c = 0; c < m; ++c) {
            if (!cyclic[c]) continue;
            int root = find(c);
            if (cluster_index[root] < 0) {
                cluster_index[root] = static_cast<int>(clusters_.size());
                clusters_.emplace_back();
            }
            cluster_of_[c] = cluster_index[root];
            clusters_[cluster_index[root]].constraints.push_back(c);
        }
        for (std::size_t k = 0; k < clusters_.size(); ++k) {
            cluster& cl = clusters_[k];
            for (int c : cl.constraints) {
                const auto& con = in_.constraints[c];
                if (!con.linear) {
                    cl.linear = false;
                    for (int v : {con.x, con.y, con.z}) cl.variables.push_back(v);
                } else {
                    for (auto& [v, a] : con.terms) cl.variables.push_back(v);
                }
            }
            std::sort(cl.variables.begin(), cl.variables.end());
            cl.variables.erase(std::unique(cl.variables.begin(), cl.variables.end()), cl.variables.end());
            for (int v : cl.variables) {
                var_clusters_[v].push_back(static_cast<int>(k));
                bool outside = false;
                for (int c : var_constraints_[v]) outside = outside || cluster_of_[c] != static_cast<int>(k);
                cl.articulation.push_back(static_cast<char>(outside));
            }
            if (!cl.linear) structurally_inexact_ = true;
        }
        for (const auto& con : in_.constraints) structurally_inexact_ = structurally_inexact_ || !con.linear;
        inexact_ = structurally_inexact_;
    }

    static std::optional<delta_number> as_delta(const end_bound& b, bool is_upper) {
        if (b.infinite) return std::nullopt;
        return delta_number{b.value, rational(b.open ? (is_upper ? -1 : 1) : 0)};
    }

    void build_lp(cluster& cl) {
        cl.lp = std::make_unique<simplex>(cl.variables.size());
        for (std::size_t i = 0; i < cl.variables.size(); ++i) {
            if (cl.column_of.size() <= static_cast<std::size_t>(cl.variables[i]))
                cl.column_of.resize(cl.variables[i] + 1);
            cl.column_of[cl.variables[i]] = i;
        }
        for (int c : cl.constraints) {
            std::vector<std::pair<std::size_t, rational>> terms;
            for (auto& [v, a] : in_.constraints[c].terms) terms.emplace_back(cl.column_of[v], a);
            cl.slack_of.push_back(cl.lp->add_row(terms));
        }
    }

    // The records behind a set of simplex bounds.
    std::vector<int> lp_reasons(const cluster& cl) {
        std::vector<int> antecedents;
        for (const simplex_bound_ref& b : cl.lp->explanation()) {
            if (b.variable < cl.variables.size()) {
                int v = cl.variables[b.variable];
                int r = (b.upper ? upper_[v] : lower_[v]).record;
                if (r >= 0) antecedents.push_back(r);
            } else {
                std::size_t position = b.variable - cl.variables.size();
                antecedents.push_back(constraint_record_[cl.constraints[position]]);
            }
        }
        return antecedents;
    }

    void lp_pass(cluster& cl, bool project_everything) {
        if (!cl.linear) return;
        for (int v : cl.variables)
            if (dead_[v]) return;
        if (!cl.lp) build_lp(cl);
        simplex& lp = *cl.lp;
        for (std::size_t i = 0; i < cl.variables.size(); ++i) {
            int v = cl.variables[i];
            lp.set_bounds(i, as_delta(lower_[v], false), as_delta(upper_[v], true));
        }
        for (std::size_t k = 0; k < cl.constraints.size(); ++k) {
            int c = cl.constraints[k];
            const auto& con = in_.constraints[c];
            if (active_[c])
                lp.set_bounds(cl.slack_of[k], as_delta(con.lower, false), as_delta(con.upper, true));
            else
                lp.set_bounds(cl.slack_of[k], std::nullopt, std::nullopt);
        }
        if (!lp.check()) {
            report_conflict(new_record(-1, -1, lp_reasons(cl)));
            if (collecting_)
                for (int v : cl.variables) dead_[v] = 1, dead_list_.push_back(v);
            return;
        }
        std::string pattern;
        pattern.reserve(cl.variables.size() + cl.constraints.size());
        auto finite_ends = [](const end_bound& lo, const end_bound& hi) {
            return static_cast<char>('0' + !lo.infinite + 2 * !hi.infinite);
        };
        for (int v : cl.variables) pattern.push_back(finite_ends(lower_[v], upper_[v]));
        for (int c : cl.constraints) {
            const auto& con = in_.constraints[c];
            pattern.push_back(active_[c] ? finite_ends(con.lower, con.upper) : '0');
        }
        // 0: not known yet, 1: unbounded, 2: bounded; by 2 * variable + (upper ? 1 : 0).
        std::vector<char>& unbounded =
            cl.unbounded_by_pattern.try_emplace(std::move(pattern), 2 * cl.variables.size(), 0).first->second;
        for (std::size_t i = 0; i < cl.variables.size(); ++i) {
            if (!project_everything && !cl.articulation[i]) continue;
            int v = cl.variables[i];
            for (bool is_upper : {false, true}) {
                // A bound the current vertex sits on is attained: the optimum cannot pass it.
                const end_bound& now = is_upper ? upper_[v] : lower_[v];
                if (!now.infinite && lp.value(i) == *as_delta(now, is_upper)) continue;
                char& known = unbounded[2 * i + (is_upper ? 1 : 0)];
                if (known == 1) continue;
                std::optional<delta_number> best = lp.optimize(i, is_upper);
                known = best ? 2 : 1;
                if (!best) continue;
                end_bound candidate{best->real, false, best->delta != 0, -1};
                tighten(v, is_upper, std::move(candidate), [&] { return new_record(-1, -1, lp_reasons(cl)); });
                if (pending_conflict_ >= 0) return;
            }
        }
    }

    engine_input in_;
    engine_limits limits_;
    std::vector<end_bound> lower_, upper_;
    std::vector<char> dead_;
    std::vector<int> dead_list_;
    std::vector<std::vector<int>> var_constraints_;
    std::vector<char> active_;
    std::vector<int> activated_soft_;
    std::vector<int> revisions_;
    std::vector<int> revised_;
    std::vector<char> in_queue_;
    std::deque<int> queue_;
    std::vector<reason_record> records_;
    std::vector<int> constraint_record_;
    std::vector<int> claim_record_;
    std::vector<contribution> contribution_scratch_;
    std::vector<std::pair<end_bound, end_bound>> claim_bounds_; // each claim's ends, converted once
    std::vector<trail_entry> trail_;
    std::size_t baseline_trail_ = 0;
    std::size_t baseline_records_ = 0;
    std::vector<cluster> clusters_;
    std::vector<int> cluster_of_;
    std::vector<std::vector<int>> var_clusters_;
    std::vector<int> dirty_;
    std::vector<int> conflicts_;
    std::vector<unsigned> seen_;
    unsigned stamp_ = 0;
    int pending_conflict_ = -1;
    bool collecting_ = false;
    bool inexact_ = false;
    bool structurally_inexact_ = false;
    bool rounded_ = false;
    int linear_attempts_ = 0; // left to the search for a witness
};
// A template only so that its bodies are compiled where a solve is, not wherever it is included.
using engine = basic_engine<>;

} // namespace factrec::solve_detail
