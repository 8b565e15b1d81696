#pragma once

#include <factrec/parse/detail/lexicon.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

namespace detail {

struct token {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool is_word = false;
    bool in_quote = false;
};

// Fills `tokens`, which keeps its memory from one sentence to the next.
inline void tokenize_sentence(std::string_view s, std::vector<token>& tokens) {
    tokens.clear();
    bool quoted = false;
    for (std::size_t i = 0; i < s.size();) {
        if (std::size_t n = space_at(s, i)) { i += n; continue; }
        if (is_letter(s[i])) {
            word w = word_at(s, i);
            tokens.push_back({w.begin, w.end, true, quoted});
            i = w.end;
            continue;
        }
        std::size_t length = 1;
        if (is_open_quote_at(s, i) && s.substr(i, 3) == "\xE2\x80\x9C") { quoted = true; length = 3; }
        else if (is_close_quote_at(s, i) && s.substr(i, 3) == "\xE2\x80\x9D") { quoted = false; length = 3; }
        else if (s[i] == '"') quoted = !quoted;
        else if (static_cast<unsigned char>(s[i]) >= 0x80) { length = utf8_sequence_length(s, i); if (length == 0) length = 1; }
        tokens.push_back({i, i + length, false, quoted});
        i += length;
    }
}

inline std::vector<token> tokenize_sentence(std::string_view s) {
    std::vector<token> tokens;
    tokenize_sentence(s, tokens);
    return tokens;
}

inline bool is_determiner(std::string_view w) {
    return equals_lower(w, "the") || equals_lower(w, "a") || equals_lower(w, "an");
}

inline bool is_sentence_adverb(std::string_view w) {
    return (w.size() > 4 && w.ends_with("ly")) || w == "also" || w == "then" || w == "later" || w == "again" || w == "once" || w == "still";
}

inline bool is_pronoun(std::string_view w) {
    for (std::string_view p : {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"})
        if (equals_lower(w, p)) return true;
    return false;
}

inline std::string join_tokens(std::string_view s, const std::vector<token>& t, std::size_t first, std::size_t last) {
    while (first <= last && is_determiner(t[first].is_word ? s.substr(t[first].begin, t[first].end - t[first].begin) : std::string_view{})) ++first;
    if (first > last) return {};
    return std::string(s.substr(t[first].begin, t[last].end - t[first].begin));
}

// "Commerce Secretary Howard Lutnick", "the administration" -> "administration".
inline std::string subject_before(std::string_view s, const std::vector<token>& t, std::size_t verb) {
    std::size_t j = verb;
    while (j > 0 && t[j - 1].is_word && is_sentence_adverb(s.substr(t[j - 1].begin, t[j - 1].end - t[j - 1].begin))) --j;
    if (j == 0 || !t[j - 1].is_word) return {};
    std::size_t last = j - 1;
    std::string_view head = s.substr(t[last].begin, t[last].end - t[last].begin);
    if (is_pronoun(head) || is_noun_stop_word(lower_word(head).view())) return {};
    if (!is_upper(head[0]) && !listed_any_case(speaking_nouns, head)) return {}; // "a deal announced in July"
    std::size_t first = last;
    while (first > 0 && t[first - 1].is_word && is_upper(s[t[first - 1].begin]) &&
           !listed_any_case(speech_verbs, s.substr(t[first - 1].begin, t[first - 1].end - t[first - 1].begin)))
        --first;
    // A capitalised sentence opener ("In", "But") is not part of the name.
    while (first < last && is_noun_stop_word(lower_word(s.substr(t[first].begin, t[first].end - t[first].begin)).view()) &&
           !is_determiner(s.substr(t[first].begin, t[first].end - t[first].begin)))
        ++first;
    if (first > 0 && t[first - 1].is_word && is_determiner(s.substr(t[first - 1].begin, t[first - 1].end - t[first - 1].begin))) --first;
    return join_tokens(s, t, first, last);
}

inline std::string name_after(std::string_view s, const std::vector<token>& t, std::size_t first, bool capitalised_only) {
    std::size_t i = first;
    while (i < t.size() && t[i].is_word && is_determiner(s.substr(t[i].begin, t[i].end - t[i].begin))) ++i;
    std::size_t start = i, last = i;
    for (std::size_t count = 0; i < t.size() && t[i].is_word && count < 6; ++i, ++count) {
        std::string_view w = s.substr(t[i].begin, t[i].end - t[i].begin);
        if (capitalised_only && !is_upper(w[0])) break;
        last = i;
    }
    if (start >= t.size() || !t[start].is_word || (capitalised_only && !is_upper(s[t[start].begin]))) return {};
    return join_tokens(s, t, start, last);
}

struct attribution {
    std::size_t at = 0; // where the verb or cue is
    std::string speaker;
};

// Fills `found`, which keeps its memory from one sentence to the next.
inline void find_attributions(std::string_view s, const std::vector<token>& t, std::vector<attribution>& found) {
    found.clear();
    for (std::size_t i = 0; i < t.size(); ++i) {
        if (!t[i].is_word || t[i].in_quote) continue;
        std::string_view w = s.substr(t[i].begin, t[i].end - t[i].begin);
        if (equals_lower(w, "according") && i + 2 < t.size() && equals_lower(s.substr(t[i + 1].begin, t[i + 1].end - t[i + 1].begin), "to")) {
            if (auto name = name_after(s, t, i + 2, false); !name.empty()) found.push_back({t[i].begin, std::move(name)});
        } else if (w == "Per" || (equals_lower(w, "per") && i > 0 && !t[i - 1].is_word && s[t[i - 1].begin] == ',')) {
            if (auto name = name_after(s, t, i + 1, false); !name.empty()) found.push_back({t[i].begin, std::move(name)});
        } else if (is_lower(w[0]) && listed_any_case(speech_verbs, w)) {
            std::string name = subject_before(s, t, i);
            if (name.empty() && i > 0 && !t[i - 1].is_word) name = name_after(s, t, i + 1, true); // "..." said Trump
            if (!name.empty()) found.push_back({t[i].begin, std::move(name)});
        }
    }
}

inline std::vector<attribution> attributions(std::string_view s, const std::vector<token>& t) {
    std::vector<attribution> found;
    find_attributions(s, t, found);
    return found;
}

inline std::optional<std::string> speaker_from(std::string_view sentence, const std::vector<token>& tokens,
                                               const std::vector<attribution>& found, std::size_t offset) {
    // Tokens and cues are in text order; a sentence may hold thousands of figures, so each
    // looks its place up rather than walking from the start.
    auto token_after = std::upper_bound(tokens.begin(), tokens.end(), offset, [](std::size_t at, const token& t) { return at < t.begin; });
    bool quoted = token_after != tokens.begin() && std::prev(token_after)->in_quote;
    // The last cue at or before the figure, else the first one after it.
    auto cue_after = std::upper_bound(found.begin(), found.end(), offset, [](std::size_t at, const attribution& a) { return at < a.at; });
    if (cue_after != found.begin()) return std::prev(cue_after)->speaker;
    if (!found.empty()) return found.front().speaker;
    if (quoted && !tokens.empty() && tokens[0].is_word && is_upper(sentence[tokens[0].begin])) {
        std::string subject = name_after(sentence, tokens, 0, true);
        if (!subject.empty()) return subject;
    }
    return std::nullopt;
}

} // namespace detail

// Who a sentence says the figure at `offset` comes from: "North Korea claims ...",
// "..., the White House said", "according to Reuters", "Per a White House statement, ...".
// A figure inside a quotation with no speech verb outside it goes to the sentence's subject.
inline std::optional<std::string> speaker_of(std::string_view sentence, std::size_t offset) {
    auto tokens = detail::tokenize_sentence(sentence);
    return detail::speaker_from(sentence, tokens, detail::attributions(sentence, tokens), offset);
}

} // namespace factrec
