#pragma once
// The dated model: a fact declared `cumulative` or `changing` becomes one variable per distinct
// date of its claims (toll@2023-09-12) and one for its undated claims (toll@undated).

#include <factrec/core.hpp>
#include <factrec/model.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/text_position.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace factrec::reconcile_detail {

inline constexpr std::string_view undated = "undated";

template <class = void>
inline std::string series_variable(std::string_view fact, std::string_view date) {
    return std::string(fact) + "@" + std::string(date);
}

// The declared fact a model variable stands for: "toll@2023-09-12" is "toll".
inline std::string_view fact_of_variable(std::string_view variable) { return variable.substr(0, variable.find('@')); }

template <class = void>
inline bool has_series(const facts_file& facts) {
    return std::any_of(facts.facts.begin(), facts.facts.end(),
                       [](const fact_declaration& f) { return f.series != series_kind::timeless; });
}

// A claim that a revision lowered: its fact's running total starts again at the revising claim's
// date, so a cumulative fact's order does not link that date to the ones before it.
template <class = void>
inline std::set<std::string> downward_revision_dates(const std::vector<bound_claim>& claims, std::string_view fact) {
    std::set<std::string> dates;
    for (const bound_claim& old : claims) {
        if (old.claim.fact != fact || !old.time.superseded_by) continue;
        for (const bound_claim& revising : claims)
            if (revising.id == *old.time.superseded_by && revising.time.takes_part() && revising.time.date &&
                !old.value.is_empty() && !revising.value.is_empty() && !revising.value.upper().infinite &&
                !old.value.lower().infinite && revising.value.upper().value < old.value.lower().value)
                dates.insert(*revising.time.date);
    }
    return dates;
}

template <class = void>
inline relation_expression on_variables(const relation_expression& e, const std::vector<std::size_t>& variable) {
    relation_expression out = e;
    if (e.kind == relation_kind::linear) {
        linear_expression mapped = e.linear.constant();
        for (const auto& [index, coefficient] : e.linear.terms())
            mapped += coefficient * linear_expression(fact_ref{variable[index]});
        out.linear = mapped;
    } else {
        out.result = fact_ref{variable[e.result.index]};
        out.product.left = fact_ref{variable[e.product.left.index]};
        out.product.right = fact_ref{variable[e.product.right.index]};
    }
    return out;
}

// The model of a facts file with series facts. A cumulative fact's values never go down:
// `cumulative:toll@d1<=toll@d2` for consecutive dates; its undated value is free of the dated
// ones (a figure of no known day may be older than the first count or newer than the last); a
// changing fact's values are free. A relation holds on every date all its series facts with
// claims have a value for (`sum@2023-09-12`), series facts without claims taking that date too,
// and between the undated values (under its own id) when each of them has undated claims; on no
// shared date it constrains nothing. Claims that take no part (superseded, earlier figures of no
// day, forecasts) are left out.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<model> build_series_model(const facts_file& facts, const std::vector<article>& articles,
                                        const std::vector<bound_claim>& claims) {
    // The facts as declared, to check and read the relations as the facts file writes them.
    model declared;
    for (const fact_declaration& f : facts.facts) {
        auto added = declared.add_fact(fact{f.id, f.unit, f.whole, f.is_signed});
        if (!added) return error{facts.where(f.offset, added.error().message), f.offset};
    }
    struct relation_plan {
        const relation_declaration* declaration = nullptr;
        relation_expression expression;
        std::vector<std::string> dates; // undated for the values without a date
    };
    std::vector<relation_plan> plans;
    for (const relation_declaration& r : facts.relations) {
        model check = declared;
        auto added = add_relation(check, r.id, r.expression, r.weight);
        if (!added) {
            std::size_t at = r.offset + std::min(added.error().offset, r.expression.size());
            return error{facts.where(at, added.error().message), at};
        }
        plans.push_back({&r, *parse_relation(r.expression, declared), {}});
    }

    // Dates of each fact's claims; undated among them when some claim has none.
    std::vector<std::set<std::string>> dates(facts.facts.size());
    std::vector<bool> has_claims(facts.facts.size(), false);
    auto index_of = [&](std::string_view id) {
        for (std::size_t i = 0; i < facts.facts.size(); ++i)
            if (facts.facts[i].id == id) return i;
        return facts.facts.size();
    };
    for (const bound_claim& c : claims) {
        std::size_t f = index_of(c.claim.fact);
        if (f == facts.facts.size() || !c.time.takes_part()) continue;
        has_claims[f] = true;
        dates[f].insert(c.time.date ? *c.time.date : std::string(undated));
    }
    auto is_series = [&](std::size_t f) { return facts.facts[f].series != series_kind::timeless; };
    for (relation_plan& plan : plans) {
        std::vector<std::size_t> named;
        if (plan.expression.kind == relation_kind::linear)
            for (const auto& term : plan.expression.linear.terms()) named.push_back(term.first);
        else
            named = {plan.expression.result.index, plan.expression.product.left.index,
                     plan.expression.product.right.index};
        std::optional<std::set<std::string>> common;
        bool any_series = false;
        for (std::size_t f : named) {
            if (!is_series(f)) continue;
            any_series = true;
            if (!has_claims[f]) continue;
            if (!common) {
                common = dates[f];
                continue;
            }
            std::set<std::string> both;
            for (const std::string& d : *common)
                if (dates[f].contains(d)) both.insert(d);
            common = std::move(both);
        }
        // No date shared by its facts (the undated values included): the relation says nothing
        // the claims can be checked against, and constrains nothing rather than pinning values
        // of different days to each other.
        if (!any_series || !common) common = std::set<std::string>{std::string(undated)};
        plan.dates.assign(common->begin(), common->end());
        for (std::size_t f : named)
            if (is_series(f)) dates[f].insert(plan.dates.begin(), plan.dates.end());
    }

    model m;
    // variables[f]: date -> model fact index; a timeless fact has one, under "".
    std::vector<std::map<std::string, std::size_t>> variables(facts.facts.size());
    for (std::size_t f = 0; f < facts.facts.size(); ++f) {
        const fact_declaration& d = facts.facts[f];
        if (is_series(f) && dates[f].empty()) dates[f].insert(std::string(undated));
        std::vector<std::string> ordered =
            is_series(f) ? std::vector<std::string>(dates[f].begin(), dates[f].end()) : std::vector<std::string>{""};
        // "undated" sorts after every YYYY-MM-DD: the undated value is listed last
        for (const std::string& date : ordered) {
            std::string id = date.empty() ? d.id : series_variable(d.id, date);
            auto added = m.add_fact(fact{id, d.unit, d.whole, d.is_signed});
            if (!added) return error{facts.where(d.offset, added.error().message), d.offset};
            variables[f][date] = added->index;
        }
    }

    for (std::size_t f = 0; f < facts.facts.size(); ++f) {
        const fact_declaration& d = facts.facts[f];
        if (d.series != series_kind::cumulative) continue;
        std::vector<std::string> dated;
        for (const auto& entry : variables[f])
            if (entry.first != undated) dated.push_back(entry.first);
        const std::set<std::string> restarts = downward_revision_dates(claims, d.id);
        auto order = [&](const std::string& earlier, const std::string& later) -> std::optional<error> {
            std::string a = series_variable(d.id, earlier), b = series_variable(d.id, later);
            std::string name = "cumulative:";
            name.append(a).append("<=").append(b);
            std::string shown = a;
            shown.append(" <= ").append(b).append(" (").append(d.id).append(" is cumulative)");
            auto added = m.add_relation(std::move(name),
                                        linear_expression(fact_ref{variables[f][earlier]}) <=
                                            linear_expression(fact_ref{variables[f][later]}),
                                        std::nullopt, std::move(shown));
            if (!added) return error{facts.where(d.offset, added.error().message), d.offset};
            return std::nullopt;
        };
        for (std::size_t k = 1; k < dated.size(); ++k)
            if (!restarts.contains(dated[k]))
                if (auto failed = order(dated[k - 1], dated[k])) return *failed;
    }

    for (const relation_plan& plan : plans) {
        const relation_declaration& r = *plan.declaration;
        for (const std::string& date : plan.dates) {
            std::vector<std::size_t> on(facts.facts.size());
            for (std::size_t f = 0; f < facts.facts.size(); ++f)
                on[f] = is_series(f) ? (variables[f].contains(date) ? variables[f][date] : 0) : variables[f][""];
            const bool plain = date == undated;
            std::string id = plain ? r.id : r.id + "@" + date;
            std::string text = r.expression + (plain ? "" : " (on " + date + ")");
            auto added = m.add_relation(id, on_variables(plan.expression, on), r.weight, text);
            if (!added) {
                std::size_t at = r.offset;
                return error{facts.where(at, added.error().message), at};
            }
        }
    }

    for (const bound_claim& c : claims) {
        if (!c.time.takes_part()) continue;
        std::size_t f = index_of(c.claim.fact);
        if (f == facts.facts.size()) continue;
        std::string date = !is_series(f) ? std::string() : c.time.date ? *c.time.date : std::string(undated);
        auto added = m.add_claim(c.id, m.facts()[variables[f][date]].id, c.value, c.claim.weight(),
                                 c.claim.publisher.name, c.claim.speaker ? c.claim.speaker->name : std::string());
        if (!added) {
            const article& a = articles[c.article];
            return error{located_message(a.file, a.text, c.claim.span.begin, added.error().message),
                         c.claim.span.begin};
        }
    }
    return m;
}

} // namespace factrec::reconcile_detail
