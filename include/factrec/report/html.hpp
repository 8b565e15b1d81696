#pragma once

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>
#include <factrec/report/detail/timeline.hpp>
#include <factrec/report/text.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

/// One self-contained page, readable without script or network: everything the text report
/// says, in its order and words, with a chart per unit (a row per fact on one ticked axis, a bar
/// per claim in its source's colour, conflicts hatched and marked in words), every claim
/// focusable by keyboard with its quote, and tables that say what the charts draw. Values and
/// gaps are written in words ("89.5 billion USD", "160 million t"). Every string from the
/// articles is escaped. Writes to `out` only; stream errors are left in its state.
template <class = void>
inline void write_html_report(std::ostream& out, const reconciliation& r);
/// write_html_report, as a string (UTF-8).
template <class = void>
inline std::string html_report(const reconciliation& r);

namespace report::detail {

template <class = void>
inline std::string pixels(double x) {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(1);
    out << x;
    return out.str();
}

// Sources in the order of the articles; the first 20 have a colour of their own (red is kept
// for conflicts), the rest are grey with dots and told apart by their names.
struct source_style {
    std::size_t number = 0; // 1-based, as the legend lists them
    std::string colour;
    bool coloured = true;
};

inline constexpr std::size_t source_colours = 20;

template <class = void>
inline std::map<std::string, source_style> source_styles(const reconciliation& r) {
    static constexpr const char* palette[source_colours] = {
        "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#393b79", "#ad494a",
        "#637939", "#7b4173", "#6baed6", "#e6550d", "#31a354", "#756bb1", "#843c39", "#8c6d31", "#de9ed6", "#5254a3"};
    std::map<std::string, source_style> styles;
    std::size_t next = 0;
    auto add = [&](const std::string& name) {
        if (styles.contains(name)) return;
        bool coloured = next < source_colours;
        styles[name] = {next + 1, coloured ? palette[next] : "#8a8a8a", coloured};
        ++next;
    };
    for (const article& a : r.articles) add(a.publisher.name);
    for (const bound_claim& b : r.pass.binding.claims) add(b.claim.publisher.name);
    return styles;
}

inline std::vector<std::pair<std::string, source_style>>
sources_in_order(const std::map<std::string, source_style>& s) {
    std::vector<std::pair<std::string, source_style>> list(s.begin(), s.end());
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.second.number < b.second.number; });
    return list;
}

template <class = void>
inline std::string bar_fill(const source_style& style) {
    return style.coloured ? style.colour : std::string("url(#many-sources)");
}

// What a claim's bar says when it has focus, and what a screen reader reads for it.
template <class = void>
inline std::string claim_tip(const bound_claim& b, const unit& u, bool conflicted, bool set_aside) {
    return b.claim.publisher.name + (b.claim.speaker ? " (" + b.claim.speaker->name + ")" : "") + ": \u201c" + b.quote +
           "\u201d " + human_interval(b.value, u) + (conflicted ? "  [in conflict]" : "") +
           claim_status_words(b, set_aside);
}

// One axis for every row of a unit, so that rows compare: linear with ticks at 1, 2 or 5 times
// a power of ten, or logarithmic with a tick per power of ten when the values span more than
// three of them (a $550 billion pledge and a $4 million missile share one USD axis).
template <class = void>
class basic_unit_axis {
public:
    basic_unit_axis(const std::vector<const interval*>& values, double left, double width)
        : left_(left), width_(width) {
        bool any = false, negative = false;
        double lo = 0, hi = 0, least_positive = 0;
        for (const interval* x : values)
            for (const auto* b : {&x->lower(), &x->upper()}) {
                if (b->infinite) continue;
                double v = b->value.template convert_to<double>();
                if (!std::isfinite(v)) continue; // beyond a double: drawn past the axis's end
                if (!any) lo = hi = v;
                lo = std::min(lo, v), hi = std::max(hi, v), any = true;
                negative = negative || v < 0;
                if (v > 0 && (least_positive == 0 || v < least_positive)) least_positive = v;
            }
        if (!any) lo = 0, hi = 1;
        log_ = !negative && least_positive > 0 && hi / least_positive > 1000;
        if (log_) {
            int first = static_cast<int>(std::floor(std::log10(least_positive)));
            int last = static_cast<int>(std::ceil(std::log10(hi)));
            if (last == first) ++last;
            int stride = (last - first + 7) / 8; // at most about eight ticks
            first -= (first % stride + stride) % stride;
            while ((last - first) % stride) ++last;
            lo_ = first, hi_ = last;
            for (int k = first; k <= last; k += stride) ticks_.push_back(power_of_ten(k));
            return;
        }
        // Bars of non-negative values read from zero, unless the values sit far from it (years).
        if (!negative && lo <= 2 * (hi - lo)) lo = 0;
        // A span too narrow for its magnitude would need ticks beyond counting: widen it.
        if (hi - lo <= std::abs(lo) * 1e-9) hi = lo + (lo == 0 ? 1 : std::abs(lo) * 0.1);
        double raw = (hi - lo) / 5;
        int k = static_cast<int>(std::floor(std::log10(raw)));
        double base = std::pow(10.0, k), mantissa = 10;
        for (double m : {1.0, 2.0, 5.0})
            if (m * base >= raw * (1 - 1e-9)) {
                mantissa = m;
                break;
            }
        const exact_number step = exact_number(static_cast<long long>(mantissa)) * power_of_ten(k);
        const double step_value = mantissa * base;
        long long from = static_cast<long long>(std::floor(lo / step_value + 1e-9));
        long long to = static_cast<long long>(std::ceil(hi / step_value - 1e-9));
        if (to == from) ++to;
        lo_ = static_cast<double>(from) * step_value, hi_ = static_cast<double>(to) * step_value;
        for (long long i = from; i <= to; ++i) ticks_.push_back(step * exact_number(i));
    }

    [[nodiscard]] bool logarithmic() const { return log_; }
    [[nodiscard]] const std::vector<exact_number>& ticks() const { return ticks_; }
    [[nodiscard]] double left() const { return left_; }
    [[nodiscard]] double right() const { return left_ + width_; }

    // Off the axis (an open end, or zero on a logarithmic axis): a little past its edge.
    [[nodiscard]] double at(double v) const {
        double t = log_ ? (v > 0 ? (std::log10(v) - lo_) / (hi_ - lo_) : -1) : (v - lo_) / (hi_ - lo_);
        return left_ + std::clamp(t, -0.012, 1.012) * width_;
    }
    [[nodiscard]] double at(const exact_number& v) const { return at(v.convert_to<double>()); }
    [[nodiscard]] double start_of(const interval& x) const {
        return x.lower().infinite ? left_ - 6 : at(x.lower().value);
    }
    [[nodiscard]] double end_of(const interval& x) const {
        return x.upper().infinite ? right() + 6 : at(x.upper().value);
    }

private:
    static exact_number power_of_ten(int k) {
        exact_number p(1);
        for (int i = 0; i < k; ++i) p *= 10;
        for (int i = 0; i > k; --i) p /= 10;
        return p;
    }
    double left_, width_;
    bool log_ = false;
    double lo_ = 0, hi_ = 1; // log10 of the ends on a logarithmic axis
    std::vector<exact_number> ticks_;
};
// A template only so that its members are compiled where a chart is drawn.
using unit_axis = basic_unit_axis<>;

// The unit as a heading says it: "USD", "%", "missiles", "plain numbers".
template <class = void>
inline std::string unit_heading(const unit& u) {
    std::string suffix = unit_suffix(u);
    while (!suffix.empty() && suffix.front() == ' ') suffix.erase(suffix.begin());
    return suffix.empty() ? std::string("plain numbers") : suffix;
}

// Patterns the charts share, once per page: the hatch of a claim in conflict, the dots of a
// source past the twentieth colour.
template <class = void>
inline void write_svg_patterns(std::ostream& out) {
    out << "<svg class=\"patterns\" width=\"0\" height=\"0\" aria-hidden=\"true\"><defs><pattern id=\"conflict-hatch\" "
           "width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#fff\" fill-opacity=\".35\"/>"
           "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#000\" stroke-width=\"2.5\"/></pattern>"
           "<pattern id=\"many-sources\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\"><rect width=\"4\" "
           "height=\"4\" fill=\"#8a8a8a\"/><circle cx=\"2\" cy=\"2\" r=\"1\" fill=\"#fff\"/></pattern></defs></svg>\n";
}

struct claim_marks {
    const std::map<std::string, source_style>& styles;
    const std::set<std::string>& in_conflict;
    const std::set<std::string>& rejected;
};

// A claim in a chart: a focusable group whose bar is its source's colour, hatched and marked
// "✖" when in conflict, dashed when set aside; focus shows its quote at (tip_x, tip_y).
template <class = void>
inline void write_claim_mark(std::ostream& out, const bound_claim& b, const unit& u, const claim_marks& marks, double x,
                             double y, double width, double height, double tip_x, double tip_y) {
    const bool conflicted = marks.in_conflict.contains(b.id), set_aside = marks.rejected.contains(b.id);
    const auto style = marks.styles.find(b.claim.publisher.name);
    const source_style shown = style == marks.styles.end() ? source_style{0, "#8a8a8a", false} : style->second;
    std::string classes = "claim";
    if (conflicted) classes += " conflicted";
    if (set_aside) classes += " set-aside";
    if (!b.time.takes_part()) classes += b.time.superseded_by ? " superseded" : " earlier";
    const std::string tip = claim_tip(b, u, conflicted, set_aside);
    out << "<g class=\"" << classes << "\" data-claim=\"" << html_escape(b.id) << "\" tabindex=\"0\" role=\"img\" "
        << "aria-label=\"" << html_escape(tip) << "\"><title>" << html_escape(tip) << "</title>";
    out << "<rect class=\"claim-bar\" x=\"" << pixels(x) << "\" y=\"" << pixels(y) << "\" width=\"" << pixels(width)
        << "\" height=\"" << pixels(height) << "\" fill=\"" << (b.time.takes_part() ? bar_fill(shown) : "none")
        << "\" stroke=\"" << shown.colour << "\"/>";
    if (conflicted)
        out << "<rect class=\"conflict-hatch\" x=\"" << pixels(x) << "\" y=\"" << pixels(y) << "\" width=\""
            << pixels(width) << "\" height=\"" << pixels(height)
            << "\" fill=\"url(#conflict-hatch)\"/><text class=\"conflict-mark\" x=\"" << pixels(x + width + 3)
            << "\" y=\"" << pixels(y + height - 1) << "\">\u2716</text>";
    out << "<text class=\"tip\" x=\"" << pixels(tip_x) << "\" y=\"" << pixels(tip_y) << "\">" << html_escape(tip)
        << "</text></g>\n";
}

template <class = void>
inline void write_axis_ticks(std::ostream& out, const unit_axis& axis, const unit& u, double top, double bottom) {
    out << "<g class=\"axis\"><line class=\"axis-line\" x1=\"" << pixels(axis.left()) << "\" y1=\"" << pixels(top)
        << "\" x2=\"" << pixels(axis.right()) << "\" y2=\"" << pixels(top) << "\"/>";
    for (const exact_number& tick : axis.ticks()) {
        double x = axis.at(tick);
        out << "<g class=\"tick\"><line x1=\"" << pixels(x) << "\" y1=\"" << pixels(top - 4) << "\" x2=\"" << pixels(x)
            << "\" y2=\"" << pixels(bottom) << "\"/><text x=\"" << pixels(x) << "\" y=\"" << pixels(top - 7)
            << "\" text-anchor=\"middle\">" << html_escape(human_amount(tick, u)) << "</text></g>";
    }
    out << "</g>\n";
}

// The facts of one unit on one axis: a row per fact, its consistent range as a band.
template <class = void>
inline void write_unit_chart(std::ostream& out, const reconciliation& r, const unit& u,
                             const std::vector<const fact_range*>& ranges, const claim_marks& marks,
                             std::size_t number) {
    constexpr double chart_left = 300, chart_width = 520, right_column = 380;
    constexpr double bar_height = 9, bar_gap = 4, row_padding = 10, axis_top = 34;
    const double total_width = chart_left + chart_width + right_column;
    std::map<std::string, std::vector<const bound_claim*>> claims_of;
    std::vector<const interval*> values;
    values.reserve(ranges.size());
    for (const fact_range* range : ranges) values.push_back(&range->range);
    for (const bound_claim& b : r.pass.binding.claims)
        for (const fact_range* range : ranges)
            if (b.claim.fact == range->fact) claims_of[range->fact].push_back(&b), values.push_back(&b.value);
    const unit_axis axis(values, chart_left, chart_width);
    auto row_height = [&](const fact_range* range) {
        return row_padding * 2 +
               static_cast<double>(std::max<std::size_t>(claims_of[range->fact].size(), 1)) * (bar_height + bar_gap);
    };
    double height = axis_top + 8;
    for (const fact_range* range : ranges) height += row_height(range);

    const std::string words = unit_heading(u);
    out << "<figure class=\"unit-chart\" data-unit=\"" << html_escape(u.symbol()) << "\"><figcaption>"
        << html_escape(counted(ranges.size(), "fact")) << " in " << html_escape(words) << " on one "
        << (axis.logarithmic() ? "logarithmic axis (each tick ten or more times the one before)" : "axis")
        << "</figcaption>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << pixels(total_width) << "\" height=\""
        << pixels(height) << "\" role=\"group\" aria-labelledby=\"unit-chart-" << number << "\">";
    out << "<title id=\"unit-chart-" << number << "\">Claims and consistent ranges of "
        << html_escape(counted(ranges.size(), "fact")) << " in " << html_escape(words) << "</title><desc>"
        << "A row per fact on one " << (axis.logarithmic() ? "logarithmic " : "")
        << "axis; a bar per claim in its source's colour; the grey band is the consistent range; a hatched bar "
           "marked with a cross is in conflict, a dashed one was set aside. The tables below give the same figures."
        << "</desc>\n";
    write_axis_ticks(out, axis, u, axis_top, height);
    double y = axis_top + 6;
    for (const fact_range* range : ranges) {
        const fact_declaration* f = r.facts.find_fact(range->fact);
        const auto& claims = claims_of[range->fact];
        const bool has_conflict = std::any_of(claims.begin(), claims.end(),
                                              [&](const bound_claim* b) { return marks.in_conflict.contains(b->id); });
        const double h = row_height(range);
        out << "<g class=\"fact-row" << (has_conflict ? " has-conflict" : "") << "\" data-fact=\""
            << html_escape(range->fact) << "\">\n";
        out << "<rect class=\"row-bg\" x=\"0\" y=\"" << pixels(y) << "\" width=\"" << pixels(total_width)
            << "\" height=\"" << pixels(h - 2) << "\"/>\n";
        out << "<text x=\"6\" y=\"" << pixels(y + 16) << "\">" << html_escape(range->fact)
            << (has_conflict ? " \u2716 in conflict" : "") << "</text>\n";
        std::string_view label = leading_characters(f->label, 44);
        out << "<text x=\"6\" y=\"" << pixels(y + 30) << "\" class=\"fact-label\">" << html_escape(label)
            << (label.size() < f->label.size() ? "\u2026<title>" + html_escape(f->label) + "</title>" : std::string())
            << "</text>\n";
        if (!range->range.is_empty()) {
            double x0 = axis.start_of(range->range), x1 = std::max(axis.end_of(range->range), x0 + 2);
            out << "<rect class=\"consistent-range\" x=\"" << pixels(x0) << "\" y=\"" << pixels(y + 3) << "\" width=\""
                << pixels(x1 - x0) << "\" height=\"" << pixels(h - 8) << "\"><title>consistent range "
                << html_escape(human_interval(range->range, u)) << (range->exact ? " (exact)" : " (sound outer bound)")
                << "</title></rect>\n";
        }
        double bar_y = y + row_padding;
        for (const bound_claim* b : claims) {
            double x0 = axis.start_of(b->value), x1 = std::max(axis.end_of(b->value), x0 + 3);
            write_claim_mark(out, *b, u, marks, x0, bar_y, x1 - x0, bar_height, chart_left + chart_width + 22, y + 16);
            bar_y += bar_height + bar_gap;
        }
        out << "<text class=\"range-label\" x=\"" << pixels(chart_left + chart_width + 22) << "\" y=\""
            << pixels(y + 16) << "\">" << html_escape(human_interval(range->range, u)) << "</text>\n</g>\n";
        y += h;
    }
    out << "</svg></figure>\n";
}

// A series fact over time: a column per date ("undated" last, superseded and earlier figures
// apart), values on one ticked vertical axis, the consistent range of each date as a band.
template <class = void>
inline void write_series_chart(std::ostream& out, const reconciliation& r, const fact_declaration& f,
                               const claim_marks& marks) {
    const std::vector<series_point> points = series_points(r, f);
    std::vector<const bound_claim*> apart;
    for (const bound_claim& c : r.pass.binding.claims)
        if (c.claim.fact == f.id && !c.time.takes_part()) apart.push_back(&c);
    std::vector<const interval*> values;
    for (const series_point& p : points) {
        values.push_back(&p.range->range);
        for (const bound_claim* c : p.claims) values.push_back(&c->value);
    }
    for (const bound_claim* c : apart) values.push_back(&c->value);
    constexpr double left = 130, top = 40, plot_height = 220, column = 110;
    // The axis runs upwards: position 0 is the bottom of the plot.
    const unit_axis axis(values, 0, plot_height);
    auto y_of = [&](double position) { return top + plot_height - position; };
    const std::size_t columns = points.size() + (apart.empty() ? 0 : 1);
    const double width = left + column * static_cast<double>(std::max<std::size_t>(columns, 1)) + 380;
    const std::string title = f.id + (f.label.empty() ? "" : " - " + f.label) + " (" + to_string(f.series) + ")";
    out << "<figure class=\"series\" data-fact=\"" << html_escape(f.id) << "\"><figcaption>" << html_escape(title)
        << "</figcaption>\n<svg class=\"series-chart\" data-fact=\"" << html_escape(f.id)
        << "\" xmlns=\"http://www.w3.org/2000/svg\" width=\"" << pixels(width) << "\" height=\""
        << pixels(top + plot_height + 50) << "\" role=\"group\"><title>" << html_escape(f.id)
        << " over time</title><desc>A column per date, values on one " << (axis.logarithmic() ? "logarithmic " : "")
        << "axis; the grey band is the date's consistent range. The table below gives the same figures.</desc>\n";
    out << "<g class=\"axis\"><line class=\"axis-line\" x1=\"" << pixels(left) << "\" y1=\"" << pixels(top)
        << "\" x2=\"" << pixels(left) << "\" y2=\"" << pixels(top + plot_height) << "\"/>";
    for (const exact_number& tick : axis.ticks()) {
        double y = y_of(axis.at(tick));
        out << "<g class=\"tick\"><line x1=\"" << pixels(left - 4) << "\" y1=\"" << pixels(y) << "\" x2=\""
            << pixels(left + column * static_cast<double>(columns)) << "\" y2=\"" << pixels(y) << "\"/><text x=\""
            << pixels(left - 7) << "\" y=\"" << pixels(y + 4) << "\" text-anchor=\"end\">"
            << html_escape(human_amount(tick, f.unit)) << "</text></g>";
    }
    out << "</g>\n";
    const double tip_x = left + column * static_cast<double>(columns) + 12;
    auto bar = [&](const bound_claim& c, double x) {
        double y0 = y_of(axis.end_of(c.value)), y1 = std::max(y_of(axis.start_of(c.value)), y0 + 5);
        write_claim_mark(out, c, f.unit, marks, x, y0, 8, y1 - y0, tip_x, top + 12);
    };
    double x = left + 10;
    const series_point* previous = nullptr;
    double previous_middle = 0;
    for (const series_point& p : points) {
        if (!p.range->range.is_empty()) {
            double y0 = y_of(axis.end_of(p.range->range)), y1 = std::max(y_of(axis.start_of(p.range->range)), y0 + 2);
            out << "<rect class=\"series-range\" x=\"" << pixels(x) << "\" y=\"" << pixels(y0) << "\" width=\""
                << pixels(column - 20) << "\" height=\"" << pixels(y1 - y0) << "\"><title>" << html_escape(p.date)
                << ": " << html_escape(human_interval(p.range->range, f.unit)) << "</title></rect>\n";
            if (previous && !previous->range->range.is_empty() && p.date != "undated")
                out << "<line class=\"series-line\" x1=\"" << pixels(x - column + (column - 20) / 2) << "\" y1=\""
                    << pixels(previous_middle) << "\" x2=\"" << pixels(x + (column - 20) / 2) << "\" y2=\""
                    << pixels((y0 + y1) / 2) << "\"/>\n";
            previous_middle = (y0 + y1) / 2;
        }
        double bar_x = x + 4;
        for (const bound_claim* c : p.claims) {
            bar(*c, bar_x);
            bar_x = std::min(bar_x + 11, x + column - 30);
        }
        out << "<text x=\"" << pixels(x) << "\" y=\"" << pixels(top + plot_height + 22) << "\">" << html_escape(p.date)
            << "</text>\n";
        previous = &p;
        x += column;
    }
    if (!apart.empty()) {
        out << "<line class=\"apart\" x1=\"" << pixels(x - 10) << "\" y1=\"" << pixels(top) << "\" x2=\""
            << pixels(x - 10) << "\" y2=\"" << pixels(top + plot_height) << "\"/>\n";
        double bar_x = x + 4;
        for (const bound_claim* c : apart) {
            bar(*c, bar_x);
            bar_x = std::min(bar_x + 11, x + column - 30);
        }
        out << "<text x=\"" << pixels(x) << "\" y=\"" << pixels(top + plot_height + 22)
            << "\" class=\"fact-label\">superseded / earlier</text>\n";
    }
    out << "</svg></figure>\n";
}

// The legend: a swatch and a number per source, then what the patterns mean.
template <class = void>
inline void write_legend(std::ostream& out, const std::map<std::string, source_style>& styles) {
    const auto sources = sources_in_order(styles);
    out << "<div class=\"legend\"><p>" << html_escape(counted(sources.size(), "source"));
    if (sources.size() > source_colours)
        out << ": the first " << source_colours << " have a colour each; the other " << sources.size() - source_colours
            << " are drawn grey with white dots and are told apart by their names (focus a bar, or see the "
               "table)";
    out << ".</p><ul>";
    for (const auto& [name, style] : sources) {
        out << "<li class=\"source" << (style.coloured ? "" : " uncoloured") << "\">"
            << "<svg class=\"swatch\" width=\"14\" height=\"14\" aria-hidden=\"true\"><rect width=\"14\" height=\"14\" "
               "fill=\""
            << (style.coloured ? style.colour : "#8a8a8a") << "\"/>"
            << (style.coloured ? ""
                               : "<circle cx=\"4\" cy=\"4\" r=\"1.5\" fill=\"#fff\"/><circle cx=\"10\" cy=\"10\" "
                                 "r=\"1.5\" fill=\"#fff\"/>")
            << "</svg>" << style.number << ". " << html_escape(name)
            << (style.coloured ? "" : " (no colour of its own)") << "</li>";
    }
    out << "</ul><ul class=\"keys\"><li><i class=\"key band\"></i>consistent range</li>"
           "<li><i class=\"key hatch\"></i>\u2716 in conflict (hatched)</li>"
           "<li><i class=\"key dashed\"></i>set aside (dashed, faded)</li>"
           "<li><i class=\"key dotted\"></i>superseded or earlier (outline only)</li></ul></div>\n";
}

template <class = void>
inline const char* claim_status_label(const bound_claim& b, bool conflicted, bool set_aside) {
    if (b.time.superseded_by) return "superseded";
    if (b.time.earlier) return "earlier";
    if (set_aside) return "in conflict, set aside";
    return conflicted ? "in conflict, kept" : "kept";
}

// Every claim as a row: what a screen reader reads in place of the charts.
template <class = void>
inline void write_claims_table(std::ostream& out, const reconciliation& r,
                               const std::vector<const bound_claim*>& claims, const claim_marks& marks,
                               std::string_view caption) {
    out << "<table class=\"claims-table\"><caption>" << html_escape(caption) << "</caption><thead><tr>"
        << "<th scope=\"col\">Claim</th><th scope=\"col\">Fact</th><th scope=\"col\">Value</th>"
        << "<th scope=\"col\">Source</th><th scope=\"col\">Quote</th><th scope=\"col\">Where</th>"
        << "<th scope=\"col\">Status</th></tr></thead><tbody>\n";
    for (const bound_claim* b : claims) {
        const fact_declaration* f = declared_fact(r, b->claim.fact);
        const bool conflicted = marks.in_conflict.contains(b->id), set_aside = marks.rejected.contains(b->id);
        out << "<tr data-claim=\"" << html_escape(b->id) << "\"" << (conflicted ? " class=\"conflicted\"" : "")
            << "><th scope=\"row\">" << html_escape(b->id) << "</th><td>" << html_escape(b->claim.fact) << "</td><td>"
            << html_escape(f ? human_interval(b->value, f->unit) : std::string("?")) << "</td><td>"
            << html_escape(b->claim.publisher.name + (b->claim.speaker ? ", " + b->claim.speaker->name : "") +
                           (b->reading.empty() ? "" : " (" + b->reading + ")") + copies_note(*b))
            << "</td><td>&ldquo;" << html_escape(b->quote) << "&rdquo;"
            << html_escape(f && f->series != series_kind::timeless ? dated_by_words(*b) : std::string()) << "</td><td>"
            << html_escape(r.articles[b->article].file) << " bytes " << b->claim.span.begin << "-" << b->claim.span.end
            << "</td><td>" << (conflicted ? "\u2716 " : "") << claim_status_label(*b, conflicted, set_aside)
            << html_escape(claim_status_words(*b, false)) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

// The text report's FACTS lines as a table: range, exactness, what sets each end.
template <class = void>
inline void write_ranges_table(std::ostream& out, const reconciliation& r, const std::vector<const fact_range*>& ranges,
                               std::string_view caption, std::string_view first_column = "Fact") {
    out << "<table class=\"ranges-table\"><caption>" << html_escape(caption)
        << "</caption><thead><tr><th scope=\"col\">" << html_escape(first_column)
        << "</th><th scope=\"col\">Consistent range</th><th scope=\"col\">Low end set by</th>"
           "<th scope=\"col\">High end set by</th></tr></thead><tbody>\n";
    for (const fact_range* range : ranges) {
        const std::string fact_id = range->fact.substr(0, range->fact.find('@'));
        const fact_declaration* f = declared_fact(r, fact_id);
        if (!f) continue;
        const std::string name = range->fact.find('@') == std::string::npos
                                     ? range->fact + (f->label.empty() ? "" : " - " + f->label)
                                     : range->fact.substr(range->fact.find('@') + 1);
        out << "<tr data-fact=\"" << html_escape(range->fact) << "\"><th scope=\"row\">" << html_escape(name)
            << "</th><td>" << html_escape(human_interval(range->range, f->unit))
            << (range->exact ? " (exact)" : " (sound outer bound)") << "</td><td>"
            << html_escape(set_by_words("", range->lo_set_by)) << "</td><td>"
            << html_escape(set_by_words("", range->hi_set_by)) << "</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

template <class = void>
inline void write_section_start(std::ostream& out, std::string_view id, std::string_view heading) {
    out << "<section id=\"" << id << "\"><h2>" << html_escape(heading) << "</h2>\n";
}

template <class = void>
inline void write_list(std::ostream& out, std::string_view css_class, const std::vector<std::string>& items) {
    out << "<ul class=\"" << css_class << "\">";
    for (const std::string& item : items) out << "<li>" << html_escape(item) << "</li>";
    out << "</ul>\n";
}

inline constexpr const char* html_style =
    "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1240px}\n"
    "h1{font-size:20px}h2{font-size:16px;margin-top:28px}h3{font-size:14px}.verdict{font-weight:600}\n"
    ".conflict{border-left:4px double #b00;padding:4px 12px;margin:10px 0;background:#fff5f5}\n"
    ".conflict li{margin:6px 0}.origin{color:#555}blockquote{margin:2px 0 2px 16px;color:#444;font-style:italic}\n"
    ".set-aside-claim{text-decoration:line-through}.mark{font-weight:600}\n"
    ".legend ul{list-style:none;padding:0;margin:4px 0}.legend li{display:inline-block;margin-right:16px}\n"
    ".swatch{vertical-align:middle;margin-right:4px}.key{display:inline-block;width:22px;height:10px;margin-right:"
    "4px;vertical-align:middle;border:1px solid #000}.key.band{background:rgba(0,0,0,.1)}\n"
    ".key.hatch{background:repeating-linear-gradient(45deg,#000 0 2px,#fff 2px 5px)}.key.dashed{border-style:"
    "dashed;opacity:.5}.key.dotted{border-style:dotted;background:none}\n"
    "figure{margin:12px 0}figcaption{font-weight:600}svg{overflow:visible}svg text{font:12px system-ui,sans-serif}\n"
    ".row-bg{fill:#f7f7f7}.fact-row.has-conflict .row-bg{fill:#fdecec}.fact-label{fill:#666}\n"
    ".tick line{stroke:#ddd}.tick text{fill:#555;font-size:11px}.axis-line{stroke:#888}\n"
    ".consistent-range,.series-range{fill:#000;fill-opacity:.08;stroke:#000;stroke-width:1.5}\n"
    ".series-line{stroke:#444;stroke-dasharray:4 3}.apart{stroke:#bbb;stroke-dasharray:2 2}\n"
    ".claim-bar{stroke-width:1.5}.claim.conflicted .claim-bar{stroke:#b00;stroke-width:2.5}\n"
    ".claim.set-aside .claim-bar{opacity:.45;stroke-dasharray:3 2}.claim.superseded .claim-bar,.claim.earlier "
    ".claim-bar{"
    "stroke-dasharray:2 2}\n"
    ".conflict-mark{font-size:11px;font-weight:700;fill:#b00}\n"
    ".claim{outline:none}.claim:focus .claim-bar,.claim:hover .claim-bar{stroke:#000;stroke-width:3}\n"
    ".tip{visibility:hidden;font-size:11px;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}\n"
    ".claim:focus .tip,.claim:hover .tip{visibility:visible}.fact-row:focus-within .range-label,.fact-row:hover "
    ".range-label{visibility:hidden}\n"
    "table{border-collapse:collapse;margin:12px 0;font-size:13px}caption{text-align:left;font-weight:600;padding:"
    "4px 0}\n"
    "th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}tr.conflicted th{background:"
    "#fdecec}\n";

} // namespace report::detail

template <class>
inline void write_html_report(std::ostream& out, const reconciliation& r) {
    using report::detail::counted;
    using report::detail::html_escape;
    const auto& pass = r.pass;
    const auto& s = pass.solution;
    const std::map<std::string, report::detail::source_style> styles = report::detail::source_styles(r);
    std::set<std::string> rejected(s.rejected.begin(), s.rejected.end()), in_conflict;
    for (const auto& c : s.conflicts) in_conflict.insert(c.claims.begin(), c.claims.end());
    const report::detail::claim_marks marks{styles, in_conflict, rejected};

    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>factrec reconciliation</title>\n"
           "<style>\n"
        << report::detail::html_style << "</style></head><body>\n";
    report::detail::write_svg_patterns(out);
    out << "<section id=\"verdict\"><h1>factrec reconcile: " << html_escape(report::detail::story_size_words(r))
        << "</h1>\n"
        << "<p class=\"reading\">" << html_escape(report::detail::reading_words(pass.precision)) << "</p>\n"
        << "<p class=\"verdict\">" << html_escape(report::detail::verdict_words(s)) << "</p></section>\n";

    if (!s.conflicts.empty()) {
        report::detail::write_section_start(out, "conflicts", "Conflicts");
        const auto groups = report::detail::conflict_groups(r);
        out << "<p class=\"summary\">" << html_escape(report::detail::conflict_summary_words(r, groups.size()))
            << "</p>\n";
        std::size_t number = 0;
        for (const auto& group : groups) {
            const report::detail::conflict_group_words words =
                report::detail::describe_conflict_group(r, group, ++number);
            out << "<div class=\"conflict\"><h3><span class=\"mark\">\u2716 Conflict</span> "
                << html_escape(words.headline) << "</h3><ul>";
            for (const auto& id : words.claims) {
                if (words.repeats.contains(id)) continue;
                const bool set_aside = rejected.contains(id);
                const bound_claim* b = r.find_claim(id);
                out << "<li" << (set_aside ? " class=\"set-aside-claim\"" : "") << ">";
                if (!b) {
                    out << "soft relation " << html_escape(id) << (set_aside ? " [set aside]" : "") << "</li>";
                    continue;
                }
                const fact_declaration* f = report::detail::declared_fact(r, b->claim.fact);
                out << "<b>" << html_escape(b->claim.fact) << "</b> "
                    << html_escape(report::detail::human_interval(b->value, f->unit)) << " &ldquo;"
                    << html_escape(b->quote) << "&rdquo; <code>" << html_escape(id) << "</code>"
                    << (set_aside ? " <span class=\"mark\">[set aside]</span>" : "") << "<br><span class=\"origin\">"
                    << html_escape(report::detail::claim_origin(r, *b)) << "</span><blockquote>"
                    << html_escape(report::detail::sentence_of(r, *b)) << "</blockquote>";
                if (auto more = words.also_by.find(id); more != words.also_by.end())
                    out << "<span class=\"origin\">" << html_escape(report::detail::also_from_words(r, more->second))
                        << "</span>";
                out << "</li>";
            }
            out << "</ul></div>\n";
        }
        out << "</section>\n";
        if (!s.rejected.empty()) {
            report::detail::write_section_start(out, "set-aside",
                                                "Set aside to resolve the conflicts (least total trust first)");
            std::vector<std::string> items;
            for (const auto& id : s.rejected) {
                const bound_claim* b = r.find_claim(id);
                items.push_back(id + (b ? "  " + b->claim.fact + "  \"" + b->quote + "\"  " + b->claim.publisher.name +
                                              ", trust " + to_exact_string(b->weight())
                                        : ""));
            }
            report::detail::write_list(out, "set-aside-list", items);
            out << "</section>\n";
        }
    }

    if (!r.repair_alternatives.empty()) {
        report::detail::write_section_start(
            out, "repairs", "Repairs of equal cost: setting aside any one of these sets instead costs as much");
        std::vector<std::string> items;
        for (const auto& alternative : r.repair_alternatives) items.push_back(report::detail::id_list(alternative, 8));
        report::detail::write_list(out, "repairs-list", items);
        out << "</section>\n";
    }

    if (r.other) {
        report::detail::write_section_start(out, "reading", "Reading");
        report::detail::write_list(out, "reading-list", report::detail::reading_lines(r));
        out << "</section>\n";
    }

    report::detail::write_section_start(out, "facts",
                                        "Facts: consistent range of each, after setting aside the claims above");
    report::detail::write_legend(out, styles);
    // A chart per unit, in the order the facts file first uses each unit.
    std::vector<std::pair<const unit*, std::vector<const fact_range*>>> by_unit;
    std::vector<const fact_range*> all_ranges;
    for (const auto& range : s.facts) {
        const fact_declaration* f = r.facts.find_fact(range.fact);
        if (!f) continue; // a series fact's date: drawn over time below
        all_ranges.push_back(&range);
        auto same = std::find_if(by_unit.begin(), by_unit.end(), [&](const auto& g) { return *g.first == f->unit; });
        if (same == by_unit.end())
            by_unit.push_back({&f->unit, {&range}});
        else
            same->second.push_back(&range);
    }
    std::size_t chart = 0;
    for (const auto& [u, ranges] : by_unit) report::detail::write_unit_chart(out, r, *u, ranges, marks, ++chart);
    report::detail::write_ranges_table(out, r, all_ranges, "Every fact's consistent range and what sets each end");
    std::vector<const bound_claim*> timeless_claims;
    for (const bound_claim& b : pass.binding.claims) {
        const fact_declaration* f = r.facts.find_fact(b.claim.fact);
        if (f && f->series == series_kind::timeless) timeless_claims.push_back(&b);
    }
    if (!timeless_claims.empty())
        report::detail::write_claims_table(out, r, timeless_claims, marks, "Every claim, as the charts above draw it");
    out << "</section>\n";

    bool series_started = false;
    for (const fact_declaration& f : r.facts.facts) {
        if (f.series == series_kind::timeless) continue;
        if (!series_started) report::detail::write_section_start(out, "series", "Series: one value per date");
        series_started = true;
        report::detail::write_series_chart(out, r, f, marks);
        std::vector<const fact_range*> ranges;
        std::vector<const bound_claim*> claims;
        for (const report::detail::series_point& p : report::detail::series_points(r, f)) {
            ranges.push_back(p.range);
            claims.insert(claims.end(), p.claims.begin(), p.claims.end());
        }
        for (const bound_claim& b : pass.binding.claims)
            if (b.claim.fact == f.id && !b.time.takes_part()) claims.push_back(&b);
        report::detail::write_ranges_table(out, r, ranges, f.id + ": the consistent range of each date", "Date");
        report::detail::write_claims_table(out, r, claims, marks, f.id + ": every claim, date by date");
    }
    if (series_started) out << "</section>\n";

    if (!pass.binding.unbound.empty()) {
        report::detail::write_section_start(
            out, "unbound", "Figures no fact took (" + std::to_string(pass.binding.unbound.size()) + ")");
        std::vector<std::string> items;
        for (const auto& u : pass.binding.unbound) items.push_back(report::detail::unbound_words(r, u));
        report::detail::write_list(out, "unbound-list", items);
        out << "</section>\n";
    }
    if (!r.warnings.empty()) {
        report::detail::write_section_start(out, "warnings", "Warnings");
        std::vector<std::string> items;
        for (const warning& w : r.warnings) items.push_back(w.message);
        report::detail::write_list(out, "warnings-list", items);
        out << "</section>\n";
    }
    if (!pass.binding.notes.empty()) {
        report::detail::write_section_start(out, "notes", "Notes");
        report::detail::write_list(out, "notes-list", pass.binding.notes);
        out << "</section>\n";
    }
    out << "</body></html>\n";
}

template <class>
inline std::string html_report(const reconciliation& r) {
    std::ostringstream out;
    write_html_report(out, r);
    return out.str();
}

} // namespace factrec
