#pragma once

#include <factrec/version.hpp>

#include <cstddef>
#include <string>
#include <vector>

/// The reconcile pipeline behind a header that includes only `<string>` and `<vector>`: for programs
/// that link factrec::compiled (CMake) or factrec_compiled_dep (Meson) and want their own
/// translation units to compile in well under a second. It is the whole of
/// `factrec::reconcile` with the default options: the conflicts and ranges with every claim
/// behind them, and a rendered report. A program that needs more of the reconciliation's
/// structure includes `<factrec/reconcile.hpp>` and `<factrec/report.hpp>` instead, whose
/// heavy templates the same library has already built.
namespace factrec::compiled {

/// A file's name (used in error messages and reports) and its contents.
struct named_text {
    /// The file's name as errors and reports show it ("deal.facts", "wire.txt").
    std::string name;
    /// The whole file.
    std::string text;
};

/// Which report `reconcile_texts` renders; the same documents as write_text_report,
/// write_json_report and write_html_report.
enum class report_format {
    text, ///< the terminal report
    json, ///< the JSON document
    html, ///< the page with its charts
};

/// A claim as a program reports it: the figure, its words and where they stand, in plain
/// strings and offsets (the same as factrec::bound_claim and reconciliation's accessors give).
struct claim_summary {
    std::string id;       ///< "<article's id>:<byte offset>": harbor-ledger:115
    std::string fact;     ///< the fact it was bound to
    std::string value;    ///< as the solver reads it, in words: "[489.5, 490.5] billion USD"
    std::string figure;   ///< the figure's own words in its article: "$490 billion"
    std::string sentence; ///< the sentence around the figure
    std::string article;  ///< the article's name, as given to reconcile_texts
    /// The figure's bytes [begin, end) in the article as read: the text given, unless the
    /// input policy replaced bytes in it (a BOM, invalid UTF-8), which the report's notes say.
    ///@{
    std::size_t begin = 0;
    std::size_t end = 0;
    ///@}
    std::vector<std::string> sources; ///< its publisher first, then those of its syndicated copies
    std::string speaker;              ///< who said it, when the article attributes it; else empty
    bool set_aside = false;           ///< the least-weight repair sets it aside
};

/// Statements that cannot all be true (factrec::conflict), with their claims spelt out.
struct conflict_summary {
    std::vector<claim_summary> claims;  ///< every claim of every statement in it
    std::vector<std::string> relations; ///< the facts file's relations it goes through
    /// The least total widening that lets the claims agree, in words ("9.5 billion USD"); empty
    /// when the conflict goes through a product or a ratio.
    std::string gap;
};

/// The values a fact may take with the repair's claims set aside (factrec::fact_range).
struct range_summary {
    std::string fact;                       ///< the fact's id; `FACT@DATE` for a dated fact
    std::string range;                      ///< in words: "[400, 550] billion USD"
    bool exact = true;                      ///< false: a sound outer bound (products, whole counts)
    std::vector<claim_summary> low_set_by;  ///< the claims that set the low end
    std::vector<claim_summary> high_set_by; ///< the claims that set the high end
};

/// What `reconcile_texts` gives: an error ("file:line:column: ...") or the reconciliation.
struct reconcile_outcome {
    /// Empty when the reconciliation ran; otherwise the reason it could not, and nothing else is set.
    std::string error;
    /// The minimal conflicts among the claims (the tool's exit status is 1 when there is one).
    std::vector<conflict_summary> conflicts;
    /// Every fact's consistent range, in the facts file's order.
    std::vector<range_summary> ranges;
    /// The report in the requested format.
    std::string report;
};

/// Parses the facts file, reads each article (its header lines and text), reconciles them with
/// the default options and renders the report.
reconcile_outcome reconcile_texts(const named_text& facts, const std::vector<named_text>& articles,
                                  report_format format = report_format::text);

} // namespace factrec::compiled
