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
    static constexpr std::array<std::string_view, 20> words{
        "zero", "one",    "two",    "three",    "four",     "five",    "six",     "seven",     "eight",    "nine",
        "ten",  "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    constexpr std::size_t longest = 9;
    std::size_t end = pos;
    while (end < s.size() && end - pos <= longest && is_letter(s[end])) ++end;
    const std::size_t length = end - pos;
    if (length < 3 || length > longest) return std::nullopt;
    const std::string_view word = unchecked_slice(s, pos, end);
    std::size_t value = words.size();
    for (std::size_t k = 0; k < words.size(); ++k)
        if (words[k].size() == length && equals_lower(word, words[k])) {
            value = k;
            break;
        }
    if (value == words.size()) return std::nullopt;
    std::size_t next = end;
    while (next < s.size() &&
           (s[next] == ' ' || s[next] == '\t' || s[next] == '\n' || s[next] == '\r' || s[next] == '\f'))
        ++next;
    if (next > end) {
        std::size_t after = next;
        while (after < s.size() && after - next <= 7 && is_letter(s[after])) ++after;
        const std::string_view following = unchecked_slice(s, next, after);
        if (equals_lower(following, "hundred") || equals_lower(following, "and") || equals_lower(following, "point"))
            return std::nullopt;
    }
    return lone_number_word{static_cast<unsigned>(value), end};
}

// Whether the number-word grammar may read a figure at `pos`. It reads one only
// from a run of letters that is, in any case, "a" ("a hundred", "a dozen"),
// "half" ("half a"), a word below twenty or a multiple of ten up to "ninety":
// each of its words is followed by a gap, a dash or no letter. Most words it is
// asked about are none of these ("to grid equipment" after a figure), and it
// spends over a thousand instructions on each to say so.
inline bool may_start_number_words(std::string_view s, std::size_t pos) noexcept {
    static constexpr std::array<std::string_view, 30> leads{
        "a",        "half",     "zero",   "one",    "two",    "three",    "four",     "five",    "six",     "seven",
        "eight",    "nine",     "ten",    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen", "twenty", "thirty", "forty",  "fifty",    "sixty",    "seventy", "eighty",  "ninety"};
    constexpr std::size_t longest = 9;
    std::size_t end = pos;
    while (end < s.size() && end - pos <= longest && is_letter(s[end])) ++end;
    const std::string_view run = unchecked_slice(s, pos, end);
    if (equals_lower(run, "a")) {
        // "a" reads on only into "hundred" or "dozen", past a gap.
        std::size_t next = end;
        while (next < s.size() &&
               (s[next] == ' ' || s[next] == '\t' || s[next] == '\n' || s[next] == '\r' || s[next] == '\f'))
            ++next;
        std::size_t after = next;
        while (after < s.size() && after - next <= 7 && is_letter(s[after])) ++after;
        const std::string_view following = unchecked_slice(s, next, after);
        return next > end && (equals_lower(following, "hundred") || equals_lower(following, "dozen"));
    }
    for (std::string_view lead : leads)
        if (lead.size() == run.size() && equals_lower(run, lead)) return true;
    return false;
}

} // namespace factrec::parse::detail
