#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace factrec::parse::detail {

// A number word below twenty standing alone ("two", "Five", "seventeen"), as
// the number-word grammar reads it: its value and where it ends.
struct lone_number_word {
    unsigned value = 0;
    std::size_t end = 0;
};

// The words below twenty and the multiples of ten, as the number-word grammar spells them.
inline constexpr std::array<std::string_view, 20> words_below_twenty{
    "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
    "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
inline constexpr std::array<std::string_view, 8> words_for_tens{"twenty", "thirty",  "forty",  "fifty",
                                                                "sixty",  "seventy", "eighty", "ninety"};
inline constexpr std::size_t longest_number_word = 9; // "seventeen"

// Where the run of letters at `pos` ends, looking no further than one letter past the longest
// number word: a longer run is none of them.
inline std::size_t number_word_run_end(std::string_view s, std::size_t pos) noexcept {
    std::size_t end = pos;
    while (end < s.size() && end - pos <= longest_number_word && is_letter(s[end])) ++end;
    return end;
}

// The run of letters (up to eight) after the gap (spaces, tabs, line breaks, form feeds) that
// starts at `end`; empty when no gap starts there. The grammar reads on from a word only past a
// gap, and only into a few words of at most seven letters ("hundred").
inline std::string_view word_after_gap(std::string_view s, std::size_t end) noexcept {
    std::size_t next = end;
    while (next < s.size() &&
           (s[next] == ' ' || s[next] == '\t' || s[next] == '\n' || s[next] == '\r' || s[next] == '\f'))
        ++next;
    if (next == end) return {};
    std::size_t after = next;
    while (after < s.size() && after - next <= 7 && is_letter(s[after])) ++after;
    return unchecked_slice(s, next, after);
}

// The place of `word` among `words`, in any case; words.size() when it is none of them.
template <std::size_t Size>
std::size_t number_word_index(const std::array<std::string_view, Size>& words, std::string_view word) noexcept {
    for (std::size_t k = 0; k < Size; ++k)
        if (words[k].size() == word.size() && equals_lower(word, words[k])) return k;
    return Size;
}

// The number word at `pos` when the number-word grammar would read that word
// alone, without running the grammar: Spirit X3 spends about 690 instructions
// on a lone "two", and most number words in news text are lone. A word below
// twenty reads on only past a gap (spaces, tabs, line breaks, form feeds) into
// the word "hundred", "and" ("and a half") or "point"; where one of those three
// follows the gap (in any case), and wherever the word is not exactly one of
// the twenty, this answers nothing and the grammar reads it. The tests hold
// read_word_figure to the grammar alone on the corpora, the seeds and generated
// text.
inline std::optional<lone_number_word> lone_number_word_at(std::string_view s, std::size_t pos) noexcept {
    const std::size_t end = number_word_run_end(s, pos);
    if (end - pos < 3 || end - pos > longest_number_word) return std::nullopt;
    const std::size_t value = number_word_index(words_below_twenty, unchecked_slice(s, pos, end));
    if (value == words_below_twenty.size()) return std::nullopt;
    const std::string_view following = word_after_gap(s, end);
    if (equals_lower(following, "hundred") || equals_lower(following, "and") || equals_lower(following, "point"))
        return std::nullopt;
    return lone_number_word{static_cast<unsigned>(value), end};
}

// Whether the number-word grammar may read a figure at `pos`. It reads one only
// from a run of letters that is, in any case, "a" ("a hundred", "a dozen"),
// "half" ("half a"), a word below twenty or a multiple of ten up to "ninety":
// each of its words is followed by a gap, a dash or no letter. Most words it is
// asked about are none of these ("to grid equipment" after a figure), and it
// spends over a thousand instructions on each to say so.
inline bool may_start_number_words(std::string_view s, std::size_t pos) noexcept {
    const std::size_t end = number_word_run_end(s, pos);
    const std::string_view run = unchecked_slice(s, pos, end);
    if (equals_lower(run, "a")) {
        // "a" reads on only into "hundred" or "dozen", past a gap.
        const std::string_view following = word_after_gap(s, end);
        return equals_lower(following, "hundred") || equals_lower(following, "dozen");
    }
    return equals_lower(run, "half") || number_word_index(words_below_twenty, run) != words_below_twenty.size() ||
           number_word_index(words_for_tens, run) != words_for_tens.size();
}

} // namespace factrec::parse::detail
