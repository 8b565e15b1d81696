// Names of sources and speakers, claim ids, declared names no article uses, and what the
// reports do with hostile text in the articles.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "story_support.hpp"

using factrec_test::has_warning;
using factrec_test::reconcile_error;
using factrec_test::reconciled;
using nlohmann::json;

namespace {

const std::string budget_facts = "fact budget \"Budget\" unit USD cues \"budget\"\n";

// An article as the reader would give it, built here so that the report writers are tested on
// any bytes, whatever reading the article does to them.
factrec::article article_of(const std::string& file, const std::string& source, const std::string& body,
                            const std::string& url = "") {
    factrec::article a;
    a.file = file;
    a.text = "source: " + source + "\n\n" + body;
    a.body_offset = a.text.size() - body.size();
    a.publisher.name = source;
    a.publisher.url = url;
    return a;
}

std::vector<std::string> claim_ids(const factrec::reconciliation& r) {
    std::vector<std::string> ids;
    for (const auto& c : r.pass.binding.claims) ids.push_back(c.id);
    return ids;
}

const factrec::bound_claim& claim_quoting(const factrec::reconciliation& r, const std::string& quote) {
    for (const auto& c : r.pass.binding.claims)
        if (c.quote == quote) return c;
    FAIL("no claim quotes " << quote);
    throw;
}

bool valid_utf8(const std::string& text) {
    return factrec::reconcile_detail::first_invalid_utf8(text) == std::string::npos;
}

// The code points of a text that act on a terminal (ESC, other controls, DEL, C1), tab and
// newline aside.
std::size_t display_controls(const std::string& text) {
    std::size_t found = 0;
    for (std::size_t i = 0; i < text.size();) {
        auto c = factrec::reconcile_detail::code_point_at(text, i);
        if (c.valid && c.value != '\n' && c.value != '\t' && factrec::report::detail::acts_on_display(c.value)) ++found;
        i += c.length;
    }
    return found;
}

} // namespace

TEST_CASE("claim ids are unique per article file and readable") {
    SUBCASE("two sources in Japanese") {
        auto r = reconciled(budget_facts, {article_of("nikkei.txt", "日経新聞", "The budget is $5 million."),
                                           article_of("yomiuri.txt", "読売新聞", "The budget was $5 million.")});
        auto ids = claim_ids(r);
        REQUIRE(ids.size() == 2);
        CHECK(ids[0] == "日経新聞:" + std::to_string(r.pass.binding.claims[0].claim.span.begin));
        CHECK(ids[1].starts_with("読売新聞:"));
    }
    SUBCASE("two sources whose names differ only in case and punctuation") {
        auto r = reconciled(budget_facts, {article_of("a.txt", "Harbor Ledger", "The budget is $5 million."),
                                           article_of("b.txt", "harbor-ledger", "The budget is $9 million.")});
        auto ids = claim_ids(r);
        REQUIRE(ids.size() == 2);
        CHECK(ids[0].starts_with("harbor-ledger:"));
        CHECK(ids[1].starts_with("harbor-ledger-2:"));
        CHECK_FALSE(r.consistent()); // both figures are in the story, and they disagree
    }
    SUBCASE("an article and its update from one outlet, a figure at the same offset") {
        auto r = reconciled(budget_facts, {article_of("wire.txt", "Pacific Wire", "The budget is $5 million."),
                                           article_of("wire-update.txt", "Pacific Wire", "The budget is $7 million.")});
        auto ids = claim_ids(r);
        REQUIRE(ids.size() == 2);
        CHECK(r.pass.binding.claims[0].claim.span.begin == r.pass.binding.claims[1].claim.span.begin);
        CHECK(ids[0].starts_with("pacific-wire:"));
        CHECK(ids[1].starts_with("pacific-wire-2:"));
        CHECK(r.pass.binding.claims[1].claim.publisher.name == "Pacific Wire");
    }
    SUBCASE("a suffix does not take another file's own name") {
        // Three wordings: the same sentence in several files would be one claim (copies count once).
        auto r = reconciled(budget_facts, {article_of("a.txt", "Harbor Ledger", "The budget is $5 million."),
                                           article_of("b.txt", "Harbor Ledger", "The budget was $5 million."),
                                           article_of("c.txt", "Harbor Ledger 2", "The budget stays $5 million.")});
        auto ids = claim_ids(r);
        REQUIRE(ids.size() == 3);
        CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 3);
        CHECK(ids[1].starts_with("harbor-ledger-3:"));
        CHECK(ids[2].starts_with("harbor-ledger-2:"));
    }
}

TEST_CASE("the same article file given twice is read once, with a warning") {
    auto r = reconciled(budget_facts, {article_of("story/wire.txt", "Pacific Wire", "The budget is $5 million."),
                                       article_of("story/./wire.txt", "Pacific Wire", "The budget is $5 million.")});
    CHECK(r.articles.size() == 1);
    CHECK(r.pass.binding.claims.size() == 1);
    REQUIRE(r.warnings.size() == 1);
    CHECK(r.warnings[0].message == "story/./wire.txt: the file is given more than once; it is read once");
    CHECK(r.warnings[0].file == "story/./wire.txt");
}

TEST_CASE("slugs keep letters of every script and cut on a character boundary") {
    using factrec::reconcile_detail::slug;
    CHECK(slug("Harbor Ledger") == "harbor-ledger");
    CHECK(slug("  Le Monde — Économie ") == "le-monde-Économie");
    CHECK(slug("朝日新聞・デジタル") == "朝日新聞-デジタル");
    CHECK(slug("佐々木通信") == "佐々木通信"); // 々 is a letter
    CHECK(slug("\x1b[31m") == "31m");
    CHECK(slug("***") == "article");
    std::string long_name;
    for (int i = 0; i < 30; ++i) long_name += "新";
    std::string cut = slug(long_name);
    CHECK(cut.size() <= 48);
    CHECK(cut.size() % 3 == 0);
    CHECK(valid_utf8(cut));
}

TEST_CASE("a source no article has is an error at its name, with the closest name") {
    std::vector<factrec::article> articles{article_of("a.txt", "Alpha", "The budget is $5 million."),
                                           article_of("b.txt", "Beta Times", "The budget was $5 million.")};
    CHECK(reconcile_error(budget_facts + "source \"Alpah\" trust 3\n", articles) ==
          "story.facts:2:8: source \"Alpah\" is the source of no article; did you mean \"Alpha\"?");
    CHECK(reconcile_error(budget_facts + "source   \"Gazette\" trust 3\n", articles) ==
          "story.facts:2:10: source \"Gazette\" is the source of no article; the articles' sources are "
          "\"Alpha\", \"Beta Times\"");
    CHECK(reconcile_error(budget_facts + "source \"Alpha\" trust 3\nsource \"ALPHA\" trust 2\n", articles) ==
          "story.facts:3:8: source \"ALPHA\" is declared twice (as \"Alpha\" before)");
    // A fact limited by `in` to a source no article has would keep every figure off it.
    const std::string limited =
        reconcile_error(budget_facts + "fact wire unit USD cues \"budget\" in \"Alpah\"\n", articles);
    CHECK(limited.starts_with("story.facts:2:"));
    CHECK(limited.find("fact 'wire' is limited to source \"Alpah\", which is the source of no article; did you mean "
                       "\"Alpha\"?") != std::string::npos);
    CHECK(reconcile_error(budget_facts + "claim budget from \"Beta Tims\" quote \"$5 million\"\n", articles) ==
          "story.facts:2:19: claim for 'budget' names source \"Beta Tims\", which is the source of no article; "
          "did you mean \"Beta Times\"?");
    // Names match in full, ignoring case: the trust reaches the claim.
    auto r = reconciled(budget_facts + "source \"beta times\" trust 3\n", articles);
    CHECK(claim_quoting(r, "$5 million").claim.publisher.name == "Alpha");
    CHECK(r.pass.binding.claims[1].claim.weight() == 3);
}

TEST_CASE("a pinned claim is placed in every file of its source that has the quote") {
    auto r = reconciled("fact budget unit USD\nclaim budget from \"Pacific Wire\" quote \"spent $5 million\"\n",
                        {article_of("wire.txt", "Pacific Wire", "They spent $5 million."),
                         article_of("update.txt", "Pacific Wire", "Overall they spent $5 million.")});
    REQUIRE(r.pass.binding.claims.size() == 2);
    CHECK(r.pass.binding.claims[0].pinned);
    CHECK(r.pass.binding.claims[1].pinned);
    CHECK(r.pass.binding.claims[0].id != r.pass.binding.claims[1].id);
}

TEST_CASE("a speaker declaration names whole words of a speaker's name") {
    auto article = article_of("s.txt", "Wire",
                              "The budget is $5 million, police said. Premier Li said the budget was $6 million. "
                              "Li Qiang said the budget is $7 million. The budget is $8 million, Lina said.");
    auto r = reconciled(budget_facts + "speaker \"Li\" trust 3\n", {article});
    CHECK(claim_quoting(r, "$5 million").claim.speaker->name == "police");
    CHECK(claim_quoting(r, "$5 million").claim.weight() == 1);
    CHECK(claim_quoting(r, "$6 million").claim.weight() == 3);
    CHECK(claim_quoting(r, "$7 million").claim.weight() == 3);
    CHECK(claim_quoting(r, "$8 million").claim.speaker->name == "Lina");
    CHECK(claim_quoting(r, "$8 million").claim.weight() == 1);

    // Several words name the speaker together; the declaration naming most words wins.
    auto office = article_of("o.txt", "Wire",
                             "The budget is $4 million, according to the White House press office. "
                             "The budget is $3 million, Maria Stone said.");
    auto both =
        reconciled(budget_facts + "speaker \"white house\" trust 2\nspeaker \"White House press office\" trust 5\n"
                                  "speaker \"stone\" trust 7\n",
                   {office});
    CHECK(claim_quoting(both, "$4 million").claim.weight() == 5);
    CHECK(claim_quoting(both, "$3 million").claim.weight() == 7);
}

TEST_CASE("a speaker no article quotes: an error when it is a likely typo, else a warning") {
    auto article = article_of("m.txt", "Metro", "\"The budget is $9 million,\" said Mayor Ana Ruiz.");
    CHECK(reconcile_error(budget_facts + "speaker \"Ana Ruis\" trust 2\n", {article}) ==
          "story.facts:2:9: speaker \"Ana Ruis\" names no speaker the articles quote with a figure; did you mean "
          "\"Mayor Ana Ruiz\"?");
    CHECK(reconcile_error(budget_facts + "speaker \"Ana Ruiz\" trust 2\nspeaker \"ana-ruiz\" trust 3\n", {article}) ==
          "story.facts:3:9: speaker \"ana-ruiz\" is declared twice (as \"Ana Ruiz\" before)");

    auto r = reconciled(budget_facts + "speaker \"Kenji Tanaka\" trust 2\nspeaker \"Lu\" trust 2\n", {article});
    CHECK(has_warning(r, "story.facts:2:9: speaker \"Kenji Tanaka\" names no speaker the articles quote with a "
                         "figure; its trust applies to no claim"));
    CHECK(has_warning(r, "story.facts:3:9: speaker \"Lu\""));
    REQUIRE(r.warnings.size() == 2);
    CHECK(r.warnings[0].file == "story.facts");
    CHECK(r.warnings[0].offset == budget_facts.size() + 8);

    json report = json::parse(factrec::json_report(r));
    REQUIRE(report["warnings"].size() == 2);
    CHECK(report["warnings"][0]["message"] == r.warnings[0].message);
    CHECK(report["warnings"][0]["file"] == "story.facts");
    CHECK(report["warnings"][0]["offset"] == budget_facts.size() + 8);
    std::string text = factrec::text_report(r);
    CHECK(text.find("WARNINGS\n    story.facts:2:9: speaker \"Kenji Tanaka\"") != std::string::npos);
}

TEST_CASE("facts no figure was bound to are warned of, derived facts are not") {
    std::string facts = "fact total unit USD cues \"total\"\n"
                        "fact count unit count(items) cues \"items\"\n"
                        "fact each unit USD\n"
                        "fact unused unit USD\n"
                        "fact misspelt unit USD cues \"budgte\"\n"
                        "fact reserve unit USD cues \"reserve\"\n"
                        "relation price: total = count * each\n"
                        "relation cover: reserve <= total\n";
    auto r = reconciled(facts, {article_of("a.txt", "Wire", "The total is $6 million for 3 items.")});
    CHECK(r.pass.binding.claims.size() == 2);
    CHECK_FALSE(has_warning(r, "'each'"));
    CHECK_FALSE(has_warning(r, "'total'"));
    CHECK(has_warning(r, "story.facts:4:1: no figure was bound to fact 'unused', and no relation names it"));
    CHECK(has_warning(r, "story.facts:5:1: no figure was bound to fact 'misspelt' by its cues"));
    CHECK(has_warning(r, "story.facts:6:1: no figure was bound to fact 'reserve' by its cues; its range comes from "
                         "its relations alone"));
    // And the cues that matched nothing in any article, at their place.
    CHECK(has_warning(r, "story.facts:5:29: cue \"budgte\" of fact 'misspelt' matched nothing in any article"));
    CHECK(has_warning(r, "cue \"reserve\" of fact 'reserve' matched nothing"));
    CHECK(r.warnings.size() == 5);
}

TEST_CASE("terminal escapes in headers and quotes do not reach the terminal") {
    const std::string esc = "\x1b";
    auto article = article_of("evil.txt", "Wire" + esc + "]0;owned" + "\x07" + " Daily",
                              "The budget" + esc + "[2J is $5 million, " + esc +
                                  "[31mpolice\x7f said. The budget is \xC2\x9B"
                                  "6m $9 million.",
                              "https://example.com/" + esc + "[8m");
    auto r = reconciled(budget_facts, {article});
    std::string text = factrec::text_report(r);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(display_controls(text) == 0);
    CHECK(text.find("Wire\\u001b]0;owned\\u0007 Daily") != std::string::npos);
    CHECK(text.find("\\u009b") != std::string::npos);
    CHECK(text.find("\\u007f") != std::string::npos);

    std::string html = factrec::html_report(r);
    CHECK(display_controls(html) == 0);
    CHECK(valid_utf8(html));

    // JSON keeps the text exactly, escaped.
    json report = json::parse(factrec::json_report(r));
    CHECK(report["articles"][0]["source"] == article.publisher.name);
    CHECK(report["articles"][0]["url"] == article.publisher.url);
    CHECK(factrec::json_report(r).find('\x1b') == std::string::npos);
}

TEST_CASE("invalid UTF-8 in headers and text gives valid JSON, HTML and text") {
    auto article = article_of("bad\xff.txt", "Bad \xC3\x28 Wire \xE6\x97", "The budget \xF0\x9F is $5 million.",
                              "https://example.com/\xC0\xAF");
    auto r = reconciled(budget_facts, {article});
    std::string json_text = factrec::json_report(r);
    CHECK(valid_utf8(json_text));
    json report;
    REQUIRE_NOTHROW(report = json::parse(json_text));
    CHECK(report["articles"][0]["source"] == "Bad \xEF\xBF\xBD( Wire \xEF\xBF\xBD\xEF\xBF\xBD"); // a byte, a U+FFFD
    CHECK(report["articles"][0]["file"] == "bad\xEF\xBF\xBD.txt");
    CHECK(report["claims"][0]["source"] == report["articles"][0]["source"]);
    CHECK(valid_utf8(factrec::text_report(r)));
    std::string html = factrec::html_report(r);
    CHECK(valid_utf8(html));
    CHECK(html.find("Bad \xEF\xBF\xBD( Wire") != std::string::npos);
}

TEST_CASE("the JSON writer writes valid JSON for any bytes, the scan command's too") {
    std::string all_bytes;
    for (int b = 0; b < 256; ++b) all_bytes += static_cast<char>(b);
    std::ostringstream out;
    factrec::report::detail::json_writer w(out);
    w.begin_object().key(all_bytes).value(all_bytes).end_object();
    json parsed;
    REQUIRE_NOTHROW(parsed = json::parse(out.str()));
    std::string back = parsed.begin().value().get<std::string>();
    CHECK(back.substr(0, 128) == all_bytes.substr(0, 128)); // ASCII, controls included, comes back as it was
    CHECK(back.substr(128) == [] {
        std::string replaced;
        for (int b = 128; b < 256; ++b) replaced += "\xEF\xBF\xBD";
        return replaced;
    }());
    // Valid multi-byte text passes unchanged; the line separators are escaped for JavaScript.
    std::ostringstream text;
    factrec::report::detail::json_writer(text).value("日経 \xE2\x80\xA8 é");
    CHECK(text.str() == "\"日経 \\u2028 é\"");
}

TEST_CASE("HTML labels are cut on character boundaries") {
    using factrec::report::detail::leading_characters;
    CHECK(leading_characters("abcdef", 3) == "abc");
    CHECK(leading_characters("日本語テキスト", 3) == "日本語");
    CHECK(leading_characters("cafe\xCC\x81s", 4) == "cafe\xCC\x81"); // e and its accent stay together
    CHECK(leading_characters("\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBDx", 1) == "\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD");
    CHECK(leading_characters("\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5\xF0\x9F\x87\xBA\xF0\x9F\x87\xB8", 1) ==
          "\xF0\x9F\x87\xAF\xF0\x9F\x87\xB5"); // one flag of two
    CHECK(leading_characters("a\xFF\xFE", 2) == "a\xFF");

    std::string label;
    for (int i = 0; i < 60; ++i) label += "予算";
    auto r = reconciled("fact budget \"" + label + "\" unit USD cues \"budget\"\n",
                        {article_of("a.txt", "Wire", "The budget is $5 million.")});
    std::string html = factrec::html_report(r);
    CHECK(valid_utf8(html));
    std::string shown;
    for (int i = 0; i < 22; ++i) shown += "予算";
    CHECK(html.find(">" + shown + "\u2026<title>" + label + "</title></text>") != std::string::npos);
}
