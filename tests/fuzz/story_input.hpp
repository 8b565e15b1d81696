#pragma once

// The input of the end-to-end fuzzers, one file a person can read and write: a facts file, then
// each article after a line "=== FILE NAME" (the name is part of the input too: reports and
// messages print it).
//
//     fact troops "Troops sent" unit count(troops) cues "troops"
//     === paris.txt
//     source: Paris Daily
//
//     Paris sent 5 000 troops.

#include <factrec/reconcile/reconciliation.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec_fuzz {

inline constexpr std::string_view facts_file_name = "story.facts";
inline constexpr std::string_view article_marker = "=== ";

struct story_article {
    std::string file;
    std::string text;
};

struct story {
    std::string facts;
    std::vector<story_article> articles;
};

// Splits at every line that starts with the marker; the newline before a marker belongs to it,
// so an article can end without one.
inline story split_story(std::string_view input) {
    std::vector<std::size_t> markers;
    for (std::size_t line = 0; line < input.size();) {
        if (input.substr(line).starts_with(article_marker)) markers.push_back(line);
        std::size_t end = input.find('\n', line);
        if (end == std::string_view::npos) break;
        line = end + 1;
    }
    auto before = [&](std::size_t marker) { return marker == 0 ? 0 : marker - 1; };
    story out;
    out.facts = std::string(input.substr(0, markers.empty() ? input.size() : before(markers.front())));
    for (std::size_t k = 0; k < markers.size(); ++k) {
        std::size_t name_at = markers[k] + article_marker.size();
        std::size_t line_end = input.find('\n', name_at);
        if (line_end == std::string_view::npos) line_end = input.size();
        std::size_t text_at = line_end == input.size() ? line_end : line_end + 1;
        std::size_t text_end = k + 1 < markers.size() ? before(markers[k + 1]) : input.size();
        story_article a;
        a.file = std::string(input.substr(name_at, line_end - name_at));
        if (a.file.empty()) a.file = "article" + std::to_string(k + 1) + ".txt";
        a.text = std::string(input.substr(text_at, text_end > text_at ? text_end - text_at : 0));
        out.articles.push_back(std::move(a));
    }
    return out;
}

// Each story stays small enough to solve in well under libFuzzer's timeout: conflict enumeration
// is exponential in the claims of a component.
struct story_limits {
    std::size_t articles = 8, facts = 16, relations = 16, figures = 32;
};

// The story through factrec::reconcile as the command line runs it; nothing when it is beyond the
// limits (the figures are counted by a scan of every article's body before solving). Defined in
// story_input.cpp, compiled once for both fuzzers that read stories: the whole pipeline is most of
// their build time.
std::optional<factrec::result<factrec::reconciliation>> reconcile_story(const story& s,
                                                                        const story_limits& limits = {});

// How many figures the scanner reads in the article's body under this precision.
std::size_t figures_in(const factrec::article& a, const factrec::precision_policy& precision);

// Whether an error message begins with the file it is about, as every message must.
inline bool names_a_file(const story& s, std::string_view message) {
    if (message.starts_with(std::string(facts_file_name) + ":")) return true;
    for (const story_article& a : s.articles)
        if (message.starts_with(a.file + ":")) return true;
    return s.articles.empty() && message == "no articles to reconcile";
}

} // namespace factrec_fuzz
