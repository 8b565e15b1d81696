#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace factrec {

namespace parse {
struct english;
}

namespace parse::detail {

// Where the sentence that a '.', '!' or '?' at `k` ends stops (after closing quotes), or npos.
// The pack says which words before a dot are abbreviations ("Mr.", "U.S." is caught here).
template <class Pack = parse::english>
std::size_t sentence_end_at(std::string_view s, std::size_t k) noexcept {
    std::size_t j = k + 1;
    while (j < s.size()) {
        if (s[j] == '"' || s[j] == '\'' || s[j] == ')' || s[j] == ']')
            ++j;
        else if (is_close_quote_at(s, j))
            j += 3;
        else
            break;
    }
    if (j < s.size() && space_at(s, j) == 0) return std::string_view::npos;
    if (s[k] == '.') {
        // The word before the dot, eight letters at most, read eight bytes at once.
        const std::size_t b = letters_start(s, k, k > 8 ? k - 8 : 0);
        std::string_view before = unchecked_slice(s, b, k);
        // "H.", "U.S." are initials; "104 F." and "45°C." are units after a figure, and end it.
        const bool unit_after_figure =
            b > 0 && (is_digit(s[b - 1]) || (b >= 2 && s[b - 1] == ' ' && is_digit(s[b - 2])) ||
                      (b >= 2 && static_cast<unsigned char>(s[b - 2]) == 0xC2 &&
                       (static_cast<unsigned char>(s[b - 1]) == 0xB0 || static_cast<unsigned char>(s[b - 1]) == 0xBA)));
        if (before.size() == 1 && is_upper(before[0]) && !unit_after_figure) return std::string_view::npos;
        if (Pack::is_abbreviation(before)) return std::string_view::npos;
    }
    std::size_t next = skip_spaces(s, j);
    if (next < s.size() && is_lower(s[next])) return std::string_view::npos;
    return j;
}

// A line break ends a sentence unless the text runs on in lower case (a wrapped line).
inline bool line_break_ends_sentence(std::string_view s, std::size_t k) noexcept {
    std::size_t next = skip_spaces(s, k + 1);
    if (next >= s.size()) return true;
    if (std::count(s.begin() + static_cast<std::ptrdiff_t>(k), s.begin() + static_cast<std::ptrdiff_t>(next), '\n') > 1)
        return true;
    return !is_lower(s[next]);
}

// Which of the bytes [from, to) of `s`, at most 64 of them, can end a sentence: '.', '!',
// '?' and line breaks, the byte at `from` at bit 0. Every byte of a sentence that holds a
// figure is walked on the way to its ends, and few of them are stops: 64 are tested at once.
inline std::uint64_t sentence_stops(std::string_view s, std::size_t from, std::size_t to) noexcept {
    return classify_range(s, from, to, bytes_among<'.', '!', '?', '\n'>);
}

// Where the sentence around `pos` begins: after the nearest stop before `pos` that ends a
// sentence there, or at `lo`.
template <class Pack = parse::english>
std::size_t sentence_begin_before(std::string_view s, std::size_t pos, std::size_t lo) noexcept {
    for (std::size_t to = pos; to > lo;) {
        const std::size_t from = to - std::min(to - lo, classified_bytes);
        for (std::uint64_t stops = sentence_stops(s, from, to); stops != 0;) {
            const std::size_t bit = classified_bytes - 1 - static_cast<std::size_t>(std::countl_zero(stops));
            stops &= ~(std::uint64_t{1} << bit);
            const std::size_t k = from + bit;
            if (s[k] == '\n') {
                if (line_break_ends_sentence(s, k)) return k + 1;
            } else if (std::size_t end = sentence_end_at<Pack>(s, k); end != std::string_view::npos && end <= pos) {
                return end;
            }
        }
        to = from;
    }
    return lo;
}

// Where the sentence around `pos` ends: at the first stop from `pos` on that ends one, or at `hi`.
template <class Pack = parse::english>
std::size_t sentence_end_from(std::string_view s, std::size_t pos, std::size_t hi) noexcept {
    for (std::size_t from = pos; from < hi; from += classified_bytes) {
        const std::size_t to = from + std::min(hi - from, classified_bytes);
        for (std::uint64_t stops = sentence_stops(s, from, to); stops != 0; stops &= stops - 1) {
            const std::size_t k = from + static_cast<std::size_t>(std::countr_zero(stops));
            if (s[k] == '\n') {
                if (line_break_ends_sentence(s, k)) return k;
            } else if (std::size_t end = sentence_end_at<Pack>(s, k); end != std::string_view::npos) {
                return end;
            }
        }
    }
    return hi;
}

// The sentence around `pos`, looking no further than [lo, hi).
// Its stops are found 64 at a time (sentence_stops); sentence_around_reference finds the same
// byte by byte, and the tests and the scan fuzzer hold the two to each other.
template <class Pack = parse::english>
byte_span sentence_around(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
    const std::size_t begin = skip_spaces(s, sentence_begin_before<Pack>(s, pos, lo));
    std::size_t end = sentence_end_from<Pack>(s, pos, hi);
    end = std::max(skip_spaces_back(s, end), std::min(begin, end));
    return {std::min(begin, pos), end};
}

} // namespace parse::detail

} // namespace factrec

namespace factrec::parse::detail {

// sentence_around as first written: byte by byte, both ways from `pos`.
template <class Pack = parse::english>
byte_span sentence_around_reference(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
    std::size_t begin = lo;
    for (std::size_t k = pos; k > lo; --k) {
        const char c = s[k - 1];
        if (c == '\n' && line_break_ends_sentence(s, k - 1)) {
            begin = k;
            break;
        }
        if (c == '.' || c == '!' || c == '?') {
            const std::size_t end = sentence_end_at<Pack>(s, k - 1);
            if (end != std::string_view::npos && end <= pos) {
                begin = end;
                break;
            }
        }
    }
    begin = skip_spaces(s, begin);
    std::size_t end = hi;
    for (std::size_t k = pos; k < hi; ++k) {
        const char c = s[k];
        if (c == '\n' && line_break_ends_sentence(s, k)) {
            end = k;
            break;
        }
        if (c == '.' || c == '!' || c == '?') {
            const std::size_t stop = sentence_end_at<Pack>(s, k);
            if (stop != std::string_view::npos) {
                end = stop;
                break;
            }
        }
    }
    end = std::max(skip_spaces_back(s, end), std::min(begin, end));
    return {std::min(begin, pos), end};
}

} // namespace factrec::parse::detail
