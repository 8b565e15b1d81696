#pragma once
// Series facts in the reports: a claim's date and status, a fact's values date by date (text);
// report/html.hpp draws them over time.

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
#include <factrec/report/detail/json_writer.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec::report::detail {

// "superseded", "earlier" and "forecast" take no part in the solve; "set_aside" is the repair's choice.
template <class = void>
inline const char* claim_status(const bound_claim& c, bool set_aside) {
    if (c.time.superseded_by) return "superseded";
    if (c.time.earlier) return "earlier";
    if (c.time.forecast) return "forecast";
    return set_aside ? "set_aside" : "kept";
}

template <class = void>
inline std::string claim_status_words(const bound_claim& c, bool set_aside) {
    if (c.time.superseded_by)
        return "  [superseded by " + *c.time.superseded_by + ": \"" + c.time.superseded_words + "\"]";
    if (c.time.earlier) return "  [an earlier figure (\"" + c.time.phrase + "\"), of no known day]";
    if (c.time.forecast) return "  [a forecast (\"" + c.time.phrase + "\"), not a reported value]";
    return set_aside ? "  [set aside]" : "";
}

template <class = void>
inline void write_claim_time(json_writer& w, const bound_claim& c) {
    w.key("date");
    if (c.time.date)
        w.value(*c.time.date);
    else
        w.null();
    w.key("dated_by");
    if (c.time.dated_by.empty())
        w.null();
    else
        w.value(c.time.dated_by);
    w.key("date_phrase");
    if (c.time.phrase.empty())
        w.null();
    else
        w.value(c.time.phrase);
    w.key("superseded_by");
    if (c.time.superseded_by)
        w.value(*c.time.superseded_by);
    else
        w.null();
    w.key("superseded_words");
    if (c.time.superseded_by)
        w.value(c.time.superseded_words);
    else
        w.null();
}

template <class = void>
inline void write_series_kind(json_writer& w, const fact_declaration& f) {
    w.key("series");
    if (f.series == series_kind::timeless)
        w.null();
    else
        w.value(to_string(f.series));
}

// A series fact's dates in order, "undated" last, each with its range in the solution.
struct series_point {
    std::string date; // YYYY-MM-DD or "undated"
    const fact_range* range = nullptr;
    std::vector<const bound_claim*> claims;
};

template <class = void>
inline std::vector<series_point> series_points(const reconciliation& r, const fact_declaration& f) {
    std::vector<series_point> points;
    const std::string prefix = f.id + "@";
    for (const fact_range& range : r.pass.solution.facts)
        if (range.fact.starts_with(prefix)) points.push_back({range.fact.substr(prefix.size()), &range, {}});
    for (const bound_claim& c : r.pass.binding.claims) {
        if (c.claim.fact != f.id || !c.time.takes_part()) continue;
        const std::string date = c.time.date ? *c.time.date : "undated";
        for (series_point& p : points)
            if (p.date == date) p.claims.push_back(&c);
    }
    return points;
}

template <class = void>
inline std::string dated_by_words(const bound_claim& c) {
    if (c.time.dated_by == "sentence") return "  (dated by \"" + c.time.phrase + "\")";
    if (c.time.dated_by == "article") return "";
    return c.time.phrase.empty() ? "  (undated)" : "  (undated: \"" + c.time.phrase + "\" names no day it can resolve)";
}

// The text report's timeline of one series fact. `line(text, indent, next_indent)` writes a
// wrapped, escaped line.
template <class Line>
void write_text_timeline(const reconciliation& r, const fact_declaration& f, const std::set<std::string>& rejected,
                         Line&& line) {
    line(f.id + (f.label.empty() ? "" : " - " + f.label) + "  (" + to_string(f.series) + ": one value per date)", "",
         "    ");
    for (const series_point& p : series_points(r, f)) {
        line(p.date + "  range " + human_interval(p.range->range, f.unit) +
                 (p.range->exact ? "  (exact)" : "  (sound outer bound)"),
             "    ", "    ");
        auto ends = [&](const char* which, const std::vector<std::string>& ids) {
            std::string shown;
            for (std::size_t i = 0; i < ids.size() && i < 6; ++i) shown += (i ? ", " : "") + ids[i];
            if (ids.size() > 6) shown += " and " + std::to_string(ids.size() - 6) + " more";
            line(std::string(which) + (ids.empty() ? std::string("the fact's domain") : shown), "        ", "    ");
        };
        ends("low end set by: ", p.range->lo_set_by);
        ends("high end set by: ", p.range->hi_set_by);
        for (const bound_claim* c : p.claims)
            line(c->id + "  " + human_interval(c->value, f.unit) + "  \"" + c->quote + "\"  " +
                     c->claim.publisher.name + (c->claim.speaker ? ", " + c->claim.speaker->name : "") +
                     dated_by_words(*c) + (c->reading.empty() ? "" : "  (" + c->reading + ")") +
                     (rejected.contains(c->id) ? "  [set aside]" : ""),
                 "        ", "    ");
    }
    for (const bound_claim& c : r.pass.binding.claims) {
        if (c.claim.fact != f.id || c.time.takes_part()) continue;
        line(std::string(claim_status(c, false)) + "  " + c.id + "  " + human_interval(c.value, f.unit) + "  \"" +
                 c.quote + "\"  " + c.claim.publisher.name + claim_status_words(c, false),
             "    ", "        ");
    }
}

} // namespace factrec::report::detail
