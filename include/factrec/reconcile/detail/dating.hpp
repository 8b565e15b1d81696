#pragma once
// Dating claims: by their article, or by a date or day phrase of their own sentence; earlier
// figures ("up from 5,200") and revisions ("revised the toll to 3,958 from 11,300").

#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/dates.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace factrec::reconcile_detail {

template <class = void>
inline std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

template <class = void>
inline bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

inline constexpr std::string_view older_figure_reading = "the older figure of its sentence's cue";

template <class = void>
inline bool word_at(std::string_view lower, std::size_t at, std::string_view word) {
    if (lower.substr(at, word.size()) != word) return false;
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    std::size_t end = at + word.size();
    return starts && (end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])));
}

// Words that make a sentence a revision: its older figure is replaced, not dated earlier.
// "instead of" and "rather than" alone are not among them: "a levy of $40 million rather than the
// $55 million the union asked for" replaces no reported value; with "revised" nearby the
// sentence is a revision by that word.
template <class = void>
inline std::optional<std::string> revision_words(std::string_view lower) {
    static constexpr std::string_view words[] = {"revised",  "revises",    "revision", "revising",   "corrected",
                                                 "corrects", "correction", "lowered",  "downgraded", "updated"};
    for (std::string_view w : words)
        for (std::size_t at = lower.find(w); at != std::string_view::npos; at = lower.find(w, at + 1))
            if (word_at(lower, at, w)) return std::string(w);
    return std::nullopt;
}

// The words just before a figure that mark it as the older one: "from", "up from", "down from an
// earlier", "instead of", "had earlier reported", "previously", "initially". `before` is the
// sentence's lower-case text up to the figure.
template <class = void>
inline std::optional<std::string> older_figure_words(std::string_view before) {
    constexpr std::size_t reach = 40;
    std::string_view near = before.substr(before.size() > reach ? before.size() - reach : 0);
    // only words between the marker and the figure: another figure in between takes the marker
    static constexpr std::string_view markers[] = {"up from", "down from",  "from",      "instead of", "rather than",
                                                   "earlier", "previously", "initially", "originally", "at first"};
    std::optional<std::string> best;
    std::size_t best_at = 0;
    for (std::string_view m : markers) {
        std::size_t at = near.rfind(m);
        if (at == std::string_view::npos || !word_at(near, at, m) || has_digit(near.substr(at))) continue;
        std::string_view after = near.substr(at + m.size());
        // "earlier this week", "earlier on Tuesday": a time, not an older figure
        if (m == "earlier" && (after.starts_with(" this") || after.starts_with(" today") || after.starts_with(" on ") ||
                               after.starts_with(" in ") || after.starts_with(" that")))
            continue;
        // "had earlier reported 11,300", "initially put at 48": a few words at most, not
        // "an earlier deal announced in July worth $550 billion"
        // "had earlier reported a death toll of 4,210": a reporting verb carries a longer object
        const bool reported = after.starts_with(" reported") || after.starts_with(" put") ||
                              after.starts_with(" gave") || after.starts_with(" said") ||
                              after.starts_with(" estimated");
        if (m != "from" && std::count(after.begin(), after.end(), ' ') > (reported ? 7 : 5)) continue;
        // the figure's own clause: "from" of "rose from" and "up from", not "from the storm"
        if (m == "from" && after.find_first_not_of(' ') != std::string_view::npos &&
            !(after.starts_with(" an ") || after.starts_with(" a ") || after.starts_with(" the earlier") ||
              after.starts_with(" an earlier") || after.starts_with(" a previous") ||
              after.find_first_not_of(' ') == std::string_view::npos))
            continue;
        if (!best || at > best_at || (at == best_at && m.size() > best->size())) {
            best = std::string(m);
            best_at = at;
        }
    }
    return best;
}

// A claim for a figure the binder left, taking the fact, publisher and id prefix of the claim
// `newer` of its sentence.
template <class = void>
inline bound_claim claim_beside(const facts_file& facts, const article& a, const unbound_mention& u,
                                const bound_claim& newer, const fact_declaration& f, const interval& value,
                                std::string reading) {
    bound_claim c;
    c.article = u.article;
    c.id = newer.id.substr(0, newer.id.rfind(':')) + ":" + std::to_string(u.mention.span.begin);
    c.quote = a.text.substr(u.mention.span.begin, u.mention.span.size());
    c.claim.fact = f.id;
    c.claim.quantity = u.mention.quantity;
    c.claim.span = u.mention.span;
    c.claim.sentence = u.mention.sentence;
    c.claim.publisher = newer.claim.publisher;
    if (u.mention.speaker)
        c.claim.speaker = speaker{*u.mention.speaker, speaker_trust(facts.speakers, *u.mention.speaker)};
    c.value = value;
    c.reading = std::move(reading);
    return c;
}

// An older figure shares its sentence's cue with the newer one: "revised the death toll to 3,958
// from 11,300" names the toll once, and the binder pairs a cue with one figure. A figure left
// without a fact that its sentence marks as the older one takes the fact of the claim nearest
// before it in the sentence, when its unit fits that fact.
template <class = void>
inline void bind_older_figures(const facts_file& facts, const std::vector<article>& articles, binding& bound) {
    std::vector<unbound_mention> still;
    bool added = false;
    for (unbound_mention& u : bound.unbound) {
        const article& a = articles[u.article];
        const byte_span sentence = u.mention.sentence;
        const std::string lower = lower_ascii(std::string_view(a.text).substr(sentence.begin, sentence.size()));
        const bound_claim* newer = nullptr;
        if (u.mention.kind != mention_kind::date &&
            older_figure_words(std::string_view(lower).substr(0, u.mention.span.begin - sentence.begin)))
            for (const bound_claim& c : bound.claims)
                if (c.article == u.article && c.claim.sentence == sentence &&
                    c.claim.span.end <= u.mention.span.begin &&
                    (!newer || newer->claim.span.begin < c.claim.span.begin))
                    newer = &c;
        const fact_declaration* f = newer ? facts.find_fact(newer->claim.fact) : nullptr;
        // The fact's scope holds for older figures too: "up from 202 seats in 2019" stays off a
        // fact declared `not "2019"`.
        if (f &&
            out_of_scope(*f, a,
                         clause_around(std::string_view(a.text).substr(sentence.begin, sentence.size()),
                                       u.mention.span.begin - sentence.begin, u.mention.span.end - sentence.begin)))
            f = nullptr;
        std::optional<interval> value = f ? fit(u.mention, *f) : std::nullopt;
        if (!value) {
            still.push_back(std::move(u));
            continue;
        }
        bound.claims.push_back(claim_beside(facts, a, u, *newer, *f, *value, std::string(older_figure_reading)));
        added = true;
    }
    bound.unbound = std::move(still);
    if (added)
        std::sort(bound.claims.begin(), bound.claims.end(), [](const bound_claim& x, const bound_claim& y) {
            return std::tie(x.article, x.claim.span.begin) < std::tie(y.article, y.claim.span.begin);
        });
}

inline constexpr std::string_view coordinated_reading = "coordinated with the figure before it, sharing its cue";
inline constexpr std::string_view revised_reading = "the revised value of the figure before it";

// How a figure left without a fact is linked to the claim before it in its sentence, by the
// words between them (their day phrases left out): "520 on Monday and at 1,130 on Tuesday" and
// "up from 2,950 on Thursday and 2,200 on Wednesday" coordinate two figures of one predicate;
// "520; by Tuesday it was 1,130" names the fact again by "it"; "revised the toll from 4,210 to
// 3,980", "reported 4,210 but revised it to 3,980" give a revision's new value. Other words
// between (another noun, another verb) link nothing: the binder's choice stands.
template <class = void>
inline std::optional<std::string_view> link_between(std::string_view between, bool revision_sentence,
                                                    bool after_older) {
    std::string text(between);
    for (const date_phrase& p : find_date_phrases(between, std::nullopt))
        for (std::size_t k = p.span.begin; k < p.span.end; ++k) text[k] = ' ';
    if (has_digit(text)) return std::nullopt;
    static constexpr std::string_view joining[] = {"and",  "at",      "to",    "it",    "was",   "is",
                                                   "had",  "has",     "then",  "now",   "later", "reached",
                                                   "rose", "climbed", "stood", "people"};
    static constexpr std::string_view revising[] = {"but",        "revised", "corrected", "updated", "lowered",
                                                    "downgraded", "raised",  "were",      "been",    "the",
                                                    "figure",     "number",  "total",     "toll"};
    bool has_and = false, has_it = false, has_to = false, only_joining = true, only_known = true;
    const std::string lower = lower_ascii(text);
    for (const phrase_word& w : words_of(lower)) {
        has_and = has_and || w.lower == "and";
        has_it = has_it || w.lower == "it";
        has_to = has_to || w.lower == "to";
        const bool joins = std::find(std::begin(joining), std::end(joining), w.lower) != std::end(joining);
        const bool revises = std::find(std::begin(revising), std::end(revising), w.lower) != std::end(revising);
        only_joining = only_joining && joins;
        only_known = only_known && (joins || revises);
    }
    const bool semicolon = lower.find(';') != std::string::npos;
    if (revision_sentence && after_older && has_to && only_known && !semicolon) return revised_reading;
    if (only_joining && ((has_and && !semicolon) || has_it)) return coordinated_reading;
    return std::nullopt;
}

// Whether the words after a figure start a predicate of its own ("and 1,480 were injured",
// "and 300 remain missing"): such a figure is the subject of another statement, so it does not
// share the fact of the figure before it, whatever joins the two.
template <class = void>
inline bool starts_own_predicate(std::string_view after) {
    static constexpr std::string_view verbs[] = {
        "were",    "was",  "are",   "is",    "have",     "has",      "had",      "remain",  "remained",
        "remains", "will", "would", "could", "may",      "might",    "died",     "injured", "wounded",
        "missing", "hurt", "lost",  "fled",  "survived", "suffered", "received", "say",     "said"};
    const std::string lower = lower_ascii(after.substr(0, std::min<std::size_t>(after.size(), 40)));
    const auto words = words_of(lower);
    return !words.empty() && std::find(std::begin(verbs), std::end(verbs), words.front().lower) != std::end(verbs);
}

// Binds the figures `link_between` links to the claim before them, to that claim's fact, when
// its unit fits and the fact's scope holds. In order, so "A, B and C" chain.
template <class = void>
inline void bind_linked_figures(const facts_file& facts, const std::vector<article>& articles, binding& bound) {
    std::vector<unbound_mention> pending = std::move(bound.unbound);
    bound.unbound.clear();
    std::stable_sort(pending.begin(), pending.end(), [](const unbound_mention& x, const unbound_mention& y) {
        return std::tie(x.article, x.mention.span.begin) < std::tie(y.article, y.mention.span.begin);
    });
    for (unbound_mention& u : pending) {
        const article& a = articles[u.article];
        const byte_span sentence = u.mention.sentence;
        const std::string_view sentence_text = std::string_view(a.text).substr(sentence.begin, sentence.size());
        std::optional<std::size_t> before;
        for (std::size_t j = 0; j < bound.claims.size(); ++j) {
            const bound_claim& c = bound.claims[j];
            if (c.article == u.article && c.claim.sentence == sentence && c.claim.span.end <= u.mention.span.begin &&
                (!before || bound.claims[*before].claim.span.begin < c.claim.span.begin))
                before = j;
        }
        const fact_declaration* f = nullptr;
        std::optional<std::string_view> link;
        // a `claim` statement places the one figure it quotes, not its neighbours
        if (before && !bound.claims[*before].pinned && u.mention.kind != mention_kind::date) {
            const bound_claim& newer = bound.claims[*before];
            const std::string lower = lower_ascii(sentence_text);
            const bool after_older =
                older_figure_words(std::string_view(lower).substr(0, newer.claim.span.begin - sentence.begin)) !=
                    std::nullopt ||
                newer.reading == older_figure_reading;
            link = link_between(
                std::string_view(a.text).substr(newer.claim.span.end, u.mention.span.begin - newer.claim.span.end),
                revision_words(lower).has_value(), after_older);
            if (link && starts_own_predicate(sentence_text.substr(u.mention.span.end - sentence.begin))) link.reset();
            f = link ? facts.find_fact(newer.claim.fact) : nullptr;
        }
        if (f && out_of_scope(*f, a,
                              clause_around(sentence_text, u.mention.span.begin - sentence.begin,
                                            u.mention.span.end - sentence.begin)))
            f = nullptr;
        std::optional<interval> value = f ? fit(u.mention, *f) : std::nullopt;
        if (!value) {
            bound.unbound.push_back(std::move(u));
            continue;
        }
        bound_claim c = claim_beside(facts, a, u, bound.claims[*before], *f, *value, std::string(*link));
        bound.claims.push_back(std::move(c));
    }
    std::sort(bound.claims.begin(), bound.claims.end(), [](const bound_claim& x, const bound_claim& y) {
        return std::tie(x.article, x.claim.span.begin) < std::tie(y.article, y.claim.span.begin);
    });
}

// Whether a day phrase of a sentence dates an event rather than a figure: "the tremor that
// struck the coast on Sunday", "Sunday's landslide", "since the dam burst on Sunday". Such a phrase is the day of
// something the figure's noun is about, not the day its figure held. The rule: a phrase in the
// possessive of any noun but a count ("Sunday's toll" dates the toll; "Sunday's landslide" does not),
// a phrase after an event verb ("struck", "hit", "began") or "since"/"after" with no figure
// between, and a phrase in a relative clause ("that", "which", "who") that ends before the figure.
template <class = void>
inline bool dates_event(std::string_view sentence, const date_phrase& p, std::size_t figure_begin) {
    const std::string lower = lower_ascii(sentence);
    std::string_view after = std::string_view(lower).substr(p.span.end);
    for (std::string_view mark : {std::string_view("'s "), std::string_view("\xe2\x80\x99s ")})
        if (after.starts_with(mark)) {
            std::string_view noun = after.substr(mark.size());
            static constexpr std::string_view counts[] = {"toll",  "death",  "count",    "figure", "total",
                                                          "tally", "number", "estimate", "update", "report"};
            for (std::string_view c : counts)
                if (noun.starts_with(c)) return false;
            return true;
        }
    // up to five words before the phrase, without a figure among them
    std::size_t from = p.span.begin;
    for (int spaces = 0; from > 0 && spaces < 6; --from)
        if (lower[from - 1] == ' ') ++spaces;
    std::string_view lead = std::string_view(lower).substr(from, p.span.begin - from);
    // "The storm, which began on Sunday": the phrase's own clause starts after the comma
    if (std::size_t cut = lead.find_last_of(",;"); cut != std::string_view::npos) lead = lead.substr(cut + 1);
    if (has_digit(lead)) return false;
    static constexpr std::string_view event_verbs[] = {"struck",   "hit",       "began",     "started", "erupted",
                                                       "occurred", "happened",  "collapsed", "landed",  "since",
                                                       "after",    "following", "broke"};
    for (std::string_view w : event_verbs)
        for (std::size_t at = lead.find(w); at != std::string_view::npos; at = lead.find(w, at + 1))
            if (word_at(lead, at, w)) return true;
    if (figure_begin >= p.span.end)
        for (std::string_view w : {"that", "which", "who"})
            for (std::size_t at = lead.find(w); at != std::string_view::npos; at = lead.find(w, at + 1))
                if (word_at(lead, at, w)) return true;
    return false;
}

// Words before a figure that make it a forecast: "will reach 900", "is expected to pass 1,000".
template <class = void>
inline bool forecast_words(std::string_view before) {
    constexpr std::size_t reach = 40;
    std::string_view near = before.substr(before.size() > reach ? before.size() - reach : 0);
    std::size_t cut = near.find_last_of(";,.");
    if (cut != std::string_view::npos) near = near.substr(cut + 1);
    if (has_digit(near)) return false;
    for (std::string_view w :
         {"will", "could", "expected to", "projected to", "forecast to", "set to", "likely to", "feared to"})
        for (std::size_t at = near.find(w); at != std::string_view::npos; at = near.find(w, at + 1))
            if (word_at(near, at, w)) return true;
    return false;
}

// Dates each claim and applies revisions. A claim takes the date or day phrase of its own
// clause: the phrase right after its figure ("410 on Sunday"), else the nearest phrase of its
// sentence that no other figure owns (a phrase right after another figure, or right before one,
// is that figure's), never across a ';' and never one that dates an event (`dates_event`); else
// its article's date. A figure marked as the older one is, in a revision, superseded together
// with every claim of the same value of its fact dated on or before the revision; otherwise it is
// dated by its own day phrase ("up from 2,300 on Tuesday"), or marked as an earlier figure of no
// known day. A series fact's figure dated after its article, or after "will"/"expected to", is a
// forecast.
template <class = void>
inline void date_claims(const facts_file& facts, const std::vector<article>& articles, binding& bound) {
    std::vector<std::optional<calendar_date>> article_dates;
    article_dates.reserve(articles.size());
    for (const article& a : articles) article_dates.push_back(parse_article_date(a.publisher.date));
    struct revision {
        std::size_t old_claim = 0;
        std::optional<std::size_t> new_claim;
        std::string words;
    };
    std::vector<revision> revisions;
    std::vector<bool> noted_partial(articles.size(), false);

    auto sentence_lower = [&](const bound_claim& c) {
        const byte_span sentence = c.claim.sentence;
        return lower_ascii(std::string_view(articles[c.article].text).substr(sentence.begin, sentence.size()));
    };
    // The older-figure words of a claim; a figure coordinated with an older one is older too
    // ("up from 2,950 on Thursday and 2,200 on Wednesday").
    auto older_of = [&](std::size_t i) -> std::optional<std::string> {
        for (;;) {
            const bound_claim& c = bound.claims[i];
            const std::string lower = sentence_lower(c);
            if (auto words =
                    older_figure_words(std::string_view(lower).substr(0, c.claim.span.begin - c.claim.sentence.begin)))
                return words;
            if (c.reading != coordinated_reading) return std::nullopt;
            std::optional<std::size_t> previous;
            for (std::size_t j = 0; j < bound.claims.size(); ++j) {
                const bound_claim& p = bound.claims[j];
                if (p.article == c.article && p.claim.sentence == c.claim.sentence &&
                    p.claim.span.end <= c.claim.span.begin &&
                    (!previous || bound.claims[*previous].claim.span.begin < p.claim.span.begin))
                    previous = j;
            }
            if (!previous) return std::nullopt;
            i = *previous;
        }
    };

    for (std::size_t i = 0; i < bound.claims.size(); ++i) {
        bound_claim& c = bound.claims[i];
        const article& a = articles[c.article];
        // Forecasts and months alone matter to a value that changes over time; a timeless fact's
        // "will take 18 months" is a claim like any other, and keeps its article's date.
        const fact_declaration* declared = facts.find_fact(c.claim.fact);
        const bool series = declared && declared->series != series_kind::timeless;
        const auto& article_date = article_dates[c.article];
        const byte_span sentence = c.claim.sentence;
        const std::string_view sentence_text = std::string_view(a.text).substr(sentence.begin, sentence.size());
        const std::string lower = lower_ascii(sentence_text);
        const std::size_t figure_begin = c.claim.span.begin - sentence.begin;
        const std::size_t figure_end = c.claim.span.end - sentence.begin;
        const std::vector<date_phrase> phrases = find_date_phrases(sentence_text, article_date);

        // Every figure of the sentence, bound or not, as offsets in it: a day phrase belongs to
        // the figure it follows or leads into.
        std::vector<byte_span> figures;
        for (const bound_claim& other : bound.claims)
            if (other.article == c.article && other.claim.sentence == sentence)
                figures.push_back({other.claim.span.begin - sentence.begin, other.claim.span.end - sentence.begin});
        for (const unbound_mention& u : bound.unbound)
            if (u.article == c.article && u.mention.sentence == sentence && u.mention.kind != mention_kind::date)
                figures.push_back({u.mention.span.begin - sentence.begin, u.mention.span.end - sentence.begin});
        auto gap_joins = [&](std::size_t from, std::size_t to, std::size_t reach) {
            if (from > to || to - from > reach) return false;
            std::string_view gap = std::string_view(lower).substr(from, to - from);
            if (has_digit(gap) || gap.find_first_of(",;") != std::string_view::npos) return false;
            return gap.find(" and ") == std::string_view::npos && gap.find(" but ") == std::string_view::npos &&
                   !gap.starts_with("and ");
        };
        auto owner = [&](const date_phrase& p) -> std::optional<std::size_t> {
            std::optional<std::size_t> before, after;
            for (const byte_span& f : figures) {
                if (p.span.begin >= f.end && gap_joins(f.end, p.span.begin, 16) &&
                    (!before || f.end > figures[*before].end))
                    before = static_cast<std::size_t>(&f - figures.data());
                if (f.begin >= p.span.end && gap_joins(p.span.end, f.begin, 24) &&
                    (!after || f.begin < figures[*after].begin))
                    after = static_cast<std::size_t>(&f - figures.data());
            }
            if (before) return figures[*before].begin;
            if (after) return figures[*after].begin;
            return std::nullopt;
        };
        auto same_clause = [&](const date_phrase& p) {
            std::size_t from = std::min(p.span.begin, figure_begin), to = std::max(p.span.end, figure_end);
            return std::string_view(lower).substr(from, to - from).find(';') == std::string_view::npos;
        };

        auto date_by = [&](const date_phrase& p) {
            c.time.phrase = p.words;
            if (!p.names_day) return false;
            if (p.day) {
                c.time.date = to_string(*p.day);
                c.time.dated_by = "sentence";
            }
            return true;
        };
        // The phrase this figure owns, else the nearest of its clause that no figure owns.
        const date_phrase* own = nullptr;
        const date_phrase* nearest = nullptr;
        std::size_t nearest_distance = 0;
        for (const date_phrase& p : phrases) {
            if (!same_clause(p) || dates_event(sentence_text, p, figure_begin) || (p.month_or_year && !series))
                continue;
            const auto belongs = owner(p);
            if (belongs && *belongs == figure_begin) {
                if (!own) own = &p;
                continue;
            }
            if (belongs) continue;
            std::size_t distance = p.span.begin >= figure_end   ? p.span.begin - figure_end
                                   : figure_begin >= p.span.end ? figure_begin - p.span.end
                                                                : 0;
            if (!nearest || distance < nearest_distance) nearest = &p, nearest_distance = distance;
        }

        auto older = older_of(i);
        if (older) {
            if (auto words = revision_words(lower)) {
                revision r{i, std::nullopt, *words + " ... " + *older + " " + c.quote};
                for (std::size_t j = 0; j < bound.claims.size(); ++j) {
                    const bound_claim& other = bound.claims[j];
                    if (j == i || other.article != c.article || other.claim.sentence != sentence ||
                        other.claim.fact != c.claim.fact)
                        continue;
                    if (!older_of(j)) {
                        r.new_claim = j;
                        break;
                    }
                }
                revisions.push_back(std::move(r));
            } else if (own && own->names_day) {
                date_by(*own);
                continue;
            } else {
                c.time.earlier = true;
                c.time.phrase = *older;
                continue;
            }
        }

        const date_phrase* chosen = own ? own : nearest;
        if (chosen && date_by(*chosen)) {
            // dated by its sentence, or left undated by "in February"
        } else if (article_date && article_date->has_day()) {
            c.time.date = to_string(*article_date);
            c.time.dated_by = "article";
        } else if (article_date && !noted_partial[c.article]) {
            noted_partial[c.article] = true;
            bound.notes.push_back(a.file + ": the article is dated " + to_string(*article_date) +
                                  ", which names no day: its claims are undated unless their sentence names a date");
        }
        // a day after the article's own, or "will reach": what someone expects, not a count
        const bool after_article =
            c.time.date && article_date && article_date->has_day() && *c.time.date > to_string(*article_date);
        if (series && (after_article || forecast_words(std::string_view(lower).substr(0, figure_begin)))) {
            c.time.forecast = true;
            if (!after_article) c.time.phrase = "will";
        }
    }

    for (const revision& r : revisions) {
        bound_claim& old = bound.claims[r.old_claim];
        if (!r.new_claim) {
            // a revision whose new value was not read: the old figure is an earlier one, and no
            // other claim can be said to be replaced by a value nobody bound
            old.time.earlier = true;
            old.time.phrase = r.words;
            continue;
        }
        const bound_claim& revising = bound.claims[*r.new_claim];
        const std::string by = revising.id;
        // A revision replaces what was said before it, not a later count of the same value.
        const std::optional<std::string> made_on = revising.time.date ? revising.time.date : old.time.date;
        const std::string fact = old.claim.fact;
        const interval value = old.value;
        for (bound_claim& c : bound.claims)
            if (c.claim.fact == fact && c.value == value && !c.time.superseded_by && c.id != by &&
                !(made_on && c.time.date && *c.time.date > *made_on)) {
                c.time.superseded_by = by;
                c.time.superseded_words = r.words;
            }
    }
}

} // namespace factrec::reconcile_detail
