// factrec::compiled: the heavy templates built once, so that a program's translation units
// declare them (FACTREC_COMPILED, set by the target) instead of compiling the grammars, the
// solver and the reconcile pipeline again in each of them.
#ifndef FACTREC_COMPILED
#error "src/ is built with FACTREC_COMPILED, like its consumers"
#endif

#include <factrec/compiled.hpp>
#include <factrec/factrec.hpp>

#include <sstream>
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
    out.conflicts = r->pass.solution.conflicts.size();
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
