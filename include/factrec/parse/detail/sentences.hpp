#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/detail/lexicon.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace factrec::detail {

// Compared as written: "No." ends no sentence, "no." may.
inline constexpr word_set<33> abbreviations{std::array<std::string_view, 33>{
    "Capt", "Co", "Col", "Corp", "Dec", "Dr", "Feb", "Gen", "Gov", "Inc", "Jan", "Jr", "Lt", "Ltd", "Mr", "Mrs", "Ms",
    "No", "Nos", "Nov", "Oct", "Prof", "Rep", "Sen", "Sept", "Sgt", "Sr", "St", "Vol", "approx", "est", "p", "vs"}};

// Where the sentence that a '.', '!' or '?' at `k` ends stops (after closing quotes), or npos.
inline std::size_t sentence_end_at(std::string_view s, std::size_t k) noexcept {
    std::size_t j = k + 1;
    while (j < s.size()) {
        if (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']') ++j;
        else if (is_close_quote_at(s, j)) j += 3;
        else break;
    }
    if (j < s.size() && space_at(s, j) == 0) return std::string_view::npos;
    if (s[k] == '.') {
        std::size_t b = k;
        while (b > 0 && k - b < 8 && is_letter(s[b - 1])) --b;
        std::string_view before = s.substr(b, k - b);
        if (before.size() == 1 && is_upper(before[0])) return std::string_view::npos; // "H.", "U.S."
        if (abbreviations.contains(before)) return std::string_view::npos;
    }
    std::size_t next = skip_spaces(s, j);
    if (next < s.size() && is_lower(s[next])) return std::string_view::npos;
    return j;
}

// A line break ends a sentence unless the text runs on in lower case (a wrapped line).
inline bool line_break_ends_sentence(std::string_view s, std::size_t k) noexcept {
    std::size_t next = skip_spaces(s, k + 1);
    if (next >= s.size()) return true;
    if (std::count(s.begin() + static_cast<std::ptrdiff_t>(k), s.begin() + static_cast<std::ptrdiff_t>(next), '\n') > 1) return true;
    return !is_lower(s[next]);
}

// Every byte of a sentence that holds a figure is walked on the way to its ends, but only
// '.', '!', '?' and line breaks can end one: the bytes between are passed over eight at a
// time, the eight tested at once for any of the four.
constexpr bool is_sentence_stop(char c) noexcept { return c == '.' || c == '!' || c == '?' || c == '\n'; }

constexpr bool has_zero_byte(std::uint64_t v) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    return ((v - ones) & ~v & (ones * 0x80u)) != 0;
}

// Byte order does not matter: the question is only whether any of the eight is a stop.
inline bool has_sentence_stop(const char* eight_bytes) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101u;
    std::uint64_t w = 0;
    std::memcpy(&w, eight_bytes, sizeof w);
    return has_zero_byte(w ^ (ones * '.')) || has_zero_byte(w ^ (ones * '!')) || has_zero_byte(w ^ (ones * '?')) ||
           has_zero_byte(w ^ (ones * '\n'));
}

// The first stop in [from, to), or `to` (or `from`, when the range is empty).
inline std::size_t next_sentence_stop(std::string_view s, std::size_t from, std::size_t to) noexcept {
    while (from < to && to - from >= 8 && !has_sentence_stop(s.data() + from)) from += 8;
    while (from < to && !is_sentence_stop(s[from])) ++from;
    return from;
}

// Just past the last stop in [lo, to), or `lo` (or `to`, when the range is empty).
inline std::size_t after_previous_sentence_stop(std::string_view s, std::size_t to, std::size_t lo) noexcept {
    while (to > lo && to - lo >= 8 && !has_sentence_stop(s.data() + to - 8)) to -= 8;
    while (to > lo && !is_sentence_stop(s[to - 1])) --to;
    return to;
}

// The sentence around `pos`, looking no further than [lo, hi).
inline byte_span sentence_around(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
    std::size_t begin = lo;
    for (std::size_t k = after_previous_sentence_stop(s, pos, lo); k > lo; k = after_previous_sentence_stop(s, k - 1, lo)) {
        if (s[k - 1] == '\n') {
            if (line_break_ends_sentence(s, k - 1)) { begin = k; break; }
        } else if (std::size_t end = sentence_end_at(s, k - 1); end != std::string_view::npos && end <= pos) {
            begin = end;
            break;
        }
    }
    begin = skip_spaces(s, begin);
    std::size_t end = hi;
    for (std::size_t k = next_sentence_stop(s, pos, hi); k < hi; k = next_sentence_stop(s, k + 1, hi)) {
        if (s[k] == '\n') {
            if (line_break_ends_sentence(s, k)) { end = k; break; }
        } else if (std::size_t stop = sentence_end_at(s, k); stop != std::string_view::npos) {
            end = stop;
            break;
        }
    }
    end = std::max(skip_spaces_back(s, end), std::min(begin, end));
    return {std::min(begin, pos), end};
}

} // namespace factrec::detail
