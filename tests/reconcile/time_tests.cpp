// Stories that move: dated articles and claims, series facts, revisions, and their reports.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

using nlohmann::json;

namespace {

const char* const toll_facts =
    "fact toll \"Death toll\" unit count(people) cumulative cues \"death toll\", \"killed\"\n";

struct story_article {
    std::string file;
    std::string text;
};

factrec::result<factrec::reconciliation> try_reconcile(const std::string& facts_text,
                                                       const std::vector<story_article>& files) {
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

factrec::reconciliation reconcile_story(const std::string& facts_text, const std::vector<story_article>& files) {
    auto r = try_reconcile(facts_text, files);
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return std::move(*r);
}

json report_of(const factrec::reconciliation& r) { return json::parse(factrec::json_report(r)); }

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

std::vector<story_article> rising_toll() {
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
    // the undated value lies between the earliest and the latest dated ones
    const json& undated = fact_entry(report, "toll@undated");
    CHECK(range_holds(undated["range"], 2300));
    CHECK_FALSE(range_holds(undated["range"], 2200));
    CHECK_FALSE(range_holds(undated["range"], 11301));
    // an undated figure beyond the latest dated one is a conflict with the order
    files.push_back({"big.txt", "The death toll reached 20,000.\n"});
    auto beyond = reconcile_story(toll_facts, files);
    CHECK_FALSE(beyond.consistent());
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
