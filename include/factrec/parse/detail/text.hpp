#pragma once

#include <factrec/parse/detail/fast/byte_masks.hpp>
#include <factrec/parse/detail/fast/letter_runs.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace factrec::parse::detail {

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

// s[begin, end), for bounds the caller knows are inside `s`: string_view's substr checks them,
// and in the scanner's larger functions it is a call, not inlined, for every figure.
inline constexpr std::string_view unchecked_slice(std::string_view s, std::size_t begin, std::size_t end) noexcept {
    return {s.data() + begin, end - begin};
}

// Whether `text` ends with `tail`, compared likewise: string_view's ends_with calls memcmp.
inline constexpr bool ends_in(std::string_view text, std::string_view tail) noexcept {
    return text.size() >= tail.size() &&
           same_text(std::string_view(text.data() + (text.size() - tail.size()), tail.size()), tail);
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
// One bit test: the reader asks this of the byte after nearly every word and figure.
constexpr bool is_ascii_space(char c) noexcept {
    constexpr std::uint64_t spaces = std::uint64_t{1} << ' ' | std::uint64_t{1} << '\t' | std::uint64_t{1} << '\n' |
                                     std::uint64_t{1} << '\r' | std::uint64_t{1} << '\f';
    const auto byte = static_cast<unsigned char>(c);
    return byte <= ' ' && ((spaces >> byte) & 1u) != 0;
}

inline std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return 0;
    if (is_ascii_space(s[pos])) return 1;
    // Every other space starts with a byte of 0x80 or more.
    if (static_cast<unsigned char>(s[pos]) < 0x80) return 0;
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

inline std::size_t skip_spaces_walk(std::string_view s, std::size_t pos) noexcept {
    while (std::size_t n = space_at(s, pos)) pos += n;
    return pos;
}

// As skip_spaces_back: one ASCII space or none is told where the call is.
[[gnu::always_inline]] inline std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos >= s.size() || (static_cast<unsigned char>(s[pos]) < 0x80 && !is_ascii_space(s[pos]))) return pos;
    return skip_spaces_walk(s, pos);
}

// Spaces end with an ASCII byte or the last byte of a known sequence; walk back over them.
inline std::size_t skip_spaces_back_walk(std::string_view s, std::size_t pos) noexcept {
    while (pos > 0) {
        if (is_ascii_space(s[pos - 1])) {
            --pos;
            continue;
        }
        // Every other space ends on a byte of 0x80 or more: most words end the walk here,
        // without the two longer tests (the figure reader walks back from every figure).
        if (static_cast<unsigned char>(s[pos - 1]) < 0x80) break;
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

// The reader walks back from every figure and every word it looks at, well over a hundred
// thousand times in 4 MB of news: most walks pass one ASCII space or none, told here where the
// call is, and only the rest take the walk above.
[[gnu::always_inline]] inline std::size_t skip_spaces_back(std::string_view s, std::size_t pos) noexcept {
    if (pos > 0 && s[pos - 1] == ' ') --pos;
    if (pos == 0 || (static_cast<unsigned char>(s[pos - 1]) < 0x80 && !is_ascii_space(s[pos - 1]))) return pos;
    return skip_spaces_back_walk(s, pos);
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
// are passed over eight at a time (letters_end), and only the byte after them is looked at
// more closely.
inline word word_at(std::string_view s, std::size_t pos) noexcept {
    const std::size_t limit = std::min(s.size(), pos + max_word_bytes);
    std::size_t end = pos;
    while (true) {
        end = letters_end(s, end, limit);
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
    const std::size_t lowest = std::max(floor, end > max_word_bytes ? end - max_word_bytes : 0);
    while (begin > lowest) {
        // The letters, then a joiner with a letter before it, if one is there.
        begin = letters_start(s, begin, lowest);
        if (begin == lowest) break;
        char c = s[begin - 1];
        bool joiner =
            (c == '-' || c == '\'' || c == '.') && begin < end && begin - 1 > floor && is_letter(s[begin - 2]);
        if (!joiner) break;
        --begin;
    }
    if (begin == end || !is_letter(s[begin])) return {};
    return {begin, end};
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

} // namespace factrec::parse::detail
