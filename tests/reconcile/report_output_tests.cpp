// The checks the report fuzzer applies (tests/fuzz), on the reports of the example stories, and
// on hand-made pages that each break one rule, so that a checker that accepts anything fails here.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/html_check.hpp"
#include "../fuzz/json_check.hpp"
#include "../fuzz/text_checks.hpp"

namespace {

const std::filesystem::path examples = std::filesystem::path(FACTREC_SOURCE_DIR) / "examples";

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

factrec::reconciliation example_story(const std::string& folder, const std::string& facts_name) {
    auto facts = factrec::parse_facts_file(file_text(examples / folder / facts_name), facts_name);
    REQUIRE(facts);
    std::vector<factrec::article> articles;
    for (const auto& entry : std::filesystem::directory_iterator(examples / folder)) {
        if (entry.path().extension() != ".txt") continue;
        auto a = factrec::read_article(entry.path().filename().string(), file_text(entry.path()));
        REQUIRE(a);
        articles.push_back(std::move(*a));
    }
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE(r);
    return std::move(*r);
}

std::string wrapped(const std::string& body) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head><body>" + body +
           "</body></html>\n";
}

} // namespace

TEST_CASE("the reports of the example stories pass the report fuzzer's checks") {
    // Not a structured binding: doctest's INFO captures it in a lambda, which clang 14 refuses.
    for (const auto& story : {std::pair{"japan_deal", "deal.facts"}, std::pair{"bridge_repair", "bridge.facts"}}) {
        INFO(story.first);
        const factrec::reconciliation r = example_story(story.first, story.second);
        CHECK(factrec_fuzz::terminal_problem(factrec::text_report(r)) == "");
        CHECK(factrec_fuzz::json_problem(factrec::json_report(r)) == "");
        CHECK(factrec_fuzz::html_problem(factrec::html_report(r)) == "");
    }
}

TEST_CASE("the HTML check accepts a plain page and rejects each kind of malformed markup") {
    CHECK(factrec_fuzz::html_problem(wrapped("<p class=\"a\">x &amp; y &#233; &#x2212;</p><svg><rect x='1'/></svg>")) ==
          "");
    const std::vector<std::string> broken = {
        "<p>unclosed",
        "<p><b>crossed</p></b>",
        "</p>",
        "<p>a raw < sign</p>",
        "<p>a raw & sign</p>",
        "<p>&bogus;</p>",
        "<p>&#0;</p>",
        "<p class=a>unquoted</p>",
        "<p class=\"a\" class=\"b\">twice</p>",
        "<p class=\"a\"id=\"b\">no space</p>",
        "<img src=\"x\" onerror=\"alert(1)\">",
        "<p title=\"a <b> tag\">x</p>",
        "<div/>",
        "<br></br>",
        "<script>1</script><script>2</script>",
        "<p>\x1b[31mred</p>",
        "<p>\xC3</p>",
        "<p>\xC2\x9B</p>",
        "<p>" + std::string(1, '\0') + "</p>",
        "<!-- never closed",
    };
    for (const std::string& body : broken) {
        INFO(body);
        CHECK(factrec_fuzz::html_problem(wrapped(body)) != "");
    }
}

TEST_CASE("the JSON and terminal checks reject what a consumer could not read safely") {
    CHECK(factrec_fuzz::json_problem(R"({"a":[1,"\u00e9"],"b":{"c":null}})") == "");
    CHECK(factrec_fuzz::json_problem(R"({"a":1,"a":2})") != "");
    CHECK(factrec_fuzz::json_problem(R"({"a":{"b":1,"b":1}})") != "");
    CHECK(factrec_fuzz::json_problem("{\"a\":\"\xFF\"}") != "");
    CHECK(factrec_fuzz::json_problem("{\"a\":1") != "");
    CHECK(factrec_fuzz::terminal_problem("line\n\tindented \xE2\x80\x94 dash\n") == "");
    CHECK(factrec_fuzz::terminal_problem("\x1b[2J") != "");
    CHECK(factrec_fuzz::terminal_problem("over\rwritten") != "");
    CHECK(factrec_fuzz::terminal_problem("\xC2\x9B"
                                         "31m") != "");
    CHECK(factrec_fuzz::terminal_problem("\xED\xA0\x80") != ""); // a UTF-16 surrogate
    CHECK(factrec_fuzz::terminal_problem("\xC0\xAF") != "");     // an overlong '/'
}
