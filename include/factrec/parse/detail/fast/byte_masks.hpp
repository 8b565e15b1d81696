#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <type_traits>

#ifdef __SSE2__
#include <factrec/parse/detail/layer_namespace.hpp>

#include <emmintrin.h>
#endif

namespace factrec::parse::detail {

// Which of 64 consecutive bytes are ASCII letters, letters or digits, or not ASCII, byte k
// at bit k. The scanner's first pass looks only where a run of letters or digits starts and
// at non-ASCII bytes, about one byte in six of news text: the masks take it from one such
// byte to the next with bit operations, and give each word's length without reading it.
struct byte_classes {
    std::uint64_t letters = 0;
    std::uint64_t alnum = 0;
    std::uint64_t non_ascii = 0;
};

inline constexpr std::size_t classified_bytes = 64;

// Eight bytes at a time in a 64-bit word, for targets without SSE2; the tests check that both
// ways agree, and agree with is_letter and is_alnum.
inline byte_classes classify_bytes_portable(const char* bytes) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t top_bits = 0x80 * ones;
    // Which bytes of `seven_bits` (each below 0x80) are within [lo, hi], as their top bits: a
    // byte b is at least lo when b + (0x80 - lo) reaches bit 7, at most hi when b + (0x7F - hi)
    // does not, and neither sum carries into the next byte.
    auto within = [](std::uint64_t seven_bits, std::uint64_t lo, std::uint64_t hi) {
        return (seven_bits + (0x80 - lo) * ones) & ~(seven_bits + (0x7F - hi) * ones) & top_bits;
    };
    // The top bits of eight bytes, as eight bits in order.
    auto gather = [](std::uint64_t top) { return ((top >> 7) * 0x0102040810204080) >> 56; };
    byte_classes out;
    for (std::size_t at = 0; at < classified_bytes; at += 8) {
        std::uint64_t word = 0;
        for (std::size_t k = 0; k < 8; ++k) word |= std::uint64_t{static_cast<unsigned char>(bytes[at + k])} << (8 * k);
        const std::uint64_t non_ascii = word & top_bits;
        const std::uint64_t ascii = word & ~top_bits;
        const std::uint64_t letters = within(ascii | 0x20 * ones, 'a', 'z') & ~non_ascii;
        const std::uint64_t digits = within(ascii, '0', '9') & ~non_ascii;
        out.letters |= gather(letters) << at;
        out.alnum |= gather(letters | digits) << at;
        out.non_ascii |= gather(non_ascii) << at;
    }
    return out;
}

// Byte by byte, with the tests the rest of the scanner makes: what the tests hold both to, and
// what a build with FACTREC_SCAN_REFERENCE uses.
inline byte_classes classify_bytes_reference(const char* bytes) noexcept {
    byte_classes out;
    for (std::size_t k = 0; k < classified_bytes; ++k) {
        const char c = bytes[k];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        out.letters |= std::uint64_t{letter} << k;
        out.alnum |= std::uint64_t{letter || digit} << k;
        out.non_ascii |= std::uint64_t{static_cast<unsigned char>(c) >= 0x80} << k;
    }
    return out;
}

#if defined(FACTREC_SCAN_REFERENCE)
inline byte_classes classify_bytes(const char* bytes) noexcept { return classify_bytes_reference(bytes); }
#elif defined(__SSE2__)
// SSE2 compares bytes as signed only: shifting a range so that it starts at -128 turns "within
// the range" into one less-than.
inline __m128i sse2_within(__m128i lanes, char first, char count) noexcept {
    const __m128i from_minimum = _mm_add_epi8(lanes, _mm_set1_epi8(static_cast<char>(0x80 - first)));
    return _mm_cmplt_epi8(from_minimum, _mm_set1_epi8(static_cast<char>(-128 + count)));
}
// Setting bit 5 folds upper case onto lower case.
inline __m128i sse2_letters(__m128i lanes) noexcept {
    return sse2_within(_mm_or_si128(lanes, _mm_set1_epi8(0x20)), 'a', 26);
}
inline byte_classes classify_bytes(const char* bytes) noexcept {
    auto letter = [](__m128i lanes) { return sse2_letters(lanes); };
    auto digit = [](__m128i lanes) { return sse2_within(lanes, '0', 10); };
    // The top bits of four times sixteen lanes, in order.
    auto bits = [](__m128i a, __m128i b, __m128i c, __m128i d) {
        auto sixteen = [](__m128i lanes) {
            return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(lanes)));
        };
        return sixteen(a) | sixteen(b) << 16 | sixteen(c) << 32 | sixteen(d) << 48;
    };
    auto load = [bytes](std::size_t at) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at)); };
    const __m128i b0 = load(0), b1 = load(16), b2 = load(32), b3 = load(48);
    const __m128i l0 = letter(b0), l1 = letter(b1), l2 = letter(b2), l3 = letter(b3);
    byte_classes out;
    out.letters = bits(l0, l1, l2, l3);
    out.alnum = bits(_mm_or_si128(l0, digit(b0)), _mm_or_si128(l1, digit(b1)), _mm_or_si128(l2, digit(b2)),
                     _mm_or_si128(l3, digit(b3)));
    // ASCII text, the usual, is told with one test.
    const __m128i any_byte_top_bits = _mm_or_si128(_mm_or_si128(b0, b1), _mm_or_si128(b2, b3));
    if (_mm_movemask_epi8(any_byte_top_bits) != 0) out.non_ascii = bits(b0, b1, b2, b3);
    return out;
}
#else
inline byte_classes classify_bytes(const char* bytes) noexcept { return classify_bytes_portable(bytes); }
#endif

// Bit p of the result: `Count` letters or more follow from byte p on, within the mask. Runs of
// a and of b letters make a run of a + b: a handful of shifts and ANDs.
template <std::size_t Count>
constexpr std::uint64_t letter_runs_of_at_least(std::uint64_t letters) noexcept {
    if constexpr (Count <= 1) {
        return letters;
    } else {
        constexpr std::size_t first = Count - Count / 2;
        return letter_runs_of_at_least<first>(letters) & (letter_runs_of_at_least<Count / 2>(letters) >> first);
    }
}

// Which of 64 consecutive bytes are one of `Targets`, byte k at bit k: the sentence walks
// look for a few marks only, and testing 64 bytes at once leaves one branch per block, not
// one per byte. The tests check that both ways agree.
template <char... Targets>
std::uint64_t bytes_among_portable(const char* bytes) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101;
    constexpr std::uint64_t low_bits = 0x7F * ones;
    // The top bit of each byte that is zero, exactly: no borrow crosses from byte to byte.
    auto zero_bytes = [](std::uint64_t w) { return ~(((w & low_bits) + low_bits) | w) & ~low_bits; };
    auto gather = [](std::uint64_t top) { return ((top >> 7) * 0x0102040810204080) >> 56; };
    std::uint64_t out = 0;
    for (std::size_t at = 0; at < classified_bytes; at += 8) {
        std::uint64_t word = 0;
        for (std::size_t k = 0; k < 8; ++k) word |= std::uint64_t{static_cast<unsigned char>(bytes[at + k])} << (8 * k);
        const std::uint64_t found = (zero_bytes(word ^ (ones * static_cast<unsigned char>(Targets))) | ...);
        out |= gather(found) << at;
    }
    return out;
}

template <char... Targets>
std::uint64_t bytes_among_reference(const char* bytes) noexcept {
    std::uint64_t out = 0;
    for (std::size_t k = 0; k < classified_bytes; ++k) out |= std::uint64_t{((bytes[k] == Targets) || ...)} << k;
    return out;
}

#if defined(FACTREC_SCAN_REFERENCE)
template <char... Targets>
std::uint64_t bytes_among(const char* bytes) noexcept {
    return bytes_among_reference<Targets...>(bytes);
}
#elif defined(__SSE2__)
template <char... Targets>
std::uint64_t bytes_among(const char* bytes) noexcept {
    auto sixteen = [bytes](std::size_t at) {
        const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
        __m128i found = _mm_setzero_si128();
        ((found = _mm_or_si128(found, _mm_cmpeq_epi8(lanes, _mm_set1_epi8(Targets)))), ...);
        return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(found)));
    };
    return sixteen(0) | sixteen(16) << 16 | sixteen(32) << 32 | sixteen(48) << 48;
}
#else
template <char... Targets>
std::uint64_t bytes_among(const char* bytes) noexcept {
    return bytes_among_portable<Targets...>(bytes);
}
#endif

// What the speech-cue survey reads of 64 bytes, from one read of them: the letters, the bytes
// that may open or close a quotation ('"' and the first byte of a curly quote), and the letters
// with the '-', '\'' and '.' that word_at joins them with. Three separate passes over each 64
// bytes of every sentence with a figure were a tenth of the survey's work.
struct word_and_quote_bits {
    std::uint64_t letters = 0;
    std::uint64_t quotation = 0;
    std::uint64_t joined = 0;

    // The bits from `shift` on, masked to `in_range`, as classify_range takes a range of them.
    [[nodiscard]] constexpr word_and_quote_bits shifted(std::size_t shift, std::uint64_t in_range) const noexcept {
        return {(letters >> shift) & in_range, (quotation >> shift) & in_range, (joined >> shift) & in_range};
    }
    friend constexpr bool operator==(const word_and_quote_bits&, const word_and_quote_bits&) = default;
};

// The three masks from the byte-by-byte tests: what the tests hold the fast way to, and what a
// build with FACTREC_SCAN_REFERENCE uses.
inline word_and_quote_bits word_and_quote_bits_reference(const char* bytes) noexcept {
    const std::uint64_t letters = classify_bytes_reference(bytes).letters;
    return {letters, bytes_among_reference<'"', '\xE2'>(bytes), letters | bytes_among_reference<'-', '\'', '.'>(bytes)};
}

#if defined(__SSE2__) && !defined(FACTREC_SCAN_REFERENCE)
inline word_and_quote_bits word_and_quote_bits_of(const char* bytes) noexcept {
    word_and_quote_bits out;
    for (std::size_t at = 0; at < classified_bytes; at += 16) {
        const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
        auto among = [lanes](auto... targets) {
            __m128i found = _mm_setzero_si128();
            ((found = _mm_or_si128(found, _mm_cmpeq_epi8(lanes, _mm_set1_epi8(targets)))), ...);
            return found;
        };
        auto bits = [at](__m128i found) {
            return static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(found))) << at;
        };
        const __m128i letters = sse2_letters(lanes);
        out.letters |= bits(letters);
        out.quotation |= bits(among('"', '\xE2'));
        out.joined |= bits(_mm_or_si128(letters, among('-', '\'', '.')));
    }
    return out;
}
#else
inline word_and_quote_bits word_and_quote_bits_of(const char* bytes) noexcept {
    const std::uint64_t letters = classify_bytes(bytes).letters;
    return {letters, bytes_among<'"', '\xE2'>(bytes), letters | bytes_among<'-', '\'', '.'>(bytes)};
}
#endif

// Which of 64 bytes are ASCII tokens of their own to the speech cues' tokenizer, never part of
// a word: no letter, no byte of 0x80 or more, no ' ', tab or line break, and none of the '-',
// '\'' and '.' that join words. Digits and '"' are. The plain tests, as first composed: the
// reference.
inline std::uint64_t standalone_mark_bits_reference(const char* bytes) noexcept {
    const byte_classes classes = classify_bytes_reference(bytes);
    return ~(classes.letters | classes.non_ascii | bytes_among_reference<' ', '\t', '\n', '\r', '-', '\'', '.'>(bytes));
}

#if defined(__SSE2__) && !defined(FACTREC_SCAN_REFERENCE)
// The same from one read of the bytes, as word_and_quote_bits_of: classify_bytes also finds
// digits, which no mark needs, and bytes_among reads the bytes again.
inline std::uint64_t standalone_mark_bits(const char* bytes) noexcept {
    std::uint64_t in_words = 0;
    for (std::size_t at = 0; at < classified_bytes; at += 16) {
        const __m128i lanes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + at));
        __m128i found = sse2_letters(lanes);
        for (const char c : {' ', '\t', '\n', '\r', '-', '\'', '.'})
            found = _mm_or_si128(found, _mm_cmpeq_epi8(lanes, _mm_set1_epi8(c)));
        // A byte of 0x80 or more has its top bit set, which movemask reads.
        found = _mm_or_si128(found, lanes);
        in_words |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(found))) << at;
    }
    return ~in_words;
}
#else
inline std::uint64_t standalone_mark_bits(const char* bytes) noexcept {
    const byte_classes classes = classify_bytes(bytes);
    return ~(classes.letters | classes.non_ascii | bytes_among<' ', '\t', '\n', '\r', '-', '\'', '.'>(bytes));
}
#endif

// The bits that `classify`, run over 64 bytes, gives the bytes [from, to) of `s` (at most 64),
// the byte at `from` at bit 0 and none past `to`. Wherever `s` holds 64 bytes they are read in
// place, so that a range near its end costs no copy: there its last 64 are read and the bits
// moved down. Only a text shorter than 64 bytes is copied. `classify` gives one mask, or
// several in a struct with a `shifted(shift, in_range)` like word_and_quote_bits.
template <class Classify>
auto classify_range(std::string_view s, std::size_t from, std::size_t to, Classify classify) noexcept {
    using bits = decltype(classify(s.data()));
    auto take = [](const bits& all, std::size_t shift, std::uint64_t in_range) {
        if constexpr (std::is_same_v<bits, std::uint64_t>)
            return (all >> shift) & in_range;
        else
            return all.shifted(shift, in_range);
    };
    const std::size_t count = to - from;
    if (count == 0) return bits{};
    const std::uint64_t in_range = count == classified_bytes ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
    if (s.size() >= classified_bytes) {
        const std::size_t at = std::min(from, s.size() - classified_bytes);
        return take(classify(s.data() + at), from - at, in_range);
    }
    std::array<char, classified_bytes> copy{};
    std::memcpy(copy.data(), s.data() + from, count);
    return take(classify(copy.data()), 0, in_range);
}

} // namespace factrec::parse::detail
