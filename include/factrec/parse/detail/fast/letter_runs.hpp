#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace factrec::parse::detail {

// Where a run of ASCII letters in `s` ends from `from` on, stopping at `limit` (letters_end),
// or where the run that ends at `to` begins, going no lower than `lowest` (letters_start).
// word_at and word_before pass over the letters of every word the tokenizer and the reader
// meet, with a load, a test and a branch for each letter: most words are shorter than eight
// letters, so one test of eight bytes at once, in a 64-bit word, finds their end. The plain
// loops beside them are what the tests hold them to, and what a build with
// FACTREC_SCAN_REFERENCE uses.
inline std::size_t letters_end_reference(std::string_view s, std::size_t from, std::size_t limit) noexcept {
    while (from < limit && static_cast<unsigned char>((s[from] | 0x20) - 'a') < 26) ++from;
    return from;
}

inline std::size_t letters_start_reference(std::string_view s, std::size_t to, std::size_t lowest) noexcept {
    while (to > lowest && static_cast<unsigned char>((s[to - 1] | 0x20) - 'a') < 26) --to;
    return to;
}

// The top bit of each of the eight bytes of `w` that is no ASCII letter. A byte b is a letter
// when b is below 0x80 and b | 0x20 is within ['a', 'z']; with the top bits cleared, adding to
// a byte never carries into the next one.
constexpr std::uint64_t non_letter_bytes(std::uint64_t w) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t top_bits = 0x80 * ones;
    const std::uint64_t folded = (w | 0x20 * ones) & ~top_bits;
    const std::uint64_t from_a = folded + (0x80 - 'a') * ones; // top bit: at least 'a'
    const std::uint64_t past_z = folded + (0x7F - 'z') * ones; // top bit: above 'z'
    return ~(from_a & ~past_z & ~w) & top_bits;
}

// Eight bytes, the first at the lowest bits.
inline std::uint64_t eight_bytes_at(const char* bytes) noexcept {
    std::uint64_t w;
    std::memcpy(&w, bytes, sizeof w);
    if constexpr (std::endian::native == std::endian::big) w = __builtin_bswap64(w);
    return w;
}

inline std::size_t letters_end(std::string_view s, std::size_t from, std::size_t limit) noexcept {
#ifndef FACTREC_SCAN_REFERENCE
    if (from + 8 <= s.size()) {
        const std::uint64_t stops = non_letter_bytes(eight_bytes_at(s.data() + from));
        if (stops != 0) return std::min(from + static_cast<std::size_t>(std::countr_zero(stops)) / 8, limit);
        from = std::min(from + 8, limit); // eight letters: a long word goes on byte by byte
    }
#endif
    return letters_end_reference(s, from, limit);
}

inline std::size_t letters_start(std::string_view s, std::size_t to, std::size_t lowest) noexcept {
#ifndef FACTREC_SCAN_REFERENCE
    if (to >= 8) {
        const std::uint64_t stops = non_letter_bytes(eight_bytes_at(s.data() + to - 8));
        if (stops != 0) return std::max(to - static_cast<std::size_t>(std::countl_zero(stops)) / 8, lowest);
        to = std::max(to - 8, lowest);
    }
#endif
    return letters_start_reference(s, to, lowest);
}

} // namespace factrec::parse::detail
