#pragma once
// What the reconcile suite's files share: a story reconciled from a facts text and articles, the
// error a story gives, a warning looked for by its words, the JSON report as a document.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace factrec_test {

inline factrec::reconciliation reconciled(const std::string& facts_text, std::vector<factrec::article> articles) {
    auto facts = factrec::parse_facts_file(facts_text, "story.facts");
    REQUIRE_MESSAGE(facts, (facts ? "" : facts.error().message));
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return std::move(*r);
}

// The message of the error the facts file or the reconciliation gives; a story that reconciles fails.
inline std::string reconcile_error(const std::string& facts_text, std::vector<factrec::article> articles) {
    auto facts = factrec::parse_facts_file(facts_text, "story.facts");
    if (!facts) return facts.error().message;
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE_FALSE(r);
    return r.error().message;
}

inline bool has_warning(const factrec::reconciliation& r, const std::string& words) {
    for (const factrec::warning& w : r.warnings)
        if (w.message.find(words) != std::string::npos) return true;
    return false;
}

inline nlohmann::json report_of(const factrec::reconciliation& r) {
    return nlohmann::json::parse(factrec::json_report(r));
}

} // namespace factrec_test
