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

/// How suggest_facts groups figures into facts and picks cues. The defaults suit news stories;
/// each is a tolerance, never a unit conversion.
struct suggest_options {
    /// Figures of one day (or undated) are one fact only if their intervals overlap once each is
    /// widened by this share of itself: "48 dead" and "52 dead" may be one disputed toll,
    /// "48 dead" and "480 dead" are not. A fraction (0.12 is 12%).
    double same_day_tolerance = 0.12;
    /// Counts of different days may be one running figure that grew (a toll rising over a
    /// week): the later within this factor of the earlier (a ratio, at least 1).
    double growth_factor = 10;
    /// How much context two figures must share to be one fact: the cosine of their TF-IDF
    /// context vectors, in [0, 1] (words of the figure's clause count double, words next to it
    /// more).
    double min_similarity = 0.2;
    /// Cues per fact at most; a figure no cue can reach without catching others is pinned.
    std::size_t max_cues = 4;
};

/// One figure of one article, as `scan` read it.
struct figure_ref {
    std::size_t article = 0; ///< Index into the articles given to suggest_facts.
    byte_span span;          ///< Byte span of the figure in the article's text (article::text).
    std::string quote;       ///< The figure's own words, copied.
};

/// A fact the draft declares: figures of several articles that read as one quantity.
struct suggested_fact {
    std::string id;                             ///< Its id in the draft, made from its words (unique in the draft).
    std::string label;                          ///< A human label for the `fact` line.
    std::string unit;                           ///< As the facts file writes it: USD, %, count(people).
    series_kind series = series_kind::timeless; ///< `cumulative` when the figures grow over days.
    std::vector<std::string> cues;              ///< The cues the draft gives it, at most suggest_options::max_cues.
    std::vector<figure_ref> figures;            ///< The group: figures of two or more articles.
    std::vector<figure_ref> pinned;             ///< Those of them no cue could place alone (`claim` lines).
    /// Stated by one article only, kept because a relation needs it.
    bool for_relation = false;
};

/// A relation the articles' sentences suggest between drafted facts ("of which", "in total").
struct suggested_relation {
    std::string id;                 ///< Its id in the draft.
    std::string expression;         ///< As in the facts file: "a + b = total".
    std::string kind;               ///< What suggested it: "sum", "part", "shares" or "product".
    std::vector<std::string> where; ///< "file: sentence" for each sentence that suggested it.
};

/// What suggest_facts drafts: a facts file to review, and the evidence behind each line. It
/// owns all its strings; figure_ref indices refer to the articles given.
struct suggestion {
    std::string text;                          ///< The draft facts file, ready to save and edit.
    facts_file facts;                          ///< The draft as `reconcile` reads it (parse_facts_file of text).
    std::vector<suggested_fact> facts_found;   ///< The facts declared, in draft order.
    std::vector<suggested_relation> relations; ///< The relations declared, in draft order.
    std::vector<figure_ref> singletons;        ///< Figures no other article repeats: not declared.
    /// Figures that the draft's binding places otherwise than their group says, described.
    std::vector<std::string> misbound;
    /// "a.txt and b.txt print 3 sentences alike": syndicated copies.
    std::vector<std::string> copies;
};

} // namespace factrec
