// The scanner over the five seed articles in ../shared/seeds: every figure that the scenario
// (../shared/scenarios/japan-deal.md) lists is found with its exact interval and unit, and none
// of the listed non-quantities is reported as a number or a count. Each figure is located by
// searching the article for a few words of it and matching mention spans; the articles'
// sentences are not copied here.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "scan_support.hpp"

#ifndef FACTREC_SOURCE_DIR
#error "FACTREC_SOURCE_DIR must name the source directory (the build passes it)"
#endif

namespace {

namespace fs = std::filesystem;

struct seed_article {
    std::string name;
    std::string text;
    factrec::scan_result found;
};

// Articles by their two-digit prefix ("000" .. "004"); empty when ../shared/seeds is absent.
const std::map<std::string, seed_article>& seed_articles() {
    static const std::map<std::string, seed_article> articles = [] {
        std::map<std::string, seed_article> out;
        const fs::path dir = fs::path(FACTREC_SOURCE_DIR) / ".." / "shared" / "seeds";
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) return out;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (entry.path().extension() != ".txt") continue;
            std::ifstream in(entry.path(), std::ios::binary);
            std::ostringstream content;
            content << in.rdbuf();
            seed_article a;
            a.name = entry.path().filename().string();
            a.text = content.str();
            a.found = factrec::scan(a.text);
            out.emplace(a.name.substr(0, 3), std::move(a));
        }
        return out;
    }();
    return articles;
}

bool seeds_present() {
    if (seed_articles().size() == 5) return true;
    FAIL_CHECK("../shared/seeds is absent or incomplete (", seed_articles().size(),
               " articles): link the shared material beside the checkout");
    return false;
}

struct seed_figure {
    std::string_view article; // "000" .. "004"
    std::string_view words;   // a few words of the figure as the article writes it
    std::string_view kind;
    std::string_view unit;
    std::string_view value; // the exact interval, in parse_interval's notation
};

// A = 000, B = 001, C = 002, D = 003, E = 004, as the scenario names them.
constexpr seed_figure scenario_figures[] = {
    // pledge
    {"000", "$550 billion", "money", "USD", "[549.5e9, 550.5e9]"},
    {"001", "$550 billion", "money", "USD", "[549.5e9, 550.5e9]"},
    {"002", "$550-billion", "money", "USD", "[549.5e9, 550.5e9]"},
    {"003", "~US $550 billion", "money", "USD", "[522.5e9, 577.5e9]"},
    {"004", "$550 billion", "money", "USD", "[549.5e9, 550.5e9]"},
    // committed, eyed
    {"000", "$490 billion", "money", "USD", "[489.5e9, 490.5e9]"},
    {"001", "up to $400 billion", "money", "USD", "[0, 400e9]"},
    // Westinghouse, GE Vernova, Panasonic, SoftBank, Toyota
    {"000", "$100 billion", "money", "USD", "[99.5e9, 100.5e9]"},
    {"001", "up to $100 billion", "money", "USD", "[0, 100e9]"},
    {"001", "potential $100 billion", "money", "USD", "[99.5e9, 100.5e9]"},
    {"001", "up to $15 billion", "money", "USD", "[0, 15e9]"},
    {"001", "up to $25 billion", "money", "USD", "[0, 25e9]"},
    {"001", "over $10 billion", "money", "USD", "(10e9, inf)"},
    // the White House fact sheet
    {"004", "Up to $332 billion", "money", "USD", "[0, 332e9]"},
    {"004", "Up to $25 billion", "money", "USD", "[0, 25e9]"},
    {"004", "Up to $20 billion", "money", "USD", "[0, 20e9]"},
    {"004", "Up to $30 billion", "money", "USD", "[0, 30e9]"},
    {"004", "up to $25 billion", "money", "USD", "[0, 25e9]"},
    {"004", "up to $20 billion", "money", "USD", "[0, 20e9]"},
    {"004", "Up to $15 billion", "money", "USD", "[0, 15e9]"},
    {"004", "Up to $3 billion", "money", "USD", "[0, 3e9]"},
    {"004", "$2 billion", "money", "USD", "[1.5e9, 2.5e9]"},
    {"004", "$600 million", "money", "USD", "[599.5e6, 600.5e6]"},
    {"004", "$500 million", "money", "USD", "[499.5e6, 500.5e6]"},
    {"004", "$350 million", "money", "USD", "[349.5e6, 350.5e6]"},
    // defence
    {"004", "some 400", "count", "count(missiles)", "[380, 420]"},
    {"004", "$1.6 billion", "money", "USD", "[1.55e9, 1.65e9]"},
    {"004", "50,000 U.S. troops", "count", "count(troops)", "[49999.5, 50000.5]"},
    {"001", "two percent", "share", "%", "[1.5, 2.5]"},
    // rare earths
    {"000", "more than 90%", "share", "%", "(90, inf)"},
    {"004", "90% of processing", "share", "%", "[89.5, 90.5]"},
    {"004", "approximately 70%", "share", "%", "[66.5, 73.5]"},
    {"000", "around 12%", "share", "%", "[11.4, 12.6]"},
    {"000", "about 8%", "share", "%", "[7.6, 8.4]"},
    {"004", "from 90%", "share", "%", "[89.5, 90.5]"},
    {"004", "to 60%", "share", "%", "[59.5, 60.5]"},
    {"004", "160 million to 230 million tons", "mass", "ton", "[159.5e6, 230.5e6]"},
    {"004", "18,000 feet", "length", "ft", "[17999.5, 18000.5]"},
    // trade
    {"003", "15%", "share", "%", "[14.5, 15.5]"},
    {"000", "250 cherry trees", "count", "count(trees)", "[249.5, 250.5]"},
    // abductees, written in figures and in words
    {"002", "17 citizens", "count", "count(citizens)", "[16.5, 17.5]"},
    {"002", "five of whom", "count", "count(citizens)", "[4.5, 5.5]"},
    {"002", "eight are dead", "count", "count(citizens)", "[7.5, 8.5]"},
    {"002", "four others", "count", "count(citizens)", "[3.5, 4.5]"},
};

std::string_view span_text(const seed_article& a, const factrec::mention& m) {
    return std::string_view(a.text).substr(m.span.begin, m.span.end - m.span.begin);
}

// Mentions that overlap an occurrence of `words`.
std::vector<const factrec::mention*> mentions_at(const seed_article& a, std::string_view words,
                                                 std::vector<std::size_t>& occurrences) {
    std::vector<const factrec::mention*> out;
    for (std::size_t at = a.text.find(words); at != std::string::npos; at = a.text.find(words, at + 1)) {
        occurrences.push_back(at);
        for (const auto& m : a.found)
            if (m.span.begin < at + words.size() && at < m.span.end) out.push_back(&m);
    }
    return out;
}

std::string describe_found(const seed_article& a, const std::vector<const factrec::mention*>& found) {
    std::string out;
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about "[" + std::string(...).
    for (const auto* m : found) {
        out += '[';
        out += span_text(a, *m);
        out += ' ';
        out += to_string(m->kind);
        out += ' ';
        out += to_string(m->quantity.unit);
        out += ' ';
        out += to_string(m->quantity.value);
        out += "] ";
    }
    return out.empty() ? "nothing" : out;
}

} // namespace

TEST_CASE("seeds: every figure the scenario lists is read with its interval and unit") {
    if (!seeds_present()) return;
    for (const seed_figure& e : scenario_figures) {
        const seed_article& a = seed_articles().at(std::string(e.article));
        INFO("article ", a.name, ", figure '", e.words, "'");
        std::vector<std::size_t> occurrences;
        auto found = mentions_at(a, e.words, occurrences);
        REQUIRE_MESSAGE(!occurrences.empty(), "the article does not contain '", e.words, "'");
        INFO("mentions there: ", describe_found(a, found));
        auto expected = factrec::parse_interval(e.value);
        REQUIRE(expected);
        // The digits of the figure must lie inside the mention's span.
        bool matched = std::any_of(found.begin(), found.end(), [&](const factrec::mention* m) {
            return to_string(m->kind) == e.kind && to_string(m->quantity.unit) == e.unit &&
                   to_string(m->quantity.value) == to_string(*expected);
        });
        CHECK_MESSAGE(matched, "expected ", e.kind, " ", e.unit, " ", e.value);
    }
}

TEST_CASE("seeds: no non-quantity is reported as a number or a count") {
    if (!seeds_present()) return;
    constexpr std::string_view not_quantities[] = {"F-150", "F-35",   "AP1000", "ENTRA1",
                                                   "No. 1", "Game 3", "10:30",  "2025-10-29"};
    std::size_t seen = 0;
    for (std::string_view words : not_quantities) {
        for (const auto& entry : seed_articles()) {
            const auto& a = entry.second; // a named reference: clang 14 cannot capture bindings in INFO's lambda
            std::vector<std::size_t> occurrences;
            auto found = mentions_at(a, words, occurrences);
            seen += occurrences.size();
            INFO("article ", a.name, ", '", words, "': ", describe_found(a, found));
            for (const auto* m : found) {
                std::string_view kind = to_string(m->kind);
                CHECK_MESSAGE((kind != "number" && kind != "count" && kind != "money" && kind != "share"),
                              "reported as ", kind);
                if (words == "2025-10-29") CHECK(kind == "date");
            }
        }
    }
    CHECK(seen >= 6); // the articles do carry most of these
}
