#pragma once

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>
#include <factrec/report/detail/timeline.hpp>

#include <algorithm>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

namespace report::detail {

template <class = void>
inline std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (char c : s) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return width;
}

/// Words of `text` in lines of at most `width` columns, each line after the first indented.
template <class = void>
inline std::string wrap(std::string_view text, std::size_t width, std::string_view indent) {
    std::string out, line;
    std::size_t pos = 0;
    auto flush = [&] {
        if (!out.empty()) out += "\n" + std::string(indent);
        out += line;
        line.clear();
    };
    while (pos < text.size()) {
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\n' || text[pos] == '\t' || text[pos] == '\r'))
            ++pos;
        std::size_t end = pos;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '\r')
            ++end;
        if (end == pos) break;
        std::string_view word = text.substr(pos, end - pos);
        std::size_t limit = width - (out.empty() ? 0 : display_width(indent));
        if (!line.empty() && display_width(line) + 1 + display_width(word) > limit) flush();
        if (!line.empty()) line += ' ';
        line += word;
        pos = end;
    }
    if (!line.empty() || out.empty()) flush();
    return out;
}

template <class = void>
inline std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == ';' || text.back() == '.')) text.pop_back();
    return text;
}

template <class = void>
inline const fact_declaration* declared_fact(const reconciliation& r, std::string_view id) {
    return r.facts.find_fact(id);
}

/// What values a fact can take whatever the articles say, as default_domain and the facts file
/// (`whole`, `signed`) make them.
template <class = void>
inline std::string domain_of(const fact_declaration& f) {
    switch (f.unit.dimension()) {
    case dimension::share: return "a share lies within 0-100%";
    case dimension::count: return "a count is whole and not negative";
    case dimension::money:
        if (!f.is_signed) return "money is not negative unless the fact is declared `signed`";
        [[fallthrough]];
    default: return f.whole ? "it is declared whole" : "no value meets the claim";
    }
}

template <class = void>
inline std::string relation_text(const reconciliation& r, std::string_view id) {
    for (const auto& rel : r.facts.relations)
        if (rel.id == id) return rel.expression;
    // a relation the model made: a cumulative fact's order, a relation on one date
    for (const auto& rel : r.pass.model.relations())
        if (rel.id == id) return rel.text;
    return std::string(id);
}

template <class = void>
inline std::string precision_words(const precision_policy& p) {
    switch (p.rounding) {
    case precision_policy::mode::exact: return "figures are read exactly as written";
    case precision_policy::mode::last_digit: return "figures are read as rounded to their last written digit";
    case precision_policy::mode::relative:
        return "figures are read within " + to_exact_string(p.relative_tolerance * 100) + "%";
    }
    return "";
}

template <class = void>
inline std::string claim_origin(const reconciliation& r, const bound_claim& c) {
    std::string origin = c.claim.publisher.name;
    if (c.claim.speaker) origin += ", " + c.claim.speaker->name;
    return origin + " (" + r.articles[c.article].file + " bytes " + std::to_string(c.claim.span.begin) + "-" +
           std::to_string(c.claim.span.end) + ")";
}

template <class = void>
inline std::string sentence_of(const reconciliation& r, const bound_claim& c) {
    const std::string& text = r.articles[c.article].text;
    return text.substr(c.claim.sentence.begin, c.claim.sentence.end - c.claim.sentence.begin);
}

template <class = void>
inline std::string id_list(const std::vector<std::string>& ids, std::size_t most = 4) {
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < most; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > most) out += " and " + std::to_string(ids.size() - most) + " more";
    return out;
}

/// "  (the same sentence in: Metro Wire, Valley Times)": copies of a claim count once.
template <class = void>
inline std::string copies_note(const bound_claim& b) {
    if (b.copies.empty()) return {};
    std::vector<std::string> sources;
    for (const claim_copy& c : b.copies) sources.push_back(c.source);
    return "  (the same sentence in: " + id_list(sources, 6) + ")";
}

// "1 claim", "3 claims": a count and its noun, plural unless the count is one. `plural_form`
// for nouns that do not take an "s".
template <class = void>
inline std::string counted(std::size_t n, std::string_view noun, std::string_view plural_form = {}) {
    return std::to_string(n) + " " +
           (n == 1                ? std::string(noun)
            : plural_form.empty() ? std::string(noun) + "s"
                                  : std::string(plural_form));
}

// What both reports say before anything else, in the same words (issue 16: the HTML report
// says everything the text report says, in the same order).
template <class = void>
inline std::string story_size_words(const reconciliation& r) {
    return counted(r.articles.size(), "article") + ", " + counted(r.facts.facts.size(), "fact") + ", " +
           counted(r.pass.binding.claims.size(), "claim") + ", " + counted(r.facts.relations.size(), "relation");
}

template <class = void>
inline std::string reading_words(const precision_policy& p) {
    return "Reading: " + precision_words(p) + "; \"about\" and \"some\" mean ±" +
           to_exact_string(p.approximate_tolerance * 100) + "%.";
}

// The verdict, with the caveats of an incomplete search: conflicts not all listed, a time limit,
// a repair not shown optimal, consistency not proven.
template <class = void>
inline std::string verdict_words(const solution& s) {
    if (s.consistent && !s.consistency_proven && s.time_limit_reached)
        return "Verdict: no conflict found before the time limit stopped the search; consistency is not shown (" +
               trimmed(s.incomplete_reason) + ").";
    if (s.consistent && !s.consistency_proven)
        return "Verdict: no conflict found, but consistency is not proven: propagation through the product or ratio "
               "relations found no contradiction, and the search found no solution either.";
    if (s.consistent) return "Verdict: consistent. Every claim can hold together with the relations.";
    return "Verdict: " + counted(s.conflicts.size(), "conflict") +
           (s.conflicts_complete
                ? std::string()
                : " listed; more minimal conflicts may exist" + (trimmed(s.incomplete_reason).empty()
                                                                     ? std::string()
                                                                     : " (" + trimmed(s.incomplete_reason) + ")")) +
           ". Setting aside " + counted(s.rejected.size(), "claim") + " (total trust " +
           to_exact_string(s.rejected_weight) +
           (s.repair_optimal ? ", the least possible"
                             : ", at least " + to_exact_string(s.repair_lower_bound) + " is needed") +
           (s.consistency_proven ? ") makes the rest consistent."
                                 : ") leaves no conflict the solver can find; that the rest is consistent is "
                                   "not proven.");
}

template <class = void>
inline std::string fact_of_conflict(const reconciliation& r, const conflict& c) {
    const bound_claim* first = c.claims.empty() ? nullptr : r.find_claim(c.claims.front());
    return first ? first->claim.fact : std::string();
}

// Minimal conflicts through the same relations are shown together: a total and its items can
// clash in many minimal ways, and a reader wants the clash once. Conflicts through no relation
// are grouped by their fact, so that one block never mixes units. Smallest groups first.
template <class = void>
inline std::vector<std::vector<const conflict*>> conflict_groups(const reconciliation& r) {
    std::vector<std::vector<const conflict*>> groups;
    for (const conflict& c : r.pass.solution.conflicts) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
            const conflict& other = *g.front();
            return other.relations == c.relations &&
                   (!c.relations.empty() || (fact_of_conflict(r, other) == fact_of_conflict(r, c) &&
                                             (other.claims.size() == 1) == (c.claims.size() == 1)));
        });
        if (same == groups.end())
            groups.push_back({&c});
        else
            same->push_back(&c);
    }
    std::stable_sort(groups.begin(), groups.end(),
                     [](const auto& x, const auto& y) { return x.front()->claims.size() < y.front()->claims.size(); });
    return groups;
}

// The paragraph before the conflicts (issue 13): how many, what the repair sets aside, which facts.
template <class = void>
inline std::string conflict_summary_words(const reconciliation& r, std::size_t groups) {
    const auto& s = r.pass.solution;
    std::vector<std::string> affected, set_aside_facts;
    auto add_fact = [](std::vector<std::string>& list, const std::string& id) {
        if (!id.empty() && std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
    };
    for (const conflict& c : s.conflicts)
        for (const auto& id : c.claims)
            if (const bound_claim* b = r.find_claim(id)) add_fact(affected, b->claim.fact);
    for (const auto& id : s.rejected)
        if (const bound_claim* b = r.find_claim(id)) add_fact(set_aside_facts, b->claim.fact);
    return counted(s.conflicts.size(), "conflict") + " in " + counted(groups, "group") +
           " (by the relation they go through, or by their fact). The repair sets aside " + id_list(s.rejected, 6) +
           (set_aside_facts.empty() ? std::string() : " (of " + id_list(set_aside_facts, 6) + ")") +
           ". Facts affected: " + id_list(affected, 10) + "." +
           (r.repair_alternatives.empty()
                ? std::string()
                : " " + std::to_string(r.repair_alternatives.size()) +
                      (r.repair_alternatives.size() == 1 ? " other repair costs" : " other repairs cost") +
                      " as little; see REPAIRS OF EQUAL COST.");
}

// A group of conflicts: its claims (each once, in order), and what its headline says.
struct conflict_group_words {
    std::vector<std::string> claims;
    std::string headline; // "[2] Through r: a <= b. 3 minimal sets of these claims cannot hold together. ..."
    // A statement repeated by many sources is shown once, with the others named after it.
    std::set<std::string> repeats;
    std::map<std::string, std::vector<std::string>> also_by;
};

template <class = void>
inline conflict_group_words describe_conflict_group(const reconciliation& r, const std::vector<const conflict*>& group,
                                                    std::size_t number) {
    conflict_group_words words;
    const conflict& c = *group.front();
    std::vector<std::string> relation_texts;
    for (const auto& id : c.relations) relation_texts.push_back(id + ": " + relation_text(r, id));
    std::optional<exact_number> least_gap, most_gap;
    for (const conflict* member : group) {
        for (const auto& id : member->claims)
            if (std::find(words.claims.begin(), words.claims.end(), id) == words.claims.end())
                words.claims.push_back(id);
        if (member->gap) {
            if (!least_gap || *member->gap < *least_gap) least_gap = *member->gap;
            if (!most_gap || *most_gap < *member->gap) most_gap = *member->gap;
        }
    }
    const bound_claim* first = words.claims.empty() ? nullptr : r.find_claim(words.claims.front());
    const fact_declaration* first_fact = first ? declared_fact(r, first->claim.fact) : nullptr;
    auto amount = [&](const exact_number& x) {
        return first_fact ? human_amount(x, first_fact->unit) : to_exact_string(x);
    };
    // Claims that no value of their fact can meet, each alone: not a clash between sources.
    const bool outside_domain = c.relations.empty() && c.claims.size() == 1;
    std::string gap;
    if (least_gap) {
        gap = outside_domain ? std::string(group.size() == 1 ? " It is" : " Each is") + " at least " +
                                   amount(*least_gap) + " away from any such value."
              : group.size() == 1 ? " The sources disagree by at least " + amount(*least_gap) + "."
                                  : " Each set disagrees by at least " + amount(*least_gap) +
                                        (*least_gap == *most_gap ? std::string() : " to " + amount(*most_gap)) + ".";
    }
    std::string sets = group.size() == 1 || outside_domain
                           ? std::string()
                           : " " + std::to_string(group.size()) + " minimal sets of these claims cannot hold together.";
    std::string headline;
    if (!relation_texts.empty()) {
        headline = "Through " + id_list(relation_texts, 8);
    } else if (outside_domain) {
        // One claim alone: it lies outside what its fact can be, not against another source.
        const std::string claims_lie = group.size() == 1 ? "The claim lies" : "Each of these claims lies";
        headline = first_fact
                       ? claims_lie + " outside what " + first_fact->id + " can be (" + domain_of(*first_fact) + ")"
                       : claims_lie + " outside what its fact can be";
    } else {
        headline = "The claims of " + fact_of_conflict(r, c) + " contradict each other directly";
    }
    words.headline = "[" + std::to_string(number) + "] " + headline + "." + sets + gap;
    for (const conflict* member : group)
        for (std::size_t k : member->statements) {
            const auto& ids = r.pass.solution.statements[k].claims;
            for (std::size_t i = 1; i < ids.size(); ++i)
                if (words.repeats.insert(ids[i]).second) words.also_by[ids.front()].push_back(ids[i]);
        }
    return words;
}

// "the same figure also from 2 more claims: Metro Wire, Valley Times"
template <class = void>
inline std::string also_from_words(const reconciliation& r, const std::vector<std::string>& others) {
    std::vector<std::string> names;
    for (const auto& other : others)
        if (const bound_claim* o = r.find_claim(other)) names.push_back(o->claim.publisher.name);
    return "the same figure also from " + counted(others.size(), "more claim", "more claims") + ": " +
           id_list(names, 8);
}

// The READING section's lines: which facts' verdicts depend on how figures are read.
template <class = void>
inline std::vector<std::string> reading_lines(const reconciliation& r) {
    std::vector<std::string> lines;
    if (!r.other) return lines;
    const auto& pass = r.pass;
    const auto& other = *r.other;
    std::string other_words = precision_words(other.precision);
    if (r.facts_depending_on_reading.empty()) {
        lines.push_back("The verdict is the same when " + other_words + ".");
        return lines;
    }
    for (const std::string& fact_id : r.facts_depending_on_reading) {
        bool conflict_here = pass.sets_aside_claim_of(fact_id);
        const reading_pass& conflicted = conflict_here ? pass : other;
        std::vector<std::string> quotes;
        for (const conflict& c : conflicted.solution.conflicts) {
            bool about_fact = std::any_of(c.claims.begin(), c.claims.end(), [&](const std::string& id) {
                const bound_claim* b = conflicted.find_claim(id);
                return b && b->claim.fact == fact_id;
            });
            if (!about_fact) continue;
            for (const auto& id : c.claims)
                if (const bound_claim* b = conflicted.find_claim(id))
                    quotes.push_back("\"" + b->quote + "\" (" + b->claim.publisher.name + ", " +
                                     human_interval(b->value, declared_fact(r, b->claim.fact)->unit) + ")");
            break;
        }
        lines.push_back(fact_id + ": " +
                        (conflict_here ? "in conflict as read, consistent when " + other_words
                                       : "consistent as read, in conflict when " + other_words) +
                        (quotes.empty() ? std::string(".") : ": " + id_list(quotes, 6) + " cannot all hold."));
    }
    lines.push_back("Run with --precision " + std::string(to_string(other.precision.rounding)) +
                    " for the full report under that reading.");
    return lines;
}

// "low end set by: pacific-wire:84, committed_within_pledge", or the fact's domain.
template <class = void>
inline std::string set_by_words(const char* which, const std::vector<std::string>& ids) {
    return std::string(which) + (ids.empty() ? std::string("the fact's domain") : id_list(ids, 6));
}

// Where a figure no fact took stands, and why: "a.txt:120  "$5 million"  money: no cue".
template <class = void>
inline std::string unbound_words(const reconciliation& r, const unbound_mention& u) {
    const article& a = r.articles[u.article];
    return a.file + ":" + std::to_string(u.mention.span.begin) + "  \"" +
           a.text.substr(u.mention.span.begin, u.mention.span.end - u.mention.span.begin) + "\"  " +
           std::string(to_string(u.mention.kind)) + ": " + u.reason;
}

} // namespace report::detail

/// The report for a terminal: verdict, conflicts with their sentences, what was set aside, every
/// fact's consistent range with what sets each end, and the figures no fact took. No line is
/// wider than 100 columns.
template <class = void>
inline void write_text_report(std::ostream& out, const reconciliation& r) {
    constexpr std::size_t width = 100;
    const auto& pass = r.pass;
    const auto& s = pass.solution;
    std::set<std::string> rejected(s.rejected.begin(), s.rejected.end());
    // Every line passes through here, so that no text of the input reaches the terminal raw.
    auto line = [&](std::string_view text, std::string_view indent = "", std::string_view next_indent = "    ") {
        out << indent
            << report::detail::wrap(report::detail::visible_text(text), width - report::detail::display_width(indent),
                                    std::string(indent) + std::string(next_indent))
            << '\n';
    };

    out << "factrec reconcile: " << report::detail::story_size_words(r) << '\n';
    line(report::detail::reading_words(pass.precision));
    line(report::detail::verdict_words(s));

    if (!s.conflicts.empty()) {
        out << "\nCONFLICTS\n";
        const auto groups = report::detail::conflict_groups(r);
        line(report::detail::conflict_summary_words(r, groups.size()));
        out << '\n';
        std::size_t number = 0;
        for (const auto& group : groups) {
            const report::detail::conflict_group_words words =
                report::detail::describe_conflict_group(r, group, ++number);
            line(words.headline);
            for (const auto& id : words.claims) {
                if (words.repeats.contains(id)) continue;
                const bound_claim* b = r.find_claim(id);
                if (!b) {
                    line("soft relation " + id + (rejected.contains(id) ? "  [set aside]" : ""), "    ");
                    continue;
                }
                const fact_declaration* f = report::detail::declared_fact(r, b->claim.fact);
                line(b->claim.fact + " " + report::detail::human_interval(b->value, f->unit) + "  \"" + b->quote +
                         "\"  " + id + (rejected.contains(id) ? "  [set aside]" : ""),
                     "    ");
                line(report::detail::claim_origin(r, *b), "        ");
                line("> " + report::detail::sentence_of(r, *b), "        ", "  ");
                if (auto more = words.also_by.find(id); more != words.also_by.end())
                    line(report::detail::also_from_words(r, more->second), "        ");
            }
        }
        if (!s.rejected.empty()) {
            out << "\nSET ASIDE to resolve the conflicts (least total trust first):\n";
            for (const auto& id : s.rejected) {
                const bound_claim* b = r.find_claim(id);
                line(id + (b ? "  " + b->claim.fact + "  \"" + b->quote + "\"  " + b->claim.publisher.name +
                                   ", trust " + to_exact_string(b->weight())
                             : ""),
                     "    ");
            }
        }
    }

    if (!r.repair_alternatives.empty()) {
        out << "\nREPAIRS OF EQUAL COST: setting aside any one of these sets instead costs as much\n";
        for (const auto& alternative : r.repair_alternatives) line(report::detail::id_list(alternative, 8), "    ");
    }

    if (r.other) {
        out << "\nREADING\n";
        for (const std::string& text : report::detail::reading_lines(r)) line(text, "    ");
    }

    out << "\nFACTS: consistent range of each, after setting aside the claims above\n";
    for (const auto& range : s.facts) {
        const fact_declaration* f = report::detail::declared_fact(r, range.fact);
        if (!f) continue;
        line(range.fact + (f->label.empty() ? "" : " - " + f->label));
        line("range " + report::detail::human_interval(range.range, f->unit) +
                 (range.exact ? "  (exact)" : "  (sound outer bound)"),
             "    ");
        line(report::detail::set_by_words("low end set by: ", range.lo_set_by), "        ");
        line(report::detail::set_by_words("high end set by: ", range.hi_set_by), "        ");
        for (const auto& b : pass.binding.claims) {
            if (b.claim.fact != range.fact) continue;
            std::string status = report::detail::claim_status_words(b, rejected.contains(b.id));
            line(b.id + "  " + report::detail::human_interval(b.value, f->unit) + "  \"" + b.quote + "\"  " +
                     b.claim.publisher.name + (b.claim.speaker ? ", " + b.claim.speaker->name : "") +
                     (b.reading.empty() ? "" : "  (" + b.reading + ")") + status + report::detail::copies_note(b),
                 "    ", "        ");
        }
    }

    for (const fact_declaration& f : r.facts.facts)
        if (f.series != series_kind::timeless) report::detail::write_text_timeline(r, f, rejected, line);

    if (!pass.binding.unbound.empty()) {
        out << "\nFIGURES NO FACT TOOK (" << pass.binding.unbound.size() << ")\n";
        for (const auto& u : pass.binding.unbound) line(report::detail::unbound_words(r, u), "    ", "        ");
    }
    if (!r.warnings.empty()) {
        out << "\nWARNINGS\n";
        for (const warning& w : r.warnings) line(w.message, "    ");
    }
    if (!pass.binding.notes.empty()) {
        out << "\nNOTES\n";
        for (const auto& n : pass.binding.notes) line(n, "    ");
    }
}

/// write_text_report, as a string.
template <class = void>
inline std::string text_report(const reconciliation& r) {
    std::ostringstream out;
    write_text_report(out, r);
    return out.str();
}

} // namespace factrec
