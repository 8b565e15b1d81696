#pragma once

#include <factrec/core.hpp>
#include <factrec/parse.hpp>
#include <factrec/parse/english/plurals.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/detail/names.hpp>
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

namespace factrec {

namespace detail {

inline char ascii_lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }
inline bool is_word_byte(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80);
}

// Byte spans of `cue` in `text`, case-insensitive, at word boundaries.
inline std::vector<byte_span> find_cue(std::string_view text, std::string_view cue) {
    std::vector<byte_span> found;
    if (cue.empty() || cue.size() > text.size()) return found;
    for (std::size_t i = 0; i + cue.size() <= text.size(); ++i) {
        bool match = true;
        for (std::size_t k = 0; k < cue.size() && match; ++k) match = ascii_lower(text[i + k]) == cue[k];
        if (!match) continue;
        bool starts_word = i == 0 || !is_word_byte(text[i - 1]) || !is_word_byte(cue.front());
        bool ends_word =
            i + cue.size() == text.size() || !is_word_byte(text[i + cue.size()]) || !is_word_byte(cue.back());
        if (starts_word && ends_word) found.push_back({i, i + cue.size()});
    }
    return found;
}

// A comma, semicolon, colon, dash or bracket between a figure and a cue usually means the cue
// belongs to another clause: "17 citizens were abducted, five of whom returned".
inline bool crosses_clause(std::string_view between) {
    return between.find_first_of(",;:()") != std::string_view::npos || between.find(" - ") != std::string_view::npos ||
           between.find("\xE2\x80\x94") != std::string_view::npos ||
           between.find("\xE2\x80\x93") != std::string_view::npos;
}
inline constexpr std::size_t clause_penalty = 200;

// Whether a figure of this kind and unit can be a value of the fact, and if so in the fact's
// unit. Counts of another named thing do not fit ("two leaders" is not a number of troops).
inline std::optional<interval> fit(const mention& m, const fact_declaration& f) {
    // A change is by how much a thing moved, never its value: only a fact of changes takes it,
    // signed by its direction ("fell 3%" is -3%). A figure that converts another is that
    // figure said again, rounded apart from it, and never bound on its own.
    if (m.converts || (m.role == figure_role::change) != f.changes) return std::nullopt;
    const bool fallen = m.role == figure_role::change && m.direction == change_direction::down &&
                        !m.quantity.value.is_empty() && !m.quantity.value.lower().infinite &&
                        m.quantity.value.lower().value.sign() >= 0;
    const interval value = fallen ? -m.quantity.value : m.quantity.value;
    const unit& from = m.quantity.unit;
    switch (m.kind) {
    case mention_kind::date: return std::nullopt;
    case mention_kind::year:
        if (f.unit.dimension() != dimension::calendar_year) return std::nullopt;
        return value;
    case mention_kind::number:
        if (f.unit.dimension() != dimension::count && f.unit.dimension() != dimension::plain) return std::nullopt;
        return value;
    case mention_kind::count:
        if (f.unit.dimension() != dimension::count || singular(from.symbol()) != singular(f.unit.symbol()))
            return std::nullopt;
        return value;
    default: {
        if (!commensurable(from, f.unit)) return std::nullopt;
        auto converted = convert(value, from, f.unit);
        if (!converted) return std::nullopt;
        return *converted;
    }
    }
}

// "up to $332 billion" read as "the announced ceiling is $332 billion": the figure alone,
// read with the precision policy. Leading words are dropped until what remains is a bare figure.
inline std::optional<quantity> figure_without_qualifier(std::string_view written, const precision_policy& precision) {
    for (std::size_t start = 0; start < written.size();) {
        auto q = parse_quantity(written.substr(start), precision);
        if (q && q->qualifier == qualifier::none) return *q;
        std::size_t space = written.find(' ', start);
        if (space == std::string_view::npos) break;
        start = space + 1;
    }
    return std::nullopt;
}

} // namespace detail

// Binds every mention to at most one fact: the unit must fit and a cue of the fact must occur
// in the same sentence; the nearest cue wins, and within a sentence mentions and cue
// occurrences pair one to one. Pinned claims are placed first, by their quotes.
template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline result<binding> bind_mentions(const facts_file& facts, const std::vector<article>& articles,
                                     const std::vector<scan_result>& scans, const precision_policy& precision) {
    binding out;
    const std::vector<std::string> id_prefixes = detail::claim_id_prefixes(articles);
    std::vector<std::vector<bool>> taken(articles.size());
    for (std::size_t a = 0; a < articles.size(); ++a) taken[a].assign(scans[a].size(), false);

    auto make_claim = [&](std::size_t a, const mention& m, const fact_declaration& f, const interval& value,
                          bool pinned) {
        const article& art = articles[a];
        bound_claim c;
        c.article = a;
        c.pinned = pinned;
        c.id = id_prefixes[a] + ":" + std::to_string(m.span.begin);
        c.quote = art.text.substr(m.span.begin, m.span.end - m.span.begin);
        c.claim.fact = f.id;
        c.claim.quantity = m.quantity;
        c.claim.span = m.span;
        c.claim.sentence = m.sentence;
        c.claim.publisher = art.publisher;
        c.claim.publisher.trust = detail::source_trust(facts.sources, art.publisher.name);
        if (m.speaker) c.claim.speaker = speaker{*m.speaker, detail::speaker_trust(facts.speakers, *m.speaker)};
        c.value = value;
        if (m.quantity.qualifier == qualifier::up_to && f.up_to == up_to_reading::ceiling) {
            if (auto figure = detail::figure_without_qualifier(m.quantity.written, precision)) {
                if (auto converted = convert(figure->value, figure->unit, f.unit)) {
                    c.value = *converted;
                    c.reading = "\"up to\" read as the announced ceiling";
                }
            }
        }
        out.claims.push_back(std::move(c));
    };

    // A pin names a source, and an outlet may have several files here (an article and its
    // update): the figure is placed in each of them that has the quote.
    for (const pinned_claim& pin : facts.pins) {
        const fact_declaration& f = *facts.find_fact(pin.fact);
        std::vector<std::size_t> of_source;
        for (std::size_t a = 0; a < articles.size(); ++a)
            if (detail::same_name(articles[a].publisher.name, pin.source)) of_source.push_back(a);
        if (of_source.empty()) {
            std::vector<std::string> names;
            for (const auto& a : articles)
                if (std::find(names.begin(), names.end(), a.publisher.name) == names.end())
                    names.push_back(a.publisher.name);
            return error{facts.where(pin.source_offset, "claim for '" + pin.fact + "' names source \"" + pin.source +
                                                            "\", which is the source of no article" +
                                                            detail::suggestion(pin.source, names, "sources")),
                         pin.source_offset};
        }
        std::string files;
        bool quoted = false;
        for (std::size_t a : of_source) {
            const article& art = articles[a];
            files += (files.empty() ? "" : " or ") + art.file;
            std::size_t at = art.text.find(pin.quote, art.body_offset);
            if (at == std::string::npos) continue;
            quoted = true;
            bool placed = false;
            for (std::size_t k = 0; k < scans[a].size() && !placed; ++k) {
                const mention& m = scans[a][k];
                if (taken[a][k] || m.span.begin < at || m.span.end > at + pin.quote.size()) continue;
                if (auto value = detail::fit(m, f)) {
                    make_claim(a, m, f, *value, true);
                    taken[a][k] = placed = true;
                }
            }
            if (!placed)
                return error{facts.where(pin.offset, "the quote for '" + pin.fact + "' in " + art.file +
                                                         " has no figure in " + to_string(f.unit)),
                             pin.offset};
        }
        if (!quoted)
            return error{facts.where(pin.offset, "the quote for '" + pin.fact + "' does not occur in " + files +
                                                     " (\"" + pin.source + "\")"),
                         pin.offset};
    }

    for (std::size_t a = 0; a < articles.size(); ++a) {
        const article& art = articles[a];
        const scan_result& scan = scans[a];
        std::size_t k = 0;
        while (k < scan.size()) {
            byte_span sentence = scan[k].sentence;
            std::size_t sentence_end_index = k;
            while (sentence_end_index < scan.size() && scan[sentence_end_index].sentence == sentence)
                ++sentence_end_index;
            std::string_view sentence_text =
                std::string_view(art.text).substr(sentence.begin, sentence.end - sentence.begin);

            struct cue_occurrence {
                std::size_t fact;
                byte_span span;
            };
            std::vector<cue_occurrence> cues;
            for (std::size_t f = 0; f < facts.facts.size(); ++f)
                for (const std::string& cue : facts.facts[f].cues)
                    for (byte_span s : detail::find_cue(sentence_text, cue))
                        cues.push_back({f, {s.begin + sentence.begin, s.end + sentence.begin}});

            struct pairing {
                std::size_t distance, mention, cue;
            };
            std::vector<pairing> pairs;
            for (std::size_t i = k; i < sentence_end_index; ++i) {
                if (taken[a][i]) continue;
                for (std::size_t c = 0; c < cues.size(); ++c) {
                    if (!detail::fit(scan[i], facts.facts[cues[c].fact])) continue;
                    const byte_span& m = scan[i].span;
                    const byte_span& s = cues[c].span;
                    std::size_t gap_begin = std::min(s.end, m.end), gap_end = std::max(s.begin, m.begin);
                    std::size_t distance = gap_end > gap_begin ? gap_end - gap_begin : 0;
                    if (distance > 0 && detail::crosses_clause(std::string_view(art.text).substr(gap_begin, distance)))
                        distance += detail::clause_penalty;
                    pairs.push_back({distance, i, c});
                }
            }
            std::sort(pairs.begin(), pairs.end(), [](const pairing& x, const pairing& y) {
                return std::tie(x.distance, x.mention, x.cue) < std::tie(y.distance, y.mention, y.cue);
            });
            std::vector<bool> cue_used(cues.size(), false);
            for (const pairing& p : pairs) {
                if (taken[a][p.mention] || cue_used[p.cue]) continue;
                const fact_declaration& f = facts.facts[cues[p.cue].fact];
                make_claim(a, scan[p.mention], f, *detail::fit(scan[p.mention], f), false);
                taken[a][p.mention] = cue_used[p.cue] = true;
            }
            for (std::size_t i = k; i < sentence_end_index; ++i) {
                if (taken[a][i]) continue;
                bool any_fit = false;
                for (const auto& f : facts.facts) any_fit = any_fit || detail::fit(scan[i], f).has_value();
                std::string reason = scan[i].kind == mention_kind::date ? "a date"
                                     : scan[i].converts                 ? "a conversion of another figure"
                                     : scan[i].role == figure_role::change && !any_fit ? "change"
                                     : !any_fit                                        ? "no fact has this unit"
                                     : cues.empty()                                    ? "no fact's cue in its sentence"
                                                    : "no cue in its sentence is for a fact of this unit";
                out.unbound.push_back({a, scan[i], std::move(reason)});
            }
            k = sentence_end_index;
        }
        for (const error& d : scan.diagnostics)
            out.notes.push_back(detail::located_message(art.file, art.text, d.offset, d.message));
    }
    std::sort(out.claims.begin(), out.claims.end(), [](const bound_claim& x, const bound_claim& y) {
        return std::tie(x.article, x.claim.span.begin) < std::tie(y.article, y.claim.span.begin);
    });
    return out;
}

} // namespace factrec
