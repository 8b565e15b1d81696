#pragma once

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
#include <factrec/report/detail/safe_text.hpp>
#include <factrec/report/detail/timeline.hpp>

#include <algorithm>
#include <map>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

namespace detail {

// Pixel position of a value on one row's axis; rows have their own scales because one story
// mixes billions of dollars with percentages.
struct row_axis {
    double lo = 0, hi = 1;
    double left = 0, width = 1;
    [[nodiscard]] double at(const exact_number& x) const {
        double v = x.convert_to<double>();
        double t = hi > lo ? (v - lo) / (hi - lo) : 0.5;
        return left + std::clamp(t, -0.02, 1.02) * width;
    }
    [[nodiscard]] double start_of(const interval& x) const {
        return x.lower().infinite ? left - 6 : at(x.lower().value);
    }
    [[nodiscard]] double end_of(const interval& x) const {
        return x.upper().infinite ? left + width + 6 : at(x.upper().value);
    }
};

inline void widen_axis(bool& any, double& lo, double& hi, const interval& x) {
    for (const auto* b : {&x.lower(), &x.upper()}) {
        if (b->infinite) continue;
        double v = b->value.convert_to<double>();
        if (!any) lo = hi = v;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        any = true;
    }
}

inline std::string pixels(double x) {
    std::ostringstream out;
    out.setf(std::ios::fixed);
    out.precision(1);
    out << x;
    return out.str();
}

} // namespace detail

// One self-contained page (no network): verdict, conflicts, and an SVG chart with a row per
// fact, a bar per claim coloured by source, the consistent range drawn over them and conflicts
// highlighted; hovering a bar shows its quote.
inline void write_html_report(std::ostream& out, const reconciliation& r) {
    using detail::html_escape;
    using detail::pixels;
    const auto& pass = r.pass;
    const auto& s = pass.solution;
    static constexpr const char* palette[] = {"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd",
                                              "#8c564b", "#e377c2", "#17becf", "#bcbd22"};
    std::map<std::string, std::string> colour_of;
    for (const auto& a : r.articles)
        if (!colour_of.contains(a.publisher.name)) colour_of[a.publisher.name] = palette[colour_of.size() % 8];
    std::set<std::string> rejected(s.rejected.begin(), s.rejected.end()), in_conflict;
    for (const auto& c : s.conflicts) in_conflict.insert(c.claims.begin(), c.claims.end());

    constexpr double chart_left = 310, chart_width = 560, range_label = 250;
    constexpr double bar_height = 9, bar_gap = 4, row_padding = 10;
    double total_height = 40;
    for (const auto& range : s.facts) {
        if (!r.facts.find_fact(range.fact)) continue; // a series fact's date: drawn over time below
        std::size_t claims = 0;
        for (const auto& b : pass.binding.claims) claims += b.claim.fact == range.fact;
        total_height += row_padding * 2 + std::max<std::size_t>(claims, 1) * (bar_height + bar_gap);
    }

    out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>factrec "
           "reconciliation</title>\n<style>\n"
           "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;max-width:1200px}\n"
           "h1{font-size:20px}h2{font-size:16px;margin-top:28px}.verdict{font-weight:600}\n"
           ".conflict{border-left:4px solid #d62728;padding:4px 12px;margin:10px 0;background:#fff5f5}\n"
           ".quote{color:#555;font-style:italic}.set-aside{text-decoration:line-through;color:#888}\n"
           ".legend "
           "span{display:inline-block;margin-right:16px}.swatch{display:inline-block;width:12px;height:12px;margin-"
           "right:4px;vertical-align:middle}\n"
           "svg text{font:12px system-ui,sans-serif}.fact-row.has-conflict .row-bg{fill:#fdecec}.row-bg{fill:#f7f7f7}\n"
           ".claim-bar{stroke-width:1.5}.claim-bar.conflicted{stroke:#d62728;stroke-width:2.5}.claim-bar.set-aside{"
           "opacity:.35;stroke-dasharray:3 "
           "2}.claim-bar.superseded,.series-claim.superseded{opacity:.5;stroke-dasharray:2 "
           "2}.series-claim.conflicted{stroke:#d62728;stroke-width:2.5}\n"
           ".consistent-range{fill:#000;fill-opacity:.08;stroke:#000;stroke-width:1.5}\n"
           "#tooltip{position:fixed;pointer-events:none;background:#222;color:#fff;padding:6px "
           "8px;border-radius:4px;max-width:420px;font-size:12px;display:none}\n"
           "</style></head><body>\n";
    out << "<h1>factrec: " << r.articles.size() << " articles, " << r.facts.facts.size() << " facts, "
        << pass.binding.claims.size() << " claims</h1>\n";
    out << "<p class=\"verdict\">"
        << (s.consistent ? std::string("Consistent: every claim can hold with the relations.")
                         : std::to_string(s.conflicts.size()) + " conflicts; setting aside " +
                               std::to_string(s.rejected.size()) + " claims (total trust " +
                               to_exact_string(s.rejected_weight) + ") makes the rest consistent.")
        << "</p>\n<p>Precision: " << to_string(pass.precision.rounding) << "; \"about\" means &plusmn;"
        << to_exact_string(pass.precision.approximate_tolerance * 100) << "%.</p>\n";

    if (!r.warnings.empty()) {
        out << "<h2>Warnings</h2>\n<ul class=\"warnings\">";
        for (const warning& w : r.warnings) out << "<li>" << html_escape(w.message) << "</li>";
        out << "</ul>\n";
    }

    out << "<div class=\"legend\">";
    for (const auto& [name, colour] : colour_of)
        out << "<span><i class=\"swatch\" style=\"background:" << colour << "\"></i>" << html_escape(name) << "</span>";
    out << "<span><i class=\"swatch\" style=\"background:#000;opacity:.15;border:1px solid #000\"></i>consistent "
           "range</span></div>\n";

    out << "<svg id=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\""
        << pixels(chart_left + chart_width + range_label) << "\" height=\"" << pixels(total_height)
        << "\" role=\"img\" aria-label=\"claims and consistent ranges per fact\">\n";
    double y = 30;
    for (const auto& range : s.facts) {
        const fact_declaration* f = r.facts.find_fact(range.fact);
        if (!f) continue;
        std::vector<const bound_claim*> claims;
        for (const auto& b : pass.binding.claims)
            if (b.claim.fact == range.fact) claims.push_back(&b);
        bool has_conflict = std::any_of(claims.begin(), claims.end(),
                                        [&](const bound_claim* b) { return in_conflict.contains(b->id); });
        double height = row_padding * 2 + std::max<std::size_t>(claims.size(), 1) * (bar_height + bar_gap);

        bool any = false;
        double lo = 0, hi = 1;
        for (const bound_claim* b : claims) detail::widen_axis(any, lo, hi, b->value);
        detail::widen_axis(any, lo, hi, range.range);
        if (!any) lo = 0, hi = 1;
        double pad = hi > lo ? (hi - lo) * 0.05 : (lo == 0 ? 1 : std::abs(lo) * 0.05);
        detail::row_axis axis{lo - pad, hi + pad, chart_left, chart_width};

        out << "<g class=\"fact-row" << (has_conflict ? " has-conflict" : "") << "\" data-fact=\""
            << html_escape(range.fact) << "\">\n";
        out << "<rect class=\"row-bg\" x=\"0\" y=\"" << pixels(y) << "\" width=\""
            << pixels(chart_left + chart_width + range_label) << "\" height=\"" << pixels(height - 2) << "\"/>\n";
        out << "<text x=\"6\" y=\"" << pixels(y + 16) << "\">" << html_escape(range.fact) << "</text>\n";
        std::string_view label = detail::leading_characters(f->label, 44);
        out << "<text x=\"6\" y=\"" << pixels(y + 30) << "\" fill=\"#666\">" << html_escape(label)
            << (label.size() < f->label.size() ? "\u2026<title>" + html_escape(f->label) + "</title>" : std::string())
            << "</text>\n";
        if (!range.range.is_empty()) {
            double x0 = axis.start_of(range.range), x1 = std::max(axis.end_of(range.range), x0 + 2);
            out << "<rect class=\"consistent-range\" x=\"" << pixels(x0) << "\" y=\"" << pixels(y + 3) << "\" width=\""
                << pixels(x1 - x0) << "\" height=\"" << pixels(height - 8) << "\"><title>consistent range "
                << html_escape(detail::human_interval(range.range, f->unit))
                << (range.exact ? " (exact)" : " (outer bound)") << "</title></rect>\n";
        }
        double bar_y = y + row_padding;
        for (const bound_claim* b : claims) {
            double x0 = axis.start_of(b->value), x1 = std::max(axis.end_of(b->value), x0 + 3);
            std::string classes = "claim-bar";
            if (in_conflict.contains(b->id)) classes += " conflicted";
            if (rejected.contains(b->id)) classes += " set-aside";
            if (!b->time.takes_part()) classes += " superseded";
            std::string colour = colour_of[b->claim.publisher.name];
            std::string tip = b->claim.publisher.name + (b->claim.speaker ? " (" + b->claim.speaker->name + ")" : "") +
                              ": \u201c" + b->quote + "\u201d " + detail::human_interval(b->value, f->unit) +
                              detail::claim_status_words(*b, rejected.contains(b->id));
            out << "<rect class=\"" << classes << "\" data-claim=\"" << html_escape(b->id) << "\" data-quote=\""
                << html_escape(tip) << "\" x=\"" << pixels(x0) << "\" y=\"" << pixels(bar_y) << "\" width=\""
                << pixels(x1 - x0) << "\" height=\"" << pixels(bar_height) << "\" fill=\"" << colour << "\" stroke=\""
                << colour << "\"><title>" << html_escape(tip) << "</title></rect>\n";
            bar_y += bar_height + bar_gap;
        }
        out << "<text x=\"" << pixels(chart_left + chart_width + 12) << "\" y=\"" << pixels(y + 16) << "\">"
            << html_escape(detail::human_interval(range.range, f->unit)) << "</text>\n</g>\n";
        y += height;
    }
    out << "</svg>\n";
    for (const fact_declaration& f : r.facts.facts)
        if (f.series != series_kind::timeless) detail::write_html_timeline(out, r, f, colour_of, in_conflict, rejected);

    if (!s.conflicts.empty()) {
        out << "<h2>Conflicts</h2>\n";
        // Grouped by the relations they go through, or by their fact when they go through none,
        // so that each group has one unit; a summary paragraph first (issue 13).
        std::vector<std::pair<std::string, std::vector<const conflict*>>> groups;
        std::vector<std::string> affected;
        for (const auto& c : s.conflicts) {
            std::string key;
            for (const auto& id : c.relations) key += (key.empty() ? "" : ", ") + id;
            const bound_claim* first = c.claims.empty() ? nullptr : r.find_claim(c.claims.front());
            if (key.empty()) key = "fact " + (first ? first->claim.fact : std::string("?"));
            auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == key; });
            if (group == groups.end())
                groups.push_back({key, {&c}});
            else
                group->second.push_back(&c);
            for (const auto& id : c.claims)
                if (const bound_claim* b = r.find_claim(id);
                    b && std::find(affected.begin(), affected.end(), b->claim.fact) == affected.end())
                    affected.push_back(b->claim.fact);
        }
        out << "<p class=\"summary\">" << s.conflicts.size() << (s.conflicts.size() == 1 ? " conflict" : " conflicts")
            << " in " << groups.size() << (groups.size() == 1 ? " group" : " groups") << ". The repair sets aside ";
        for (std::size_t k = 0; k < s.rejected.size(); ++k) out << (k ? ", " : "") << html_escape(s.rejected[k]);
        out << ". Facts affected: ";
        for (std::size_t k = 0; k < affected.size(); ++k) out << (k ? ", " : "") << html_escape(affected[k]);
        out << ".";
        if (!r.repair_alternatives.empty()) {
            out << " Repairs of equal cost:";
            for (const auto& alternative : r.repair_alternatives) {
                out << " {";
                for (std::size_t k = 0; k < alternative.size(); ++k)
                    out << (k ? ", " : "") << html_escape(alternative[k]);
                out << "}";
            }
            out << ".";
        }
        out << "</p>\n";
        for (const auto& [key, members] : groups) {
            out << "<h3>" << (members.front()->relations.empty() ? "" : "Through ") << html_escape(key) << "</h3>\n";
            for (const conflict* c : members) {
                const bound_claim* first = c->claims.empty() ? nullptr : r.find_claim(c->claims.front());
                const fact_declaration* f = first ? r.facts.find_fact(first->claim.fact) : nullptr;
                out << "<div class=\"conflict\"><div>Relations: ";
                for (const auto& id : c->relations) {
                    std::string expression = id;
                    for (const auto& rel : r.facts.relations)
                        if (rel.id == id) expression = id + ": " + rel.expression;
                    for (const auto& rel : pass.model.relations()) // "cumulative", made for series facts
                        if (rel.id == id && expression == id) expression = id + ": " + rel.text;
                    out << "<code>" << html_escape(expression) << "</code> ";
                }
                if (c->gap)
                    out << "&mdash; the sources disagree by at least "
                        << html_escape(f ? detail::human_amount(*c->gap, f->unit) : to_exact_string(*c->gap));
                out << "</div><ul>";
                for (const auto& id : c->claims) {
                    const bound_claim* b = r.find_claim(id);
                    if (!b) continue;
                    out << "<li class=\"" << (rejected.contains(id) ? "set-aside" : "") << "\"><b>"
                        << html_escape(b->claim.fact) << "</b> &ldquo;" << html_escape(b->quote) << "&rdquo; &mdash; "
                        << html_escape(b->claim.publisher.name)
                        << (b->claim.speaker ? ", " + html_escape(b->claim.speaker->name) : "");
                    for (const claim_copy& copy : b->copies) out << ", " << html_escape(copy.source);
                    out << " <span class=\"quote\">"
                        << html_escape(r.articles[b->article].text.substr(
                               b->claim.sentence.begin, b->claim.sentence.end - b->claim.sentence.begin))
                        << "</span></li>";
                }
                out << "</ul></div>\n";
            }
        }
    }
    out << "<div id=\"tooltip\"></div>\n<script>\n"
           "(function(){var tip=document.getElementById('tooltip');\n"
           "document.querySelectorAll('.claim-bar').forEach(function(bar){\n"
           " bar.addEventListener('mousemove',function(e){tip.textContent=bar.getAttribute('data-quote');tip.style."
           "display='block';"
           "tip.style.left=(e.clientX+12)+'px';tip.style.top=(e.clientY+12)+'px';});\n"
           " bar.addEventListener('mouseleave',function(){tip.style.display='none';});});\n"
           "document.body.setAttribute('data-rendered-rows',document.querySelectorAll('.fact-row').length);\n"
           "document.body.setAttribute('data-rendered-bars',document.querySelectorAll('.claim-bar').length);})();\n"
           "</script>\n</body></html>\n";
}

inline std::string html_report(const reconciliation& r) {
    std::ostringstream out;
    write_html_report(out, r);
    return out.str();
}

} // namespace factrec
