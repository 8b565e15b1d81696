// The compiled facade's plain summaries against the reconciliation they summarise: the same
// conflicts, claims, spans, sources, set-aside claims and range ends as the full API gives.
#include <factrec/compiled.hpp>
#include <factrec/reconcile.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifndef FACTREC_SOURCE_DIR
#error "FACTREC_SOURCE_DIR must name the source directory (the build passes it)"
#endif

namespace {

namespace fs = std::filesystem;
using factrec::compiled::claim_summary;

factrec::compiled::named_text read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in, "cannot read " << path);
    std::ostringstream text;
    text << in.rdbuf();
    return {path.string(), std::move(text).str()};
}

struct story {
    factrec::compiled::named_text facts;
    std::vector<factrec::compiled::named_text> articles;
};

story example_story() {
    const fs::path dir = fs::path(FACTREC_SOURCE_DIR) / "examples" / "japan_deal";
    story s{read_text(dir / "deal.facts"), {}};
    std::vector<fs::path> paths;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".txt") paths.push_back(entry.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) s.articles.push_back(read_text(p));
    REQUIRE(s.articles.size() >= 4);
    return s;
}

factrec::reconciliation full_reconciliation(const story& s) {
    auto facts = factrec::parse_facts_file(s.facts.text, s.facts.name);
    REQUIRE(facts);
    std::vector<factrec::article> articles;
    for (const auto& a : s.articles) {
        auto read = factrec::read_article(a.name, a.text);
        REQUIRE(read);
        articles.push_back(std::move(*read));
    }
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE(r);
    return std::move(*r);
}

std::vector<std::string> ids_of(const std::vector<claim_summary>& claims) {
    std::vector<std::string> ids;
    ids.reserve(claims.size());
    for (const auto& c : claims) ids.push_back(c.id);
    return ids;
}

std::vector<std::string> ids_of(const std::vector<const factrec::bound_claim*>& claims) {
    std::vector<std::string> ids;
    ids.reserve(claims.size());
    for (const auto* c : claims) ids.push_back(c->id);
    return ids;
}

// Every field of a summary from the article it names: the figure at its bytes, inside its
// sentence, the sources the full API gives, and whether the repair sets it aside.
void check_claim(const claim_summary& c, const story& s, const factrec::reconciliation& r) {
    CAPTURE(c.id);
    const auto article =
        std::find_if(s.articles.begin(), s.articles.end(), [&](const auto& a) { return a.name == c.article; });
    REQUIRE(article != s.articles.end());
    REQUIRE(c.begin < c.end);
    REQUIRE(c.end <= article->text.size());
    CHECK(article->text.substr(c.begin, c.end - c.begin) == c.figure);
    CHECK(c.sentence.find(c.figure) != std::string::npos);
    CHECK(article->text.find(c.sentence) != std::string::npos);
    const factrec::bound_claim* full = r.find_claim(c.id);
    REQUIRE(full != nullptr);
    CHECK(c.fact == full->claim.fact);
    CHECK(c.sources == r.sources_of(*full));
    CHECK(c.speaker == (full->claim.speaker ? full->claim.speaker->name : std::string()));
    const auto& rejected = r.pass.solution.rejected;
    CHECK(c.set_aside == (std::find(rejected.begin(), rejected.end(), c.id) != rejected.end()));
    CHECK_FALSE(c.value.empty());
}

} // namespace

TEST_CASE("compiled: each conflict's claims are the full reconciliation's, with their words and places") {
    const story s = example_story();
    const auto outcome = factrec::compiled::reconcile_texts(s.facts, s.articles);
    REQUIRE(outcome.error.empty());
    const factrec::reconciliation r = full_reconciliation(s);
    const auto& conflicts = r.pass.solution.conflicts;
    REQUIRE_FALSE(conflicts.empty()); // the example story disagrees with itself
    REQUIRE(outcome.conflicts.size() == conflicts.size());
    bool some_set_aside = false;
    for (std::size_t i = 0; i < conflicts.size(); ++i) {
        const auto& summary = outcome.conflicts[i];
        CHECK(ids_of(summary.claims) == ids_of(r.claims_of(conflicts[i])));
        CHECK(summary.relations == conflicts[i].relations);
        CHECK(summary.gap.empty() == !conflicts[i].gap.has_value());
        for (const auto& c : summary.claims) {
            check_claim(c, s, r);
            some_set_aside = some_set_aside || c.set_aside;
        }
    }
    CHECK(some_set_aside); // the repair sets aside a claim of some conflict
    CHECK(outcome.report.find("Verdict:") != std::string::npos);
}

TEST_CASE("compiled: every range with the claims that set its ends") {
    const story s = example_story();
    const auto outcome = factrec::compiled::reconcile_texts(s.facts, s.articles);
    REQUIRE(outcome.error.empty());
    const factrec::reconciliation r = full_reconciliation(s);
    REQUIRE(outcome.ranges.size() == r.pass.solution.facts.size());
    std::size_t ends_with_claims = 0;
    for (std::size_t i = 0; i < outcome.ranges.size(); ++i) {
        const auto& summary = outcome.ranges[i];
        const auto& full = r.pass.solution.facts[i];
        CAPTURE(summary.fact);
        CHECK(summary.fact == full.fact);
        CHECK(summary.exact == full.exact);
        CHECK_FALSE(summary.range.empty());
        CHECK(ids_of(summary.low_set_by) == ids_of(r.pass.low_end_claims(full)));
        CHECK(ids_of(summary.high_set_by) == ids_of(r.pass.high_end_claims(full)));
        for (const auto& c : summary.low_set_by) check_claim(c, s, r);
        for (const auto& c : summary.high_set_by) check_claim(c, s, r);
        ends_with_claims += summary.low_set_by.empty() ? 0 : 1;
    }
    CHECK(ends_with_claims > 0);
}

TEST_CASE("compiled: a facts file with a typo is an error with its place, and nothing else is set") {
    story s = example_story();
    s.facts.text = "fact pledge \"the pledge\" unit USD\nfcat other\n";
    const auto outcome = factrec::compiled::reconcile_texts(s.facts, s.articles);
    CHECK(outcome.error.find(s.facts.name + ":2:") != std::string::npos);
    CHECK(outcome.conflicts.empty());
    CHECK(outcome.ranges.empty());
    CHECK(outcome.report.empty());
}
