#pragma once

#include <factrec/parse/detail/text.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

// Code points of names and report text. Input is not trusted to be UTF-8: an invalid byte is
// one unit of its own, never merged with its neighbours, so that nothing downstream splits or
// swallows a character.
namespace factrec::reconcile_detail {

inline constexpr char32_t replacement_character = 0xFFFD;

struct code_point {
    char32_t value = 0;     // replacement_character for an invalid byte
    std::size_t length = 1; // bytes taken from the text, at least one
    bool valid = true;
};

template <class = void>
inline code_point code_point_at(std::string_view text, std::size_t pos) {
    std::size_t length = utf8_sequence_length(text, pos);
    if (length == 0) return {replacement_character, 1, false};
    auto byte = [&](std::size_t i) { return static_cast<char32_t>(static_cast<unsigned char>(text[pos + i])); };
    static constexpr char32_t lead_mask[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t value = byte(0) & lead_mask[length];
    for (std::size_t i = 1; i < length; ++i) value = (value << 6) | (byte(i) & 0x3F);
    return {value, length, true};
}

template <class = void>
inline void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// The text's code points, ASCII letters in lower case: what names are compared by.
template <class = void>
inline std::u32string folded_code_points(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        code_point c = code_point_at(text, i);
        out += c.value >= 'A' && c.value <= 'Z' ? c.value - 'A' + 'a' : c.value;
        i += c.length;
    }
    return out;
}

// Edits (insertion, deletion, substitution, transposition of neighbours) between two names,
// by code points and ignoring ASCII case: "Alpah" is one edit from "alpha", and 日経 one from 読経.
// Names longer than a line are compared by length alone: the table would be too large, and no
// such name is a typo of another.
template <class = void>
inline std::size_t name_distance(std::string_view a, std::string_view b) {
    constexpr std::size_t longest_compared = 200;
    std::u32string x = folded_code_points(a), y = folded_code_points(b);
    if (x.size() > longest_compared || y.size() > longest_compared)
        return std::max(x.size(), y.size()) - std::min(x.size(), y.size()) + longest_compared;
    std::vector<std::vector<std::size_t>> d(x.size() + 1, std::vector<std::size_t>(y.size() + 1));
    for (std::size_t i = 0; i <= x.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= y.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= x.size(); ++i) {
        for (std::size_t j = 1; j <= y.size(); ++j) {
            std::size_t substitution = d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, substitution});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[x.size()][y.size()];
}

// Whether a declared name is most likely a typo of a name the articles have: at most two
// edits, and at most one per three characters, so that "Li" is not taken for a typo of "Lu".
template <class = void>
inline bool likely_typo(std::string_view declared, std::string_view found) {
    std::size_t distance = name_distance(declared, found);
    return distance > 0 && distance <= 2 && distance * 3 <= folded_code_points(declared).size();
}

} // namespace factrec::reconcile_detail
