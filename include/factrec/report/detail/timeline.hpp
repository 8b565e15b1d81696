#pragma once
// Series facts in the reports: a claim's date and status, a fact's values date by date (text),
// and the series drawn over time (HTML).

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
#include <factrec/report/detail/json_writer.hpp>
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

namespace factrec::detail {

// "superseded", "earlier" and "forecast" take no part in the solve; "set_aside" is the repair's choice.
inline const char* claim_status(const bound_claim& c, bool set_aside) {
    if (c.time.superseded_by) return "superseded";
    if (c.time.earlier) return "earlier";
    if (c.time.forecast) return "forecast";
    return set_aside ? "set_aside" : "kept";
}

inline std::string claim_status_words(const bound_claim& c, bool set_aside) {
    if (c.time.superseded_by)
        return "  [superseded by " + *c.time.superseded_by + ": \"" + c.time.superseded_words + "\"]";
    if (c.time.earlier) return "  [an earlier figure (\"" + c.time.phrase + "\"), of no known day]";
    if (c.time.forecast) return "  [a forecast (\"" + c.time.phrase + "\"), not a reported value]";
    return set_aside ? "  [set aside]" : "";
}

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

// An SVG of a series fact over time: a column per date ("undated" last, then superseded and
// earlier figures apart), the consistent range as a band, each claim as a bar in its
// source's colour.
inline void write_html_timeline(std::ostream& out, const reconciliation& r, const fact_declaration& f,
                                const std::map<std::string, std::string>& colour_of,
                                const std::set<std::string>& in_conflict, const std::set<std::string>& rejected) {
    auto pixels = [](double x) {
        std::ostringstream o;
        o.setf(std::ios::fixed);
        o.precision(1);
        o << x;
        return o.str();
    };
    const std::vector<series_point> points = series_points(r, f);
    std::vector<const bound_claim*> apart;
    for (const bound_claim& c : r.pass.binding.claims)
        if (c.claim.fact == f.id && !c.time.takes_part()) apart.push_back(&c);
    bool any = false;
    double lo = 0, hi = 1;
    auto widen = [&](const interval& x) {
        for (const auto* b : {&x.lower(), &x.upper()}) {
            if (b->infinite) continue;
            double v = b->value.convert_to<double>();
            if (!any) lo = hi = v;
            lo = std::min(lo, v), hi = std::max(hi, v);
            any = true;
        }
    };
    for (const series_point& p : points) {
        widen(p.range->range);
        for (const bound_claim* c : p.claims) widen(c->value);
    }
    for (const bound_claim* c : apart) widen(c->value);
    if (lo == hi) lo -= 1, hi += 1;
    const double pad = (hi - lo) * 0.08;
    lo -= pad, hi += pad;
    const double left = 70, top = 30, plot_height = 220, column = 110;
    const std::size_t columns = points.size() + (apart.empty() ? 0 : 1);
    const double width = left + column * static_cast<double>(std::max<std::size_t>(columns, 1)) + 20;
    auto y_of = [&](const basic_bound<exact_number>& b, bool upper) {
        if (b.infinite) return upper ? top - 8 : top + plot_height + 8;
        double t = (b.value.convert_to<double>() - lo) / (hi - lo);
        return top + plot_height * (1 - std::clamp(t, -0.03, 1.03));
    };
    out << "<svg class=\"series-chart\" data-fact=\"" << html_escape(f.id) << "\" xmlns=\"http://www.w3.org/2000/svg\" "
        << "width=\"" << pixels(width) << "\" height=\"" << pixels(top + plot_height + 50)
        << "\" role=\"img\" aria-label=\"" << html_escape(f.id) << " over time\">\n";
    out << "<text x=\"6\" y=\"16\">" << html_escape(f.id + (f.label.empty() ? "" : " - " + f.label)) << " ("
        << to_string(f.series) << ")</text>\n";
    out << "<line x1=\"" << pixels(left) << "\" y1=\"" << pixels(top) << "\" x2=\"" << pixels(left) << "\" y2=\""
        << pixels(top + plot_height) << "\" stroke=\"#999\"/>\n";
    out << "<text x=\"4\" y=\"" << pixels(top + 10) << "\" fill=\"#666\">"
        << html_escape(human_amount(exact_number(hi), f.unit)) << "</text><text x=\"4\" y=\""
        << pixels(top + plot_height) << "\" fill=\"#666\">" << html_escape(human_amount(exact_number(lo), f.unit))
        << "</text>\n";
    auto bar = [&](const bound_claim& c, double x, const std::string& extra) {
        double y0 = y_of(c.value.upper(), true), y1 = std::max(y_of(c.value.lower(), false), y0 + 5);
        std::string classes = "series-claim" + extra;
        if (in_conflict.contains(c.id)) classes += " conflicted";
        if (rejected.contains(c.id)) classes += " set-aside";
        const auto colour = colour_of.find(c.claim.publisher.name);
        const std::string fill = colour == colour_of.end() ? "#777" : colour->second;
        std::string tip = c.claim.publisher.name + ": \u201c" + c.quote + "\u201d " + human_interval(c.value, f.unit) +
                          claim_status_words(c, rejected.contains(c.id));
        out << "<rect class=\"" << classes << "\" data-claim=\"" << html_escape(c.id) << "\" x=\"" << pixels(x)
            << "\" y=\"" << pixels(y0) << "\" width=\"8\" height=\"" << pixels(y1 - y0) << "\" fill=\""
            << (extra.empty() ? fill : "none") << "\" stroke=\"" << fill << "\"><title>" << html_escape(tip)
            << "</title></rect>\n";
    };
    double x = left + 10;
    const series_point* previous = nullptr;
    for (const series_point& p : points) {
        if (!p.range->range.is_empty()) {
            double y0 = y_of(p.range->range.upper(), true), y1 = std::max(y_of(p.range->range.lower(), false), y0 + 2);
            out << "<rect class=\"series-range\" x=\"" << pixels(x) << "\" y=\"" << pixels(y0) << "\" width=\""
                << pixels(column - 20) << "\" height=\"" << pixels(y1 - y0)
                << "\" fill=\"#000\" fill-opacity=\".08\" stroke=\"#000\"><title>" << html_escape(p.date) << ": "
                << html_escape(human_interval(p.range->range, f.unit)) << "</title></rect>\n";
            if (previous && !previous->range->range.is_empty() && p.date != "undated")
                out << "<line class=\"series-line\" x1=\"" << pixels(x - column + (column - 20) / 2) << "\" y1=\""
                    << pixels(
                           (y_of(previous->range->range.upper(), true) + y_of(previous->range->range.lower(), false)) /
                           2)
                    << "\" x2=\"" << pixels(x + (column - 20) / 2) << "\" y2=\"" << pixels((y0 + y1) / 2)
                    << "\" stroke=\"#444\" stroke-dasharray=\"4 3\"/>\n";
        }
        double bar_x = x + 4;
        for (const bound_claim* c : p.claims) {
            bar(*c, bar_x, "");
            bar_x = std::min(bar_x + 11, x + column - 30);
        }
        out << "<text x=\"" << pixels(x) << "\" y=\"" << pixels(top + plot_height + 22) << "\">" << html_escape(p.date)
            << "</text>\n";
        previous = &p;
        x += column;
    }
    if (!apart.empty()) {
        out << "<line x1=\"" << pixels(x - 10) << "\" y1=\"" << pixels(top) << "\" x2=\"" << pixels(x - 10)
            << "\" y2=\"" << pixels(top + plot_height) << "\" stroke=\"#bbb\" stroke-dasharray=\"2 2\"/>\n";
        double bar_x = x + 4;
        for (const bound_claim* c : apart) {
            bar(*c, bar_x, c->time.superseded_by ? " superseded" : " earlier");
            bar_x = std::min(bar_x + 11, x + column - 30);
        }
        out << "<text x=\"" << pixels(x) << "\" y=\"" << pixels(top + plot_height + 22)
            << "\" fill=\"#888\">superseded / earlier</text>\n";
    }
    out << "</svg>\n";
}

} // namespace factrec::detail
