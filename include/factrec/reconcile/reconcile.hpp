#pragma once

#include <factrec/core.hpp>
#include <factrec/model.hpp>
#include <factrec/parse.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/detail/copies.hpp>
#include <factrec/reconcile/detail/dating.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/names.hpp>
#include <factrec/reconcile/detail/repair_alternatives.hpp>
#include <factrec/reconcile/detail/series.hpp>
#include <factrec/reconcile/facts_file_parser.hpp>
#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/solve.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace factrec {

/// How reconcile reads the facts file and solves: every member has a default that suits a
/// news story.
struct reconcile_options {
    std::optional<precision_policy::mode> precision; ///< overrides the facts file's `reading precision`
    /// Also solve under the other reading (exact vs rounded to the last digit) and say which
    /// facts' verdicts depend on it.
    bool compare_readings = true;
    /// Passed to solve, with conflict_through_each_relation set and conflicts_per_component at
    /// most ours.
    solve_options solve{};
    /// Conflicts through relations listed per component (see solve_options): a story's fact sheet
    /// that exceeds its total is one clash with many minimal combinations of items, and a reader
    /// needs a few of them, each a true minimal conflict, and to be told that more exist. Each
    /// relation that none of them goes through is also searched alone
    /// (solve_options::conflict_through_each_relation), so that no clash goes unshown.
    std::size_t conflicts_per_component = 8;
};

namespace reconcile_detail {

// The model of the facts file with the given claims.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<model> build_model(const facts_file& facts, const std::vector<article>& articles,
                                 const std::vector<bound_claim>& claims) {
    if (has_series(facts)) return build_series_model(facts, articles, claims);
    model m;
    for (const fact_declaration& f : facts.facts) {
        auto added = m.add_fact(fact{f.id, f.unit, f.whole, f.is_signed});
        if (!added) return error{facts.where(f.offset, added.error().message), f.offset};
    }
    for (const relation_declaration& r : facts.relations) {
        auto added = add_relation(m, r.id, r.expression, r.weight);
        if (!added) {
            std::size_t at = r.offset + std::min(added.error().offset, r.expression.size());
            return error{facts.where(at, added.error().message), at};
        }
    }
    for (const bound_claim& c : claims) {
        if (!c.time.takes_part()) continue; // superseded by a revision, or an earlier figure of no day
        auto added = m.add_claim(c.id, c.claim.fact, c.value, c.weight(), c.claim.publisher.name,
                                 c.claim.speaker ? c.claim.speaker->name : std::string());
        if (!added) {
            const article& a = articles[c.article];
            return error{located_message(a.file, a.text, c.claim.span.begin, added.error().message),
                         c.claim.span.begin};
        }
    }
    return m;
}

// Hard relations that cannot hold together are an error in the facts file, whatever the
// articles say: named with the place of each, the first one's place leading the message.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline std::optional<error> check_relations_can_hold(const facts_file& facts, const std::vector<article>& articles,
                                                     const solve_options& options) {
    auto relations_only = build_model(facts, articles, {});
    if (!relations_only) return relations_only.error();
    std::vector<std::size_t> contradictory = contradictory_relations(*relations_only, options);
    if (contradictory.empty()) return std::nullopt;
    std::vector<std::string> ids;
    std::string places;
    std::size_t first_offset = 0;
    for (std::size_t r : contradictory) {
        const std::string& id = relations_only->relations()[r].id;
        ids.push_back(id);
        for (const relation_declaration& d : facts.relations) {
            if (d.id != id) continue;
            if (ids.size() == 1) first_offset = d.offset;
            places += (places.empty() ? "" : "; ") + facts.where(d.offset, id + ": " + d.expression);
        }
    }
    return error{facts.where(first_offset, describe_contradictory_relations(ids) +
                                               ", whatever the articles say. The relations: " + places),
                 first_offset};
}

template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<reading_pass> run_pass(const facts_file& facts, const std::vector<article>& articles,
                                     const precision_policy& precision, const solve_options& options) {
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
    reconcile_detail::bind_older_figures(facts, articles, pass.binding);
    reconcile_detail::bind_linked_figures(facts, articles, pass.binding);
    reconcile_detail::date_claims(facts, articles, pass.binding);
    merge_copies(facts, articles, pass.binding);

    auto model = build_model(facts, articles, pass.binding.claims);
    if (!model) return model.error();
    pass.model = std::move(*model);
    pass.solution = solve(pass.model, options);
    return pass;
}

// The same file given twice would count each of its figures twice, as if a second outlet had
// said it: it is read once, and the reader told. Paths are compared as written, made lexically
// normal ("./a.txt" is "a.txt"); a copy of a file under another name is another article.
template <class = void>
inline std::vector<warning> drop_repeated_files(std::vector<article>& articles) {
    std::vector<warning> warnings;
    std::set<std::string> seen;
    std::vector<article> kept;
    for (article& a : articles) {
        if (seen.insert(std::filesystem::path(a.file).lexically_normal().generic_string()).second) {
            kept.push_back(std::move(a));
            continue;
        }
        warnings.push_back({a.file + ": the file is given more than once; it is read once", a.file, std::nullopt});
    }
    articles = std::move(kept);
    return warnings;
}

// A facts file is written for one story, so each `source` it declares is the source of one of
// its articles: a name no article has is a typo or a missing article, and either would change
// what the repair costs without a word. Names match in full, ignoring ASCII case.
template <class = void>
inline std::optional<error> check_declared_sources(const facts_file& facts, const std::vector<article>& articles) {
    std::vector<std::string> names;
    for (const article& a : articles)
        if (std::find(names.begin(), names.end(), a.publisher.name) == names.end()) names.push_back(a.publisher.name);
    for (std::size_t i = 0; i < facts.sources.size(); ++i) {
        const trust_declaration& d = facts.sources[i];
        for (std::size_t j = 0; j < i; ++j)
            if (same_name(facts.sources[j].name, d.name))
                return error{facts.where(d.name_offset, "source \"" + d.name + "\" is declared twice (as \"" +
                                                            facts.sources[j].name + "\" before)"),
                             d.name_offset};
        bool found =
            std::any_of(names.begin(), names.end(), [&](const std::string& n) { return same_name(n, d.name); });
        if (!found)
            return error{facts.where(d.name_offset, "source \"" + d.name + "\" is the source of no article" +
                                                        suggestion(d.name, names, "sources")),
                         d.name_offset};
    }
    // A fact's `in "Reuters", "AP"` limits it to those sources' articles: a name no article has
    // would silently keep every figure off the fact.
    for (const fact_declaration& f : facts.facts)
        for (const std::string& only : f.only_sources) {
            bool found =
                std::any_of(names.begin(), names.end(), [&](const std::string& n) { return same_name(n, only); });
            if (!found)
                return error{facts.where(f.only_sources_offset, "fact '" + f.id + "' is limited to source \"" + only +
                                                                    "\", which is the source of no article" +
                                                                    suggestion(only, names, "sources")),
                             f.only_sources_offset};
        }
    return std::nullopt;
}

// A `speaker` declaration names whole words of the speakers the articles quote with a figure.
// One that names none is an error when it is a likely typo of such a speaker, and otherwise a
// warning: which speakers a set of articles quotes varies from story to story, and a standing
// list of trusted speakers is reasonable (see the README).
template <class = void>
inline result<std::vector<warning>> check_declared_speakers(const facts_file& facts, const binding& bound) {
    std::vector<std::string> speakers;
    auto add = [&](const std::optional<std::string>& name) {
        if (name && std::find(speakers.begin(), speakers.end(), *name) == speakers.end()) speakers.push_back(*name);
    };
    for (const bound_claim& c : bound.claims)
        add(c.claim.speaker ? std::optional(c.claim.speaker->name) : std::nullopt);
    for (const unbound_mention& u : bound.unbound) add(u.mention.speaker);

    std::vector<warning> warnings;
    for (std::size_t i = 0; i < facts.speakers.size(); ++i) {
        const trust_declaration& d = facts.speakers[i];
        auto words = name_words(d.name);
        for (std::size_t j = 0; j < i; ++j)
            if (name_words(facts.speakers[j].name) == words)
                return error{facts.where(d.name_offset, "speaker \"" + d.name + "\" is declared twice (as \"" +
                                                            facts.speakers[j].name + "\" before)"),
                             d.name_offset};
        bool named = std::any_of(speakers.begin(), speakers.end(),
                                 [&](const std::string& s) { return words_named(words, name_words(s)) > 0; });
        if (named) continue;
        std::string unknown = "speaker \"" + d.name + "\" names no speaker the articles quote with a figure";
        if (auto meant = misspelt_speaker(d.name, speakers))
            return error{facts.where(d.name_offset, unknown + "; did you mean \"" + *meant + "\"?"), d.name_offset};
        warnings.push_back(
            {facts.where(d.name_offset, unknown + "; its trust applies to no claim"), facts.name, d.name_offset});
    }
    return warnings;
}

// Facts no figure was bound to. One without cues that a relation ties to others is derived
// (a unit price from a total and a count) and needs none; one with cues that caught nothing may
// have a misspelt cue, and one in no relation and without claims is not part of the story.
template <class = void>
inline std::vector<warning> facts_without_figures(const facts_file& facts, const reading_pass& pass) {
    // by declared fact: a series fact has a model variable per date ("toll@2023-09-12")
    std::set<std::string_view> in_relation;
    auto mark = [&](std::size_t variable) { in_relation.insert(fact_of_variable(pass.model.facts()[variable].id)); };
    for (const relation& r : pass.model.relations()) {
        if (r.id.starts_with("cumulative:")) continue;
        for (const auto& term : r.terms) mark(term.first);
        if (r.kind != relation_kind::linear) mark(r.result), mark(r.left), mark(r.right);
    }
    std::vector<warning> warnings;
    for (std::size_t i = 0; i < facts.facts.size(); ++i) {
        const fact_declaration& f = facts.facts[i];
        bool bound = std::any_of(pass.binding.claims.begin(), pass.binding.claims.end(),
                                 [&](const bound_claim& c) { return c.claim.fact == f.id; });
        bool related = in_relation.contains(f.id);
        if (bound || (related && f.cues.empty())) continue;
        std::string why = "no figure was bound to fact '" + f.id + "'" + (f.cues.empty() ? "" : " by its cues") +
                          (related ? "; its range comes from its relations alone" : ", and no relation names it");
        warnings.push_back({facts.where(f.offset, why), facts.name, f.offset});
    }
    return warnings;
}

} // namespace reconcile_detail

/// Articles and a facts file in; which statements contradict each other, by how much, and what
/// range of every fact stays consistent out. Errors (a relation naming an unknown fact, a quote
/// not in its article) name the file, line and column; no articles, or a facts file declaring
/// no facts, is an error too. The facts file and the articles are moved into the result, so
/// that the reconciliation's offsets and quotes stay valid for as long as it lives. Time:
/// dominated by solve, which is exponential in the worst case and bounded by
/// options.solve's limits and deadline.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
result<reconciliation> reconcile(facts_file facts, std::vector<article> articles,
                                 const reconcile_options& options = {}) {
    if (articles.empty()) return error{"no articles to reconcile", 0};
    if (facts.facts.empty()) return error{facts.name + ": declares no facts", 0};
    reconciliation out;
    out.warnings = reconcile_detail::drop_repeated_files(articles);
    if (auto unknown = reconcile_detail::check_declared_sources(facts, articles)) return *unknown;
    precision_policy precision = facts.precision;
    if (options.precision) precision.rounding = *options.precision;
    if (auto contradiction = reconcile_detail::check_relations_can_hold(facts, articles, options.solve))
        return *contradiction;
    solve_options solving = options.solve;
    solving.conflict_through_each_relation = true;
    solving.conflicts_per_component = std::min(solving.conflicts_per_component, options.conflicts_per_component);
    auto pass = reconcile_detail::run_pass(facts, articles, precision, solving);
    if (!pass) return pass.error();
    out.pass = std::move(*pass);
    auto speakers = reconcile_detail::check_declared_speakers(facts, out.pass.binding);
    if (!speakers) return speakers.error();
    out.warnings.insert(out.warnings.end(), speakers->begin(), speakers->end());
    auto unbound_facts = reconcile_detail::facts_without_figures(facts, out.pass);
    out.warnings.insert(out.warnings.end(), unbound_facts.begin(), unbound_facts.end());
    // --- binding explanations and equal-cost repairs (issue 13) ---
    for (const unmatched_cue& u : out.pass.binding.unmatched_cues)
        out.warnings.push_back(
            {facts.where(u.offset, "cue \"" + u.cue + "\" of fact '" + u.fact + "' matched nothing in any article"),
             facts.name, u.offset});
    if (!out.pass.solution.consistent && out.pass.solution.conflicts_complete && out.pass.solution.repair_optimal) {
        std::map<std::string, exact_number> weights;
        for (const bound_claim& c : out.pass.binding.claims) weights.emplace(c.id, c.weight());
        for (const relation_declaration& d : facts.relations)
            if (d.weight) weights.emplace(d.id, *d.weight);
        out.repair_alternatives = reconcile_detail::equal_cost_repairs(
            out.pass.solution.conflicts, weights, out.pass.solution.rejected_weight, out.pass.solution.rejected);
    }
    // --- end binding explanations ---
    if (options.compare_readings) {
        precision_policy other = precision;
        other.rounding = precision.rounding == precision_policy::mode::exact ? precision_policy::mode::last_digit
                                                                             : precision_policy::mode::exact;
        auto other_pass = reconcile_detail::run_pass(facts, articles, other, solving);
        if (!other_pass) return other_pass.error();
        // Compared on the repair rather than on the list of conflicts, which may stop at a limit.
        for (const fact_declaration& f : facts.facts)
            if (out.pass.sets_aside_claim_of(f.id) != other_pass->sets_aside_claim_of(f.id))
                out.facts_depending_on_reading.push_back(f.id);
        out.other = std::move(*other_pass);
    }
    // What the input policy replaced in the articles (invalid bytes, control characters) is a
    // warning of the whole run, like the other warnings, not a note of one reading.
    for (const article& a : articles)
        for (const std::string& w : a.warnings) out.warnings.push_back({w, a.file, std::nullopt});
    out.facts = std::move(facts);
    out.articles = std::move(articles);
    return out;
}

#ifdef FACTREC_COMPILED
// Built once in factrec::compiled (src/); consumers of that library only declare it.
extern template result<reconciliation> reconcile<void>(facts_file, std::vector<article>, const reconcile_options&);
#endif

} // namespace factrec
