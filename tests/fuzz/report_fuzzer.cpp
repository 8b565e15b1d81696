// libFuzzer target: the text, JSON and HTML reports of every story (see story_input.hpp) that
// reconciles. Whatever the articles and the facts file hold, the JSON report parses, the HTML
// report is well formed (html_check.hpp) and the text report is safe for a terminal.
#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report.hpp>

#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "html_check.hpp"
#include "json_check.hpp"
#include "story_input.hpp"
#include "text_checks.hpp"

namespace {

// Prints the problem and the output around it before failing, so that a finding explains itself.
void check_output(std::string_view format, const std::string& output, const std::string& problem) {
    if (problem.empty()) return;
    std::fprintf(stderr, "%.*s report: %s\n", static_cast<int>(format.size()), format.data(), problem.c_str());
    std::fprintf(stderr, "--- report ---\n%s\n--- end ---\n", output.c_str());
    FACTREC_FUZZ_CHECK(problem.empty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const factrec_fuzz::story story =
        factrec_fuzz::split_story(std::string_view(reinterpret_cast<const char*>(data), size));
    auto outcome = factrec_fuzz::reconcile_story(story);
    if (!outcome || !*outcome) return 0;
    const factrec::reconciliation& r = **outcome;

    const std::string text = factrec::text_report(r);
    check_output("text", text, factrec_fuzz::terminal_problem(text));

    const std::string json = factrec::json_report(r);
    check_output("JSON", json, factrec_fuzz::json_problem(json));
    const nlohmann::json report = nlohmann::json::parse(json);
    FACTREC_FUZZ_CHECK(report.at("claims").size() == r.pass.binding.claims.size());
    FACTREC_FUZZ_CHECK(report.at("articles").size() == r.articles.size());
    FACTREC_FUZZ_CHECK(report.at("unbound").size() == r.pass.binding.unbound.size());
    for (std::size_t k = 0; k < r.pass.binding.claims.size(); ++k) {
        const factrec::bound_claim& c = r.pass.binding.claims[k];
        const nlohmann::json& written = report["claims"][k];
        FACTREC_FUZZ_CHECK(written.at("id").get<std::string>() == c.id);
        FACTREC_FUZZ_CHECK(written.at("start").get<std::size_t>() == c.claim.span.begin);
        FACTREC_FUZZ_CHECK(written.at("end").get<std::size_t>() == c.claim.span.end);
    }

    const std::string html = factrec::html_report(r);
    check_output("HTML", html, factrec_fuzz::html_problem(html));
    return 0;
}
