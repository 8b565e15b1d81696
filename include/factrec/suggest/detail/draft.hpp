#pragma once

// Writing the draft: a unit, an id, a label and cues for each group, `claim` pins for figures
// no cue reaches alone, relations, sources, and comments a person can act on.
#include <factrec/reconcile/detail/copies.hpp>
#include <factrec/reconcile/detail/names.hpp>
#include <factrec/suggest/detail/grouping.hpp>
#include <factrec/suggest/detail/layer_namespace.hpp>
#include <factrec/suggest/detail/relations.hpp>
#include <factrec/suggest/detail/story.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec::suggest::detail {

inline constexpr std::size_t no_fact = static_cast<std::size_t>(-1);

// A cue this near a group's figure is taken to be about it (the binder allows up to 80 points:
// factrec::suggest::detail::farthest_cue_cost); nearer keeps the draft's cues from reaching across a
// clause into another figure's business.
inline constexpr long long near_cue_cost = 40;

struct planned_fact {
    std::string id, label, unit;
    series_kind series = series_kind::timeless;
    std::vector<std::size_t> members; // story figure indices
    std::vector<std::string> cues;
    std::set<std::string> banned; // cues that caught figures of other facts
    std::set<std::size_t> pinned;
    bool for_relation = false;
};

// A facts-file string literal.
template <class = void>
inline std::string facts_string(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    }
    return out + "\"";
}

// Text for a comment: one line, at most `longest` bytes, not cut inside a UTF-8 character.
template <class = void>
inline std::string one_line(std::string_view text, std::size_t longest = 110) {
    std::string out;
    for (char c : text) {
        const bool space = c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.size() <= longest) return out;
    std::size_t cut = longest;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    return out.substr(0, cut) + "...";
}

template <class = void>
inline bool plain_noun(std::string_view noun) {
    return !noun.empty() && std::all_of(noun.begin(), noun.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ' || c == '-' || c == '\'';
    });
}

// The unit a group's figures fit, as the facts file writes it; none when the facts file cannot
// say it (a unit symbol it would not read back).
template <class = void>
inline std::optional<std::string> fact_unit(const story& s, const std::vector<std::size_t>& members) {
    const mention& first = s.mention_of(s.figures[members.front()]);
    std::vector<std::string> nouns;
    for (std::size_t i : members) {
        if (s.mention_of(s.figures[i]).kind != mention_kind::count) continue;
        const std::string& n = s.figures[i].noun;
        if (!plain_noun(n)) return std::nullopt;
        if (std::find(nouns.begin(), nouns.end(), n) == nouns.end()) nouns.push_back(n);
    }
    if (!nouns.empty()) {
        const std::string group = noun_group(nouns.front());
        if (nouns.size() == 1 || group != nouns.front())
            return "count(" + (nouns.size() == 1 ? nouns.front() : group) + ")";
        std::string joined;
        for (const std::string& n : nouns) joined += (joined.empty() ? "" : "|") + n;
        return "count(" + joined + ")";
    }
    switch (first.kind) {
    case mention_kind::share: return std::string("%");
    case mention_kind::number: return std::string("1");
    default: {
        const std::string& symbol = first.quantity.unit.symbol();
        if (symbol.empty() || !std::all_of(symbol.begin(), symbol.end(), [](char c) {
                return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
            }))
            return std::nullopt;
        if (!unit::from_symbol(symbol)) return std::nullopt;
        return symbol;
    }
    }
}

// The words that say most about a group: its members' context vectors summed.
template <class = void>
inline std::vector<std::string> telling_words(const story& s, const std::vector<std::size_t>& members,
                                              std::size_t how_many) {
    std::map<std::uint32_t, double> total;
    for (std::size_t i : members)
        for (const auto& [id, w] : s.figures[i].context) total[id] += w;
    std::vector<std::pair<double, std::uint32_t>> ranked;
    ranked.reserve(total.size());
    for (const auto& [id, w] : total) ranked.emplace_back(-w, id);
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (const auto& [w, id] : ranked) {
        const std::string& word = s.words[id];
        if (!std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; })) continue;
        out.push_back(word);
        if (out.size() == how_many) break;
    }
    return out;
}

template <class = void>
inline std::string make_id(const std::vector<std::string>& words, std::set<std::string>& taken) {
    std::string id;
    for (std::size_t k = 0; k < words.size() && k < 2; ++k) {
        if (!id.empty()) id += '_';
        for (char c : words[k]) id += c == '-' ? '_' : c;
    }
    if (id.empty()) id = "fact";
    std::string unique = id;
    for (std::size_t n = 2; taken.contains(unique); ++n) unique = id + "_" + std::to_string(n);
    taken.insert(unique);
    return unique;
}

// The other figures of a figure's sentence: what the binder charges for reaching past.
template <class = void>
inline std::vector<byte_span> neighbours(const story& s, const story_figure& f) {
    std::vector<byte_span> out;
    const mention& m = s.mention_of(f);
    for (const mention& other : s.scans[f.article])
        if (other.sentence == m.sentence && !(other.span == m.span)) out.push_back(other.span);
    return out;
}

// What the binder would charge for pairing the figure with the phrase's nearest occurrence in
// its sentence; no_pairing when the sentence lacks it.
template <class = void>
inline long long cue_cost(const story& s, const story_figure& f, std::string_view phrase) {
    const mention& m = s.mention_of(f);
    const std::string_view text = s.article_of(f).text;
    const std::string_view sentence = text.substr(m.sentence.begin, m.sentence.end - m.sentence.begin);
    long long best = factrec::suggest::detail::no_pairing;
    const std::vector<byte_span> others = neighbours(s, f);
    for (byte_span at : factrec::suggest::detail::find_cue(sentence, phrase)) {
        byte_span absolute{at.begin + m.sentence.begin, at.end + m.sentence.begin};
        best = std::min(best, factrec::suggest::detail::pairing_cost(text, m.span, absolute, others));
    }
    return best;
}

// Phrases of the members' sentences that could be cues: content words, and two content words
// side by side ("death toll").
template <class = void>
inline std::vector<std::string> candidate_cues(const story& s, const planned_fact& p) {
    std::set<std::string> out;
    for (std::size_t i : p.members) {
        const story_figure& f = s.figures[i];
        const std::string_view text = s.article_of(f).text;
        for (std::size_t t = 0; t < f.tokens.size(); ++t) {
            const word_token& w = f.tokens[t];
            if (!w.content) continue;
            out.insert(w.text);
            if (t + 1 < f.tokens.size() && f.tokens[t + 1].content && f.tokens[t + 1].begin == w.end + 1 &&
                text[w.end] == ' ')
                out.insert(lower_ascii(text.substr(w.begin, f.tokens[t + 1].end - w.begin)));
        }
    }
    std::vector<std::string> kept;
    for (const std::string& c : out)
        if (!p.banned.contains(c) && c.find_first_of("\"\\()[]|") == std::string::npos) kept.push_back(c);
    return kept;
}

// Greedy cover: the phrase that reaches most of the group's figures not yet reached, less three
// times the other figures of the same key it would reach too.
template <class = void>
inline std::vector<std::string>
choose_cues(const story& s, const planned_fact& p, const std::vector<std::size_t>& same_key,
            const std::vector<std::size_t>& fact_of, std::size_t self, std::size_t max_cues) {
    std::vector<std::string> candidates = candidate_cues(s, p);
    struct scored {
        std::string phrase;
        std::vector<std::size_t> covers; // members reached
        long long penalty = 0;
        double specificity = 0;
    };
    std::vector<scored> all;
    for (const std::string& c : candidates) {
        scored sc{c, {}, 0, 0};
        auto id = s.word_id(stem_of(c.substr(0, c.find(' '))));
        if (id) sc.specificity = s.idf[*id];
        for (std::size_t i : p.members)
            if (!p.pinned.contains(i) && cue_cost(s, s.figures[i], c) <= near_cue_cost) sc.covers.push_back(i);
        if (sc.covers.empty()) continue;
        for (std::size_t g : same_key) {
            if (fact_of[g] == self) continue;
            const story_figure& f = s.figures[g];
            if (id && !std::binary_search(f.sentence_words.begin(), f.sentence_words.end(), *id)) continue;
            if (cue_cost(s, f, c) <= factrec::suggest::detail::farthest_cue_cost) ++sc.penalty;
        }
        all.push_back(std::move(sc));
    }
    std::vector<std::string> chosen;
    std::set<std::size_t> reached;
    while (chosen.size() < max_cues) {
        const scored* best = nullptr;
        double best_score = 0;
        for (const scored& sc : all) {
            long long fresh = 0;
            for (std::size_t i : sc.covers) fresh += reached.contains(i) ? 0 : 1;
            if (fresh == 0) continue;
            const double score = 2.0 * static_cast<double>(fresh) - 3.0 * static_cast<double>(sc.penalty) +
                                 0.01 * sc.specificity + (sc.phrase.find(' ') != std::string::npos ? 0.005 : 0);
            if (score > best_score) best_score = score, best = &sc;
        }
        if (!best) break;
        chosen.push_back(best->phrase);
        reached.insert(best->covers.begin(), best->covers.end());
    }
    return chosen;
}

// Phrases of a figure's sentence that the binder would pair with it, cheapest first: cues to
// try in place of its `claim` pin (the caller checks each by binding the draft).
template <class = void>
inline std::vector<std::string> nearest_cues(const story& s, const planned_fact& p, std::size_t figure,
                                             std::size_t how_many) {
    planned_fact alone = p;
    alone.members = {figure};
    alone.pinned.clear();
    std::vector<std::pair<long long, std::string>> ranked;
    for (const std::string& c : candidate_cues(s, alone)) {
        if (std::find(p.cues.begin(), p.cues.end(), c) != p.cues.end()) continue;
        const long long cost = cue_cost(s, s.figures[figure], c);
        if (cost <= factrec::suggest::detail::farthest_cue_cost) ranked.emplace_back(cost, c);
    }
    std::sort(ranked.begin(), ranked.end());
    std::vector<std::string> out;
    for (std::size_t k = 0; k < ranked.size() && k < how_many; ++k) out.push_back(ranked[k].second);
    return out;
}

// The shortest words from the figure on that occur first at the figure in its article and in no
// other article of its source: a `claim` quote that places this figure and no other.
template <class = void>
inline std::optional<std::string> pin_quote(const story& s, const story_figure& f) {
    const mention& m = s.mention_of(f);
    const article& a = s.article_of(f);
    const std::string_view text = a.text;
    std::size_t end = m.span.end;
    while (true) {
        const std::string_view quote = text.substr(m.span.begin, end - m.span.begin);
        bool unique = text.find(quote, a.body_offset) == m.span.begin;
        for (std::size_t k = 0; k < s.articles->size() && unique; ++k)
            if (k != f.article &&
                factrec::suggest::detail::same_name((*s.articles)[k].publisher.name, a.publisher.name))
                unique = (*s.articles)[k].text.find(quote, (*s.articles)[k].body_offset) == std::string::npos;
        if (unique) return std::string(quote);
        if (end >= m.sentence.end) return std::nullopt;
        std::size_t next = end + 1;
        while (next < m.sentence.end && text[next] != ' ') ++next;
        if (text.substr(end, next - end).find_first_of("\n\r") != std::string_view::npos) return std::nullopt;
        end = next;
    }
}

} // namespace factrec::suggest::detail
