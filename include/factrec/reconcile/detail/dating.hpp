#pragma once
// Dating claims: by their article, or by a date or day phrase of their own sentence; earlier
// figures ("up from 5,200") and revisions ("revised the toll to 3,958 from 11,300").

#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/dates.hpp>
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

namespace factrec::detail {

inline std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

inline bool has_digit(std::string_view text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

inline bool word_at(std::string_view lower, std::size_t at, std::string_view word) {
    if (lower.substr(at, word.size()) != word) return false;
    bool starts = at == 0 || !std::isalnum(static_cast<unsigned char>(lower[at - 1]));
    std::size_t end = at + word.size();
    return starts && (end == lower.size() || !std::isalpha(static_cast<unsigned char>(lower[end])));
}

// Words that make a sentence a revision: its older figure is replaced, not dated earlier.
inline std::optional<std::string> revision_words(std::string_view lower) {
    static constexpr std::string_view words[] = {"revised",    "revises",    "revision",   "revising",
                                                 "corrected",  "corrects",   "correction", "lowered",
                                                 "downgraded", "instead of", "rather than"};
    for (std::string_view w : words)
        for (std::size_t at = lower.find(w); at != std::string_view::npos; at = lower.find(w, at + 1))
            if (word_at(lower, at, w)) return std::string(w);
    return std::nullopt;
}

// The words just before a figure that mark it as the older one: "from", "up from", "down from an
// earlier", "instead of", "had earlier reported", "previously", "initially". `before` is the
// sentence's lower-case text up to the figure.
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
        if (m != "from" && std::count(after.begin(), after.end(), ' ') > 5) continue;
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

// An older figure shares its sentence's cue with the newer one: "revised the death toll to 3,958
// from 11,300" names the toll once, and the binder pairs a cue with one figure. A figure left
// without a fact that its sentence marks as the older one takes the fact of the claim nearest
// before it in the sentence, when its unit fits that fact.
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
        bound_claim c;
        c.article = u.article;
        c.id = newer->id.substr(0, newer->id.rfind(':')) + ":" + std::to_string(u.mention.span.begin);
        c.quote = a.text.substr(u.mention.span.begin, u.mention.span.size());
        c.claim.fact = f->id;
        c.claim.quantity = u.mention.quantity;
        c.claim.span = u.mention.span;
        c.claim.sentence = sentence;
        c.claim.publisher = newer->claim.publisher;
        if (u.mention.speaker)
            c.claim.speaker = speaker{*u.mention.speaker, speaker_trust(facts.speakers, *u.mention.speaker)};
        c.value = *value;
        c.reading = "the older figure of its sentence's cue";
        bound.claims.push_back(std::move(c));
        added = true;
    }
    bound.unbound = std::move(still);
    if (added)
        std::sort(bound.claims.begin(), bound.claims.end(), [](const bound_claim& x, const bound_claim& y) {
            return std::tie(x.article, x.claim.span.begin) < std::tie(y.article, y.claim.span.begin);
        });
}

// Dates each claim and applies revisions. A claim takes the date of the date or day phrase of
// its sentence nearest to its figure, else its article's date. A figure marked as the older one
// is, in a revision, superseded together with every claim of the same value of its fact in every
// article; otherwise it is dated by a day phrase right after it ("up from 2,300 on Tuesday"), or
// marked as an earlier figure of no known day.
inline void date_claims(const std::vector<article>& articles, binding& bound) {
    std::vector<std::optional<calendar_date>> article_dates;
    for (const article& a : articles) article_dates.push_back(parse_article_date(a.publisher.date));
    struct revision {
        std::size_t old_claim;
        std::optional<std::size_t> new_claim;
        std::string words;
    };
    std::vector<revision> revisions;
    std::vector<bool> noted_partial(articles.size(), false);

    for (std::size_t i = 0; i < bound.claims.size(); ++i) {
        bound_claim& c = bound.claims[i];
        const article& a = articles[c.article];
        const auto& article_date = article_dates[c.article];
        const byte_span sentence = c.claim.sentence;
        const std::string_view sentence_text = std::string_view(a.text).substr(sentence.begin, sentence.size());
        const std::string lower = lower_ascii(sentence_text);
        const std::size_t figure_begin = c.claim.span.begin - sentence.begin;
        const std::size_t figure_end = c.claim.span.end - sentence.begin;
        const std::vector<date_phrase> phrases = find_date_phrases(sentence_text, article_date);

        auto date_by = [&](const date_phrase& p) {
            c.time.phrase = p.words;
            if (!p.names_day) return false;
            if (p.day) {
                c.time.date = to_string(*p.day);
                c.time.dated_by = "sentence";
            }
            return true;
        };
        // A day phrase right after a figure belongs to it: "up from 2,300 on Tuesday".
        auto phrase_after = [&](std::size_t end) -> const date_phrase* {
            for (const date_phrase& p : phrases)
                if (p.span.begin >= end && p.span.begin - end <= 12 &&
                    !has_digit(std::string_view(lower).substr(end, p.span.begin - end)))
                    return &p;
            return nullptr;
        };

        auto older = older_figure_words(std::string_view(lower).substr(0, figure_begin));
        if (older) {
            if (auto words = revision_words(lower)) {
                revision r{i, std::nullopt, *words + " ... " + *older + " " + c.quote};
                for (std::size_t j = 0; j < bound.claims.size(); ++j) {
                    const bound_claim& other = bound.claims[j];
                    if (j == i || other.article != c.article || other.claim.sentence != sentence ||
                        other.claim.fact != c.claim.fact)
                        continue;
                    std::string_view before =
                        std::string_view(lower).substr(0, other.claim.span.begin - sentence.begin);
                    if (!older_figure_words(before)) {
                        r.new_claim = j;
                        break;
                    }
                }
                revisions.push_back(std::move(r));
            } else if (const date_phrase* p = phrase_after(figure_end); p && p->names_day) {
                date_by(*p);
                continue;
            } else {
                c.time.earlier = true;
                c.time.phrase = *older;
                continue;
            }
        }

        // The nearest phrase, leaving out those that belong to an older figure of the sentence.
        const date_phrase* nearest = nullptr;
        std::size_t nearest_distance = 0;
        for (const date_phrase& p : phrases) {
            bool of_older = false;
            for (const bound_claim& other : bound.claims) {
                if (&other == &c || other.article != c.article || other.claim.sentence != sentence) continue;
                std::size_t end = other.claim.span.end - sentence.begin;
                if (older_figure_words(std::string_view(lower).substr(0, other.claim.span.begin - sentence.begin)) &&
                    phrase_after(end) == &p)
                    of_older = true;
            }
            if (of_older) continue;
            std::size_t distance = p.span.begin >= figure_end   ? p.span.begin - figure_end
                                   : figure_begin >= p.span.end ? figure_begin - p.span.end
                                                                : 0;
            if (!nearest || distance < nearest_distance) nearest = &p, nearest_distance = distance;
        }
        if (nearest && date_by(*nearest)) continue;
        if (article_date && article_date->has_day()) {
            c.time.date = to_string(*article_date);
            c.time.dated_by = "article";
        } else if (article_date && !noted_partial[c.article]) {
            noted_partial[c.article] = true;
            bound.notes.push_back(a.file + ": the article is dated " + to_string(*article_date) +
                                  ", which names no day: its claims are undated unless their sentence names a date");
        }
    }

    for (const revision& r : revisions) {
        const bound_claim& old = bound.claims[r.old_claim];
        const std::string by = bound.claims[r.new_claim.value_or(r.old_claim)].id;
        for (bound_claim& c : bound.claims)
            if (c.claim.fact == old.claim.fact && c.value == old.value && !c.time.superseded_by) {
                c.time.superseded_by = by;
                c.time.superseded_words = r.words;
            }
    }
}

} // namespace factrec::detail
