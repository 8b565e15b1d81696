#pragma once

#include <factrec/core.hpp>
#include <factrec/model.hpp>
#include <factrec/parse.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/facts_file_parser.hpp>
#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/solve.hpp>

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace factrec {

struct reconcile_options {
    std::optional<precision_policy::mode> precision; // overrides the facts file's `reading precision`
    // Also solve under the other reading (exact vs rounded to the last digit) and say which
    // facts' verdicts depend on it.
    bool compare_readings = true;
    solve_options solve{};
};

namespace detail {

// The model of the facts file with the given claims; with `only_relation`, that relation alone.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<model> build_model(const facts_file& facts, const std::vector<article>& articles,
                                 const std::vector<bound_claim>& claims, const relation_declaration* only_relation) {
    model m;
    for (const fact_declaration& f : facts.facts) {
        auto added = m.add_fact(fact{f.id, f.unit, f.whole, f.is_signed});
        if (!added) return error{facts.where(f.offset, added.error().message), f.offset};
    }
    for (const relation_declaration& r : facts.relations) {
        if (only_relation && &r != only_relation) continue;
        auto added = add_relation(m, r.id, r.expression, r.weight);
        if (!added) {
            std::size_t at = r.offset + std::min(added.error().offset, r.expression.size());
            return error{facts.where(at, added.error().message), at};
        }
    }
    for (const bound_claim& c : claims) {
        auto added = m.add_claim(c.id, c.claim.fact, c.value, c.claim.weight(), c.claim.publisher.name,
                                 c.claim.speaker ? c.claim.speaker->name : std::string());
        if (!added) return error{articles[c.article].file + ": " + added.error().message, c.claim.span.begin};
    }
    return m;
}

// When a large component's conflicts are listed only as far as the repair needed them, a clash
// that the same repair also resolves would go unreported. Each relation that no listed conflict
// goes through is therefore also solved alone with its facts' claims; a conflict found there is
// listed when it is minimal in the whole model too (dropping any one of its claims restores
// consistency).
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline void add_conflicts_through_each_relation(const facts_file& facts, const std::vector<article>& articles,
                                                reading_pass& pass, const solve_options& options) {
    std::set<std::vector<std::string>> listed;
    std::set<std::string> covered_relations;
    for (const conflict& c : pass.solution.conflicts) {
        covered_relations.insert(c.relations.begin(), c.relations.end());
        std::vector<std::string> ids = c.claims;
        std::sort(ids.begin(), ids.end());
        listed.insert(ids);
    }
    for (const relation_declaration& r : facts.relations) {
        if (r.weight || covered_relations.contains(r.id)) continue;
        auto alone = build_model(facts, articles, pass.binding.claims, &r);
        if (!alone) continue;
        solution local = solve(*alone, options);
        for (const conflict& c : local.conflicts) {
            std::vector<std::string> ids = c.claims;
            std::sort(ids.begin(), ids.end());
            if (c.relations.empty() || listed.contains(ids)) continue;
            bool minimal = true;
            for (std::size_t drop = 0; drop < ids.size() && minimal; ++drop) {
                std::vector<bound_claim> rest;
                for (const bound_claim& b : pass.binding.claims)
                    if (std::binary_search(ids.begin(), ids.end(), b.id) && b.id != ids[drop]) rest.push_back(b);
                auto whole = build_model(facts, articles, rest, nullptr);
                minimal = whole && solve(*whole, options).consistent;
            }
            if (!minimal) continue;
            listed.insert(ids);
            pass.solution.conflicts.push_back(c);
        }
    }
}

template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<reading_pass> run_pass(const facts_file& facts, const std::vector<article>& articles,
                                     precision_policy precision, const solve_options& options) {
    reading_pass pass;
    pass.precision = precision;
    std::vector<scan_result> scans;
    for (const article& a : articles) {
        scan_options scanning;
        scanning.precision = precision;
        scan_result scanned = scan(a.body(), scanning);
        for (auto& m : scanned.mentions) {
            m.span.begin += a.body_offset;
            m.span.end += a.body_offset;
            m.sentence.begin += a.body_offset;
            m.sentence.end += a.body_offset;
        }
        for (auto& d : scanned.diagnostics) d.offset += a.body_offset;
        scans.push_back(std::move(scanned));
    }
    auto bound = bind_mentions(facts, articles, scans, precision);
    if (!bound) return bound.error();
    pass.binding = std::move(*bound);

    auto model = build_model(facts, articles, pass.binding.claims, nullptr);
    if (!model) return model.error();
    pass.model = std::move(*model);
    pass.solution = solve(pass.model, options);
    if (!pass.solution.conflicts_complete) add_conflicts_through_each_relation(facts, articles, pass, options);
    return pass;
}

} // namespace detail

// Articles and a facts file in; which statements contradict each other, by how much, and what
// range of every fact stays consistent out. Errors (a relation naming an unknown fact, a quote
// not in its article) name the file, line and column.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<reconciliation> reconcile(facts_file facts, std::vector<article> articles,
                                        const reconcile_options& options = {}) {
    if (articles.empty()) return error{"no articles to reconcile", 0};
    if (facts.facts.empty()) return error{facts.name + ": declares no facts", 0};
    reconciliation out;
    precision_policy precision = facts.precision;
    if (options.precision) precision.rounding = *options.precision;
    auto pass = detail::run_pass(facts, articles, precision, options.solve);
    if (!pass) return pass.error();
    out.pass = std::move(*pass);
    if (options.compare_readings) {
        precision_policy other = precision;
        other.rounding = precision.rounding == precision_policy::mode::exact ? precision_policy::mode::last_digit
                                                                             : precision_policy::mode::exact;
        auto other_pass = detail::run_pass(facts, articles, other, options.solve);
        if (!other_pass) return other_pass.error();
        // Compared on the repair rather than on the list of conflicts, which may stop at a limit.
        for (const fact_declaration& f : facts.facts)
            if (out.pass.sets_aside_claim_of(f.id) != other_pass->sets_aside_claim_of(f.id))
                out.facts_depending_on_reading.push_back(f.id);
        out.other = std::move(*other_pass);
    }
    // What the input policy replaced in the articles comes first among the notes of each reading.
    for (reading_pass* p : {&out.pass, out.other ? &*out.other : nullptr}) {
        if (p == nullptr) continue;
        std::vector<std::string> notes;
        for (const article& a : articles) notes.insert(notes.end(), a.warnings.begin(), a.warnings.end());
        notes.insert(notes.end(), p->binding.notes.begin(), p->binding.notes.end());
        p->binding.notes = std::move(notes);
    }
    out.facts = std::move(facts);
    out.articles = std::move(articles);
    return out;
}

} // namespace factrec
