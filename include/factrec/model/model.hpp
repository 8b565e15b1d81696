#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/core/interval.hpp>
#include <factrec/core/result.hpp>
#include <factrec/core/unit.hpp>
#include <factrec/model/detail/layer_namespace.hpp>
#include <factrec/model/expression.hpp>
#include <factrec/model/fact.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec {

/// One source's statement that a fact lies in an interval (in the fact's unit). Soft: the
/// solver may set it aside, at the cost of its weight.
/// @tparam N the number type of the interval's ends (exact_number, or double for speed).
template <Number N>
struct basic_model_claim {
    std::string id;          ///< Unique among the model's claims; solutions name claims by it.
    std::size_t fact = 0;    ///< Index of the fact in basic_model::facts().
    basic_interval<N> value; ///< Where the claim puts the fact, in the fact's unit.
    exact_number weight{1};  ///< The cost of setting it aside; at least 0.
    std::string source;      ///< The publisher's name, empty when unknown.
    std::string speaker;     ///< Who the article quotes, empty when the outlet says it itself.
};

/// A named relation between facts. Linear: sum(coefficient * fact) cmp constant.
/// Product: result = scale * left * right. Ratio: result = scale * left / right, and right is
/// never zero. `scale` converts the facts' units exactly. Hard unless soft_weight is set.
/// Indices are into the facts of the model that holds the relation.
struct relation {
    std::string id;   ///< Unique among the model's relations.
    std::string text; ///< As written ("a + b = total"), or rebuilt from the terms when none was given.
    relation_kind kind = relation_kind::linear; ///< Which of the three forms it has.
    /// Linear only: (fact index, coefficient), coefficients scaled to the first fact's unit.
    std::vector<std::pair<std::size_t, exact_number>> terms;
    comparison cmp = comparison::equal; ///< Linear only: how the sum compares with constant.
    exact_number constant{0};           ///< Linear only: the right-hand side, in the first fact's unit.
    /// Product and ratio only: the fact indices of `result = scale * left (* or /) right`.
    ///@{
    std::size_t result = 0, left = 0, right = 0;
    ///@}
    exact_number scale{1};                   ///< Product and ratio only: the exact unit factor.
    std::optional<exact_number> soft_weight; ///< The cost of breaking it when soft; empty when hard.

    /// True when the solver may break it (soft_weight is set).
    [[nodiscard]] bool is_soft() const noexcept { return soft_weight.has_value(); }
};

namespace model_detail {

template <class = void>
inline std::string describe_relation(const relation& r, const std::vector<fact>& facts) {
    if (r.kind != relation_kind::linear)
        return facts[r.result].id + " = " + facts[r.left].id + (r.kind == relation_kind::ratio ? " / " : " * ") +
               facts[r.right].id;
    std::string text;
    for (const auto& [index, coefficient] : r.terms) {
        bool negative = coefficient < 0;
        exact_number magnitude = negative ? exact_number(-coefficient) : coefficient;
        text += text.empty() ? (negative ? "-" : "") : (negative ? " - " : " + ");
        if (magnitude != 1) text += to_exact_string(magnitude) + "*";
        text += facts[index].id;
    }
    return text + " " + std::string(to_string(r.cmp)) + " " + to_exact_string(r.constant);
}

// Counts, plain numbers and shares are numbers without a dimension; a share in % is the
// number / 100. Anything else carries its dimension (money in one currency, mass, length, ...).
inline bool is_dimensionless(const unit& u) {
    return u.dimension() == dimension::count || u.dimension() == dimension::plain || u.dimension() == dimension::share;
}
inline std::string dimension_of(const unit& u) {
    if (is_dimensionless(u)) return "no dimension";
    if (u.dimension() == dimension::money) return "money in " + u.symbol();
    return std::string(to_string(u.dimension()));
}

// The exact factor k in `result = k * left * right` (or `k * left / right`) that makes the
// relation hold between the facts' values in their own units, or why there is none. In a
// product at most one factor carries a dimension and the result has that dimension; in a ratio
// either the divisor has none and the result has the dividend's dimension, or dividend and
// divisor share one and the result has none. A unit whose size is a range (ton, month, year)
// is taken only where it cancels out (ton = count * ton); calendar years never multiply.
inline result<exact_number> product_scale(const std::string& id, relation_kind kind, const fact& result,
                                          const fact& left, const fact& right) {
    const bool ratio = kind == relation_kind::ratio;
    const std::string shown =
        "relation '" + id + "' (" + result.id + " = " + left.id + (ratio ? " / " : " * ") + right.id + ")";
    auto named = [](const fact& f) { return f.id + " (" + to_string(f.unit) + ")"; };
    for (const fact* f : {&result, &left, &right})
        if (f->unit.dimension() == dimension::calendar_year)
            return error{shown + ": " + named(*f) + " is a calendar year, a date that cannot be multiplied or divided",
                         0};
    const std::string r = dimension_of(result.unit), a = dimension_of(left.unit), b = dimension_of(right.unit);
    const std::string none = "no dimension";
    if (!ratio) {
        if (a != none && b != none)
            return error{shown + " multiplies " + named(left) + " by " + named(right) +
                             ": only one factor may carry a unit; the other must be a count, a plain number or a "
                             "share",
                         0};
        const std::string& carried = a != none ? a : b;
        if (r != carried)
            return error{shown + ": the product of " + named(left) + " and " + named(right) + " has " + carried +
                             ", but " + named(result) + " has " + r,
                         0};
    } else if (!(b == none && r == a) && !(a == b && r == none)) {
        std::string expected = b == none ? a : (a == b ? none : std::string());
        return error{shown + " divides " + named(left) + " by " + named(right) +
                         (expected.empty() ? ": a ratio divides by a number without dimension or by a fact of "
                                             "the dividend's dimension"
                                           : ": the quotient has " + expected + ", but " + named(result) + " has " + r),
                     0};
    }
    // result * s_r = (left * s_l) op (right * s_g), s the size of each unit in its base.
    struct power {
        const fact* f;
        int exponent;
    };
    const power powers[] = {{&result, -1}, {&left, 1}, {&right, ratio ? -1 : 1}};
    exact_number scale = 1;
    std::map<std::string, int> uncertain; // units of inexact size, by symbol: they must cancel
    for (const auto& [f, exponent] : powers) {
        const unit& u = f->unit;
        if (u.dimension() == dimension::share) {
            scale = exponent > 0 ? exact_number(scale / 100) : exact_number(scale * 100);
        } else if (!u.has_exact_size()) {
            uncertain[u.symbol()] += exponent;
        } else if (u.factor_lower() != 1) {
            scale = exponent > 0 ? exact_number(scale * u.factor_lower()) : exact_number(scale / u.factor_lower());
        }
    }
    for (const auto& [symbol, exponent] : uncertain)
        if (exponent != 0)
            return error{std::string(shown)
                             .append(": the size of a '")
                             .append(symbol)
                             .append("' is a range, not a number, so the relation has no exact factor; use a unit of "
                                     "exact size"),
                         0};
    return scale;
}

} // namespace model_detail

/// Facts, the claims made about them and the relations between them: the problem the
/// solver reconciles. Every add_* checks its input and returns an error naming the id at
/// fault, leaving the model unchanged; nothing throws except on allocation failure. Fact,
/// claim and relation indices are positions in facts(), claims() and relations(), stable for
/// the model's lifetime (nothing is ever removed). A value type: copy it to branch.
/// @tparam N the number type of claim values (exact_number by default).
template <Number N = exact_number>
class basic_model {
public:
    using number_type = N;                   ///< The number type of claim values.
    using claim_type = basic_model_claim<N>; ///< The claims this model holds.

    /// Adds a fact; its id must be non-empty and new. Returns its index.
    result<fact_ref> add_fact(fact f) {
        if (f.id.empty()) return error{"a fact needs an id", 0};
        if (fact_index_.contains(f.id)) return error{"fact '" + f.id + "' is declared twice", 0};
        fact_index_.emplace(f.id, facts_.size());
        facts_.push_back(std::move(f));
        return fact_ref{facts_.size() - 1};
    }
    /// Adds a fact from its parts: whole-valued when `integer`, may be negative when `is_signed`
    /// (see default_domain). Returns its index.
    result<fact_ref> add_fact(std::string id, factrec::unit u, bool integer = false, bool is_signed = false) {
        return add_fact(fact{std::move(id), std::move(u), integer, is_signed});
    }

    /// The fact with this id, or nothing; logarithmic in the number of facts.
    [[nodiscard]] std::optional<fact_ref> find_fact(std::string_view id) const {
        auto found = fact_index_.find(std::string(id));
        if (found == fact_index_.end()) return std::nullopt;
        return fact_ref{found->second};
    }

    /// Adds a claim; its id must be non-empty and new, its fact in the model, its weight at
    /// least 0. Returns its index in claims().
    result<std::size_t> add_claim(claim_type c) {
        if (c.id.empty()) return error{"a claim needs an id", 0};
        if (c.fact >= facts_.size()) return error{"claim '" + c.id + "' names no fact of the model", 0};
        if (c.weight < 0) return error{"claim '" + c.id + "' has a negative weight", 0};
        if (!claim_ids_.emplace(c.id).second) return error{"claim '" + c.id + "' is declared twice", 0};
        claims_.push_back(std::move(c));
        return claims_.size() - 1;
    }
    /// Adds a claim that `fact_id` lies in `value`, given in the fact's unit (no conversion).
    /// Errors as the overload above, and when no fact has that id.
    result<std::size_t> add_claim(std::string id, std::string_view fact_id, basic_interval<N> value,
                                  exact_number weight = 1, std::string source = {}, std::string speaker = {}) {
        std::optional<fact_ref> f = find_fact(fact_id);
        if (!f)
            return error{"claim '" + id + "' is about '" + std::string(fact_id) + "', which is not a fact of the model",
                         0};
        return add_claim(claim_type{std::move(id), f->index, std::move(value), std::move(weight), std::move(source),
                                    std::move(speaker)});
    }
    /// A claim as the binder reads it from an article: converted exactly to the fact's unit,
    /// weighed by the trust in its publisher and speaker. An error when the units do not convert.
    result<std::size_t> add_claim(std::string id, const basic_claim<N>& c) {
        std::optional<fact_ref> f = find_fact(c.fact);
        if (!f) return error{"claim '" + id + "' is about '" + c.fact + "', which is not a fact of the model", 0};
        auto value = convert(c.quantity.value, c.quantity.unit, facts_[f->index].unit);
        if (!value) return error{"claim '" + id + "': " + value.error().message, 0};
        return add_claim(claim_type{std::move(id), f->index, std::move(*value), c.weight(), c.publisher.name,
                                    c.speaker ? c.speaker->name : std::string()});
    }

    /// Adds a relation (usually from parse_relation). Units must agree: terms in units of one
    /// dimension are converted exactly; in a product at most one factor carries a dimension,
    /// in a ratio the divisor has none or the dividend's; anything else is an error naming
    /// the relation. Hard unless `soft_weight` (at least 0) is given; `text` is how reports
    /// show it, rebuilt from the terms when empty. Returns its index in relations().
    result<std::size_t> add_relation(std::string id, const relation_expression& e,
                                     std::optional<exact_number> soft_weight = {}, std::string text = {}) {
        if (id.empty()) return error{"a relation needs an id", 0};
        if (relation_ids_.contains(id)) return error{"relation '" + id + "' is declared twice", 0};
        if (soft_weight && *soft_weight < 0) return error{"relation '" + id + "' has a negative weight", 0};
        relation r;
        r.id = id;
        r.kind = e.kind;
        r.soft_weight = std::move(soft_weight);
        if (e.kind == relation_kind::linear) {
            auto checked = linear_terms(id, e);
            if (!checked) return checked.error();
            r.terms = std::move(checked->first);
            r.constant = std::move(checked->second);
            r.cmp = e.cmp;
        } else {
            for (fact_ref f : {e.result, e.product.left, e.product.right})
                if (f.index >= facts_.size())
                    return error{"relation '" + id + "' names a fact that is not in the model", 0};
            r.result = e.result.index;
            r.left = e.product.left.index;
            r.right = e.product.right.index;
            auto scale = model_detail::product_scale(id, e.kind, facts_[r.result], facts_[r.left], facts_[r.right]);
            if (!scale) return scale.error();
            r.scale = std::move(*scale);
        }
        r.text = text.empty() ? model_detail::describe_relation(r, facts_) : std::move(text);
        relation_ids_.emplace(std::move(id));
        relations_.push_back(std::move(r));
        return relations_.size() - 1;
    }

    /// A relation as another model holds it (checked there), its facts renumbered for this one:
    /// how a part of a model becomes a model of its own (split_components). Only ids and fact
    /// indices are checked again; units are trusted.
    result<std::size_t> add_checked_relation(relation r) {
        if (r.id.empty()) return error{"a relation needs an id", 0};
        if (relation_ids_.contains(r.id)) return error{"relation '" + r.id + "' is declared twice", 0};
        bool known =
            r.kind == relation_kind::linear
                ? std::all_of(r.terms.begin(), r.terms.end(), [&](const auto& t) { return t.first < facts_.size(); })
                : r.result < facts_.size() && r.left < facts_.size() && r.right < facts_.size();
        if (!known) return error{"relation '" + r.id + "' names a fact that is not in the model", 0};
        relation_ids_.emplace(r.id);
        relations_.push_back(std::move(r));
        return relations_.size() - 1;
    }

    /// The facts, in the order added; a fact_ref indexes this.
    [[nodiscard]] const std::vector<fact>& facts() const noexcept { return facts_; }
    /// The claims, in the order added. The reference is invalidated by the next add_claim.
    [[nodiscard]] const std::vector<claim_type>& claims() const noexcept { return claims_; }
    /// The relations, in the order added. The reference is invalidated by the next add_*relation.
    [[nodiscard]] const std::vector<relation>& relations() const noexcept { return relations_; }

private:
    result<std::pair<std::vector<std::pair<std::size_t, exact_number>>, exact_number>>
    linear_terms(const std::string& id, const relation_expression& e) const {
        std::vector<std::pair<std::size_t, exact_number>> terms;
        const fact* reference = nullptr;
        for (const auto& [index, coefficient] : e.linear.terms()) {
            if (index >= facts_.size()) return error{"relation '" + id + "' names a fact that is not in the model", 0};
            const fact& f = facts_[index];
            exact_number scaled = coefficient;
            if (!reference) {
                reference = &f;
            } else if (!(f.unit == reference->unit)) {
                auto factor = conversion_factor(f.unit, reference->unit);
                if (!factor)
                    return error{"relation '" + id + "' relates " + f.id + " and " + reference->id + ": " +
                                     factor.error().message,
                                 0};
                if (!factor->is_point())
                    return error{"relation '" + id + "' relates " + f.id + " (" + to_string(f.unit) + ") and " +
                                     reference->id + " (" + to_string(reference->unit) +
                                     "), whose units have no exact ratio",
                                 0};
                scaled *= factor->lower().value;
            }
            terms.emplace_back(index, std::move(scaled));
        }
        if (!reference) return error{"relation '" + id + "' relates no facts", 0};
        if (e.constant_in_percent && reference->unit.dimension() != dimension::share)
            return error{"relation '" + id + "' compares " + reference->id + " (" + to_string(reference->unit) +
                             ") with a percentage",
                         0};
        return std::pair{std::move(terms), exact_number(-e.linear.constant())};
    }

    std::vector<fact> facts_;
    std::vector<claim_type> claims_;
    std::vector<relation> relations_;
    std::map<std::string, std::size_t, std::less<>> fact_index_;
    std::set<std::string, std::less<>> claim_ids_;
    std::set<std::string, std::less<>> relation_ids_;
};

/// The model with exact rational values: what reconcile builds and the README uses.
using model = basic_model<exact_number>;
/// A claim of a model with exact rational values.
using model_claim = basic_model_claim<exact_number>;

} // namespace factrec
