// A change binds only to a fact that asks for changes, and a conversion never binds on its
// own. Articles and facts written for this suite.
#include <factrec/reconcile.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace {

factrec::reconciliation reconcile_text(std::string_view facts_text, std::string_view article_text) {
    auto facts = factrec::parse_facts_file(std::string(facts_text), "story.facts");
    REQUIRE_MESSAGE(facts, (facts ? "" : facts.error().message));
    auto article = factrec::read_article("wire.txt", std::string(article_text));
    REQUIRE_MESSAGE(article, (article ? "" : article.error().message));
    std::vector<factrec::article> articles;
    articles.push_back(std::move(*article));
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return std::move(*r);
}

std::string quote_of(const factrec::reconciliation& r, const factrec::unbound_mention& u) {
    const auto& text = r.articles[u.article].text;
    return text.substr(u.mention.span.begin, u.mention.span.end - u.mention.span.begin);
}

const factrec::bound_claim* claim_of(const factrec::reconciliation& r, std::string_view fact) {
    for (const auto& c : r.pass.binding.claims)
        if (c.claim.fact == fact) return &c;
    return nullptr;
}

constexpr std::string_view article = "source: Coast Wire\n\n"
                                     "Exports fell 3% to $40 billion in March.\n"
                                     "The new road runs 300 kilometres (186 miles) along the coast.\n";

} // namespace

TEST_CASE("a change is unbound with the reason 'change' when no fact asks for changes") {
    auto r = reconcile_text("fact exports \"Exports\" unit USD cues \"Exports\"\n"
                            "fact export_share \"Exports, share\" unit % cues \"Exports\"\n"
                            "fact road \"Road length\" unit km cues \"road\"\n",
                            article);
    const auto* exports = claim_of(r, "exports");
    REQUIRE(exports != nullptr);
    CHECK(exports->quote == "$40 billion");
    // The change is no share of anything: export_share takes nothing.
    CHECK(claim_of(r, "export_share") == nullptr);
    bool change_unbound = false, conversion_unbound = false;
    for (const auto& u : r.pass.binding.unbound) {
        if (quote_of(r, u) == "3%") {
            change_unbound = true;
            CHECK(u.reason == "change");
        }
        if (quote_of(r, u) == "186 miles") {
            conversion_unbound = true;
            CHECK(u.reason == "a conversion of another figure");
        }
    }
    CHECK(change_unbound);
    CHECK(conversion_unbound);
    const auto* road = claim_of(r, "road");
    REQUIRE(road != nullptr);
    CHECK(road->quote == "300 kilometres");
}

TEST_CASE("a fact of changes takes the change, signed by its direction, and no value") {
    auto r = reconcile_text("fact exports \"Exports\" unit USD cues \"Exports\"\n"
                            "fact export_change \"Change in exports\" unit % changes cues \"Exports\"\n",
                            article);
    const auto* change = claim_of(r, "export_change");
    REQUIRE(change != nullptr);
    CHECK(change->quote == "3%");
    CHECK(to_string(change->value) == "[-3.5, -2.5]");
    const auto* exports = claim_of(r, "exports");
    REQUIRE(exports != nullptr);
    CHECK(exports->quote == "$40 billion");
}

TEST_CASE("'changes' is a keyword of a fact declaration") {
    auto facts = factrec::parse_facts_file("fact c \"A change\" unit % changes cues \"rose\"\n", "c.facts");
    REQUIRE(facts);
    REQUIRE(facts->facts.size() == 1);
    CHECK(facts->facts[0].changes);
    CHECK(facts->facts[0].is_signed);
    auto plain = factrec::parse_facts_file("fact v \"A value\" unit % cues \"rose\"\n", "v.facts");
    REQUIRE(plain);
    CHECK_FALSE(plain->facts[0].changes);
}
