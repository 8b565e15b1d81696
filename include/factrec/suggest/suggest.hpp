#pragma once

// Zero configuration: from the articles alone, the facts several outlets report, the relations
// their sentences state, and a facts file that `reconcile` reads (issue 17).
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/detail/dating.hpp>
#include <factrec/reconcile/facts_file_parser.hpp>
#include <factrec/reconcile/reconcile.hpp>
#include <factrec/suggest/detail/draft.hpp>
#include <factrec/suggest/detail/layer_namespace.hpp>
#include <factrec/suggest/suggestion.hpp>
#include <factrec/version.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace factrec {

namespace suggest::detail {

struct draft_parts {
    std::string head, sources, relations, singletons;
};

template <class = void>
inline std::string write_facts(const story& s, const std::vector<planned_fact>& facts) {
    std::string out;
    for (const planned_fact& p : facts) {
        std::set<std::size_t> articles;
        for (std::size_t i : p.members) articles.insert(s.figures[i].article);
        out += "\n# " + p.id + ": " + std::to_string(p.members.size()) + " figure" +
               (p.members.size() == 1 ? "" : "s") + " in " + std::to_string(articles.size()) + " article" +
               (articles.size() == 1 ? "" : "s");
        if (p.for_relation) out += ", kept because a relation below needs it";
        if (p.series == series_kind::cumulative) out += "; rising with the articles' dates, so a running total";
        out += "\n";
        for (std::size_t i : p.members) {
            const story_figure& f = s.figures[i];
            out += "#   " + one_line(s.article_of(f).file, 40) + ": " + facts_string(one_line(s.quote_of(f), 40)) +
                   " in \"" + one_line(s.sentence_of(f), 90) + "\"\n";
        }
        out += "fact " + p.id + " " + facts_string(p.label) + " unit " + p.unit;
        if (p.series == series_kind::cumulative) out += " cumulative";
        if (!p.cues.empty()) {
            out += " cues ";
            for (std::size_t k = 0; k < p.cues.size(); ++k) out += (k ? ", " : "") + facts_string(p.cues[k]);
        }
        out += "\n";
        for (std::size_t i : p.pinned) {
            const story_figure& f = s.figures[i];
            if (auto quote = pin_quote(s, f))
                out += "claim " + p.id + " from " + facts_string(s.article_of(f).publisher.name) + " quote " +
                       facts_string(*quote) + "\n";
        }
    }
    return out;
}

// Cues tried in place of `claim` pins, each checked by binding the whole draft once: at most
// this many, and at most as many as bind this many article bytes in all (a 100-article story
// gets two), a bound on the time a story full of pins may take.
inline constexpr std::size_t max_cue_trials = 40;
inline constexpr std::size_t max_cue_trial_bytes = 200'000;

using figure_place = std::pair<std::size_t, std::size_t>; // article, byte offset of the figure

} // namespace suggest::detail

/// Reads the articles and drafts a facts file: groups of figures that two or more articles
/// report (same kind and unit or noun class, compatible magnitudes, shared context), cues chosen
/// so that `reconcile` binds each group's figures to its fact (checked by binding the draft;
/// figures it places otherwise are listed in a comment), relations the sentences state, one
/// `source` line per outlet. An error only when the articles are none.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
result<suggestion> suggest_facts(const std::vector<article>& articles, const suggest_options& options = {}) {
    namespace d = suggest::detail;
    if (articles.empty()) return error{"no articles to draft facts from", 0};
    const d::story s = d::read_story(articles);
    const d::figure_groups groups = d::group_figures(s, options);

    std::vector<d::planned_fact> facts;
    std::vector<std::size_t> fact_of(s.figures.size(), d::no_fact);
    suggestion out;
    for (const auto& g : groups) {
        auto unit_text = d::fact_unit(s, g);
        if (!unit_text) continue;
        d::planned_fact p;
        p.unit = *unit_text;
        p.members = g;
        p.series = d::rises_with_dates(s, g) ? series_kind::cumulative : series_kind::timeless;
        for (std::size_t i : g) fact_of[i] = facts.size();
        facts.push_back(std::move(p));
    }

    // Relations, each over facts: a figure one article states alone becomes a fact of its own
    // when a relation needs it.
    std::vector<d::found_relation> found = d::find_relations(s);
    struct relation_plan {
        d::relation_shape shape{};
        std::size_t whole = 0;
        std::vector<std::size_t> parts;
        std::vector<std::string> where;
    };
    std::vector<relation_plan> plans;
    for (const d::found_relation& r : found) {
        std::vector<std::size_t> figures = r.parts;
        if (r.shape != d::relation_shape::shares) figures.push_back(r.whole);
        // Each figure its own fact, or a fact the draft can write for it alone; no two in one fact.
        std::set<std::size_t> existing;
        bool usable = true;
        for (std::size_t i : figures) {
            if (fact_of[i] != d::no_fact)
                usable = usable && existing.insert(fact_of[i]).second;
            else
                usable = usable && d::fact_unit(s, {i}).has_value();
        }
        if (!usable) continue;
        for (std::size_t i : figures) {
            if (fact_of[i] != d::no_fact) continue;
            d::planned_fact p;
            p.unit = *d::fact_unit(s, {i});
            p.members = {i};
            p.for_relation = true;
            fact_of[i] = facts.size();
            facts.push_back(std::move(p));
        }
        relation_plan plan{r.shape, r.shape == d::relation_shape::shares ? 0 : fact_of[r.whole], {}, {}};
        for (std::size_t i : r.parts) plan.parts.push_back(fact_of[i]);
        for (std::size_t i : r.sentences)
            plan.where.push_back(s.article_of(s.figures[i]).file + ": " +
                                 d::one_line(s.sentence_of(s.figures[i]), 200));
        plans.push_back(std::move(plan));
    }

    // A sum or a part relates like quantities: a bare number in it counts what the counts beside
    // it count, and a relation of unlike units is dropped.
    auto is_count = [](const std::string& u) { return u.starts_with("count("); };
    std::erase_if(plans, [&](const relation_plan& plan) {
        if (plan.shape == d::relation_shape::product || plan.shape == d::relation_shape::shares) return false;
        std::vector<std::size_t> terms = plan.parts;
        terms.push_back(plan.whole);
        std::string count_unit;
        for (std::size_t f : terms)
            if (is_count(facts[f].unit)) count_unit = facts[f].unit;
        if (!count_unit.empty())
            for (std::size_t f : terms)
                if (facts[f].unit == "1") facts[f].unit = count_unit;
        return std::any_of(terms.begin(), terms.end(), [&](std::size_t f) {
            const std::string& u = facts[f].unit;
            const std::string& w = facts[terms.front()].unit;
            return !(u == w || (is_count(u) && is_count(w)));
        });
    });

    std::set<std::string> taken_ids;
    for (d::planned_fact& p : facts) {
        std::vector<std::string> words = d::telling_words(s, p.members, 3);
        p.id = d::make_id(words, taken_ids);
        std::string about;
        for (const std::string& w : words) about += (about.empty() ? "" : " ") + w;
        std::set<std::size_t> articles_of;
        for (std::size_t i : p.members) articles_of.insert(s.figures[i].article);
        p.label = (about.empty() ? std::string("figure") : about) + ": " +
                  d::one_line(s.quote_of(s.figures[p.members.front()]), 40) + " (" +
                  std::to_string(articles_of.size()) + (articles_of.size() == 1 ? " article)" : " articles)");
    }

    // Relations written once each, with every sentence that suggested them.
    std::map<std::string, suggested_relation> relations;
    std::vector<std::string> relation_order;
    for (const relation_plan& plan : plans) {
        std::string expression;
        std::string kind;
        auto sum_of = [&](const std::vector<std::size_t>& parts) {
            std::vector<std::string> ids;
            ids.reserve(parts.size());
            for (std::size_t f : parts) ids.push_back(facts[f].id);
            std::sort(ids.begin(), ids.end());
            std::string sum;
            for (const std::string& id : ids) sum += (sum.empty() ? "" : " + ") + id;
            return sum;
        };
        switch (plan.shape) {
        case d::relation_shape::sum:
            expression = facts[plan.whole].id + " = " + sum_of(plan.parts), kind = "sum";
            break;
        case d::relation_shape::part:
            expression = facts[plan.parts[0]].id + " <= " + facts[plan.whole].id, kind = "part";
            break;
        case d::relation_shape::shares: expression = sum_of(plan.parts) + " <= 100%", kind = "shares"; break;
        case d::relation_shape::product:
            expression = facts[plan.whole].id + " = " + facts[plan.parts[0]].id + " * " + facts[plan.parts[1]].id;
            kind = "product";
            break;
        }
        auto [at, added] = relations.try_emplace(expression);
        if (added) {
            at->second.expression = expression;
            at->second.kind = kind;
            std::string id = kind + "_" + std::to_string(relation_order.size() + 1);
            while (taken_ids.contains(id)) id += "_";
            taken_ids.insert(id);
            at->second.id = id;
            relation_order.push_back(expression);
        }
        for (const std::string& w : plan.where)
            if (std::find(at->second.where.begin(), at->second.where.end(), w) == at->second.where.end())
                at->second.where.push_back(w);
    }

    d::draft_parts parts;
    parts.head = "# Draft facts file for " + std::to_string(articles.size()) +
                 " articles, written by `factrec suggest` (factrec " + std::string(version_string) +
                 ").\n"
                 "# Each fact is a figure that two or more articles report: same kind and unit, magnitudes that\n"
                 "# agree (within 12% on one day, or growing over days), and shared words around it. Refine it:\n"
                 "# rename ids and labels, merge facts that are one thing, add cues or `not` words, raise the\n"
                 "# trust of outlets you rely on, and drop relations that do not hold.\n\n"
                 "reading precision last_digit\n";
    parts.sources = "\n# Sources: one line per outlet, all trusted alike.\n";
    {
        std::vector<std::string> names;
        for (const article& a : articles)
            if (std::none_of(names.begin(), names.end(),
                             [&](const std::string& n) { return d::same_name(n, a.publisher.name); }))
                names.push_back(a.publisher.name);
        for (const std::string& n : names) parts.sources += "source " + d::facts_string(n) + " trust 1\n";
        // Syndicated copies: sentences of some length printed alike by two articles.
        std::vector<std::set<std::string>> keys(articles.size());
        for (std::size_t a = 0; a < articles.size(); ++a)
            for (std::string_view sentence : d::rough_sentences(articles[a].body())) {
                std::string key = d::copy_key(sentence);
                if (key.size() >= 30) keys[a].insert(std::move(key));
            }
        for (std::size_t a = 0; a < articles.size(); ++a)
            for (std::size_t b = a + 1; b < articles.size(); ++b) {
                std::size_t shared = 0;
                for (const std::string& k : keys[a]) shared += keys[b].contains(k) ? 1 : 0;
                if (shared == 0) continue;
                std::string line = articles[a].file + " (" + articles[a].publisher.name + ") and " + articles[b].file +
                                   " (" + articles[b].publisher.name + ") print " + std::to_string(shared) +
                                   " sentence" + (shared == 1 ? "" : "s") + " alike";
                out.copies.push_back(line);
                parts.sources +=
                    "# Syndicated copies: " + d::one_line(line, 300) + "; a figure in a shared sentence counts once.\n";
            }
    }
    // Each relation alone must make a model with the facts, and all of them must be able to hold
    // together; what fails is dropped with a comment, never left to fail `reconcile`.
    std::set<std::string> dropped;
    std::string dropped_note;
    auto render_relations = [&] {
        parts.relations.clear();
        out.relations.clear();
        for (const std::string& e : relation_order) {
            if (dropped.contains(e)) continue;
            const suggested_relation& r = relations[e];
            if (parts.relations.empty()) parts.relations = "\n# Relations the articles' sentences suggest.\n";
            for (const std::string& w : r.where) parts.relations += "#   suggested by " + d::one_line(w, 160) + "\n";
            parts.relations += "relation " + r.id + ": " + r.expression + "\n";
            out.relations.push_back(r);
        }
        parts.relations += dropped_note;
    };
    render_relations();
    std::size_t singles = 0;
    for (std::size_t i = 0; i < s.figures.size(); ++i) {
        if (fact_of[i] != d::no_fact) continue;
        const d::story_figure& f = s.figures[i];
        if (singles++ == 0) parts.singletons = "\n# Figures no other article repeats (not made facts):\n";
        parts.singletons += "#   " + d::one_line(s.article_of(f).file, 40) + ": " +
                            d::facts_string(d::one_line(s.quote_of(f), 40)) + " in \"" +
                            d::one_line(s.sentence_of(f), 90) + "\"\n";
        const mention& m = s.mention_of(f);
        out.singletons.push_back({f.article, m.span, std::string(s.quote_of(f))});
    }

    // Same-key figures, for the cues' penalty.
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < s.figures.size(); ++i) by_key[d::bucket_of(s.figures[i].key)].push_back(i);
    for (std::size_t k = 0; k < facts.size(); ++k)
        facts[k].cues = d::choose_cues(s, facts[k], by_key[d::bucket_of(s.figures[facts[k].members.front()].key)],
                                       fact_of, k, options.max_cues);

    std::map<d::figure_place, std::size_t> figure_at;
    for (std::size_t i = 0; i < s.figures.size(); ++i)
        figure_at[{s.figures[i].article, s.mention_of(s.figures[i]).span.begin}] = i;
    std::map<std::string, std::size_t> fact_index;
    for (std::size_t k = 0; k < facts.size(); ++k) fact_index[facts[k].id] = k;

    auto compose = [&](const std::string& check) {
        return parts.head + parts.sources + (facts.empty() ? std::string() : "\n# Facts\n") + d::write_facts(s, facts) +
               parts.relations + parts.singletons + check;
    };
    struct checked {
        facts_file file;
        binding bound;
    };
    auto bind_draft = [&](const std::string& text) -> result<checked> {
        auto parsed = parse_facts_file(text, "<draft>");
        if (!parsed) return error{"the draft does not read as a facts file: " + parsed.error().message, 0};
        auto bound = bind_mentions(*parsed, articles, s.scans, parsed->precision);
        if (!bound) return error{"the draft's binding failed: " + bound.error().message, 0};
        d::bind_older_figures(*parsed, articles, *bound);
        return checked{std::move(*parsed), std::move(*bound)};
    };

    if (!relation_order.empty()) {
        auto parsed = parse_facts_file(compose(""), "<draft>");
        if (!parsed) return error{"the draft does not read as a facts file: " + parsed.error().message, 0};
        for (const relation_declaration& r : parsed->relations) {
            facts_file alone = *parsed; // the relation by itself: does its units' algebra hold?
            alone.relations = {r};
            if (!d::build_model(alone, articles, {})) {
                dropped.insert(r.expression);
                dropped_note += "# dropped " + r.id + " (" + r.expression + "): its facts' units do not relate\n";
            }
        }
        render_relations();
        if (auto reparsed = parse_facts_file(compose(""), "<draft>");
            reparsed && d::check_relations_can_hold(*reparsed, articles, {})) {
            for (const std::string& e : relation_order) dropped.insert(e);
            dropped_note = "# The suggested relations cannot all hold together whatever the articles say; dropped.\n";
            render_relations();
        }
    }

    // Cues that caught a figure of another fact, or of none, go (three rounds at most); then
    // figures their group's cues still miss are pinned by a quote.
    std::vector<std::string> misbound;
    for (int round = 0; round < 6; ++round) {
        if (facts.empty()) break;
        auto draft = bind_draft(compose(""));
        if (!draft) return draft.error();
        bool changed = false;
        std::set<d::figure_place> placed;
        misbound.clear();
        for (const bound_claim& c : draft->bound.claims) {
            const std::size_t actual = fact_index.at(c.claim.fact);
            auto at = figure_at.find({c.article, c.claim.span.begin});
            // "down from 79": an older figure follows its sentence's newer one, and takes no part.
            if (at == figure_at.end() && c.reading == "the older figure of its sentence's cue") continue;
            const std::size_t expected = at == figure_at.end() ? d::no_fact : fact_of[at->second];
            if (expected == actual) {
                placed.insert({c.article, c.claim.span.begin});
                continue;
            }
            const std::string where = "\"" + d::one_line(c.quote, 40) + "\" (" + articles[c.article].file + ")";
            misbound.push_back(
                where + (expected == d::no_fact ? ", in no group," : ", of " + facts[expected].id + ",") +
                " binds to " + facts[actual].id +
                (c.explanation.cue.empty() ? std::string() : " by the cue \"" + c.explanation.cue + "\""));
            if (round < 3 && !c.pinned) {
                auto& cues = facts[actual].cues;
                auto cue = std::find(cues.begin(), cues.end(), c.explanation.cue);
                if (cue != cues.end()) {
                    facts[actual].banned.insert(*cue);
                    cues.erase(cue);
                    changed = true;
                }
            }
        }
        for (std::size_t k = 0; k < facts.size(); ++k)
            for (std::size_t i : facts[k].members) {
                const d::figure_place at{s.figures[i].article, s.mention_of(s.figures[i]).span.begin};
                if (placed.contains(at)) continue;
                if (round >= 3 && !facts[k].pinned.contains(i) && d::pin_quote(s, s.figures[i])) {
                    facts[k].pinned.insert(i);
                    changed = true;
                    continue;
                }
                if (round >= 3)
                    misbound.push_back("\"" + d::one_line(s.quote_of(s.figures[i]), 40) + "\" (" +
                                       s.article_of(s.figures[i]).file + "), of " + facts[k].id +
                                       ", is not bound to it");
            }
        if (round < 3 && !changed)
            round = 2; // go on to pinning
        else if (round >= 3 && !changed)
            break;
    }

    // A pin places one figure; a cue placing it binds the group as a person would refine it. For
    // each pinned figure, the phrases of its sentence nearest it are tried as cues of its fact,
    // each checked by binding the draft: kept only if every figure still lands where its group
    // says (no worse than before), with the pin gone and any other pin the cue makes needless.
    if (!facts.empty()) {
        auto problems = [&]() -> std::size_t {
            auto draft = bind_draft(compose(""));
            if (!draft) return static_cast<std::size_t>(-1);
            std::size_t wrong = 0;
            std::set<d::figure_place> placed;
            for (const bound_claim& c : draft->bound.claims) {
                auto at = figure_at.find({c.article, c.claim.span.begin});
                if (at == figure_at.end() && c.reading == "the older figure of its sentence's cue") continue;
                const std::size_t expected = at == figure_at.end() ? d::no_fact : fact_of[at->second];
                if (expected == fact_index.at(c.claim.fact))
                    placed.insert({c.article, c.claim.span.begin});
                else
                    ++wrong;
            }
            for (const d::planned_fact& p : facts)
                for (std::size_t i : p.members)
                    wrong += placed.contains({s.figures[i].article, s.mention_of(s.figures[i]).span.begin}) ? 0 : 1;
            return wrong;
        };
        const std::size_t baseline = misbound.size(); // as the last binding above found the draft
        std::size_t bytes = 1, trials = 0;
        for (const article& a : articles) bytes += a.text.size();
        const std::size_t most_trials = std::min(d::max_cue_trials, d::max_cue_trial_bytes / bytes);
        for (d::planned_fact& p : facts)
            for (std::size_t i : std::vector<std::size_t>(p.pinned.begin(), p.pinned.end())) {
                if (!p.pinned.contains(i)) continue; // made needless by a cue tried for another
                for (const std::string& cue : d::nearest_cues(s, p, i, 3)) {
                    if (trials++ >= most_trials) break;
                    const std::set<std::size_t> pins = p.pinned;
                    p.cues.push_back(cue);
                    p.pinned.erase(i);
                    for (std::size_t j : pins)
                        if (d::cue_cost(s, s.figures[j], cue) <= d::farthest_cue_cost) p.pinned.erase(j);
                    const bool others_unpinned = p.pinned.size() + 1 < pins.size();
                    if (problems() <= baseline) break;
                    p.pinned = pins;
                    p.pinned.erase(i); // the cue may serve this figure without serving the others
                    if (others_unpinned && trials++ < most_trials && problems() <= baseline) break;
                    p.cues.pop_back();
                    p.pinned = pins;
                }
            }
    }

    std::string check = "\n# Binding check: ";
    if (facts.empty())
        check = "\n# No figure is reported by two or more articles: there is no fact to draft.\n";
    else if (misbound.empty())
        check += "reconcile binds every figure of the facts above to its fact, and no other figure.\n";
    else {
        check += "figures the draft binds otherwise than their group says:\n";
        for (const std::string& m : misbound) check += "#   " + d::one_line(m, 200) + "\n";
    }
    out.text = compose(check);
    auto final_file = parse_facts_file(out.text, "<draft>");
    if (!final_file) return error{"the draft does not read as a facts file: " + final_file.error().message, 0};
    out.facts = std::move(*final_file);
    out.misbound = std::move(misbound);
    for (const d::planned_fact& p : facts) {
        suggested_fact f;
        f.id = p.id;
        f.label = p.label;
        f.unit = p.unit;
        f.series = p.series;
        f.cues = p.cues;
        f.for_relation = p.for_relation;
        for (std::size_t i : p.members) {
            const mention& m = s.mention_of(s.figures[i]);
            figure_ref r{s.figures[i].article, m.span, std::string(s.quote_of(s.figures[i]))};
            f.figures.push_back(r);
            if (p.pinned.contains(i)) f.pinned.push_back(r);
        }
        out.facts_found.push_back(std::move(f));
    }
    return out;
}

#ifdef FACTREC_COMPILED
// Built once in factrec::compiled (src/); consumers of that library only declare it.
extern template result<suggestion> suggest_facts<void>(const std::vector<article>&, const suggest_options&);
#endif

} // namespace factrec
