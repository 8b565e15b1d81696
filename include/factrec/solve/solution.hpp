#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace factrec {

/// The consistent range of one fact, after the repair, and what sets each end (claim and
/// relation ids; empty when the fact's domain sets it).
template <Number N>
struct basic_fact_range {
    std::string fact;                   ///< the fact's id (for a dated fact, `FACT@DATE`)
    basic_interval<N> range;            ///< the values it may take with the claims kept and the relations
    bool exact = true;                  ///< false: a sound outer bound (products, caps, integer rounding, inexact N)
    std::vector<std::string> lo_set_by; ///< claim and relation ids that set the low end
    std::vector<std::string> hi_set_by; ///< claim and relation ids that set the high end
};

/// Claims of one fact that read the same interval: one statement with many sources. The solver
/// reasons over statements, so that a figure repeated by forty outlets costs what one does;
/// setting a statement aside sets aside all its claims, at the sum of their weights.
struct statement {
    std::string fact;                ///< the fact's id
    std::vector<std::string> claims; ///< in the model's order; the first one names the statement
    exact_number weight{0};          ///< what setting it aside costs: the sum of its claims' weights
};

/// Statements that cannot all hold with the relations: set aside any one of them and the rest
/// can. With `one_fact`, the statements of one fact that do not all share a point, reported as
/// one group rather than as every pair: each of them meets no value of the fact together with
/// at least one other, and the minimal conflicts among them are exactly the pairs whose
/// intervals (within the fact's domain) do not meet.
struct conflict {
    /// Claim ids of every statement in the conflict (all its sources), then soft relation ids
    /// that may be set aside.
    std::vector<std::string> claims;
    std::vector<std::string> relations; ///< the relations the contradiction goes through
    /// The least total widening of the statements' intervals that lets them agree, in the
    /// facts' unit; none when the conflict goes through a product or ratio.
    std::optional<exact_number> gap;
    std::vector<std::size_t> statements; ///< indices into solution.statements
    bool one_fact = false;               ///< statements of one fact that do not all meet (above)
};

/// How the solver's work went: for benchmarks and the curious, never part of the answer.
struct solve_statistics {
    std::size_t components = 0;             ///< groups of facts joined by relations, solved apart
    std::size_t largest_component = 0;      ///< facts in the largest
    std::size_t cyclic_clusters = 0;        ///< groups of relations that form cycles
    std::size_t largest_cyclic_cluster = 0; ///< facts in it
    /// Time spent finding conflicts, repairing, and computing ranges.
    ///@{
    double conflict_seconds = 0;
    double repair_seconds = 0;
    double range_seconds = 0;
    ///@}
    /// Components whose hard relations contradict each other; whose repair, or whose listing of
    /// conflicts, the deadline stopped; whose listing conflicts_per_component stopped; and whose
    /// consistency products or ratios left unproven: what the solution's incomplete_reason says,
    /// kept so that solutions of parts merge into the whole's (merge_solutions).
    std::size_t hard_components = 0;        ///< see the comment above
    std::size_t interrupted_components = 0; ///< see the comment above
    std::size_t cut_components = 0;         ///< see the comment above
    std::size_t capped_components = 0;      ///< see the comment above
    std::size_t unwitnessed_components = 0; ///< see the comment above
};

/// What factrec::solve finds: the minimal conflicts, the least-weight repair (the claims set
/// aside), and the range each fact keeps with the rest. Ids are the model's.
template <Number N>
struct basic_solution {
    bool consistent = true;                 ///< no conflict was found (see consistency_proven)
    std::vector<basic_fact_range<N>> facts; ///< every fact's range after the repair
    std::vector<statement> statements;      ///< every claim in exactly one, in the order of their first claims
    std::vector<conflict> conflicts;        ///< minimal conflicts (all of them when conflicts_complete)
    std::vector<std::string> rejected;      ///< the least-weight set of claims to set aside: whole statements
    exact_number rejected_weight{0};        ///< the repair's cost: the weight of what it sets aside
    /// No repair weighs less than this; equal to rejected_weight when the repair is optimal.
    exact_number repair_lower_bound{0};
    bool repair_optimal = true;     ///< rejected_weight is the least possible
    bool conflicts_complete = true; ///< every minimal conflict is listed
    /// The claims kept can all hold: always so for linear relations, whose check is exact; with
    /// products or ratios only when a solution was found (propagation alone can miss a
    /// contradiction). When false, `consistent` means only that no conflict was found.
    bool consistency_proven = true;
    bool time_limit_reached = false; ///< solve_options::deadline stopped the search: see incomplete_reason
    bool complete = true;            ///< all three of the above
    std::string incomplete_reason;   ///< in words, when complete is false
    /// Hard relations that cannot hold together whatever the claims say, with every fact in its
    /// domain: a minimal such set (dropping any one, the rest can hold, as far as the solver can
    /// tell). When not empty the model itself is in error, and what is said of its claims is not
    /// worth reporting: see contradictory_relations() to check a model before solving it.
    std::vector<std::string> contradictory_relations;
    solve_statistics statistics; ///< how the work went
};

/// A fact's range in exact numbers.
using fact_range = basic_fact_range<exact_number>;
/// A solution in exact numbers: what factrec::solve(model) returns.
using solution = basic_solution<exact_number>;

} // namespace factrec
