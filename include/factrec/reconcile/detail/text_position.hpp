#pragma once

#include <factrec/reconcile/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factrec::reconcile_detail {

// 1-based line and column of a byte offset; columns count UTF-8 code points, as editors do.
struct line_column {
    std::size_t line = 1;
    std::size_t column = 1;
};

template <class = void>
inline line_column locate(std::string_view text, std::size_t offset) {
    line_column where;
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++where.line;
            where.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++where.column;
        }
    }
    return where;
}

template <class = void>
inline std::string located_message(std::string_view file_name, std::string_view text, std::size_t offset,
                                   std::string_view what) {
    line_column where = locate(text, offset);
    return std::string(file_name) + ":" + std::to_string(where.line) + ":" + std::to_string(where.column) + ": " +
           std::string(what);
}

// The first byte that is not well-formed UTF-8 (overlongs and surrogates included), or npos.
template <class = void>
inline std::size_t first_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        std::size_t length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        if (length == 0 || i + length > text.size()) return i;
        unsigned code = length == 1 ? c : length == 2 ? (c & 0x1Fu) : length == 3 ? (c & 0x0Fu) : (c & 0x07u);
        for (std::size_t k = 1; k < length; ++k) {
            unsigned char next = static_cast<unsigned char>(text[i + k]);
            if ((next & 0xC0) != 0x80) return i;
            code = (code << 6) | (next & 0x3Fu);
        }
        bool overlong =
            (length == 2 && code < 0x80) || (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return i;
        i += length;
    }
    return std::string_view::npos;
}

template <class = void>
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace factrec::reconcile_detail
