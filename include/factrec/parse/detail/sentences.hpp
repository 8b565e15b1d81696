#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/detail/lexicon.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
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

// The sentence around `pos`, looking no further than [lo, hi).
inline byte_span sentence_around(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
    std::size_t begin = lo;
    for (std::size_t k = pos; k > lo; --k) {
        char c = s[k - 1];
        if (c == '\n' && line_break_ends_sentence(s, k - 1)) { begin = k; break; }
        if (c == '.' || c == '!' || c == '?') {
            std::size_t end = sentence_end_at(s, k - 1);
            if (end != std::string_view::npos && end <= pos) { begin = end; break; }
        }
    }
    begin = skip_spaces(s, begin);
    std::size_t end = hi;
    for (std::size_t k = pos; k < hi; ++k) {
        char c = s[k];
        if (c == '\n' && line_break_ends_sentence(s, k)) { end = k; break; }
        if (c == '.' || c == '!' || c == '?') {
            std::size_t stop = sentence_end_at(s, k);
            if (stop != std::string_view::npos) { end = stop; break; }
        }
    }
    end = std::max(skip_spaces_back(s, end), std::min(begin, end));
    return {std::min(begin, pos), end};
}

} // namespace factrec::detail
