// Stories that move: dated articles and claims, series facts, revisions, and their reports.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "story_support.hpp"

using factrec_test::report_of;
using nlohmann::json;

namespace {

const char* const toll_facts =
    "fact toll \"Death toll\" unit count(people) cumulative cues \"death toll\", \"killed\"\n";

struct story_file {
    std::string file;
    std::string text;
};

factrec::result<factrec::reconciliation> try_reconcile(const std::string& facts_text,
                                                       const std::vector<story_file>& files) {
    auto facts = factrec::parse_facts_file(facts_text, "story.facts");
    REQUIRE_MESSAGE(facts, (facts ? "" : facts.error().message));
    std::vector<factrec::article> articles;
    for (const auto& f : files) {
        auto a = factrec::read_article(f.file, f.text);
        REQUIRE_MESSAGE(a, (a ? "" : a.error().message));
        articles.push_back(std::move(*a));
    }
    factrec::reconcile_options options;
    options.compare_readings = false;
    return factrec::reconcile(std::move(*facts), std::move(articles), options);
}

factrec::reconciliation reconcile_story(const std::string& facts_text, const std::vector<story_file>& files) {
    auto r = try_reconcile(facts_text, files);
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return std::move(*r);
}

const json& fact_entry(const json& report, const std::string& id) {
    for (const json& f : report["facts"])
        if (f["id"] == id) return f;
    FAIL("no fact " << id << " in the report");
    static const json none;
    return none;
}

// The claim of `file` whose quote is `quote`, or else the first that contains it.
const json& claim_quoting(const json& report, const std::string& file, const std::string& quote) {
    for (const json& c : report["claims"])
        if (c["file"] == file && c["quote"] == quote) return c;
    for (const json& c : report["claims"])
        if (c["file"] == file && c["quote"].get<std::string>().find(quote) != std::string::npos) return c;
    FAIL("no claim quoting " << quote << " in " << file);
    static const json none;
    return none;
}

// The text report with its lines joined and spaces squeezed: what it says, however it wraps.
std::string flat_text(const factrec::reconciliation& r) {
    std::string out;
    for (char c : factrec::text_report(r)) {
        if (c == '\n') c = ' ';
        if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
    }
    return out;
}

// Whether a JSON range holds a value (bounds are exact decimal strings; null is infinite).
bool range_holds(const json& range, long value) {
    auto number = [](const json& end) { return std::stol(end.get<std::string>()); };
    bool above =
        range["lo"].is_null() || (range["lo_open"] ? number(range["lo"]) < value : number(range["lo"]) <= value);
    bool below =
        range["hi"].is_null() || (range["hi_open"] ? value < number(range["hi"]) : value <= number(range["hi"]));
    return above && below;
}

std::vector<story_file> rising_toll() {
    return {{"tue.txt", "source: Coast Wire\ndate: 2023-09-12\n\nThe death toll reached 2,300 in the city.\n"},
            {"wed.txt", "source: Harbor Post\ndate: 2023-09-13\n\nOfficials said the death toll stood at 5,200.\n"},
            {"thu.txt", "source: Delta News\ndate: 2023-09-14\n\nThe death toll climbed to 11,300, officials said.\n"}};
}

} // namespace

TEST_CASE("a toll rising over three dated articles is consistent and each date's range holds its figure") {
    auto r = reconcile_story(toll_facts, rising_toll());
    CHECK(r.consistent());
    json report = report_of(r);
    CHECK(report["consistent"] == true);
    const std::pair<const char*, long> expected[] = {
        {"toll@2023-09-12", 2300}, {"toll@2023-09-13", 5200}, {"toll@2023-09-14", 11300}};
    for (const auto& date_and_figure : expected) {
        const json& f = fact_entry(report, date_and_figure.first);
        CHECK_MESSAGE(range_holds(f["range"], date_and_figure.second), f.dump());
        // each date's range comes from its own claim, not the neighbours' figures
        CHECK_FALSE(range_holds(f["range"], date_and_figure.second + 100));
    }
    CHECK(claim_quoting(report, "wed.txt", "5,200")["date"] == "2023-09-13");
    CHECK(claim_quoting(report, "wed.txt", "5,200")["dated_by"] == "article");
    bool series_info = false;
    for (const json& f : report["fact_info"])
        series_info = series_info || (f["id"] == "toll" && f["series"] == "cumulative");
    CHECK(series_info);
}

TEST_CASE("two claims of one date that disagree conflict") {
    auto files = rising_toll();
    files.push_back({"wed2.txt", "source: River Times\ndate: 2023-09-13\n\nThe death toll was 4,100 by then.\n"});
    auto r = reconcile_story(toll_facts, files);
    CHECK_FALSE(r.consistent());
    REQUIRE(r.pass.solution.conflicts.size() == 1);
    const factrec::conflict& c = r.pass.solution.conflicts.front();
    CHECK(c.relations.empty());
    std::vector<std::string> files_in_conflict;
    for (const auto& id : c.claims) files_in_conflict.push_back(r.articles[r.find_claim(id)->article].file);
    std::sort(files_in_conflict.begin(), files_in_conflict.end());
    CHECK(files_in_conflict == std::vector<std::string>{"wed.txt", "wed2.txt"});
}

TEST_CASE("a later article's smaller figure without revision words conflicts with the cumulative order") {
    auto files = rising_toll();
    files.push_back({"fri.txt", "source: River Times\ndate: 2023-09-15\n\nThe death toll is 9,000.\n"});
    auto r = reconcile_story(toll_facts, files);
    CHECK_FALSE(r.consistent());
    REQUIRE(r.pass.solution.conflicts.size() == 1);
    const factrec::conflict& c = r.pass.solution.conflicts.front();
    REQUIRE(c.relations.size() == 1);
    CHECK(c.relations.front().starts_with("cumulative:"));
    CHECK(c.relations.front() == "cumulative:toll@2023-09-14<=toll@2023-09-15");
    CHECK(c.claims.size() == 2);
    // the same figures as a changing fact are no conflict at all
    std::string changing = toll_facts;
    changing.replace(changing.find("cumulative"), 10, "changing");
    CHECK(reconcile_story(changing, files).consistent());
    // and the text report names the order the conflict goes through
    CHECK(flat_text(r).find("toll@2023-09-14 <= toll@2023-09-15 (toll is cumulative)") != std::string::npos);
}

TEST_CASE("a revision supersedes the old figure in every article and the latest range is the new one") {
    auto files = rising_toll();
    files.push_back({"sun.txt", "source: Harbor Post\ndate: 2023-09-17\n\nThe ministry revised the death toll to "
                                "3,958 from 11,300 after counting again.\n"});
    files.push_back({"copy.txt", "source: Gulf Daily\ndate: 2023-09-14\n\nAt least 11,300 people were killed, "
                                 "the mayor said.\n"});
    auto r = reconcile_story(toll_facts, files);
    json report = report_of(r);
    CHECK(report["consistent"] == true);
    const json& revising = claim_quoting(report, "sun.txt", "3,958");
    CHECK(revising["status"] == "kept");
    for (const auto& [file, quote] :
         std::vector<std::pair<std::string, std::string>>{{"thu.txt", "11,300"}, {"sun.txt", "11,300"}}) {
        const json& old = claim_quoting(report, file, quote);
        CHECK(old["status"] == "superseded");
        CHECK(old["superseded_by"] == revising["id"]);
        CHECK(old["superseded_words"].get<std::string>().find("revised") != std::string::npos);
    }
    // "at least 11,300" is another value: not the figure the revision replaced
    CHECK(claim_quoting(report, "copy.txt", "At least 11,300")["status"] == "kept");
    const json& latest = fact_entry(report, "toll@2023-09-17");
    CHECK(range_holds(latest["range"], 3958));
    CHECK_FALSE(range_holds(latest["range"], 3959));
    CHECK_FALSE(range_holds(latest["range"], 3957));
    // superseded claims take no part: no fact's range is set by one
    for (const json& f : report["facts"])
        for (const char* end : {"lo_set_by", "hi_set_by"})
            for (const json& id : f[end]) CHECK(id != claim_quoting(report, "thu.txt", "11,300")["id"]);
    std::string text = flat_text(r);
    CHECK(text.find("superseded by " + revising["id"].get<std::string>()) != std::string::npos);
}

TEST_CASE("an article dated unknown, or without headers, is accepted and its claims are undated") {
    auto unknown = factrec::read_article("u.txt", "source: Scraped\ndate: unknown\n\nThe death toll is 3,000.\n");
    REQUIRE(unknown);
    CHECK(unknown->publisher.date.empty());
    auto partial = factrec::read_article("p.txt", "date: 2023-09\n\nThe death toll is 3,000.\n");
    REQUIRE(partial);
    CHECK(partial->publisher.date == "2023-09");
    auto year = factrec::read_article("y.txt", "date: 2023\n\nThe death toll is 3,000.\n");
    REQUIRE(year);
    CHECK(year->publisher.date == "2023");
    for (const char* bad : {"2023-13", "2023-9-1", "23-09-12", "soon", "2023-02-29"}) {
        auto refused = factrec::read_article("b.txt", std::string("date: ") + bad + "\n\nText.\n");
        CHECK_FALSE(refused);
        if (!refused) CHECK(refused.error().message.starts_with("b.txt:1:7: date '"));
    }

    auto files = rising_toll();
    files.push_back({"scraped.txt", "source: Scraped\ndate: unknown\n\nThe death toll reached 2,300.\n"});
    files.push_back({"bare.txt", "The death toll reached 2,300 in the old town.\n"});
    auto r = reconcile_story(toll_facts, files);
    json report = report_of(r);
    CHECK(report["consistent"] == true);
    for (const char* file : {"scraped.txt", "bare.txt"}) {
        const json& c = claim_quoting(report, file, "2,300");
        CHECK(c["date"].is_null());
        CHECK(c["dated_by"].is_null());
    }
    // the undated value is its claims' own, free of the dated ones (a figure of no known day)
    const json& undated = fact_entry(report, "toll@undated");
    CHECK(range_holds(undated["range"], 2300));
    CHECK_FALSE(range_holds(undated["range"], 2200));
    CHECK_FALSE(range_holds(undated["range"], 2400));
}

TEST_CASE("a day phrase in the sentence dates the claim against the article's date") {
    // 2025-04-03 is a Thursday
    auto r = reconcile_story(toll_facts, {{"a.txt", "source: Coast Wire\ndate: 2025-04-03\n\n"
                                                    "The death toll rose to 410 on Thursday. "
                                                    "By Tuesday the death toll had reached 120. "
                                                    "Yesterday the death toll was 300. "
                                                    "The death toll stood at 90 as of Sept. 19. "
                                                    "On 12 September 2024 the death toll was 80. "
                                                    "Last week the death toll was 200.\n"}});
    json report = report_of(r);
    const std::pair<const char*, const char*> expected[] = {{"410", "2025-04-03"},
                                                            {"120", "2025-04-01"},
                                                            {"300", "2025-04-02"},
                                                            {"90", "2024-09-19"},
                                                            {"80", "2024-09-12"}};
    for (const auto& quote_and_date : expected) {
        const json& c = claim_quoting(report, "a.txt", quote_and_date.first);
        CHECK_MESSAGE(c["date"] == quote_and_date.second, c.dump());
        CHECK(c["dated_by"] == "sentence");
    }
    CHECK(claim_quoting(report, "a.txt", "410")["date_phrase"] == "on Thursday");
    CHECK(claim_quoting(report, "a.txt", "120")["date_phrase"] == "By Tuesday");
    // "last week" names no day: the claim keeps the article's date
    const json& last_week = claim_quoting(report, "a.txt", "200");
    CHECK(last_week["date"] == "2025-04-03");
    CHECK(last_week["dated_by"] == "article");
    // 200 on the article's day is below 410 on the same day: one conflict, on that day only
    CHECK_FALSE(r.consistent());
}

TEST_CASE("a weekday in an article dated only to its month cannot be resolved and leaves the claim undated") {
    auto r = reconcile_story(toll_facts, {{"m.txt", "date: 2025-04\n\nThe death toll rose to 410 on Thursday.\n"}});
    json report = report_of(r);
    const json& c = claim_quoting(report, "m.txt", "410");
    CHECK(c["date"].is_null());
    CHECK(c["dated_by"].is_null());
    CHECK(c["date_phrase"] == "on Thursday");
    // a day with its month resolves with the article's year
    auto dated = reconcile_story(toll_facts, {{"m.txt", "date: 2025-04\n\nThe death toll was 410 on 2 April.\n"}});
    CHECK(claim_quoting(report_of(dated), "m.txt", "410")["date"] == "2025-04-02");
}

TEST_CASE("the death toll has surpassed 3,000 is more than 3,000") {
    auto r = reconcile_story(toll_facts,
                             {{"a.txt", "date: 2023-02-08\n\nThe death toll has surpassed 3,000, officials said.\n"}});
    json report = report_of(r);
    const json& c = claim_quoting(report, "a.txt", "3,000");
    CHECK(c["value"]["lo"] == "3000");
    CHECK(c["value"]["lo_open"] == true);
    CHECK(c["value"]["hi"].is_null());
}

TEST_CASE("an earlier figure is dated by its own day phrase, or takes no part when it has none") {
    auto r = reconcile_story(toll_facts, {{"a.txt", "source: Coast Wire\ndate: 2023-09-14\n\n"
                                                    "The death toll rose to 11,300, up from 5,200 on Wednesday. "
                                                    "The death toll is now 11,300, up from 2,300.\n"}});
    json report = report_of(r);
    const json& wednesday = claim_quoting(report, "a.txt", "5,200");
    CHECK(wednesday["date"] == "2023-09-13");
    CHECK(wednesday["status"] == "kept");
    CHECK(range_holds(fact_entry(report, "toll@2023-09-13")["range"], 5200));
    CHECK_FALSE(range_holds(fact_entry(report, "toll@2023-09-13")["range"], 5300));
    const json& earlier = claim_quoting(report, "a.txt", "2,300");
    CHECK(earlier["status"] == "earlier");
    CHECK(r.consistent());
}

TEST_CASE("a downward revision of a cumulative fact is not a conflict with the days before it") {
    auto files = rising_toll();
    files.push_back({"sun.txt", "date: 2023-09-17\n\nThe death toll was revised to 3,958 from 11,300.\n"});
    auto r = reconcile_story(toll_facts, files);
    // 5,200 on Wednesday is above the revised 3,958: the revision restarts the running total
    CHECK(r.consistent());
}

TEST_CASE("relations between series facts hold per date") {
    const std::string facts = std::string(toll_facts) +
                              "fact injured \"Injured\" unit count(people) cumulative cues \"injured\"\n"
                              "fact casualties \"Casualties\" unit count(people) cumulative cues \"casualties\"\n"
                              "relation all: toll + injured = casualties\n";
    auto r = reconcile_story(facts, {{"a.txt", "date: 2023-09-12\n\nThe death toll is 100. 50 were injured.\n"},
                                     {"b.txt", "date: 2023-09-13\n\nThe death toll is 120. 60 were injured.\n"}});
    json report = report_of(r);
    CHECK(r.consistent());
    const json& tuesday = fact_entry(report, "casualties@2023-09-12");
    CHECK(range_holds(tuesday["range"], 150));
    CHECK_FALSE(range_holds(tuesday["range"], 180));
    CHECK(range_holds(fact_entry(report, "casualties@2023-09-13")["range"], 180));
    auto conflicting = reconcile_story(
        facts, {{"a.txt", "date: 2023-09-12\n\nThe death toll is 100. 50 were injured. Casualties reached 300.\n"}});
    REQUIRE_FALSE(conflicting.consistent());
    CHECK(conflicting.pass.solution.conflicts.front().relations.front() == "all@2023-09-12");
}

TEST_CASE("the facts file's series keywords") {
    auto both = factrec::parse_facts_file("fact t unit count(people) cumulative changing cues \"t\"\n", "s.facts");
    REQUIRE_FALSE(both);
    CHECK(both.error().message == "s.facts:1:1: fact 't' is either cumulative or changing, and says so once");
    auto parsed =
        factrec::parse_facts_file("fact t unit count(people) whole changing cues \"t\"\nfact u unit USD\n", "s.facts");
    REQUIRE(parsed);
    CHECK(parsed->facts[0].series == factrec::series_kind::changing);
    CHECK(parsed->facts[1].series == factrec::series_kind::timeless);
}

TEST_CASE("reports show a series fact as a timeline") {
    auto files = rising_toll();
    files.push_back({"sun.txt", "date: 2023-09-17\n\nThe death toll was revised to 3,958 from 11,300.\n"});
    auto r = reconcile_story(toll_facts, files);
    std::string text = factrec::text_report(r);
    for (const char* date : {"    2023-09-12 range ", "    2023-09-13 range ", "    2023-09-17 range 3958"})
        CHECK_MESSAGE(text.find(date) != std::string::npos, text);
    CHECK(text.find("toll - Death toll (cumulative: one value per date)") != std::string::npos);
    std::string html = factrec::html_report(r);
    CHECK(html.find("<svg class=\"series-chart\" data-fact=\"toll\"") != std::string::npos);
    CHECK(html.find("class=\"claim superseded\"") != std::string::npos);
    std::size_t ranges = 0;
    for (std::size_t at = html.find("class=\"series-range\""); at != std::string::npos;
         at = html.find("class=\"series-range\"", at + 1))
        ++ranges;
    CHECK(ranges == 3); // 11,300 of 2023-09-14 was superseded: that date has no value left
}

namespace {

// The date the report gives the claim of `file` quoting `quote` ("null" when undated).
std::string date_of(const json& report, const std::string& file, const std::string& quote) {
    const json& c = claim_quoting(report, file, quote);
    return c["date"].is_null() ? std::string("null") : c["date"].get<std::string>();
}

} // namespace

TEST_CASE("a day phrase that dates the event does not date the toll") {
    // 2024-05-06 is a Monday; the later articles speak of the disaster of that Monday
    const std::vector<story_file> files = {
        {"mon.txt", "source: Coast Wire\ndate: 2024-05-06\n\nThe death toll stood at 410 on Monday night.\n"},
        {"thu.txt", "source: Harbor Post\ndate: 2024-05-09\n\nThe tremor that struck the coast on Monday has "
                    "now killed 1,250 people, the agency said.\n"},
        {"fri.txt", "source: Delta News\ndate: 2024-05-10\n\nMonday's landslide has killed 1,300 people.\n"},
        {"sat.txt", "source: River Times\ndate: 2024-05-11\n\nAt least 1,340 people have been killed since the "
                    "dam burst on Monday.\n"},
        {"sun.txt", "source: Gulf Daily\ndate: 2024-05-12\n\nThe flood, which began on Monday, has killed 1,360 "
                    "people.\n"}};
    auto r = reconcile_story(toll_facts, files);
    json report = report_of(r);
    CHECK(r.consistent());
    CHECK(date_of(report, "mon.txt", "410") == "2024-05-06");
    CHECK(date_of(report, "thu.txt", "1,250") == "2024-05-09");
    CHECK(date_of(report, "fri.txt", "1,300") == "2024-05-10");
    CHECK(date_of(report, "sat.txt", "1,340") == "2024-05-11");
    CHECK(date_of(report, "sun.txt", "1,360") == "2024-05-12");
    CHECK(claim_quoting(report, "thu.txt", "1,250")["dated_by"] == "article");
    // a day in the possessive of the count itself does date it
    auto own = reconcile_story(
        toll_facts, {{"t.txt", "date: 2024-05-09\n\nMonday's death toll of 410 was the first official count.\n"}});
    CHECK(date_of(report_of(own), "t.txt", "410") == "2024-05-06");
}

TEST_CASE("each figure takes the day phrase of its own clause") {
    // 2024-05-10 is a Friday
    auto r = reconcile_story(toll_facts, {{"a.txt", "source: Coast Wire\ndate: 2024-05-10\n\n"
                                                    "The death toll climbed to 3,410, up from 2,950 on Thursday and "
                                                    "2,200 on Wednesday.\n"}});
    json report = report_of(r);
    CHECK(r.consistent());
    CHECK(date_of(report, "a.txt", "3,410") == "2024-05-10");
    CHECK(claim_quoting(report, "a.txt", "3,410")["dated_by"] == "article");
    CHECK(date_of(report, "a.txt", "2,950") == "2024-05-09");
    CHECK(date_of(report, "a.txt", "2,200") == "2024-05-08");

    // a day phrase does not cross a ';', and "it" carries the toll to the second figure
    auto semicolon = reconcile_story(
        toll_facts,
        {{"b.txt", "source: Harbor Post\ndate: 2024-05-09\n\nOn Monday the death toll was 520; by Tuesday it was "
                   "1,130.\n"},
         {"c.txt", "source: Delta News\ndate: 2024-05-09\n\nThe death toll reached 1,130 on Tuesday.\n"}});
    json second = report_of(semicolon);
    CHECK(semicolon.consistent());
    CHECK(date_of(second, "b.txt", "520") == "2024-05-06");
    CHECK(date_of(second, "b.txt", "1,130") == "2024-05-07");

    // two figures of one predicate, each with its own day
    auto coordinated = reconcile_story(
        toll_facts,
        {{"d.txt", "date: 2024-05-09\n\nThe death toll stood at 520 on Monday and at 1,130 on Tuesday.\n"}});
    json third = report_of(coordinated);
    CHECK(date_of(third, "d.txt", "520") == "2024-05-06");
    CHECK(date_of(third, "d.txt", "1,130") == "2024-05-07");
    // and a smaller later figure so joined is still a conflict with the order
    auto falling = reconcile_story(
        toll_facts,
        {{"e.txt", "date: 2024-05-09\n\nThe death toll stood at 1,130 on Monday and at 520 on Tuesday.\n"}});
    CHECK_FALSE(falling.consistent());

    // a figure with a predicate of its own is another statement: it shares no fact
    for (const char* sentence :
         {"The death toll was 640 and 1,480 were injured.\n", "The death toll stood at 212 and 95 remain missing.\n",
          "The death toll reached 77, and 300 have been evacuated.\n"}) {
        CAPTURE(sentence);
        auto own = reconcile_story(toll_facts, {{"f.txt", std::string("date: 2024-05-09\n\n") + sentence}});
        json fourth = report_of(own);
        CHECK(fourth["claims"].size() == 1);
    }
}

TEST_CASE("copies of one sentence on different dates are separate claims") {
    const char* sentence = "Officials put the death toll at 410.\n";
    auto r = reconcile_story(
        toll_facts, {{"a.txt", std::string("source: Coast Wire\ndate: 2024-03-03\n\n") + sentence},
                     {"b.txt", std::string("source: Harbor Post\ndate: 2024-03-10\n\n") + sentence},
                     {"c.txt", "source: Delta News\ndate: 2024-03-05\n\nOfficials put the death toll at 460.\n"}});
    json report = report_of(r);
    // 460 on the 5th is above 410 on the 10th: the running total cannot have fallen
    CHECK_FALSE(r.consistent());
    CHECK(date_of(report, "b.txt", "410") == "2024-03-10");
    // on one date the same words are one claim with two sources
    auto same_day =
        reconcile_story(toll_facts, {{"a.txt", std::string("source: Coast Wire\ndate: 2024-03-03\n\n") + sentence},
                                     {"b.txt", std::string("source: Harbor Post\ndate: 2024-03-03\n\n") + sentence}});
    CHECK(same_day.pass.binding.claims.size() == 1);
    CHECK(same_day.pass.binding.claims.front().copies.size() == 1);
    // a timeless fact has one value whatever the day: its copies merge across dates
    std::string timeless = toll_facts;
    timeless.replace(timeless.find(" cumulative"), 11, "");
    auto across_days =
        reconcile_story(timeless, {{"a.txt", std::string("source: Coast Wire\ndate: 2024-03-03\n\n") + sentence},
                                   {"b.txt", std::string("source: Harbor Post\ndate: 2024-03-10\n\n") + sentence}});
    CHECK(across_days.pass.binding.claims.size() == 1);
}

TEST_CASE("a revision supersedes only what was said on or before it") {
    // 2024-06-06 is a Thursday; 2024-06-17 a Monday
    auto r = reconcile_story(
        toll_facts,
        {{"rev.txt", "source: Coast Wire\ndate: 2024-06-06\n\nThe agency on Thursday revised the death toll to 1,900 "
                     "from 2,400.\n"},
         {"b.txt", "source: Harbor Post\ndate: 2024-06-17\n\nThe death toll rose to 2,400 on Monday.\n"},
         {"c.txt", "source: Delta News\ndate: 2024-06-17\n\nThe death toll was 2,700 on Monday.\n"}});
    json report = report_of(r);
    CHECK(claim_quoting(report, "rev.txt", "2,400")["status"] == "superseded");
    CHECK(claim_quoting(report, "b.txt", "2,400")["status"] != "superseded");
    REQUIRE_FALSE(r.consistent());
    std::vector<std::string> files_in_conflict;
    for (const auto& id : r.pass.solution.conflicts.front().claims)
        files_in_conflict.push_back(r.articles[r.find_claim(id)->article].file);
    std::sort(files_in_conflict.begin(), files_in_conflict.end());
    CHECK(files_in_conflict == std::vector<std::string>{"b.txt", "c.txt"});
}

TEST_CASE("a figure that was sought instead is not a revised one") {
    const std::string facts = "fact budget \"Budget\" unit USD cues \"budget\"\n";
    auto r = reconcile_story(
        facts, {{"a.txt", "source: Coast Wire\n\nThe board adopted a budget of $80 million instead of the $95 million "
                          "the governor had requested.\n"},
                {"b.txt", "source: Harbor Post\n\nThe adopted budget is $95 million.\n"}});
    json report = report_of(r);
    CHECK(claim_quoting(report, "b.txt", "$95 million")["status"] != "superseded");
    CHECK_FALSE(r.consistent());
}

TEST_CASE("a revision's new value is bound and its old value superseded") {
    auto earlier = reconcile_story(
        toll_facts,
        {{"a.txt", "source: Coast Wire\ndate: 2024-06-06\n\nThe agency had earlier reported a death toll of 4,210 but "
                   "revised it to 3,980.\n"},
         {"b.txt", "source: Harbor Post\ndate: 2024-06-06\n\nThe death toll is 3,980.\n"}});
    json first = report_of(earlier);
    CHECK(earlier.consistent());
    const json& revised = claim_quoting(first, "a.txt", "3,980");
    CHECK(revised["status"] == "kept");
    CHECK(claim_quoting(first, "a.txt", "4,210")["status"] == "superseded");
    CHECK(claim_quoting(first, "a.txt", "4,210")["superseded_by"] == revised["id"]);

    auto from_to = reconcile_story(
        toll_facts,
        {{"a.txt", "source: Coast Wire\ndate: 2024-06-06\n\nThe agency revised the death toll from 4,210 to 3,980.\n"},
         {"b.txt", "source: Harbor Post\ndate: 2024-06-06\n\nThe death toll stood at 3,500.\n"}});
    json second = report_of(from_to);
    const json& new_value = claim_quoting(second, "a.txt", "3,980");
    const json& old_value = claim_quoting(second, "a.txt", "4,210");
    CHECK(old_value["status"] == "superseded");
    CHECK(old_value["superseded_by"] == new_value["id"]);
    CHECK(old_value["superseded_by"] != old_value["id"]);
    CHECK_FALSE(from_to.consistent()); // 3,980 and 3,500 on one day

    auto initially = reconcile_story(
        toll_facts, {{"a.txt", "date: 2024-06-06\n\nThe death toll, initially put at 4,210, was revised to 3,980.\n"}});
    json third = report_of(initially);
    CHECK(claim_quoting(third, "a.txt", "3,980")["status"] == "kept");
    CHECK(claim_quoting(third, "a.txt", "4,210")["status"] == "superseded");
}

TEST_CASE("more date phrases: two days back, weeks ago, ISO dates, month ends, abbreviations, last week") {
    // 2025-04-03 is a Thursday
    auto r = reconcile_story(toll_facts, {{"a.txt", "source: Coast Wire\ndate: 2025-04-03\n\n"
                                                    "The death toll was 61 the day before yesterday. "
                                                    "The death toll was 52 a week ago. "
                                                    "The death toll was 57 on 2025-03-30. "
                                                    "The death toll was 58 on Monday, March 31. "
                                                    "The death toll was 40 by the end of February. "
                                                    "The death toll was 45 in March. "
                                                    "The death toll was 62 on Tues. after the rain. "
                                                    "The death toll was 56 on Friday last week. "
                                                    "The death toll was 55 on Monday, March 24.\n"}});
    json report = report_of(r);
    const std::pair<const char*, const char*> expected[] = {
        {"61", "2025-04-01"}, {"52", "2025-03-27"}, {"57", "2025-03-30"}, {"58", "2025-03-31"}, {"40", "2025-02-28"},
        {"45", "null"},       {"62", "2025-04-01"}, {"56", "2025-03-28"}, {"55", "2025-03-24"}};
    for (const auto& e : expected) CHECK_MESSAGE(date_of(report, "a.txt", e.first) == e.second, e.first);
    // "Aug. 5" and "Thurs." once the sentence is whole
    auto phrases = factrec::find_date_phrases("stood at 300 on Aug. 5 and 310 on Thurs. night",
                                              factrec::calendar_date{2025, 9, 10});
    REQUIRE(phrases.size() == 2);
    CHECK(phrases[0].words == "on Aug. 5");
    CHECK(phrases[0].day == factrec::calendar_date{2025, 8, 5});
    CHECK(phrases[1].day == factrec::calendar_date{2025, 9, 4});
}

TEST_CASE("a forecast is not a claim about any day") {
    // 2025-04-03 is a Thursday
    auto r = reconcile_story(
        toll_facts,
        {{"a.txt", "source: Coast Wire\ndate: 2025-04-03\n\nOfficials warned the death toll could reach 2,000 by "
                   "next Monday.\n"},
         {"b.txt", "source: Harbor Post\ndate: 2025-04-03\n\nThe death toll will reach 1,500 people tomorrow.\n"},
         {"c.txt", "source: Delta News\ndate: 2025-04-03\n\nThe death toll stood at 700 on Thursday.\n"}});
    json report = report_of(r);
    CHECK(r.consistent());
    const json& next_week = claim_quoting(report, "a.txt", "2,000");
    CHECK(next_week["status"] == "forecast");
    CHECK(next_week["date"] == "2025-04-07");
    CHECK(claim_quoting(report, "b.txt", "1,500")["status"] == "forecast");
    CHECK(claim_quoting(report, "c.txt", "700")["status"] == "kept");
    CHECK(flat_text(r).find("a forecast") != std::string::npos);
}

TEST_CASE("series facts without a shared date, and undated figures, make no false conflict") {
    const std::string facts = std::string(toll_facts) +
                              "fact injured \"Injured\" unit count(people) cumulative cues \"injured\"\n"
                              "fact casualties \"Casualties\" unit count(people) cumulative cues \"casualties\"\n"
                              "relation all: toll + injured = casualties\n";
    auto r = reconcile_story(facts, {{"a.txt", "date: 2024-03-04\n\nCasualties reached 180 by then.\n"},
                                     {"b.txt", "date: 2024-03-05\n\nThe death toll is 95.\n"},
                                     {"c.txt", "date: 2024-03-06\n\nSome 140 people were injured.\n"}});
    CHECK(r.consistent());
    // with a shared date the relation still holds on it
    auto shared = reconcile_story(facts, {{"a.txt", "date: 2024-03-04\n\nCasualties reached 180 by then.\n"},
                                          {"b.txt", "date: 2024-03-04\n\nThe death toll is 95.\n"},
                                          {"c.txt", "date: 2024-03-04\n\nSome 140 people were injured.\n"}});
    CHECK_FALSE(shared.consistent());

    // an undated figure beyond the latest dated one may be newer than it
    auto files = rising_toll();
    files.push_back({"undated.txt", "The death toll has surpassed 14,000.\n"});
    auto undated = reconcile_story(toll_facts, files);
    CHECK(undated.consistent());
    CHECK(claim_quoting(report_of(undated), "undated.txt", "14,000")["status"] == "kept");
    // undated claims are still checked against each other
    files.push_back({"undated2.txt", "The death toll is 9,000.\n"});
    CHECK_FALSE(reconcile_story(toll_facts, files).consistent());
}
