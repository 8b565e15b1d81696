#pragma once

#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/human_numbers.hpp>
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

namespace detail {

inline std::size_t display_width(std::string_view s) {
    std::size_t width = 0;
    for (char c : s) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return width;
}

// Words of `text` in lines of at most `width` columns, each line after the first indented.
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

inline std::string trimmed(std::string text) {
    while (!text.empty() && (text.back() == ' ' || text.back() == ';' || text.back() == '.')) text.pop_back();
    return text;
}

inline const fact_declaration* declared_fact(const reconciliation& r, std::string_view id) {
    return r.facts.find_fact(id);
}

// What values a fact can take whatever the articles say, as default_domain and the facts file
// (`whole`, `signed`) make them.
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

inline std::string relation_text(const reconciliation& r, std::string_view id) {
    for (const auto& rel : r.facts.relations)
        if (rel.id == id) return rel.expression;
    // a relation the model made: a cumulative fact's order, a relation on one date
    for (const auto& rel : r.pass.model.relations())
        if (rel.id == id) return rel.text;
    return std::string(id);
}

inline std::string precision_words(const precision_policy& p) {
    switch (p.rounding) {
    case precision_policy::mode::exact: return "figures are read exactly as written";
    case precision_policy::mode::last_digit: return "figures are read as rounded to their last written digit";
    case precision_policy::mode::relative:
        return "figures are read within " + to_exact_string(p.relative_tolerance * 100) + "%";
    }
    return "";
}

inline std::string claim_origin(const reconciliation& r, const bound_claim& c) {
    std::string origin = c.claim.publisher.name;
    if (c.claim.speaker) origin += ", " + c.claim.speaker->name;
    return origin + " (" + r.articles[c.article].file + " bytes " + std::to_string(c.claim.span.begin) + "-" +
           std::to_string(c.claim.span.end) + ")";
}

inline std::string sentence_of(const reconciliation& r, const bound_claim& c) {
    const std::string& text = r.articles[c.article].text;
    return text.substr(c.claim.sentence.begin, c.claim.sentence.end - c.claim.sentence.begin);
}

inline std::string id_list(const std::vector<std::string>& ids, std::size_t most = 4) {
    std::string out;
    for (std::size_t i = 0; i < ids.size() && i < most; ++i) out += (i ? ", " : "") + ids[i];
    if (ids.size() > most) out += " and " + std::to_string(ids.size() - most) + " more";
    return out;
}

// "  (the same sentence in: Metro Wire, Valley Times)": copies of a claim count once.
inline std::string copies_note(const bound_claim& b) {
    if (b.copies.empty()) return {};
    std::vector<std::string> sources;
    for (const claim_copy& c : b.copies) sources.push_back(c.source);
    return "  (the same sentence in: " + id_list(sources, 6) + ")";
}

} // namespace detail

// The report for a terminal: verdict, conflicts with their sentences, what was set aside, every
// fact's consistent range with what sets each end, and the figures no fact took. No line is
// wider than 100 columns.
inline void write_text_report(std::ostream& out, const reconciliation& r) {
    constexpr std::size_t width = 100;
    const auto& pass = r.pass;
    const auto& s = pass.solution;
    std::set<std::string> rejected(s.rejected.begin(), s.rejected.end());
    // Every line passes through here, so that no text of the input reaches the terminal raw.
    auto line = [&](std::string_view text, std::string_view indent = "", std::string_view next_indent = "    ") {
        out << indent
            << detail::wrap(detail::visible_text(text), width - detail::display_width(indent),
                            std::string(indent) + std::string(next_indent))
            << '\n';
    };

    out << "factrec reconcile: " << r.articles.size() << " articles, " << r.facts.facts.size() << " facts, "
        << pass.binding.claims.size() << " claims, " << r.facts.relations.size() << " relations\n";
    line("Reading: " + detail::precision_words(pass.precision) + "; \"about\" and \"some\" mean ±" +
         to_exact_string(pass.precision.approximate_tolerance * 100) + "%.");
    if (s.consistent && !s.consistency_proven && s.time_limit_reached) {
        line("Verdict: no conflict found before the time limit stopped the search; consistency is not shown (" +
             detail::trimmed(s.incomplete_reason) + ").");
    } else if (s.consistent && !s.consistency_proven) {
        line("Verdict: no conflict found, but consistency is not proven: propagation through the product or ratio "
             "relations found no contradiction, and the search found no solution either.");
    } else if (s.consistent) {
        line("Verdict: consistent. Every claim can hold together with the relations.");
    } else {
        line("Verdict: " + std::to_string(s.conflicts.size()) + (s.conflicts.size() == 1 ? " conflict" : " conflicts") +
             (s.conflicts_complete ? std::string()
                                   : " listed; more minimal conflicts may exist" +
                                         (detail::trimmed(s.incomplete_reason).empty()
                                              ? std::string()
                                              : " (" + detail::trimmed(s.incomplete_reason) + ")")) +
             ". Setting aside " + std::to_string(s.rejected.size()) + (s.rejected.size() == 1 ? " claim" : " claims") +
             " (total trust " + to_exact_string(s.rejected_weight) +
             (s.repair_optimal ? ", the least possible"
                               : ", at least " + to_exact_string(s.repair_lower_bound) + " is needed") +
             (s.consistency_proven ? ") makes the rest consistent."
                                   : ") leaves no conflict the solver can find; that the rest is consistent is "
                                     "not proven."));
    }

    if (!s.conflicts.empty()) {
        out << "\nCONFLICTS\n";
        // Minimal conflicts through the same relations are shown together: a total and its
        // items can clash in many minimal ways, and a reader wants the clash once. Conflicts
        // through no relation are grouped by their fact, so that one block never mixes units.
        auto fact_of = [&](const conflict& c) {
            const bound_claim* first = c.claims.empty() ? nullptr : r.find_claim(c.claims.front());
            return first ? first->claim.fact : std::string();
        };
        std::vector<std::vector<const conflict*>> groups;
        for (const conflict& c : s.conflicts) {
            auto same = std::find_if(groups.begin(), groups.end(), [&](const auto& g) {
                const conflict& other = *g.front();
                return other.relations == c.relations &&
                       (!c.relations.empty() ||
                        (fact_of(other) == fact_of(c) && (other.claims.size() == 1) == (c.claims.size() == 1)));
            });
            if (same == groups.end())
                groups.push_back({&c});
            else
                same->push_back(&c);
        }
        std::stable_sort(groups.begin(), groups.end(), [](const auto& x, const auto& y) {
            return x.front()->claims.size() < y.front()->claims.size();
        });
        // --- summary first (issue 13): how many, what the repair sets aside, which facts ---
        {
            std::vector<std::string> affected, set_aside_facts;
            auto add_fact = [](std::vector<std::string>& list, const std::string& id) {
                if (!id.empty() && std::find(list.begin(), list.end(), id) == list.end()) list.push_back(id);
            };
            for (const conflict& c : s.conflicts)
                for (const auto& id : c.claims)
                    if (const bound_claim* b = r.find_claim(id)) add_fact(affected, b->claim.fact);
            for (const auto& id : s.rejected)
                if (const bound_claim* b = r.find_claim(id)) add_fact(set_aside_facts, b->claim.fact);
            line(std::to_string(s.conflicts.size()) + (s.conflicts.size() == 1 ? " conflict" : " conflicts") + " in " +
                 std::to_string(groups.size()) + (groups.size() == 1 ? " group" : " groups") +
                 " (by the relation they go through, or by their fact). The repair sets aside " +
                 detail::id_list(s.rejected, 6) +
                 (set_aside_facts.empty() ? std::string() : " (of " + detail::id_list(set_aside_facts, 6) + ")") +
                 ". Facts affected: " + detail::id_list(affected, 10) + "." +
                 (r.repair_alternatives.empty()
                      ? std::string()
                      : " " + std::to_string(r.repair_alternatives.size()) +
                            (r.repair_alternatives.size() == 1 ? " other repair costs" : " other repairs cost") +
                            " as little; see REPAIRS OF EQUAL COST."));
            out << '\n';
        }
        // --- end summary ---
        std::size_t number = 0;
        for (const auto& group : groups) {
            ++number;
            const conflict& c = *group.front();
            std::vector<std::string> relation_texts;
            for (const auto& id : c.relations) relation_texts.push_back(id + ": " + detail::relation_text(r, id));
            std::vector<std::string> claims;
            std::optional<exact_number> least_gap, most_gap;
            for (const conflict* member : group) {
                for (const auto& id : member->claims)
                    if (std::find(claims.begin(), claims.end(), id) == claims.end()) claims.push_back(id);
                if (member->gap) {
                    if (!least_gap || *member->gap < *least_gap) least_gap = *member->gap;
                    if (!most_gap || *most_gap < *member->gap) most_gap = *member->gap;
                }
            }
            const bound_claim* first = r.find_claim(claims.front());
            const fact_declaration* first_fact = first ? detail::declared_fact(r, first->claim.fact) : nullptr;
            auto amount = [&](const exact_number& x) {
                return first_fact ? detail::human_amount(x, first_fact->unit) : to_exact_string(x);
            };
            // Claims that no value of their fact can meet, each alone: not a clash between sources.
            const bool outside_domain = c.relations.empty() && c.claims.size() == 1;
            std::string gap;
            if (least_gap) {
                gap = outside_domain ? std::string(group.size() == 1 ? " It is" : " Each is") + " at least " +
                                           amount(*least_gap) + " away from any such value."
                      : group.size() == 1
                          ? " The sources disagree by at least " + amount(*least_gap) + "."
                          : " Each set disagrees by at least " + amount(*least_gap) +
                                (*least_gap == *most_gap ? std::string() : " to " + amount(*most_gap)) + ".";
            }
            std::string sets =
                group.size() == 1 || outside_domain
                    ? std::string()
                    : " " + std::to_string(group.size()) + " minimal sets of these claims cannot hold together.";
            std::string headline;
            if (!relation_texts.empty()) {
                headline = "Through " + detail::id_list(relation_texts, 8);
            } else if (outside_domain) {
                // One claim alone: it lies outside what its fact can be, not against another source.
                const std::string claims_lie = group.size() == 1 ? "The claim lies" : "Each of these claims lies";
                headline = first_fact ? claims_lie + " outside what " + first_fact->id + " can be (" +
                                            detail::domain_of(*first_fact) + ")"
                                      : claims_lie + " outside what its fact can be";
            } else {
                headline = "The claims of " + fact_of(c) + " contradict each other directly";
            }
            line("[" + std::to_string(number) + "] " + headline + "." + sets + gap);
            // A statement repeated by many sources is shown once, with the others named after it.
            std::set<std::string> repeats;
            std::map<std::string, std::vector<std::string>> also_by;
            for (const conflict* member : group)
                for (std::size_t k : member->statements) {
                    const auto& ids = s.statements[k].claims;
                    for (std::size_t i = 1; i < ids.size(); ++i)
                        if (repeats.insert(ids[i]).second) also_by[ids.front()].push_back(ids[i]);
                }
            for (const auto& id : claims) {
                if (repeats.contains(id)) continue;
                const bound_claim* b = r.find_claim(id);
                if (!b) {
                    line("soft relation " + id + (rejected.contains(id) ? "  [set aside]" : ""), "    ");
                    continue;
                }
                const fact_declaration* f = detail::declared_fact(r, b->claim.fact);
                line(b->claim.fact + " " + detail::human_interval(b->value, f->unit) + "  \"" + b->quote + "\"  " + id +
                         (rejected.contains(id) ? "  [set aside]" : ""),
                     "    ");
                line(detail::claim_origin(r, *b), "        ");
                line("> " + detail::sentence_of(r, *b), "        ", "  ");
                if (auto more = also_by.find(id); more != also_by.end()) {
                    std::vector<std::string> names;
                    for (const auto& other : more->second)
                        if (const bound_claim* o = r.find_claim(other)) names.push_back(o->claim.publisher.name);
                    line("the same figure also from " + std::to_string(more->second.size()) +
                             (more->second.size() == 1 ? " more claim: " : " more claims: ") +
                             detail::id_list(names, 8),
                         "        ");
                }
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
        for (const auto& alternative : r.repair_alternatives) line(detail::id_list(alternative, 8), "    ");
    }

    if (r.other) {
        out << "\nREADING\n";
        const auto& other = *r.other;
        std::string other_words = detail::precision_words(other.precision);
        if (r.facts_depending_on_reading.empty()) {
            line("The verdict is the same when " + other_words + ".", "    ");
        } else {
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
                            quotes.push_back(
                                "\"" + b->quote + "\" (" + b->claim.publisher.name + ", " +
                                detail::human_interval(b->value, detail::declared_fact(r, b->claim.fact)->unit) + ")");
                    break;
                }
                line(fact_id + ": " +
                         (conflict_here ? "in conflict as read, consistent when " + other_words
                                        : "consistent as read, in conflict when " + other_words) +
                         (quotes.empty() ? std::string(".") : ": " + detail::id_list(quotes, 6) + " cannot all hold."),
                     "    ");
            }
            line("Run with --precision " + std::string(to_string(other.precision.rounding)) +
                     " for the full report under that reading.",
                 "    ");
        }
    }

    out << "\nFACTS: consistent range of each, after setting aside the claims above\n";
    for (const auto& range : s.facts) {
        const fact_declaration* f = detail::declared_fact(r, range.fact);
        if (!f) continue;
        line(range.fact + (f->label.empty() ? "" : " - " + f->label));
        line("range " + detail::human_interval(range.range, f->unit) +
                 (range.exact ? "  (exact)" : "  (sound outer bound)"),
             "    ");
        auto ends = [&](const char* which, const std::vector<std::string>& ids) {
            line(std::string(which) + (ids.empty() ? std::string("the fact's domain") : detail::id_list(ids, 6)),
                 "        ");
        };
        ends("low end set by: ", range.lo_set_by);
        ends("high end set by: ", range.hi_set_by);
        for (const auto& b : pass.binding.claims) {
            if (b.claim.fact != range.fact) continue;
            std::string status = detail::claim_status_words(b, rejected.contains(b.id));
            line(b.id + "  " + detail::human_interval(b.value, f->unit) + "  \"" + b.quote + "\"  " +
                     b.claim.publisher.name + (b.claim.speaker ? ", " + b.claim.speaker->name : "") +
                     (b.reading.empty() ? "" : "  (" + b.reading + ")") + status + detail::copies_note(b),
                 "    ", "        ");
        }
    }

    for (const fact_declaration& f : r.facts.facts)
        if (f.series != series_kind::timeless) detail::write_text_timeline(r, f, rejected, line);

    if (!pass.binding.unbound.empty()) {
        out << "\nFIGURES NO FACT TOOK (" << pass.binding.unbound.size() << ")\n";
        for (const auto& u : pass.binding.unbound) {
            const article& a = r.articles[u.article];
            line(a.file + ":" + std::to_string(u.mention.span.begin) + "  \"" +
                     a.text.substr(u.mention.span.begin, u.mention.span.end - u.mention.span.begin) + "\"  " +
                     std::string(to_string(u.mention.kind)) + ": " + u.reason,
                 "    ", "        ");
        }
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

inline std::string text_report(const reconciliation& r) {
    std::ostringstream out;
    write_text_report(out, r);
    return out.str();
}

} // namespace factrec
