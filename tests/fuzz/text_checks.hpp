#pragma once

// Checks on what factrec writes, independent of the code that wrote it: strict UTF-8, and no
// byte that a terminal would act on.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factrec_fuzz {

// The code point at `at`, advancing `at` past it; nothing for an ill-formed sequence (overlong
// forms, surrogates, beyond U+10FFFF, cut short), with `at` left on its first byte.
inline std::optional<char32_t> next_code_point(std::string_view text, std::size_t& at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(at);
    if (lead < 0x80) return static_cast<char32_t>(text[at++]);
    std::size_t length = lead >= 0xC2 && lead <= 0xDF   ? 2
                         : lead >= 0xE0 && lead <= 0xEF ? 3
                         : lead >= 0xF0 && lead <= 0xF4 ? 4
                                                        : 0;
    if (length == 0 || at + length > text.size()) return std::nullopt;
    char32_t cp = lead & (0xFF >> (length + 1));
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(at + k) & 0xC0) != 0x80) return std::nullopt;
        cp = (cp << 6) | (byte(at + k) & 0x3F);
    }
    constexpr char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < least[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return std::nullopt;
    at += length;
    return cp;
}

inline std::string hex_byte(unsigned char c) {
    constexpr const char* digits = "0123456789abcdef";
    return std::string{'0', 'x', digits[c >> 4], digits[c & 15]};
}

inline std::string code_point_name(char32_t cp) {
    std::string name = "U+";
    for (int shift = cp > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) name += "0123456789ABCDEF"[(cp >> shift) & 15];
    return name;
}

inline bool is_c1_or_delete(char32_t cp) { return cp == 0x7F || (cp >= 0x80 && cp <= 0x9F); }

// Empty when `text` is UTF-8 and every control character in it is one of `allowed_controls`;
// otherwise what and where.
inline std::string control_or_encoding_problem(std::string_view text, std::string_view allowed_controls) {
    for (std::size_t at = 0; at < text.size();) {
        const std::size_t start = at;
        auto cp = next_code_point(text, at);
        if (!cp)
            return "byte " + std::to_string(start) + ": invalid UTF-8 (" +
                   hex_byte(static_cast<unsigned char>(text[start])) + ")";
        bool control =
            *cp < 0x20 ? allowed_controls.find(static_cast<char>(*cp)) == std::string_view::npos : is_c1_or_delete(*cp);
        if (control) return "byte " + std::to_string(start) + ": control character " + code_point_name(*cp);
    }
    return {};
}

// Empty when `text` is UTF-8; otherwise the first ill-formed byte.
inline std::string utf8_problem(std::string_view text) {
    for (std::size_t at = 0; at < text.size();)
        if (!next_code_point(text, at))
            return "byte " + std::to_string(at) + ": invalid UTF-8 (" + hex_byte(static_cast<unsigned char>(text[at])) +
                   ")";
    return {};
}

// A text report goes to a terminal: line breaks and tabs only, no escape sequences (ESC, CSI),
// no carriage return that would let a later string overwrite an earlier one.
inline std::string terminal_problem(std::string_view text) { return control_or_encoding_problem(text, "\n\t"); }

// Whether `kept` is `given` as the input policy keeps a text: the same bytes at the same offsets,
// but for control characters (C0 other than tab, LF, CR and FF; DEL; C1 as its two bytes), each
// byte of which may have become a space.
inline bool same_but_control_characters(std::string_view kept, std::string_view given) {
    if (kept.size() != given.size()) return false;
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(given[i]); };
    const auto is_c1 = [&](std::size_t i) {
        return i + 1 < given.size() && byte(i) == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F;
    };
    for (std::size_t i = 0; i < given.size(); ++i) {
        if (kept[i] == given[i]) continue;
        const bool control =
            (byte(i) < 0x20 && given[i] != '\t' && given[i] != '\n' && given[i] != '\r' && given[i] != '\f') ||
            byte(i) == 0x7F || is_c1(i) || (i > 0 && is_c1(i - 1));
        if (!control || kept[i] != ' ') return false;
    }
    return true;
}

} // namespace factrec_fuzz
