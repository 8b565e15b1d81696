#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace factrec::detail {

// Byte-level classification. The scanner only needs ASCII structure: every byte of a
// multi-byte UTF-8 sequence is neither a letter nor a digit, so a span never splits one.
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_upper(char c) noexcept { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) noexcept { return c >= 'a' && c <= 'z'; }
constexpr bool is_letter(char c) noexcept { return is_upper(c) || is_lower(c); }
constexpr bool is_alnum(char c) noexcept { return is_letter(c) || is_digit(c); }
constexpr char to_lower(char c) noexcept { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

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

inline std::size_t space_at(std::string_view s, std::size_t pos) noexcept {
    if (pos >= s.size()) return 0;
    char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    return unicode_space_at(s, pos);
}

inline std::size_t skip_spaces(std::string_view s, std::size_t pos) noexcept {
    while (std::size_t n = space_at(s, pos)) pos += n;
    return pos;
}

// Spaces end with an ASCII byte or the last byte of a known sequence; walk back over them.
inline std::size_t skip_spaces_back(std::string_view s, std::size_t pos) noexcept {
    while (pos > 0) {
        char c = s[pos - 1];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { --pos; continue; }
        if (pos >= 2 && unicode_space_at(s, pos - 2) == 2) { pos -= 2; continue; }
        if (pos >= 3 && unicode_space_at(s, pos - 3) == 3) { pos -= 3; continue; }
        break;
    }
    return pos;
}

// Hyphen, en dash or minus sign: the marks that join "5-10" and "$550-billion".
inline std::size_t dash_at(std::string_view s, std::size_t pos) noexcept {
    if (pos < s.size() && s[pos] == '-') return 1;
    if (pos + 2 < s.size() && s[pos] == '\xE2' &&
        ((s[pos + 1] == '\x80' && (s[pos + 2] == '\x93' || s[pos + 2] == '\x91')) || (s[pos + 1] == '\x88' && s[pos + 2] == '\x92')))
        return 3;
    return 0;
}

// Curly quotes are E2 80 98/99/9C/9D; the first byte rules out nearly every position.
inline bool is_open_quote_at(std::string_view s, std::size_t pos) noexcept {
    return pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' && (s[pos + 2] == '\x9C' || s[pos + 2] == '\x98');
}
inline bool is_close_quote_at(std::string_view s, std::size_t pos) noexcept {
    return pos + 2 < s.size() && s[pos] == '\xE2' && s[pos + 1] == '\x80' && (s[pos + 2] == '\x9D' || s[pos + 2] == '\x99');
}

// A word: ASCII letters with inner apostrophes, hyphens or dots ("U.S.", "long-range").
struct word {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] bool found() const noexcept { return end > begin; }
    [[nodiscard]] std::string_view in(std::string_view s) const noexcept { return s.substr(begin, end - begin); }
};

inline constexpr std::size_t max_word_bytes = 40;

inline word word_at(std::string_view s, std::size_t pos) noexcept {
    std::size_t end = pos;
    while (end < s.size() && end - pos < max_word_bytes) {
        if (is_letter(s[end])) { ++end; continue; }
        bool joiner = s[end] == '-' || s[end] == '\'' || s[end] == '.';
        if (joiner && end > pos && end + 1 < s.size() && is_letter(s[end + 1])) { ++end; continue; }
        // "U.S." keeps its final dot when the dots are inner abbreviation dots.
        if (s[end] == '.' && end >= pos + 2 && s[end - 2] == '.') { ++end; }
        break;
    }
    return {pos, end};
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
        bool joiner = (c == '-' || c == '\'' || c == '.') && begin < end && begin - 1 > floor && is_letter(s[begin - 2]);
        if (!is_letter(c) && !joiner) break;
        --begin;
    }
    if (begin == end || !is_letter(s[begin])) return {};
    return {begin, end};
}

// Length of a valid UTF-8 sequence starting at `pos`, or 0 when the bytes there are invalid.
inline std::size_t utf8_sequence_length(std::string_view s, std::size_t pos) noexcept {
    auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    unsigned char lead = byte(pos);
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0 || pos + length > s.size()) return 0;
    for (std::size_t i = 1; i < length; ++i)
        if ((byte(pos + i) & 0xC0) != 0x80) return 0;
    if (length == 3 && ((lead == 0xE0 && byte(pos + 1) < 0xA0) || (lead == 0xED && byte(pos + 1) > 0x9F))) return 0;
    if (length == 4 && ((lead == 0xF0 && byte(pos + 1) < 0x90) || (lead == 0xF4 && byte(pos + 1) > 0x8F))) return 0;
    return length;
}

} // namespace factrec::detail
