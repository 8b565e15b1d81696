#pragma once

#include <factrec/version.hpp>

#include <cstddef>
#include <string>
#include <vector>

/// The reconcile pipeline behind a header that includes only `<string>` and `<vector>`: for programs
/// that link factrec::compiled (CMake) or factrec_compiled_dep (Meson) and want their own
/// translation units to compile in well under a second. It is the whole of
/// `factrec::reconcile` with the default options, with the report rendered as text; a program
/// that needs the reconciliation's structure includes `<factrec/reconcile.hpp>` and
/// `<factrec/report.hpp>` instead, whose heavy templates the same library has already built.
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

/// What `reconcile_texts` gives: an error ("file:line:column: ...") or the report.
struct reconcile_outcome {
    /// Empty when the reconciliation ran; otherwise the reason it could not, and nothing else is set.
    std::string error;
    /// How many minimal conflicts the articles' claims form (the tool's exit status 1 when not 0).
    std::size_t conflicts = 0;
    /// The report in the requested format.
    std::string report;
};

/// Parses the facts file, reads each article (its header lines and text), reconciles them with
/// the default options and renders the report.
reconcile_outcome reconcile_texts(const named_text& facts, const std::vector<named_text>& articles,
                                  report_format format = report_format::text);

} // namespace factrec::compiled
