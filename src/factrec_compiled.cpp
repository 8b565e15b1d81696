// factrec::compiled: the heavy templates built once, so that a program's translation units
// declare them (FACTREC_COMPILED, set by the target) instead of compiling the grammars, the
// solver and the reconcile pipeline again in each of them.
#ifndef FACTREC_COMPILED
#error "src/ is built with FACTREC_COMPILED, like its consumers"
#endif

#include <factrec/compiled.hpp>
#include <factrec/factrec.hpp>

#include <algorithm>
#include <sstream>
#include <string_view>
#include <utility>

namespace factrec {

template basic_solution<exact_number> solve<exact_number>(const basic_model<exact_number>&, const solve_options&);
template result<facts_file> parse_facts_file<void>(std::string_view, std::string_view);
template result<binding> bind_mentions<void>(const facts_file&, const std::vector<article>&,
                                             const std::vector<scan_result>&, const precision_policy&);
template result<reconciliation> reconcile<void>(facts_file, std::vector<article>, const reconcile_options&);
template result<suggestion> suggest_facts<void>(const std::vector<article>&, const suggest_options&);

} // namespace factrec

namespace factrec::compiled {
namespace {

const fact_declaration* fact_of(const reconciliation& r, std::string_view fact) {
    return r.facts.find_fact(fact.substr(0, fact.find('@'))); // a dated fact's range is FACT@DATE
}

claim_summary summary_of(const reconciliation& r, const bound_claim& c) {
    claim_summary s;
    s.id = c.id;
    s.fact = c.claim.fact;
    const fact_declaration* f = fact_of(r, c.claim.fact);
    s.value = f ? report::detail::human_interval(c.value, f->unit) : to_string(c.value);
    s.figure = std::string(r.figure_text(c));
    s.sentence = std::string(r.sentence_of(c));
    s.article = r.article_of(c).file;
    s.begin = c.claim.span.begin;
    s.end = c.claim.span.end;
    s.sources = r.sources_of(c);
    if (c.claim.speaker) s.speaker = c.claim.speaker->name;
    const std::vector<std::string>& rejected = r.pass.solution.rejected;
    s.set_aside = std::find(rejected.begin(), rejected.end(), c.id) != rejected.end();
    return s;
}

std::vector<claim_summary> summaries_of(const reconciliation& r, const std::vector<const bound_claim*>& claims) {
    std::vector<claim_summary> out;
    out.reserve(claims.size());
    for (const bound_claim* c : claims) out.push_back(summary_of(r, *c));
    return out;
}

} // namespace

reconcile_outcome reconcile_texts(const named_text& facts, const std::vector<named_text>& articles,
                                  report_format format) {
    reconcile_outcome out;
    auto parsed = parse_facts_file(facts.text, facts.name);
    if (!parsed) {
        out.error = parsed.error().message;
        return out;
    }
    std::vector<article> read;
    read.reserve(articles.size());
    for (const named_text& a : articles) {
        auto one = read_article(a.name, a.text);
        if (!one) {
            out.error = one.error().message;
            return out;
        }
        read.push_back(std::move(*one));
    }
    auto r = reconcile(std::move(*parsed), std::move(read));
    if (!r) {
        out.error = r.error().message;
        return out;
    }
    for (const conflict& c : r->pass.solution.conflicts) {
        conflict_summary& summary = out.conflicts.emplace_back();
        const std::vector<const bound_claim*> claims = r->claims_of(c);
        summary.claims = summaries_of(*r, claims);
        summary.relations = c.relations;
        const fact_declaration* f = claims.empty() ? nullptr : fact_of(*r, claims.front()->claim.fact);
        if (c.gap) summary.gap = f ? report::detail::human_amount(*c.gap, f->unit) : to_exact_string(*c.gap);
    }
    for (const fact_range& range : r->pass.solution.facts) {
        range_summary& summary = out.ranges.emplace_back();
        summary.fact = range.fact;
        const fact_declaration* f = fact_of(*r, range.fact);
        summary.range = f ? report::detail::human_interval(range.range, f->unit) : to_string(range.range);
        summary.exact = range.exact;
        summary.low_set_by = summaries_of(*r, r->pass.low_end_claims(range));
        summary.high_set_by = summaries_of(*r, r->pass.high_end_claims(range));
    }
    std::ostringstream report;
    switch (format) {
    case report_format::text: write_text_report(report, *r); break;
    case report_format::json: write_json_report(report, *r); break;
    case report_format::html: write_html_report(report, *r); break;
    }
    out.report = std::move(report).str();
    return out;
}

} // namespace factrec::compiled
