#pragma once

// What `factrec suggest` drafts from the articles alone: the facts the outlets report, the
// relations their sentences suggest, and a facts file a person can refine. Plain data; the
// drafting is in suggest/suggest.hpp.
#include <factrec/core.hpp>
#include <factrec/reconcile/facts_file.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace factrec {

struct suggest_options {
    // Figures of one day (or undated) are one fact only if their intervals overlap once each is
    // widened by this share of itself: "48 dead" and "52 dead" may be one disputed toll,
    // "48 dead" and "480 dead" are not.
    double same_day_tolerance = 0.12;
    // Counts of different days may be one running figure that grew (a toll rising over a week):
    // the later within this factor of the earlier.
    double growth_factor = 10;
    // How much context two figures must share to be one fact: the cosine of their TF-IDF
    // context vectors (words of the figure's clause count double, words next to it more).
    double min_similarity = 0.2;
    // Cues per fact at most; a figure no cue can reach without catching others is pinned.
    std::size_t max_cues = 4;
};

// One figure of one article, as `scan` read it.
struct figure_ref {
    std::size_t article = 0; // index into the articles given
    byte_span span;          // in the article's text
    std::string quote;       // the figure's own words
};

struct suggested_fact {
    std::string id;
    std::string label;
    std::string unit; // as the facts file writes it: USD, %, count(people)
    series_kind series = series_kind::timeless;
    std::vector<std::string> cues;
    std::vector<figure_ref> figures; // the group: figures of two or more articles
    std::vector<figure_ref> pinned;  // those of them no cue could place alone (`claim` lines)
    // Stated by one article only, kept because a relation needs it.
    bool for_relation = false;
};

struct suggested_relation {
    std::string id;
    std::string expression;         // as in the facts file: "a + b = total"
    std::string kind;               // sum, part, shares, product
    std::vector<std::string> where; // "file: sentence" for each sentence that suggested it
};

struct suggestion {
    std::string text; // the draft facts file
    facts_file facts; // the draft as `reconcile` reads it
    std::vector<suggested_fact> facts_found;
    std::vector<suggested_relation> relations;
    std::vector<figure_ref> singletons; // figures no other article repeats
    // Figures that the draft's binding places otherwise than their group says, described.
    std::vector<std::string> misbound;
    // "a.txt and b.txt print 3 sentences alike": syndicated copies.
    std::vector<std::string> copies;
};

} // namespace factrec
