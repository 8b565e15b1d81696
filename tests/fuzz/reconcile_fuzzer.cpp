// libFuzzer target: a facts file and articles (see story_input.hpp) through read_article,
// parse_facts_file, binding and factrec::reconcile, checking that nothing the articles say is
// dropped and that the verdict hangs together.
#include <factrec/reconcile/detail/series.hpp>
#include <factrec/reconcile/detail/text_position.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "story_input.hpp"
#include "text_checks.hpp"

namespace {

bool is_claim_or_soft_relation(const factrec::reconciliation& r, const factrec::reading_pass& pass,
                               const std::string& id) {
    if (pass.find_claim(id)) return true;
    return std::any_of(r.facts.relations.begin(), r.facts.relations.end(),
                       [&](const auto& rel) { return rel.id == id && rel.weight; });
}

bool has_nul_or_invalid_utf8(std::string_view text) {
    return text.find('\0') != std::string_view::npos ||
           factrec::reconcile_detail::first_invalid_utf8(text) != std::string_view::npos;
}

void check_pass(const factrec::reconciliation& r, const factrec::reading_pass& pass) {
    std::set<std::string> ids;
    for (const factrec::bound_claim& c : pass.binding.claims) {
        FACTREC_FUZZ_CHECK(ids.insert(c.id).second);
        FACTREC_FUZZ_CHECK(c.article < r.articles.size());
        const factrec::article& a = r.articles[c.article];
        FACTREC_FUZZ_CHECK(a.body_offset <= c.claim.span.begin && c.claim.span.begin < c.claim.span.end);
        FACTREC_FUZZ_CHECK(c.claim.span.end <= a.text.size());
        FACTREC_FUZZ_CHECK(c.claim.sentence.begin <= c.claim.span.begin && c.claim.span.end <= c.claim.sentence.end);
        FACTREC_FUZZ_CHECK(c.quote == a.text.substr(c.claim.span.begin, c.claim.span.end - c.claim.span.begin));
        FACTREC_FUZZ_CHECK(r.facts.find_fact(c.claim.fact) != nullptr);
        FACTREC_FUZZ_CHECK(!c.value.is_empty());
    }
    for (const factrec::unbound_mention& u : pass.binding.unbound) {
        FACTREC_FUZZ_CHECK(u.article < r.articles.size());
        FACTREC_FUZZ_CHECK(u.mention.span.end <= r.articles[u.article].text.size());
        FACTREC_FUZZ_CHECK(!u.reason.empty());
    }
    // Every figure the scanner reads is either a claim, a copy of a claim in another article (the
    // same sentence: copies count once), or listed as unbound, with its reason.
    for (std::size_t a = 0; a < r.articles.size(); ++a) {
        const std::size_t figures = factrec_fuzz::figures_in(r.articles[a], pass.precision);
        auto in_article = [&](const auto& item) { return item.article == a; };
        std::ptrdiff_t copies = 0;
        for (const factrec::bound_claim& c : pass.binding.claims)
            copies += std::count_if(c.copies.begin(), c.copies.end(), in_article);
        const auto listed = std::count_if(pass.binding.claims.begin(), pass.binding.claims.end(), in_article) + copies +
                            std::count_if(pass.binding.unbound.begin(), pass.binding.unbound.end(), in_article);
        FACTREC_FUZZ_CHECK(static_cast<std::size_t>(listed) == figures);
        // A NUL or an invalid byte is never read past in silence.
        if (has_nul_or_invalid_utf8(r.articles[a].body())) FACTREC_FUZZ_CHECK(!pass.binding.notes.empty());
    }

    const factrec::solution& s = pass.solution;
    // A timeless fact has one range; a series fact one per date (reconcile/detail/series.hpp).
    FACTREC_FUZZ_CHECK(s.facts.size() == pass.model.facts().size());
    for (const factrec::fact_declaration& f : r.facts.facts)
        FACTREC_FUZZ_CHECK(std::any_of(s.facts.begin(), s.facts.end(), [&](const factrec::fact_range& range) {
            return factrec::reconcile_detail::fact_of_variable(range.fact) == f.id;
        }));
    FACTREC_FUZZ_CHECK(s.consistent == s.conflicts.empty());
    // Inconsistent claims are resolved by setting some aside; relations that contradict each
    // other with no claim involved are an error in the facts file, not a verdict.
    FACTREC_FUZZ_CHECK(s.consistent == s.rejected.empty());
    for (const factrec::conflict& c : s.conflicts) {
        FACTREC_FUZZ_CHECK(!c.claims.empty());
        for (const std::string& id : c.claims) FACTREC_FUZZ_CHECK(is_claim_or_soft_relation(r, pass, id));
        if (c.gap) FACTREC_FUZZ_CHECK(*c.gap >= 0);
    }
    for (const std::string& id : s.rejected) FACTREC_FUZZ_CHECK(is_claim_or_soft_relation(r, pass, id));
    // What remains after the repair holds together, so every fact keeps a value; an exact range
    // lies within every claim about its fact that was kept.
    const std::set<std::string> rejected(s.rejected.begin(), s.rejected.end());
    std::map<std::string, std::string> variable_of; // claim id -> the model fact it constrains
    for (const factrec::model_claim& c : pass.model.claims()) variable_of[c.id] = pass.model.facts()[c.fact].id;
    for (const factrec::bound_claim& c : pass.binding.claims)
        FACTREC_FUZZ_CHECK(variable_of.contains(c.id) == c.time.takes_part()); // superseded ones take no part
    for (const factrec::fact_range& range : s.facts) {
        FACTREC_FUZZ_CHECK(r.facts.find_fact(std::string(factrec::reconcile_detail::fact_of_variable(range.fact))) !=
                           nullptr);
        FACTREC_FUZZ_CHECK(!range.range.is_empty());
        if (!range.exact) continue;
        for (const factrec::bound_claim& c : pass.binding.claims)
            if (variable_of.contains(c.id) && variable_of[c.id] == range.fact && !rejected.contains(c.id))
                FACTREC_FUZZ_CHECK(intersect(range.range, c.value) == range.range);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const factrec_fuzz::story story =
        factrec_fuzz::split_story(std::string_view(reinterpret_cast<const char*>(data), size));
    auto outcome = factrec_fuzz::reconcile_story(story);
    if (!outcome) return 0;
    if (!*outcome) {
        FACTREC_FUZZ_CHECK(factrec_fuzz::names_a_file(story, outcome->error().message));
        return 0;
    }
    const factrec::reconciliation& r = **outcome;
    // A file given twice is read once (with a warning); every article kept is one of the story's,
    // as the input policy keeps it.
    FACTREC_FUZZ_CHECK(r.articles.size() <= story.articles.size());
    FACTREC_FUZZ_CHECK(r.articles.size() == story.articles.size() || !r.warnings.empty());
    for (const factrec::article& kept : r.articles)
        FACTREC_FUZZ_CHECK(std::any_of(story.articles.begin(), story.articles.end(), [&](const auto& given) {
            return given.file == kept.file && factrec_fuzz::same_but_control_characters(kept.text, given.text);
        }));
    check_pass(r, r.pass);
    if (r.other) check_pass(r, *r.other);
    for (const std::string& id : r.facts_depending_on_reading) FACTREC_FUZZ_CHECK(r.facts.find_fact(id) != nullptr);
    return 0;
}
