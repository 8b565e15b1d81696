#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace factrec::detail {

// Byte-level classification. The scanner only needs ASCII structure: every byte of a
// multi-byte UTF-8 sequence is neither a letter nor a digit, so a span never splits one.
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
// Setting bit 5 turns an ASCII capital into its small letter and changes no other byte into
// one: a single range test, without a branch.
constexpr bool is_letter(char c) noexcept { return is_lower(static_cast<char>(c | 0x20)); }
constexpr bool is_alnum(char c) noexcept { return is_letter(c) || is_digit(c); }
constexpr char to_lower(char c) noexcept { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

// The words compared here are a few bytes long: a loop costs less than the call to memcmp
// that string_view's == makes when the length is not known at compile time.
inline constexpr bool same_text(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i] != b[i]) return false;
    return true;
}

inline bool equals_lower(std::string_view text, std::string_view lower_word) noexcept {
    if (text.size() != lower_word.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (to_lower(text[i]) != lower_word[i]) return false;
    return true;
}

inline std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = to_lower(c);
    return out;
}

// Length of the multi-byte separator at `pos` that reads as a space: NBSP, narrow NBSP,
// thin and other fixed-width spaces. 0 if none.
inline std::size_t unicode_space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos + 1 < s.size() && s[pos] == '\xC2' && s[pos + 1] == '\xA0') return 2;
    if (pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80') {
        unsigned char c = static_cast<unsigned char>(s[pos + 2]);
        if ((c >= 0x80 && c <= 0x8A) || c == 0xAF) return 3;
    }
    return 0;
}

// Tab, line feed, carriage return and form feed are the control characters that are spaces;
// every other one breaks a figure (see damaged_text_at).
constexpr bool is_ascii_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

inline std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return 0;
    if (is_ascii_space(s[pos])) return 1;
    return unicode_space_at(s, pos);
}

// Length of a space that French and international copy sets between groups of digits ("5 000",
// "1 000 000"): no-break, narrow no-break, thin, figure, hair or punctuation space. Never the
// ideographic space U+3000, which sets words apart in CJK text. 0 if none.
inline std::size_t group_space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos + 1 < s.size() && s[pos] == '\xC2' && s[pos + 1] == '\xA0') return 2;
    if (pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80') {
        char c = s[pos + 2];
        // Hair and punctuation spaces too: typeset copy sets digit groups apart with them as
        // with the thin space, and read as a break they would leave "5" of "5 000" alone.
        if (c == '\xAF' || c == '\x89' || c == '\x87' || c == '\x8A' || c == '\x88') return 3;
    }
    return 0;
}

inline std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    while (std::size_t n = space_at(s, pos)) pos += n;
    return pos;
}

// Spaces end with an ASCII byte or the last byte of a known sequence; walk back over them.
inline std::size_t skip_spaces_back(std::string_view s, std::size_t pos) noexcept {
    while (pos > 0) {
        if (is_ascii_space(s[pos - 1])) {
            --pos;
            continue;
        }
        if (pos >= 2 && unicode_space_at(s, pos - 2) == 2) {
            pos -= 2;
            continue;
        }
        if (pos >= 3 && unicode_space_at(s, pos - 3) == 3) {
            pos -= 3;
            continue;
        }
        break;
    }
    return pos;
}

// Length of a mark that is a minus sign before a figure under the rules for '-': '-', the minus
// sign U+2212, the fullwidth U+FF0D and small U+FE63 hyphen-minus (minus-like by definition), and
// the hyphens U+2010 and U+2011. Those two are what typesetting and "smart" editors turn a typed
// '-' into, so "‐5" is a minus written as '-' far more often than anything else; read positive,
// it would be a silently wrong sign. 0 if none.
inline std::size_t minus_mark_at(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == '-') return 1;
    if (pos + 2 >= s.size()) return 0;
    const std::string_view mark = s.substr(pos, 3);
    for (std::string_view minus : {"\xE2\x88\x92", "\xEF\xBC\x8D", "\xEF\xB9\xA3", "\xE2\x80\x90", "\xE2\x80\x91"})
        if (mark == minus) return 3;
    return 0;
}

// Length of a space between digits that never sets digit groups apart: the wider fixed spaces
// (en, em and their fractions) and the ideographic space U+3000. 0 if none.
inline std::size_t non_group_space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos + 2 >= s.size() || group_space_at(s, pos) != 0) return 0;
    if (s[pos] == '\xE3' && s[pos + 1] == '\x80' && s[pos + 2] == '\x80') return 3;
    return unicode_space_at(s, pos) == 3 ? 3 : 0;
}

// Hyphen, en dash or minus sign: the marks that join "5-10" and "$550-billion".
inline std::size_t dash_at(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == '-') return 1;
    if (pos + 2 < s.size() && s[pos] == '\xE2' &&
        ((s[pos + 1] == '\x80' && (s[pos + 2] == '\x93' || s[pos + 2] == '\x91')) ||
         (s[pos + 1] == '\x88' && s[pos + 2] == '\x92')))
        return 3;
    return 0;
}

// Curly quotes are E2 80 98/99/9C/9D; the first byte rules out nearly every position.
inline bool is_open_quote_at(std::string_view s, std::size_t pos) noexcept {
    return pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' &&
           (s[pos + 2] == '\x9C' || s[pos + 2] == '\x98');
}
inline bool is_close_quote_at(std::string_view s, std::size_t pos) noexcept {
    return pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' &&
           (s[pos + 2] == '\x9D' || s[pos + 2] == '\x99');
}

// A word: ASCII letters with inner apostrophes, hyphens or dots ("U.S.", "long-range").
struct word {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] bool found() const noexcept { return end > begin; }
    // A word is only ever made inside the text it is then read from: no bounds check, which
    // would keep substr from being inlined into the reader's many look-ups.
    [[nodiscard]] std::string_view in(std::string_view s) const noexcept { return {s.data() + begin, end - begin}; }
};

inline constexpr std::size_t max_word_bytes = 40;

// The tokenizer calls this for every word of a sentence with a figure: the letters of a word
// are passed over in a tight loop, and only the byte after them is looked at more closely.
inline word word_at(std::string_view s, std::size_t pos) noexcept {
    const std::size_t limit = std::min(s.size(), pos + max_word_bytes);
    std::size_t end = pos;
    while (true) {
        while (end < limit && is_letter(s[end])) ++end;
        if (end == limit) return {pos, end};
        bool joiner = s[end] == '-' || s[end] == '\'' || s[end] == '.';
        if (joiner && end > pos && end + 1 < s.size() && is_letter(s[end + 1])) {
            ++end;
            continue;
        }
        // "U.S." keeps its final dot when the dots are inner abbreviation dots.
        if (s[end] == '.' && end >= pos + 2 && s[end - 2] == '.') ++end;
        return {pos, end};
    }
}

// The word that ends right before `pos` (after skipping spaces), not reaching below `floor`.
inline word word_before(std::string_view s, std::size_t pos, std::size_t floor) noexcept {
    std::size_t end = skip_spaces_back(s, pos);
    if (end <= floor) return {};
    std::size_t begin = end;
    // "U.S." ends with an abbreviation dot; a lone trailing dot ends a sentence instead.
    if (s[end - 1] == '.' && end >= floor + 4 && s[end - 3] == '.' && is_letter(s[end - 2])) --begin;
    while (begin > floor && end - begin < max_word_bytes) {
        char c = s[begin - 1];
        bool joiner =
            (c == '-' || c == '\'' || c == '.') && begin < end && begin - 1 > floor && is_letter(s[begin - 2]);
        if (!is_letter(c) && !joiner) break;
        --begin;
    }
    if (begin == end || !is_letter(s[begin])) return {};
    return {begin, end};
}

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

#ifdef __SSE2__
inline byte_classes classify_bytes(const char* bytes) noexcept {
    // SSE2 compares bytes as signed only: shifting a range so that it starts at -128 turns
    // "within the range" into one less-than. Setting bit 5 folds upper case onto lower case.
    auto within = [](__m128i lanes, char first, char count) {
        const __m128i from_minimum = _mm_add_epi8(lanes, _mm_set1_epi8(static_cast<char>(0x80 - first)));
        return _mm_cmplt_epi8(from_minimum, _mm_set1_epi8(static_cast<char>(-128 + count)));
    };
    auto letter = [&](__m128i lanes) { return within(_mm_or_si128(lanes, _mm_set1_epi8(0x20)), 'a', 26); };
    auto digit = [&](__m128i lanes) { return within(lanes, '0', 10); };
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

#ifdef __SSE2__
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

// The bits that `classify`, run over 64 bytes, gives the bytes [from, to) of `s` (at most 64),
// the byte at `from` at bit 0 and none past `to`. Wherever `s` holds 64 bytes they are read in
// place, so that a range near its end costs no copy: there its last 64 are read and the bits
// moved down. Only a text shorter than 64 bytes is copied.
template <class Classify>
std::uint64_t classify_range(std::string_view s, std::size_t from, std::size_t to, Classify classify) noexcept {
    const std::size_t count = to - from;
    if (count == 0) return 0;
    const std::uint64_t in_range = count == classified_bytes ? ~std::uint64_t{0} : (std::uint64_t{1} << count) - 1;
    if (s.size() >= classified_bytes) {
        const std::size_t at = std::min(from, s.size() - classified_bytes);
        return (classify(s.data() + at) >> (from - at)) & in_range;
    }
    std::array<char, classified_bytes> copy{};
    std::memcpy(copy.data(), s.data() + from, count);
    return classify(copy.data()) & in_range;
}

// Length of a valid UTF-8 sequence starting at `pos`, or 0 when the bytes there are invalid.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) noexcept {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char lead = byte(pos);
    std::size_t length = lead < 0x80                    ? 1
                         : lead >= 0xC2 && lead <= 0xDF ? 2
                         : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                        : 0;
    if (length == 0 || pos + length > s.size()) return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    if (length == 3 && ((lead == 0xE0 && byte(pos + 1) < 0xA0) || (lead == 0xED && byte(pos + 1) > 0x9F))) return 0;
    if (length == 4 && ((lead == 0xF0 && byte(pos + 1) < 0x90) || (lead == 0xF4 && byte(pos + 1) > 0x8F))) return 0;
    return length;
}

// ' ' to '~': one unsigned comparison.
constexpr bool is_printable_ascii(char c) noexcept { return static_cast<unsigned char>(c - 0x20) < 0x5F; }

// A control character that is no space (NUL, ESC, DEL, ...): text that was never meant to be read.
constexpr bool is_breaking_control(char c) noexcept {
    auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && !is_ascii_space(c)) || byte == 0x7F;
}

inline bool is_replacement_character_at(std::string_view s, std::size_t pos) noexcept {
    return pos + 2 < s.size() && s[pos] == '\xEF' && s[pos + 1] == '\xBF' && s[pos + 2] == '\xBD';
}

// Length of damaged text starting at `pos`, 0 if none: a breaking control character, a byte of
// invalid UTF-8, or U+FFFD, which stands for bytes already lost. What was there could have
// changed a figure next to it.
inline std::size_t damaged_text_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return 0;
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte >= 0x20 && byte < 0x7F) return 0; // printable ASCII, the usual
    if (byte < 0x80) return is_breaking_control(s[pos]) ? 1 : 0;
    if (is_replacement_character_at(s, pos)) return 3;
    return utf8_sequence_length(s, pos) == 0 ? 1 : 0;
}

// Length of damaged text that ends at `pos`, 0 if none: as damaged_text_at, read backwards. A
// non-ASCII byte is damaged unless it ends a valid sequence, found from its lead byte.
inline std::size_t damaged_text_before(std::string_view s, std::size_t pos) noexcept {
    if (pos == 0) return 0;
    const auto byte = static_cast<unsigned char>(s[pos - 1]);
    if (byte >= 0x20 && byte < 0x7F) return 0;
    if (byte < 0x80) return is_breaking_control(s[pos - 1]) ? 1 : 0;
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    if (utf8_sequence_length(s, start) != pos - start) return 1;
    return is_replacement_character_at(s, start) ? 3 : 0;
}

} // namespace factrec::detail
