// How figures find their facts (issue 13): noun classes, the least-cost assignment, ties, scope,
// explanations, copies of one sentence, honest gaps and shares. Every sentence here is written
// for the test, in the pattern of sentences seen in real coverage.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "story_support.hpp"

using factrec_test::has_warning;
using factrec_test::reconcile_error;
using factrec_test::reconciled;
using nlohmann::json;

namespace {

factrec::article story_article(const std::string& file, const std::string& source, const std::string& body) {
    factrec::article a;
    a.file = file;
    a.text = "source: " + source + "\n\n" + body;
    a.body_offset = a.text.size() - body.size();
    a.publisher.name = source;
    return a;
}

// The quotes bound to a fact, in article order.
std::vector<std::string> quotes_of(const factrec::reconciliation& r, const std::string& fact) {
    std::vector<std::string> quotes;
    for (const auto& c : r.pass.binding.claims)
        if (c.claim.fact == fact) quotes.push_back(c.quote);
    return quotes;
}

const factrec::unbound_mention* unbound_with(const factrec::reconciliation& r, const std::string& words) {
    for (const auto& u : r.pass.binding.unbound) {
        const auto& text = r.articles[u.article].text;
        if (text.substr(u.mention.span.begin, u.mention.span.end - u.mention.span.begin).find(words) !=
            std::string::npos)
            return &u;
    }
    return nullptr;
}

} // namespace

TEST_CASE("noun classes: a count of people takes the dead, deaths and victims") {
    auto r = reconciled("fact toll \"Death toll\" unit count(people) cues \"killed\", \"dead\", \"deaths\"\n",
                        {story_article("a.txt", "Gulf Daily", "The landslide left 11,300 dead in the valley.\n"),
                         story_article("b.txt", "Hill Post", "Officials counted 9,870 deaths by Sunday.\n"),
                         story_article("c.txt", "Ridge News", "The quake has killed 40 workers at the mine.\n")});
    CHECK(quotes_of(r, "toll") == std::vector<std::string>{"11,300 dead", "9,870 deaths", "40 workers"});
}

TEST_CASE("noun classes: casualties count as people only when the fact says so") {
    const std::string body = "The blast caused 85 casualties near the port.\n";
    auto people = reconciled("fact toll unit count(people) cues \"blast\"\n", {story_article("a.txt", "A", body)});
    CHECK(quotes_of(people, "toll").empty());
    auto casualties =
        reconciled("fact hurt unit count(casualties) cues \"blast\"\n", {story_article("a.txt", "A", body)});
    CHECK(quotes_of(casualties, "hurt").size() == 1);
}

TEST_CASE("noun classes: a user class of alternatives, several words included") {
    auto r = reconciled("fact majority unit count(seats|MPs|members of parliament) cues \"won\", \"holds\"\n",
                        {story_article("a.txt", "A", "The party won 176 MPs in the vote.\n"),
                         story_article("b.txt", "B", "It now holds 176 members of parliament in total.\n"),
                         story_article("c.txt", "C", "The alliance won 176 members of the union.\n")});
    CHECK(quotes_of(r, "majority").size() == 2);
    const auto* union_members = unbound_with(r, "176");
    REQUIRE(union_members != nullptr);
    CHECK(union_members->article == 2);
}

TEST_CASE("noun classes: a claim line binds a figure whatever noun was read, and says so") {
    const std::string facts = "fact seats unit count(seats) cues \"seats\"\n"
                              "claim seats from \"A\" quote \"412 lawmakers\"\n";
    auto r = reconciled(facts, {story_article("a.txt", "A", "The new house has 412 lawmakers on its benches.\n")});
    REQUIRE(quotes_of(r, "seats").size() == 1);
    const auto& c = r.pass.binding.claims.front();
    CHECK(c.pinned);
    CHECK(c.reading.find("lawmakers") != std::string::npos);
    CHECK(factrec::json_report(r).find("\"as_read_unit\":\"count(lawmakers)\"") != std::string::npos);
}

TEST_CASE("noun classes: relations may mix count nouns but not dimensions") {
    const std::string facts = "fact democrats unit count(democrats) cues \"Democrats\"\n"
                              "fact republicans unit count(republicans) cues \"Republicans\"\n"
                              "fact votes unit count(votes) cues \"votes in favour\"\n"
                              "relation split: democrats + republicans = votes\n";
    auto r = reconciled(facts, {story_article("a.txt", "A",
                                              "The bill passed with 311 votes in favour. It drew 210 Democrats. "
                                              "It also drew 102 Republicans.\n")});
    CHECK_FALSE(r.consistent());
    const std::string money = "fact a unit count(votes) cues \"x\"\nfact b unit USD cues \"y\"\n"
                              "relation bad: a = b\n";
    CHECK(reconcile_error(money, {story_article("a.txt", "A", "x 3 votes.\n")}).find("bad") != std::string::npos);
}

TEST_CASE("assignment: died and missing in one sentence go each to their own fact") {
    const std::string facts = "fact dead unit count(people) cues \"died\", \"dead\"\n"
                              "fact missing unit count(people) cues \"missing\"\n";
    auto r = reconciled(facts, {story_article("a.txt", "A",
                                              "At least 1,900 people have died and 8,000 are still missing "
                                              "after the floods.\n")});
    CHECK(quotes_of(r, "dead") == std::vector<std::string>{"At least 1,900 people"});
    CHECK(quotes_of(r, "missing") == std::vector<std::string>{"8,000"});
}

TEST_CASE("assignment: two amounts and two destinations are not swapped") {
    const std::string facts = "fact kyiv_aid unit USD cues \"Ukraine\"\nfact taipei_aid unit USD cues \"Taiwan\"\n";
    auto r = reconciled(facts, {story_article("a.txt", "A",
                                              "The bill sets aside $48.5 billion in aid to Ukraine and $8 billion "
                                              "in aid to Taiwan.\n"),
                                story_article("b.txt", "B", "Under the plan Taiwan would receive $8 billion.\n")});
    CHECK(quotes_of(r, "kyiv_aid") == std::vector<std::string>{"$48.5 billion"});
    CHECK(quotes_of(r, "taipei_aid") == std::vector<std::string>{"$8 billion", "$8 billion"});
    const auto& first = r.pass.binding.claims.front().explanation;
    CHECK(first.cue == "ukraine");
    REQUIRE(first.runner_up);
    CHECK(*first.runner_up == "taipei_aid");
    CHECK(first.cost < *first.runner_up_cost);
}

TEST_CASE("assignment: a tie is left unbound as ambiguous, naming both facts") {
    const std::string facts = "fact grant unit USD cues \"relief fund\"\nfact loan unit USD cues \"relief fund\"\n";
    auto r = reconciled(facts, {story_article("a.txt", "A", "The relief fund holds $3 million.\n")});
    CHECK(r.pass.binding.claims.empty());
    const auto* u = unbound_with(r, "$3 million");
    REQUIRE(u != nullptr);
    CHECK(u->reason.starts_with("ambiguous"));
    CHECK(u->candidates.size() == 2);
    CHECK(std::find(u->candidates.begin(), u->candidates.end(), "grant") != u->candidates.end());
    CHECK(std::find(u->candidates.begin(), u->candidates.end(), "loan") != u->candidates.end());
}

TEST_CASE("assignment: a cue too far away does not bind") {
    auto r = reconciled("fact budget unit USD cues \"budget\"\n",
                        {story_article("a.txt", "A",
                                       "The budget, which critics in the capital and in several provinces have "
                                       "attacked for many months now on many grounds, and which the minister, "
                                       "after long talks with the unions, the councils and the regional boards, "
                                       "defended again on Monday in a speech to the chamber, was never meant to "
                                       "cover the $9 million.\n")});
    CHECK(r.pass.binding.claims.empty());
    const auto* u = unbound_with(r, "$9 million");
    REQUIRE(u != nullptr);
    CHECK(u->nearest_why.find("too far") != std::string::npos);
}

TEST_CASE("scope: cue alternatives match ignoring case") {
    auto r = reconciled("fact aid unit USD cues \"(US|UK) aid\"\n",
                        {story_article("a.txt", "A", "UK aid reached $40 million this year.\n")});
    CHECK(quotes_of(r, "aid") == std::vector<std::string>{"$40 million"});
}

TEST_CASE("scope: `not` keeps a clause off a fact, `in` limits it to sources") {
    const std::string facts = "fact seats unit count(seats) cues \"took\", \"won\" not \"2019\", \"in Wales\"\n"
                              "fact wire_count unit count(seats) cues \"tally\" in \"Wire One\"\n";
    auto r =
        reconciled(facts, {story_article("a.txt", "A",
                                         "Labour took 409 seats, up from 202 seats it took in 2019. It won 27 seats "
                                         "in Wales.\n"),
                           story_article("b.txt", "Wire One", "The tally was 409 seats.\n"),
                           story_article("c.txt", "Other Paper", "The tally was 410 seats.\n")});
    CHECK(quotes_of(r, "seats") == std::vector<std::string>{"409 seats"});
    CHECK(quotes_of(r, "wire_count") == std::vector<std::string>{"409 seats"});
    const auto* excluded = unbound_with(r, "202 seats");
    REQUIRE(excluded != nullptr);
    CHECK(excluded->nearest_why.find("2019") != std::string::npos);
    const auto* other = unbound_with(r, "410 seats");
    REQUIRE(other != nullptr);
    CHECK(other->nearest_why.find("`in`") != std::string::npos);
}

TEST_CASE("scope: a `not` word after a figure keeps off only the figure it follows") {
    const std::string facts = "fact seats unit count(seats) cues \"won\", \"gives\" not \"2019\", \"projected\"\n";
    // "2019" qualifies 185, the figure it follows, not 318 before it.
    auto r = reconciled(facts, {story_article("a.txt", "A", "The Greens won 318 seats against 185 seats in 2019.\n")});
    CHECK(quotes_of(r, "seats") == std::vector<std::string>{"318 seats"});
    const auto* older = unbound_with(r, "185 seats");
    REQUIRE(older != nullptr);
    CHECK(older->nearest_why.find("2019") != std::string::npos);
    // A word before the figures qualifies the whole clause: both stay off.
    auto projected = reconciled(
        facts,
        {story_article("b.txt", "B", "The projected count gives the Greens 318 seats and the Reds 185 seats.\n")});
    CHECK(quotes_of(projected, "seats").empty());
}

TEST_CASE("explanations: a cue that matched nothing is a warning") {
    auto r = reconciled("fact budget unit USD cues \"budget\", \"outlay\"\n",
                        {story_article("a.txt", "A", "The budget is $5 million.\n")});
    CHECK(has_warning(r, "\"outlay\""));
    CHECK_FALSE(has_warning(r, "\"budget\""));
    json j = json::parse(factrec::json_report(r));
    REQUIRE(j["claims"].size() == 1);
    CHECK(j["claims"][0]["binding"]["cue"] == "budget");
    CHECK(j["claims"][0]["binding"]["runner_up"].is_null());
}

TEST_CASE("copies: a syndicated sentence counts once, against two independent reports") {
    const std::string facts = "reading precision exact\n"
                              "fact toll unit count(people) cues \"toll\"\n";
    const std::string wire = "Rescuers said the toll rose to 52 people on Tuesday.\n";
    auto r = reconciled(facts, {story_article("a.txt", "Coast Gazette", wire),
                                story_article("b.txt", "Inland Star",
                                              "Rescuers said the toll rose to 52  people on "
                                              "Tuesday!\n"),
                                story_article("c.txt", "Metro Echo", wire),
                                story_article("d.txt", "Daily Lantern", "The toll stood at 61 people by noon.\n"),
                                story_article("e.txt", "Harbour Voice", "Officials put the toll at 61 people.\n")});
    REQUIRE(r.pass.binding.claims.size() == 3);
    const auto& copied = r.pass.binding.claims.front();
    CHECK(copied.copies.size() == 2);
    CHECK(copied.weight() == 1);
    REQUIRE(r.pass.solution.rejected.size() == 1);
    CHECK(r.pass.solution.rejected.front() == copied.id);
    CHECK(r.pass.solution.rejected_weight == 1);
    json j = json::parse(factrec::json_report(r));
    CHECK(j["claims"][0]["sources"].size() == 3);
}

TEST_CASE("copies: trust of a copied claim is the highest of its sources, not the sum") {
    const std::string facts = "reading precision exact\nfact toll unit count(people) cues \"toll\"\n"
                              "source \"Coast Gazette\" trust 2\nsource \"Metro Echo\" trust 3\n";
    const std::string wire = "Rescuers said the toll rose to 52 people on Tuesday.\n";
    auto r =
        reconciled(facts, {story_article("a.txt", "Coast Gazette", wire), story_article("c.txt", "Metro Echo", wire),
                           story_article("d.txt", "Daily Lantern", "The toll stood at 61 people by noon.\n")});
    REQUIRE(r.pass.binding.claims.size() == 2);
    CHECK(r.pass.binding.claims.front().weight() == 3);
}

TEST_CASE("gaps: 411 against 412 seats is a gap of one seat, and equal-cost repairs are disclosed") {
    const std::string facts = "reading precision last_digit\nfact seats unit count(seats) cues \"won\"\n";
    auto r = reconciled(facts, {story_article("a.txt", "North Courier", "The party won 411 seats overnight.\n"),
                                story_article("b.txt", "South Courier", "The party won 412 seats overnight.\n")});
    REQUIRE(r.pass.solution.conflicts.size() == 1);
    REQUIRE(r.pass.solution.conflicts.front().gap);
    CHECK(*r.pass.solution.conflicts.front().gap == 1);
    const std::string text = factrec::text_report(r);
    CHECK(text.find("disagree by at least 1 seats") != std::string::npos);
    REQUIRE(r.pass.solution.rejected.size() == 1);
    REQUIRE(r.repair_alternatives.size() == 1);
    CHECK(r.repair_alternatives.front().front() != r.pass.solution.rejected.front());
    json j = json::parse(factrec::json_report(r));
    CHECK(j["repair_alternatives"].size() == 1);
    CHECK(text.find("REPAIRS OF EQUAL COST") != std::string::npos);
}

TEST_CASE("gaps: a whole count of 4 against 5 dead is one person apart") {
    const std::string facts = "reading precision exact\nfact dead unit count(people) cues \"killed\"\n"
                              "source \"West Post\" trust 2\n";
    auto r = reconciled(facts, {story_article("a.txt", "East Post", "The crash killed 4 people.\n"),
                                story_article("b.txt", "West Post", "The crash killed 5 people.\n")});
    REQUIRE(r.pass.solution.conflicts.size() == 1);
    CHECK(*r.pass.solution.conflicts.front().gap == 1);
    CHECK(r.repair_alternatives.empty());
}

TEST_CASE("shares: 412 of 650 seats against 63.4% holds when read to the last digit") {
    for (const std::string relation : {"share = won / house", "share = 100 * won / house"}) {
        CAPTURE(relation);
        const std::string facts = "reading precision last_digit\n"
                                  "fact won unit count(seats) cues \"won\"\n"
                                  "fact house unit count(seats) cues \"chamber has\"\n"
                                  "fact share unit % cues \"of the chamber\"\n"
                                  "relation split: " +
                                  relation + "\n";
        const std::vector<factrec::article> articles = {
            story_article("a.txt", "A", "The party won 412 seats. The chamber has 650 seats.\n"),
            story_article("b.txt", "B", "That is 63.4% of the chamber.\n")};
        auto r = reconciled(facts, articles);
        CHECK(r.pass.solution.conflicts.empty());
        CHECK(r.pass.solution.consistent);
        auto exact = factrec::parse_facts_file(facts, "story.facts");
        REQUIRE(exact);
        factrec::reconcile_options options;
        options.precision = factrec::precision_policy::mode::exact;
        auto strict = factrec::reconcile(std::move(*exact), articles, options);
        REQUIRE(strict);
        CHECK_FALSE(strict->pass.solution.conflicts.empty());
    }
    const std::string bad = "fact won unit count(seats) cues \"won\"\nfact house unit count(seats) cues \"x\"\n"
                            "fact share unit % cues \"y\"\nrelation split: share = 2 * won / house\n";
    CHECK(reconcile_error(bad, {story_article("a.txt", "A", "It won 4 seats.\n")}).find("factor but 100") !=
          std::string::npos);
}
