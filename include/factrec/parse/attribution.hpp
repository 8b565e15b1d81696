#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/detail/fast/cue_word_hash.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/english/lexicon.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

/// Who a sentence says the figure at `offset` comes from: "North Korea claims ...",
/// "..., the White House said", "according to Reuters", "Per a White House statement, ...".
/// A figure inside a quotation with no speech verb outside it goes to the sentence's subject.
/// English's speech cues: the scanner reaches them through parse::english.
template <class = void>
inline std::optional<std::string> speaker_of(std::string_view sentence, std::size_t offset);

namespace parse::detail {

struct token {
    std::size_t begin = 0;
    std::size_t end = 0;
    bool is_word = false;
    bool in_quote = false;
};

// What a byte means to the tokenizer. An ASCII byte decides alone; a byte of 0x80 and above
// starts a sequence that is read whole: a curly quote, a Unicode space or one character.
enum class byte_role : std::uint8_t { space, letter, straight_quote, mark, multibyte };

inline constexpr std::array<byte_role, 256> byte_roles = [] {
    std::array<byte_role, 256> roles{};
    for (std::size_t b = 0; b < roles.size(); ++b) {
        char c = static_cast<char>(b);
        roles[b] = b >= 0x80           ? byte_role::multibyte
                   : is_letter(c)      ? byte_role::letter
                   : is_ascii_space(c) ? byte_role::space
                   : c == '"'          ? byte_role::straight_quote
                                       : byte_role::mark;
    }
    return roles;
}();

inline byte_role role_of(char c) noexcept { return byte_roles[static_cast<unsigned char>(c)]; }

// The text of token `t` of `s`.
inline std::string_view token_text(std::string_view s, const token& t) noexcept {
    return unchecked_slice(s, t.begin, t.end);
}

// Curly double quotes open and close a quotation; single ones are apostrophes as often as not.
template <class = void>
inline bool opens_quotation_at(std::string_view s, std::size_t i) noexcept {
    return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x9C';
}
template <class = void>
inline bool closes_quotation_at(std::string_view s, std::size_t i) noexcept {
    return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == '\x9D';
}

// Fills `tokens`, which keeps its memory from one sentence to the next. A word is one token;
// every other mark, digit and character is a token of its own.
template <class = void>
inline void tokenize_sentence(std::string_view s, std::vector<token>& tokens) {
    tokens.clear();
    bool quoted = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t length = 1;
        switch (role_of(s[i])) {
        case byte_role::space: ++i; continue;
        case byte_role::letter: {
            // word_at's first step, here: most words end at a byte that joins nothing, and only
            // a '-', '\'' or '.' after the letters needs the rest of it.
            const std::size_t limit = std::min(s.size(), i + max_word_bytes);
            std::size_t end = letters_end(s, i, limit);
            if (end < limit && (s[end] == '-' || s[end] == '\'' || s[end] == '.')) end = word_at(s, i).end;
            tokens.push_back({i, end, true, quoted});
            // The one space after a word, passed here rather than by another turn of the loop.
            i = end < s.size() && s[end] == ' ' ? end + 1 : end;
            continue;
        }
        case byte_role::straight_quote:
            quoted = !quoted;
            tokens.push_back({i, i + 1, false, quoted});
            break;
        case byte_role::mark: tokens.push_back({i, i + 1, false, quoted}); break;
        case byte_role::multibyte:
            if (std::size_t n = unicode_space_at(s, i)) {
                i += n;
                continue;
            }
            if (opens_quotation_at(s, i)) {
                quoted = true;
                length = 3;
            } else if (closes_quotation_at(s, i)) {
                quoted = false;
                length = 3;
            } else if (length = utf8_sequence_length(s, i); length == 0)
                length = 1;
            tokens.push_back({i, i + length, false, quoted});
            break;
        }
        i += length;
    }
}

template <class = void>
inline std::vector<token> tokenize_sentence(std::string_view s) {
    std::vector<token> tokens;
    tokenize_sentence(s, tokens);
    return tokens;
}

// The same answer as listed_any_case(speech_verbs, w), from the table already built for cue words.
inline bool is_speech_verb(std::string_view w) noexcept { return cue_word_lookup.find(w) == cue_word::speech_verb; }

// Whether word `w` can open a cue, whatever is around it: "according" or "per" in any case,
// or a speech verb in lower case ("Says" opens a headline, not a cue).
template <class = void>
inline bool is_cue_word(std::string_view w) noexcept {
    // Names and sentence openers are capitalised: only a word as long as "according" or "per"
    // (the first two cue words) is looked up then.
    if (w.empty() || (!is_lower(w[0]) && w.size() != cue_words[0].size() && w.size() != cue_words[1].size()))
        return false;
    cue_word kind = cue_word_lookup.find(w);
    return kind != cue_word::none && (kind != cue_word::speech_verb || is_lower(w[0]));
}

template <class = void>
inline bool is_determiner(std::string_view w) {
    return equals_lower(w, "the") || equals_lower(w, "a") || equals_lower(w, "an");
}

template <class = void>
inline bool is_sentence_adverb(std::string_view w) {
    return (w.size() > 4 && ends_in(w, "ly")) || same_text(w, "also") || same_text(w, "then") ||
           same_text(w, "later") || same_text(w, "again") || same_text(w, "once") || same_text(w, "still");
}

template <class = void>
inline bool is_pronoun(std::string_view w) {
    static constexpr std::array<std::string_view, 10> pronouns{"he", "she", "they", "it",    "we",
                                                               "i",  "you", "who",  "which", "that"};
    return std::any_of(pronouns.begin(), pronouns.end(), [&](std::string_view p) { return equals_lower(w, p); });
}

// Speakers are kept as where they are written in the sentence, and copied out only for a
// mention that gets one; an empty span is no speaker.
template <class = void>
inline byte_span join_tokens(std::string_view s, const std::vector<token>& t, std::size_t first, std::size_t last) {
    while (first <= last && is_determiner(t[first].is_word ? token_text(s, t[first]) : std::string_view{})) ++first;
    if (first > last) return {};
    return {t[first].begin, t[last].end};
}

// "Commerce Secretary Howard Lutnick", "the administration" -> "administration".
template <class = void>
inline byte_span subject_before(std::string_view s, const std::vector<token>& t, std::size_t verb) {
    std::size_t j = verb;
    while (j > 0 && t[j - 1].is_word && is_sentence_adverb(token_text(s, t[j - 1]))) --j;
    if (j == 0 || !t[j - 1].is_word) return {};
    std::size_t last = j - 1;
    std::string_view head = token_text(s, t[last]);
    if (is_pronoun(head) || is_noun_stop_word(lower_word(head).view())) return {};
    if (!is_upper(head[0]) && !listed_any_case(speaking_nouns, head)) return {}; // "a deal announced in July"
    std::size_t first = last;
    while (first > 0 && t[first - 1].is_word && is_upper(s[t[first - 1].begin]) &&
           !is_speech_verb(token_text(s, t[first - 1])))
        --first;
    // A capitalised sentence opener ("In", "But") is not part of the name.
    while (first < last && is_noun_stop_word(lower_word(token_text(s, t[first])).view()) &&
           !is_determiner(token_text(s, t[first])))
        ++first;
    if (first > 0 && t[first - 1].is_word && is_determiner(token_text(s, t[first - 1]))) --first;
    return join_tokens(s, t, first, last);
}

template <class = void>
inline byte_span name_after(std::string_view s, const std::vector<token>& t, std::size_t first, bool capitalised_only) {
    std::size_t i = first;
    while (i < t.size() && t[i].is_word && is_determiner(token_text(s, t[i]))) ++i;
    std::size_t start = i, last = i;
    for (std::size_t count = 0; i < t.size() && t[i].is_word && count < 6; ++i, ++count) {
        std::string_view w = token_text(s, t[i]);
        if (capitalised_only && !is_upper(w[0])) break;
        last = i;
    }
    if (start >= t.size() || !t[start].is_word || (capitalised_only && !is_upper(s[t[start].begin]))) return {};
    return join_tokens(s, t, start, last);
}

struct attribution {
    std::size_t at = 0; // where the verb or cue is
    byte_span speaker;
};

// The cue that word token `i` opens, if any: "according to X", "Per X" / ", per X", or a
// speech verb with its subject before it ("the White House said") or a name after it.
template <class = void>
inline std::optional<attribution> attribution_at(std::string_view s, const std::vector<token>& t, std::size_t i) {
    std::string_view w = token_text(s, t[i]);
    byte_span name;
    if (equals_lower(w, "according") && i + 2 < t.size() && equals_lower(token_text(s, t[i + 1]), "to")) {
        name = name_after(s, t, i + 2, false);
    } else if (w == "Per" || (equals_lower(w, "per") && i > 0 && !t[i - 1].is_word && s[t[i - 1].begin] == ',')) {
        name = name_after(s, t, i + 1, false);
    } else if (is_lower(w[0]) && is_speech_verb(w)) {
        name = subject_before(s, t, i);
        if (name.size() == 0 && i > 0 && !t[i - 1].is_word) name = name_after(s, t, i + 1, true); // "..." said Trump
    }
    if (name.size() == 0) return std::nullopt;
    return attribution{t[i].begin, name};
}

// Every cue in a sentence, in text order, token by token. find_speech_cues finds the same
// with less work; this is the definition it is tested against. Fills `found`, which keeps its
// memory from one sentence to the next.
template <class = void>
inline void find_attributions(std::string_view s, const std::vector<token>& t, std::vector<attribution>& found) {
    found.clear();
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i].is_word && !t[i].in_quote)
            if (auto cue = attribution_at(s, t, i)) found.push_back(*cue);
}

template <class = void>
inline std::vector<attribution> attributions(std::string_view s, const std::vector<token>& t) {
    std::vector<attribution> found;
    find_attributions(s, t, found);
    return found;
}

// Where a quotation mark sets whether the text after it is quoted.
struct quote_mark {
    std::size_t at = 0;
    bool quoted_after = false;
};

// Everything speaker_from needs to know about one sentence. The vectors keep their memory
// from one sentence to the next.
struct speech_cues {
    std::vector<attribution> cues;
    std::vector<quote_mark> quote_marks;
    byte_span quoted_subject; // who a figure inside a quotation goes to when no cue names anyone

    // Working memory.
    std::vector<token> tokens;
    std::vector<std::size_t> cue_word_begins;
};

// What a first reading of a sentence, run of letters by run of letters, tells about its cues.
struct sentence_survey {
    // A token can be a cue word only where a listed run of letters begins, unless some word
    // is max_word_bytes long: the tokenizer cuts it, and its pieces are not runs.
    bool every_word_to_check = false;
    // Each cue depends on the tokens between the last mark before its word and the first mark
    // after it: subject_before stops at a mark going back, name_after going forward.
    std::size_t tokens_from = 0;
    std::size_t tokens_to = 0;
};

// The quotation marks of `s`, in order, with whether the text after each is quoted. Curly
// quotes and '"' always begin a token, so this is the tokenizer's quotation state.
template <class = void>
inline void find_quote_marks(std::string_view s, std::vector<quote_mark>& marks) {
    marks.clear();
    bool quoted = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '"')
            quoted = !quoted;
        else if (opens_quotation_at(s, i))
            quoted = true;
        else if (closes_quotation_at(s, i))
            quoted = false;
        else
            continue;
        marks.push_back({i, quoted});
    }
}

// Which of 64 bytes are ASCII tokens of their own, never part of a word: no letter, no
// space, and none of the '-', '\'' and '.' that join words. Digits and '"' are.
inline std::uint64_t standalone_marks(const char* bytes) noexcept { return standalone_mark_bits(bytes); }

// Lists where the cue words outside quotations begin, and where the quotation marks are, in
// `sentence` of `text`, counting from the sentence's start. This runs over every sentence
// with a figure. Its words are found as runs of bits, 64 bytes at a time, read from `text`
// in place, so that where a word ends is computed, not guessed at by a branch; nearly all are
// turned away on their first two letters and length, also without a branch, and the few left
// are looked up.
template <class = void>
inline sentence_survey survey_sentence(std::string_view text, byte_span sentence,
                                       std::vector<std::size_t>& cue_word_begins,
                                       std::vector<quote_mark>& quote_marks) {
    cue_word_begins.clear();
    quote_marks.clear();
    sentence_survey survey;
    const std::string_view s = unchecked_slice(text, sentence.begin, sentence.end);
    const std::size_t n = s.size();
    // The bits of 64 bytes of the sentence from `from` on, read in place in `text`.
    auto bits = [&](std::size_t from, auto classify) {
        return classify_range(text, sentence.begin + from, sentence.begin + std::min(n, from + classified_bytes),
                              classify);
    };
    bool letter_before = false;
    std::uint64_t quotation_bytes = 0;
    // Letters and the joiners between them, which word_at reads as one word, ending at the
    // top of the last block: a word cut by the tokenizer is a run of them at least
    // max_word_bytes long (the converse need not hold: then every word is checked for nothing).
    std::size_t joined_before = 0;
    for (std::size_t base = 0; base < n; base += classified_bytes) {
        const word_and_quote_bits block = bits(base, word_and_quote_bits_of);
        const std::uint64_t letters = block.letters;
        quotation_bytes |= block.quotation;
        const std::uint64_t joined = block.joined;
        if (joined_before + static_cast<std::size_t>(std::countr_one(joined)) >= max_word_bytes ||
            letter_runs_of_at_least<max_word_bytes>(joined) != 0)
            survey.every_word_to_check = true;
        joined_before = joined == ~std::uint64_t{0} ? joined_before + classified_bytes
                                                    : static_cast<std::size_t>(std::countl_one(joined));
        // Where runs of three letters or more begin (no cue word is shorter); a run that
        // reaches the block's top may go on past it.
        auto letter_in = [&](unsigned ahead) { return (letters >> ahead) | ~(~std::uint64_t{0} >> ahead); };
        std::uint64_t run_begins =
            letters & ~((letters << 1) | std::uint64_t{letter_before}) & letter_in(1) & letter_in(2);
        letter_before = (letters >> 63) != 0;
        while (run_begins != 0) {
            const auto offset = static_cast<std::size_t>(std::countr_zero(run_begins));
            run_begins &= run_begins - 1;
            const std::size_t begin = base + offset;
            // Seven words in ten start with two bytes that no cue word starts with: their
            // length is never needed. (A run of one letter is no cue whatever comes after it.)
            const std::uint16_t lengths = cue_word_lookup.lengths_starting(s[begin], s[begin + (begin + 1 < n)]);
            if (lengths == 0) continue;
            // The bits shifted in from the top are no letters: the run stops by the end of
            // these 64 bytes, and may go on past them.
            std::size_t end = begin + static_cast<std::size_t>(std::countr_zero(~(letters >> offset)));
            if (end == base + classified_bytes) end = letters_end(s, end, n);
            const std::size_t length = end - begin;
            if (((lengths >> (length & 15u)) & 1u) != 0 && is_cue_word(unchecked_slice(s, begin, end)))
                cue_word_begins.push_back(begin);
        }
    }
    if (quotation_bytes != 0) {
        find_quote_marks(s, quote_marks);
        // A cue word inside a quotation opens no cue.
        auto mark = quote_marks.begin();
        bool quoted = false;
        std::erase_if(cue_word_begins, [&](std::size_t begin) {
            for (; mark != quote_marks.end() && mark->at < begin; ++mark) quoted = mark->quoted_after;
            return quoted;
        });
    }
    if (cue_word_begins.empty()) return survey;
    // The marks around the cue words, found 64 bytes at a time: the last before the first cue
    // word, and the first from the last one on.
    for (std::size_t to = cue_word_begins.front(), from = 0; to > 0; to = from) {
        from = to - std::min(to, classified_bytes);
        const std::uint64_t below_to =
            to - from == classified_bytes ? ~std::uint64_t{0} : (std::uint64_t{1} << (to - from)) - 1;
        if (const std::uint64_t marks = bits(from, standalone_marks) & below_to; marks != 0) {
            survey.tokens_from = from + classified_bytes - 1 - static_cast<std::size_t>(std::countl_zero(marks));
            break;
        }
    }
    survey.tokens_to = n;
    for (std::size_t from = cue_word_begins.back(); from < n; from += classified_bytes) {
        if (const std::uint64_t marks = bits(from, standalone_marks); marks != 0) {
            survey.tokens_to = from + static_cast<std::size_t>(std::countr_zero(marks)) + 1;
            break;
        }
    }
    return survey;
}

// Finds what speaker_from needs about `sentence` of `text`, counting from the sentence's
// start. Many sentences with figures hold no cue word and no quotation: they are read once
// and never tokenized. The others are tokenized only between the marks around their cue
// words, and only the tokens where a cue word begins are looked at. The tests hold the result
// to find_attributions over the whole sentence.
template <class = void>
inline void find_speech_cues(std::string_view text, byte_span sentence, speech_cues& out) {
    out.cues.clear();
    out.quoted_subject = {};
    sentence_survey survey = survey_sentence(text, sentence, out.cue_word_begins, out.quote_marks);
    const std::string_view s = unchecked_slice(text, sentence.begin, sentence.end);
    std::vector<token>& t = out.tokens;
    t.clear();
    if (survey.every_word_to_check) {
        tokenize_sentence(s, t);
        find_attributions(s, t, out.cues);
    } else if (!out.cue_word_begins.empty()) {
        // The tokens of a slice that starts at a mark and ends at one, or at the end, are the
        // sentence's own tokens there.
        const std::size_t from = survey.tokens_from;
        std::string_view slice = unchecked_slice(s, from, survey.tokens_to);
        tokenize_sentence(slice, t);
        std::size_t i = 0;
        for (std::size_t begin : out.cue_word_begins) {
            while (i < t.size() && t[i].begin + from < begin) ++i;
            if (i < t.size() && t[i].begin + from == begin)
                if (auto cue = attribution_at(slice, t, i))
                    out.cues.push_back({cue->at + from, {cue->speaker.begin + from, cue->speaker.end + from}});
        }
    }
    // A figure in a quotation that no cue speaks for goes to the sentence's subject, which
    // takes the sentence's own first tokens.
    bool can_be_quoted =
        std::any_of(out.quote_marks.begin(), out.quote_marks.end(), [](const quote_mark& m) { return m.quoted_after; });
    if (out.cues.empty() && can_be_quoted) {
        bool whole_sentence_tokenized =
            survey.every_word_to_check ||
            (!out.cue_word_begins.empty() && survey.tokens_from == 0 && survey.tokens_to == s.size());
        if (!whole_sentence_tokenized) tokenize_sentence(s, t);
        if (!t.empty() && t[0].is_word && is_upper(s[t[0].begin])) out.quoted_subject = name_after(s, t, 0, true);
    }
}

template <class = void>
inline void find_speech_cues(std::string_view sentence, speech_cues& out) {
    find_speech_cues(sentence, {0, sentence.size()}, out);
}

template <class = void>
inline std::optional<std::string> speaker_from(std::string_view sentence, const speech_cues& found,
                                               std::size_t offset) {
    auto written = [&](byte_span name) { return std::string(unchecked_slice(sentence, name.begin, name.end)); };
    // Cues and quotation marks are in text order; a sentence may hold thousands of figures,
    // so each looks its place up rather than walking from the start.
    // The last cue at or before the figure, else the first one after it.
    const auto& cues = found.cues;
    auto cue_after = std::upper_bound(cues.begin(), cues.end(), offset,
                                      [](std::size_t at, const attribution& a) { return at < a.at; });
    if (cue_after != cues.begin()) return written(std::prev(cue_after)->speaker);
    if (!cues.empty()) return written(cues.front().speaker);
    if (found.quoted_subject.size() == 0) return std::nullopt;
    const auto& marks = found.quote_marks;
    auto mark_after = std::upper_bound(marks.begin(), marks.end(), offset,
                                       [](std::size_t at, const quote_mark& m) { return at < m.at; });
    if (mark_after != marks.begin() && std::prev(mark_after)->quoted_after) return written(found.quoted_subject);
    return std::nullopt;
}

// speaker_from as it reads with every token and cue of the sentence at hand: the definition
// that the tests hold the other to.
template <class = void>
inline std::optional<std::string> speaker_from(std::string_view sentence, const std::vector<token>& tokens,
                                               const std::vector<attribution>& found, std::size_t offset) {
    auto written = [&](byte_span name) { return std::string(unchecked_slice(sentence, name.begin, name.end)); };
    auto cue_after = std::upper_bound(found.begin(), found.end(), offset,
                                      [](std::size_t at, const attribution& a) { return at < a.at; });
    if (cue_after != found.begin()) return written(std::prev(cue_after)->speaker);
    if (!found.empty()) return written(found.front().speaker);
    auto token_after = std::upper_bound(tokens.begin(), tokens.end(), offset,
                                        [](std::size_t at, const token& t) { return at < t.begin; });
    bool quoted = token_after != tokens.begin() && std::prev(token_after)->in_quote;
    if (quoted && tokens[0].is_word && is_upper(sentence[tokens[0].begin])) {
        if (byte_span subject = name_after(sentence, tokens, 0, true); subject.size() != 0) return written(subject);
    }
    return std::nullopt;
}

} // namespace parse::detail

template <class>
inline std::optional<std::string> speaker_of(std::string_view sentence, std::size_t offset) {
    parse::detail::speech_cues found;
    parse::detail::find_speech_cues(sentence, found);
    return parse::detail::speaker_from(sentence, found, offset);
}

} // namespace factrec
