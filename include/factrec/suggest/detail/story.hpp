#pragma once

// The story as suggest sees it: every article scanned, its figures with a comparable magnitude,
// a grouping key (kind and unit or noun class) and a TF-IDF vector of the words around them.
#include <factrec/parse.hpp>
#include <factrec/parse/english/noun_classes.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/dates.hpp>
#include <factrec/reconcile/detail/noun_classes.hpp>
#include <factrec/suggest/detail/layer_namespace.hpp>
#include <factrec/suggest/suggestion.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace factrec::suggest::detail {

struct word_token {
    std::string text; // lower case
    std::string stem; // "processing", "processes" -> "process": what context vectors compare
    std::size_t begin = 0, end = 0;
    bool content = false; // a word that can tell one fact from another
};

// Words that say nothing of which thing a figure measures: the binder's function words, and
// the verbs and scale words of any news figure.
inline constexpr std::string_view weak_words[] = {
    "said",    "says",     "according", "also",     "about",     "more",      "than",     "after",  "before",
    "last",    "this",     "that",      "been",     "have",      "has",       "had",      "its",    "their",
    "from",    "with",     "for",       "and",      "the",       "are",       "was",      "were",   "will",
    "would",   "could",    "into",      "over",     "some",      "other",     "percent",  "per",    "cent",
    "billion", "million",  "thousand",  "trillion", "year",      "years",     "week",     "weeks",  "day",
    "days",    "today",    "yesterday", "monday",   "tuesday",   "wednesday", "thursday", "friday", "saturday",
    "sunday",  "new",      "one",       "two",      "three",     "four",      "five",     "six",    "seven",
    "eight",   "nine",     "ten",       "dollars",  "dollar",    "around",    "nearly",   "almost", "least",
    "most",    "some",     "total",     "figure",   "number",    "now",       "earlier",  "later",  "while",
    "which",   "who",      "whom",      "where",    "when",      "they",      "them",     "there",  "these",
    "those",   "were",     "being",     "not",      "but",       "our",       "his",      "her",    "out",
    "told",    "reported", "report",    "reports",  "officials", "official",  "reuters",  "per",    "each",
};

template <class = void>
inline bool is_weak_word(std::string_view w) {
    return std::find(std::begin(weak_words), std::end(weak_words), w) != std::end(weak_words) ||
           factrec::suggest::detail::is_noun_stop_word(w);
}

template <class = void>
inline bool is_token_byte(char c) {
    auto u = static_cast<unsigned char>(c);
    return std::isalnum(u) || u >= 0x80 || c == '-' || c == '\'';
}

// A light English stemmer: plural, -ing and -ed endings off, so that "earths" meets "earth" and
// "processing" meets "processes".
template <class = void>
inline std::string stem_of(std::string w) {
    auto ends = [&](std::string_view e) { return w.size() > e.size() + 2 && w.ends_with(e); };
    if (ends("ies"))
        w.replace(w.size() - 3, 3, "y");
    else if (ends("ing"))
        w.resize(w.size() - 3);
    else if ((ends("es") && std::string_view("sxzh").find(w[w.size() - 3]) != std::string_view::npos) || ends("ed"))
        w.resize(w.size() - 2);
    else if (w.size() > 3 && w.back() == 's' && !w.ends_with("ss"))
        w.pop_back();
    return w;
}

// The words of `text`, offsets from `base`.
template <class = void>
inline std::vector<word_token> words_in(std::string_view text, std::size_t base) {
    std::vector<word_token> out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (!is_token_byte(text[i])) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && is_token_byte(text[j])) ++j;
        std::size_t b = i, e = j;
        while (b < e && (text[b] == '-' || text[b] == '\'')) ++b;
        while (e > b && (text[e - 1] == '-' || text[e - 1] == '\'')) --e;
        if (b < e) {
            word_token w;
            w.begin = base + b;
            w.end = base + e;
            bool digit = false;
            for (std::size_t k = b; k < e; ++k) {
                char c = text[k];
                digit = digit || (c >= '0' && c <= '9');
                w.text += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            }
            if (w.text.size() > 2 && w.text.ends_with("'s")) w.text.resize(w.text.size() - 2);
            if (w.text.size() > 4 && w.text.ends_with("\xe2\x80\x99s")) w.text.resize(w.text.size() - 4); // ’s
            w.content = !digit && w.text.size() >= 3 && !is_weak_word(w.text);
            w.stem = stem_of(w.text);
            out.push_back(std::move(w));
        }
        i = j;
    }
    return out;
}

struct story_figure {
    std::size_t article = 0;
    std::size_t mention = 0;  // index into the article's scan
    std::string key;          // kind and unit or noun class: only figures of one key are compared
    std::string noun;         // a count's noun, as a lemma
    double low = 0, high = 0; // the magnitude as read, in the figure's own unit
    bool bound_only = false;  // "up to", "more than": a bound, never a term of a sum or product
    std::optional<long> day;  // the article's date, as a day number
    std::vector<std::pair<std::uint32_t, double>> context; // word id -> weight, by id, unit length
    std::vector<std::uint32_t> sentence_words;             // ids of its sentence's words, sorted
    std::vector<word_token> tokens;                        // of its sentence
    // Capitalised names of its clause nearer to it than to any other figure ("westinghouse",
    // "ge", "vernova"), lower case, sorted: what it is about, when two figures agree in value.
    std::vector<std::string> names;

    [[nodiscard]] double middle() const { return (low + high) / 2; }
};

struct story {
    const std::vector<article>* articles = nullptr;
    std::vector<scan_result> scans; // offsets into each article's whole text
    std::vector<story_figure> figures;
    std::vector<std::string> words;
    std::vector<double> idf;
    std::unordered_map<std::string, std::uint32_t> word_ids;
    // How specific a name is to few sentences of the story: log(1 + sentences / (df + 1)).
    std::unordered_map<std::string, double> name_specificity;
    double most_specific_name = 0;
    // Pairs of names (in order) that one sentence attaches to two figures of one key: two
    // subjects the story tells apart ("$100 billion for X and another $100 billion for Y").
    std::set<std::pair<std::string, std::string>> rivals;

    [[nodiscard]] const article& article_of(const story_figure& f) const { return (*articles)[f.article]; }
    [[nodiscard]] const mention& mention_of(const story_figure& f) const { return scans[f.article][f.mention]; }
    [[nodiscard]] std::string_view sentence_of(const story_figure& f) const {
        const mention& m = mention_of(f);
        return std::string_view(article_of(f).text).substr(m.sentence.begin, m.sentence.end - m.sentence.begin);
    }
    [[nodiscard]] std::string_view quote_of(const story_figure& f) const {
        const mention& m = mention_of(f);
        return std::string_view(article_of(f).text).substr(m.span.begin, m.span.end - m.span.begin);
    }
    [[nodiscard]] std::optional<std::uint32_t> word_id(const std::string& w) const {
        auto found = word_ids.find(w);
        if (found == word_ids.end()) return std::nullopt;
        return found->second;
    }
};

template <class = void>
inline double to_double(const exact_number& x) {
    return x.convert_to<double>();
}

// Sentences for document frequencies: ends of sentences and blank lines.
template <class = void>
inline std::vector<std::string_view> rough_sentences(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool end = ((text[i] == '.' || text[i] == '!' || text[i] == '?') &&
                    (i + 1 == text.size() || text[i + 1] == ' ' || text[i + 1] == '\n')) ||
                   (text[i] == '\n' && i + 1 < text.size() && text[i + 1] == '\n');
        if (!end) continue;
        out.push_back(text.substr(start, i + 1 - start));
        start = i + 1;
    }
    if (start < text.size()) out.push_back(text.substr(start));
    return out;
}

// The noun a count is grouped by: its class ("dead", "victims" and "people" are people) or itself.
template <class = void>
inline std::string noun_group(const std::string& lemma) {
    for (const english::noun_class& c : english::noun_classes)
        if (lemma == c.name || factrec::suggest::detail::lemma_listed(c.members, lemma)) return std::string(c.name);
    return lemma;
}

// Figures that can be values of a fact: no dates or calendar years, no changes ("rose 3%"), no
// earlier values ("up from 30"), no conversions of a neighbour, and a finite end.
template <class = void>
inline std::optional<story_figure> figure_of(const mention& m) {
    if (m.kind == mention_kind::date || m.kind == mention_kind::year) return std::nullopt;
    if (m.role == figure_role::change || m.role == figure_role::from || m.converts) return std::nullopt;
    const interval& v = m.quantity.value;
    if (v.is_empty() || (v.lower().infinite && v.upper().infinite)) return std::nullopt;
    story_figure f;
    f.low = v.lower().infinite ? to_double(v.upper().value) : to_double(v.lower().value);
    f.high = v.upper().infinite ? f.low : to_double(v.upper().value);
    if (m.quantity.qualifier == qualifier::up_to || (!v.upper().infinite && f.low <= 0 && f.high > 0)) f.low = f.high;
    if (v.upper().infinite) f.high = f.low;
    f.bound_only = v.lower().infinite || v.upper().infinite || m.quantity.qualifier == qualifier::up_to;
    const std::string& symbol = m.quantity.unit.symbol();
    switch (m.kind) {
    case mention_kind::count:
        f.noun = english::noun_lemma(symbol);
        f.key = "count:" + noun_group(f.noun);
        break;
    case mention_kind::share: f.key = "share"; break;
    case mention_kind::number: f.key = "number"; break;
    default: f.key = std::string(to_string(m.kind)) + ":" + symbol;
    }
    return f;
}

// A bare number ("the toll rose to 48") may count what a count beside it counts ("48 dead"):
// both are compared, and a group never holds counts of two different nouns.
template <class = void>
inline std::string bucket_of(const std::string& key) {
    return key == "number" || key.starts_with("count:") ? std::string("count") : key;
}

inline bool keys_fit(const std::string& a, const std::string& b) { return a == b || a == "number" || b == "number"; }

// The weight of a word of the figure's sentence in its context vector: words near the figure
// and in its clause say most about what it measures.
template <class = void>
inline double closeness(std::size_t words_between, bool in_clause) {
    double w = in_clause ? 2.0 : 0.7;
    if (words_between <= 2)
        w *= 2.0;
    else if (words_between <= 5)
        w *= 1.5;
    else if (words_between > 10)
        w *= 0.5;
    return w;
}

// Whether the name at token `name` belongs to the other figure (at token `other`) rather than
// this one (at `self`): a break ("and", "but", "while", a comma or semicolon) between the name
// and one figure, none between it and the other, gives it to the other ("$100 billion for A and
// another $100 billion for B"); else the nearer in words.
template <class = void>
inline bool nearer_other(std::string_view text, const std::vector<word_token>& tokens, std::size_t name,
                         std::size_t self, std::size_t other) {
    auto broken = [&](std::size_t from, std::size_t to) { // words strictly between, and the gaps
        if (from > to) std::swap(from, to);
        for (std::size_t t = from; t < to && t + 1 < tokens.size(); ++t) {
            if (t > from && (tokens[t].text == "and" || tokens[t].text == "but" || tokens[t].text == "while"))
                return true;
            const std::string_view gap = text.substr(tokens[t].end, tokens[t + 1].begin - tokens[t].end);
            if (gap.find_first_of(",;") != std::string_view::npos) return true;
        }
        return false;
    };
    const bool between = (self < name && name < other) || (other < name && name < self);
    if (between) {
        const bool to_self = broken(name, self), to_other = broken(name, other);
        if (to_self != to_other) return to_self;
    }
    return (name < other ? other - name : name - other) < (name < self ? self - name : name - self);
}

template <class = void>
inline story read_story(const std::vector<article>& articles) {
    story s;
    s.articles = &articles;
    std::vector<std::size_t> document_frequency;
    std::size_t sentences = 0;
    auto intern = [&](const std::string& w) {
        auto [at, added] = s.word_ids.emplace(w, static_cast<std::uint32_t>(s.words.size()));
        if (added) {
            s.words.push_back(w);
            document_frequency.push_back(0);
        }
        return at->second;
    };
    // Which words the story writes in lower case, and which it capitalises inside a sentence: a
    // name is a capitalised word never written in lower case, and a sentence's first word counts
    // only if the story capitalises it elsewhere too ("Similarly" is no name).
    std::set<std::string> lower_case, capitalised_inside;
    std::unordered_map<std::string, std::size_t> name_frequency;
    for (const article& a : articles) {
        for (std::string_view sentence : rough_sentences(a.body())) {
            std::set<std::string> seen;
            bool first = true;
            for (const word_token& w : words_in(sentence, 0)) {
                const char c = sentence[w.begin];
                if (c >= 'a' && c <= 'z')
                    lower_case.insert(w.text);
                else if (c >= 'A' && c <= 'Z' && !first)
                    capitalised_inside.insert(w.text);
                seen.insert(w.text);
                first = false;
            }
            for (const std::string& w : seen) ++name_frequency[w];
        }
    }
    for (const article& a : articles) {
        scan_result scanned = scan(a.body());
        for (auto& m : scanned.mentions) {
            m.span.begin += a.body_offset;
            m.span.end += a.body_offset;
            m.sentence.begin += a.body_offset;
            m.sentence.end += a.body_offset;
        }
        for (auto& d : scanned.diagnostics) d.offset += a.body_offset;
        s.scans.push_back(std::move(scanned));
        for (std::string_view sentence : rough_sentences(a.body())) {
            ++sentences;
            std::vector<std::uint32_t> seen;
            for (const word_token& w : words_in(sentence, 0))
                if (w.content) seen.push_back(intern(w.stem));
            std::sort(seen.begin(), seen.end());
            seen.erase(std::unique(seen.begin(), seen.end()), seen.end());
            for (std::uint32_t id : seen) ++document_frequency[id];
        }
    }
    s.idf.resize(s.words.size());
    for (std::size_t i = 0; i < s.words.size(); ++i)
        s.idf[i] = std::log(1.0 + static_cast<double>(sentences) / static_cast<double>(document_frequency[i] + 1));

    for (std::size_t a = 0; a < articles.size(); ++a) {
        std::optional<long> day;
        if (auto date = parse_article_date(articles[a].publisher.date); date && date->has_day())
            day = factrec::suggest::detail::days_of(*date);
        const std::string_view text = articles[a].text;
        for (std::size_t k = 0; k < s.scans[a].size(); ++k) {
            const mention& m = s.scans[a][k];
            auto f = figure_of(m);
            if (!f) continue;
            f->article = a;
            f->mention = k;
            f->day = day;
            const std::string_view sentence = text.substr(m.sentence.begin, m.sentence.end - m.sentence.begin);
            const std::string_view clause = factrec::suggest::detail::clause_around(
                sentence, m.span.begin - m.sentence.begin, m.span.end - m.sentence.begin);
            const std::size_t clause_begin =
                m.sentence.begin + static_cast<std::size_t>(clause.data() - sentence.data());
            const std::size_t clause_end = clause_begin + clause.size();
            f->tokens = words_in(sentence, m.sentence.begin);
            // the figure's position in words
            std::size_t figure_word = 0;
            while (figure_word < f->tokens.size() && f->tokens[figure_word].end <= m.span.begin) ++figure_word;
            std::vector<std::pair<std::uint32_t, double>> weights;
            for (std::size_t t = 0; t < f->tokens.size(); ++t) {
                const word_token& w = f->tokens[t];
                if (!w.content) continue;
                std::uint32_t id = intern(w.stem);
                if (id >= s.idf.size()) s.idf.resize(id + 1, std::log(1.0 + static_cast<double>(sentences)));
                f->sentence_words.push_back(id);
                if (w.begin >= m.span.begin && w.end <= m.span.end) continue; // the figure's own words
                const std::size_t between = t < figure_word ? figure_word - t : t - figure_word;
                const bool in_clause = w.begin >= clause_begin && w.end <= clause_end;
                // A word beyond another figure of the sentence is more that figure's than this one's.
                const std::size_t from = std::min(w.end, m.span.end), to = std::max(w.begin, m.span.begin);
                const bool past_other = std::any_of(s.scans[a].begin(), s.scans[a].end(), [&](const mention& o) {
                    return o.sentence == m.sentence && !(o.span == m.span) && o.span.begin >= from && o.span.end <= to;
                });
                weights.emplace_back(id, s.idf[id] * closeness(between, in_clause) * (past_other ? 0.3 : 1.0));
            }
            // Names: capitalised words of the clause nearer this figure than any other of the sentence.
            auto word_at = [&](std::size_t offset) {
                std::size_t t = 0;
                while (t < f->tokens.size() && f->tokens[t].end <= offset) ++t;
                return t;
            };
            std::vector<std::size_t> other_figures;
            for (const mention& o : s.scans[a])
                if (o.sentence == m.sentence && !(o.span == m.span) && o.kind != mention_kind::date &&
                    o.kind != mention_kind::year)
                    other_figures.push_back(word_at(o.span.begin));
            for (std::size_t t = 0; t < f->tokens.size(); ++t) {
                const word_token& w = f->tokens[t];
                const char c = text[w.begin];
                if (c < 'A' || c > 'Z' || w.text.size() < 2 || lower_case.contains(w.text) || is_weak_word(w.text))
                    continue;
                if (w.begin < clause_begin || w.end > clause_end) continue;
                if (t == 0 && w.begin == m.sentence.begin && !capitalised_inside.contains(w.text)) continue;
                if (std::any_of(other_figures.begin(), other_figures.end(),
                                [&](std::size_t o) { return nearer_other(text, f->tokens, t, figure_word, o); }))
                    continue;
                f->names.push_back(w.text);
                s.name_specificity.emplace(w.text, std::log(1.0 + static_cast<double>(sentences) /
                                                                      static_cast<double>(name_frequency[w.text] + 1)));
            }
            std::sort(f->names.begin(), f->names.end());
            f->names.erase(std::unique(f->names.begin(), f->names.end()), f->names.end());
            std::sort(weights.begin(), weights.end());
            double norm = 0;
            for (const auto& [id, w] : weights) {
                if (!f->context.empty() && f->context.back().first == id)
                    f->context.back().second = std::max(f->context.back().second, w);
                else
                    f->context.emplace_back(id, w);
            }
            for (const auto& [id, w] : f->context) norm += w * w;
            norm = std::sqrt(norm);
            if (norm > 0)
                for (auto& [id, w] : f->context) w /= norm;
            std::sort(f->sentence_words.begin(), f->sentence_words.end());
            f->sentence_words.erase(std::unique(f->sentence_words.begin(), f->sentence_words.end()),
                                    f->sentence_words.end());
            s.figures.push_back(std::move(*f));
        }
    }
    for (const auto& [n, w] : s.name_specificity) s.most_specific_name = std::max(s.most_specific_name, w);
    // Rival names: two figures of one key in one sentence, each with names the other lacks.
    for (std::size_t x = 0; x < s.figures.size(); ++x)
        for (std::size_t y = x + 1; y < s.figures.size(); ++y) {
            const story_figure& a = s.figures[x];
            const story_figure& b = s.figures[y];
            if (a.article != b.article || !(s.mention_of(a).sentence == s.mention_of(b).sentence)) break;
            if (a.names.empty() || b.names.empty() || bucket_of(a.key) != bucket_of(b.key)) continue;
            for (const std::string& n : a.names)
                for (const std::string& o : b.names)
                    if (!std::binary_search(b.names.begin(), b.names.end(), n) &&
                        !std::binary_search(a.names.begin(), a.names.end(), o)) {
                        s.rivals.emplace(n, o);
                        s.rivals.emplace(o, n);
                    }
        }
    return s;
}

// How much two figures' shared names say they are about one subject: each name by its
// specificity relative to the story's most specific, at most 2 in all.
template <class = void>
inline double shared_names(const story& s, const story_figure& a, const story_figure& b) {
    const double most = s.most_specific_name;
    double shared = 0;
    for (const std::string& n : a.names)
        if (std::binary_search(b.names.begin(), b.names.end(), n)) shared += s.name_specificity.at(n);
    return most > 0 ? std::min(2.0, shared / most) : 0.0;
}

// Two figures about subjects the story tells apart: each names one of a pair of rival names
// the other does not, and the names they share (if any) are less specific than the rivals.
template <class = void>
inline bool distinct_subjects(const story& s, const story_figure& a, const story_figure& b) {
    if (a.names.empty() || b.names.empty() || s.rivals.empty()) return false;
    auto specificity = [&](const std::string& n) {
        auto at = s.name_specificity.find(n);
        return at == s.name_specificity.end() ? 0.0 : at->second;
    };
    double shared = 0, rival = 0;
    for (const std::string& n : a.names)
        if (std::binary_search(b.names.begin(), b.names.end(), n)) shared += specificity(n);
    for (const std::string& n : a.names) {
        if (std::binary_search(b.names.begin(), b.names.end(), n)) continue;
        for (const std::string& o : b.names)
            if (!std::binary_search(a.names.begin(), a.names.end(), o) && s.rivals.contains({n, o}))
                rival = std::max(rival, specificity(n) + specificity(o));
    }
    return rival > shared;
}

template <class = void>
inline double similarity(const story_figure& a, const story_figure& b) {
    double dot = 0;
    auto i = a.context.begin(), j = b.context.begin();
    while (i != a.context.end() && j != b.context.end()) {
        if (i->first < j->first)
            ++i;
        else if (j->first < i->first)
            ++j;
        else
            dot += (i++)->second * (j++)->second;
    }
    return dot;
}

} // namespace factrec::suggest::detail
