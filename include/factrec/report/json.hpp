#pragma once

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/json_writer.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/timeline.hpp>
#include <factrec/report/solution_json.hpp>

#include <ostream>
#include <set>
#include <sstream>
#include <string>

namespace factrec {

namespace report::detail {

template <class = void>
inline void write_interval(json_writer& w, const interval& x) {
    w.begin_object();
    if (x.is_empty()) {
        w.key("lo").null().key("hi").null().key("lo_open").value(true).key("hi_open").value(true).key("empty").value(
            true);
    } else {
        w.key("lo");
        write_end(w, x.lower());
        w.key("hi");
        write_end(w, x.upper());
        w.key("lo_open").value(x.lower().open).key("hi_open").value(x.upper().open);
    }
    w.end_object();
}

template <class = void>
inline void write_claims(json_writer& w, const reconciliation& r, const reading_pass& pass) {
    std::set<std::string> rejected(pass.solution.rejected.begin(), pass.solution.rejected.end());
    w.begin_array();
    for (const bound_claim& c : pass.binding.claims) {
        w.begin_object();
        w.key("id").value(c.id);
        w.key("fact").value(c.claim.fact);
        w.key("source").value(c.claim.publisher.name);
        w.key("speaker");
        if (c.claim.speaker)
            w.value(c.claim.speaker->name);
        else
            w.null();
        w.key("file").value(r.articles[c.article].file);
        w.key("start").integer(c.claim.span.begin);
        w.key("end").integer(c.claim.span.end);
        w.key("sentence").begin_array().integer(c.claim.sentence.begin).integer(c.claim.sentence.end).end_array();
        w.key("quote").value(c.quote);
        w.key("qualifier").value(to_string(c.claim.quantity.qualifier));
        w.key("as_read");
        write_interval(w, c.claim.quantity.value);
        w.key("as_read_unit").value(to_string(c.claim.quantity.unit));
        w.key("value");
        write_interval(w, c.value);
        w.key("reading").value(c.reading);
        w.key("weight").value(to_exact_string(c.weight()));
        w.key("pinned").value(c.pinned);
        w.key("status").value(claim_status(c, rejected.contains(c.id)));
        write_claim_time(w, c);
        // --- binding explanation and copies (issue 13) ---
        w.key("binding").begin_object();
        w.key("cue").value(c.explanation.cue);
        w.key("cue_span").begin_array().integer(c.explanation.cue_span.begin).integer(c.explanation.cue_span.end);
        w.end_array();
        w.key("cost").integer(static_cast<std::size_t>(c.explanation.cost));
        w.key("runner_up");
        if (c.explanation.runner_up)
            w.value(*c.explanation.runner_up);
        else
            w.null();
        w.key("runner_up_cost");
        if (c.explanation.runner_up_cost)
            w.integer(static_cast<std::size_t>(*c.explanation.runner_up_cost));
        else
            w.null();
        w.end_object();
        w.key("sources").begin_array();
        w.begin_object().key("id").value(c.id).key("source").value(c.claim.publisher.name);
        w.key("file").value(r.articles[c.article].file).key("start").integer(c.claim.span.begin).end_object();
        for (const claim_copy& copy : c.copies) {
            w.begin_object().key("id").value(copy.id).key("source").value(copy.source);
            w.key("file").value(r.articles[copy.article].file).key("start").integer(copy.span.begin).end_object();
        }
        w.end_array();
        // --- end binding explanation ---
        w.end_object();
    }
    w.end_array();
}

template <class = void>
inline void write_pass(json_writer& w, const reconciliation& r, const reading_pass& pass) {
    w.key("precision").value(to_string(pass.precision.rounding));
    w.key("about_tolerance").value(to_exact_string(pass.precision.approximate_tolerance));
    write_solution_fields(w, pass.solution);
    w.key("rejected_weight").value(to_exact_string(pass.solution.rejected_weight));
    w.key("repair_optimal").value(pass.solution.repair_optimal);
    w.key("claims");
    write_claims(w, r, pass);
}

} // namespace report::detail

/// The reconcile report as one JSON document (docs/schema/reconcile.schema.json): "factrec" and
/// "schema" (reconcile_json_schema), the solver's members ("consistent", "facts", "conflicts",
/// "rejected", "complete"), every claim with its provenance ("source", "speaker", "file",
/// "start", "end", "quote", "status"), the facts' labels and units, the figures no fact took,
/// and the verdict under the other reading. Values are exact decimal strings ("489.5", "1/3");
/// byte offsets are JSON integers.
template <class = void>
inline void write_json_report(std::ostream& out, const reconciliation& r) {
    report::detail::json_writer w(out);
    w.begin_object();
    report::detail::write_document_header(w, reconcile_json_schema);
    report::detail::write_pass(w, r, r.pass);
    w.key("fact_info").begin_array();
    for (const auto& f : r.facts.facts) {
        w.begin_object().key("id").value(f.id).key("label").value(f.label).key("unit").value(to_string(f.unit));
        w.key("up_to").value(f.up_to == up_to_reading::ceiling ? "ceiling" : "at_most");
        report::detail::write_series_kind(w, f);
        w.end_object();
    }
    w.end_array();
    w.key("relations").begin_array();
    for (const auto& rel : r.facts.relations)
        w.begin_object().key("id").value(rel.id).key("expr").value(rel.expression).end_object();
    w.end_array();
    w.key("articles").begin_array();
    for (const auto& a : r.articles)
        w.begin_object()
            .key("file")
            .value(a.file)
            .key("source")
            .value(a.publisher.name)
            .key("url")
            .value(a.publisher.url)
            .key("date")
            .value(a.publisher.date)
            .end_object();
    w.end_array();
    w.key("unbound").begin_array();
    for (const auto& u : r.pass.binding.unbound) {
        const article& a = r.articles[u.article];
        w.begin_object()
            .key("file")
            .value(a.file)
            .key("start")
            .integer(u.mention.span.begin)
            .key("end")
            .integer(u.mention.span.end);
        w.key("text").value(a.text.substr(u.mention.span.begin, u.mention.span.end - u.mention.span.begin));
        w.key("kind").value(to_string(u.mention.kind)).key("reason").value(u.reason);
        w.key("noun").value(u.mention.kind == mention_kind::count ? u.mention.quantity.unit.symbol() : std::string());
        w.key("unit").value(to_string(u.mention.quantity.unit));
        w.key("nearest_fact");
        if (u.nearest_fact)
            w.value(*u.nearest_fact);
        else
            w.null();
        w.key("nearest_why").value(u.nearest_why);
        w.key("candidates").string_array(u.candidates).end_object();
    }
    w.end_array();
    w.key("notes").string_array(r.pass.binding.notes);
    w.key("warnings").begin_array();
    for (const warning& warned : r.warnings) {
        w.begin_object().key("message").value(warned.message).key("file");
        if (warned.file)
            w.value(*warned.file);
        else
            w.null();
        w.key("offset");
        if (warned.offset)
            w.integer(*warned.offset);
        else
            w.null();
        w.end_object();
    }
    w.end_array();
    w.key("facts_depending_on_reading").string_array(r.facts_depending_on_reading);
    w.key("repair_alternatives").begin_array();
    for (const auto& alternative : r.repair_alternatives) w.string_array(alternative);
    w.end_array();
    if (r.other) {
        w.key("other_reading").begin_object();
        report::detail::write_pass(w, r, *r.other);
        w.end_object();
    }
    w.end_object();
}

/// write_json_report, as a string.
template <class = void>
inline std::string json_report(const reconciliation& r) {
    std::ostringstream out;
    write_json_report(out, r);
    return out.str();
}

} // namespace factrec
