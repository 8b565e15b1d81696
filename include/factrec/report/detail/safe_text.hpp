#pragma once

#include <factrec/reconcile/detail/utf8.hpp>
#include <factrec/report/detail/layer_namespace.hpp>

#include <cstddef>
#include <string>
#include <string_view>

// Every string of the input that a report writes passes through here: articles and their
// headers are not trusted to be UTF-8 or free of terminal escapes, and a report must neither
// drive the reader's terminal nor be invalid JSON or HTML.
namespace factrec::report::detail {

// Characters a terminal or a browser acts on rather than shows: C0 and C1 controls, DEL, and the
// bidirectional overrides and isolates, which reorder the text shown around them.
template <class = void>
inline bool acts_on_display(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// "\u001b": the escape a reader knows from JSON and C, for the characters acts_on_display
// picks (all below U+10000).
template <class = void>
inline void append_code_escape(std::string& out, char32_t c) {
    static constexpr char digits[] = "0123456789abcdef";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xF];
}

// Text of the input as a reader sees it: an invalid byte is U+FFFD, and a character that acts
// on the display is shown as its code ("\u001b" for ESC). Tab, newline and carriage return stay:
// the text report wraps them to spaces and HTML collapses them.
template <class = void>
inline std::string visible_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        code_point c = code_point_at(text, i);
        bool layout = c.value == '\t' || c.value == '\n' || c.value == '\r';
        if (!c.valid)
            append_utf8(out, replacement_character);
        else if (acts_on_display(c.value) && !layout)
            append_code_escape(out, c.value);
        else
            out.append(text.substr(i, c.length));
        i += c.length;
    }
    return out;
}

// A JSON string literal, quotes included. Always valid UTF-8: an invalid byte becomes U+FFFD
// (reading the article reports where it was). Controls, DEL, C1, the bidirectional controls and
// the line separators U+2028 and U+2029 are escaped, which JSON reads back as the same text.
template <class = void>
inline void append_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size();) {
        code_point c = code_point_at(text, i);
        switch (c.valid ? c.value : replacement_character) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (!c.valid)
                append_utf8(out, replacement_character);
            else if (acts_on_display(c.value) || c.value == 0x2028 || c.value == 0x2029)
                append_code_escape(out, c.value);
            else
                out.append(text.substr(i, c.length));
        }
        i += c.length;
    }
    out += '"';
}

// Text for HTML, in an element or an attribute: visible_text with the five markup characters
// as entities.
template <class = void>
inline std::string html_escape(std::string_view text) {
    std::string out;
    for (char c : visible_text(text)) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += c;
        }
    }
    return out;
}

// Code points that belong to the character before them: combining marks, joiners and what
// they join, variation selectors, emoji skin tones and tags.
template <class = void>
inline bool extends_character(char32_t c) {
    auto in = [c](char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
    return in(0x0300, 0x036F) || in(0x1AB0, 0x1AFF) || in(0x1DC0, 0x1DFF) || in(0x20D0, 0x20FF) || in(0xFE20, 0xFE2F) ||
           in(0x3099, 0x309A) || in(0xFE00, 0xFE0F) || in(0xE0100, 0xE01EF) || in(0x1F3FB, 0x1F3FF) ||
           in(0xE0020, 0xE007F) || c == 0x200C || c == 0x200D;
}

// The first `most` characters of `text`, cut where a reader sees a character end: never inside
// a code point, nor between a letter and its accent, nor inside an emoji sequence or a flag.
template <class = void>
inline std::string_view leading_characters(std::string_view text, std::size_t most) {
    std::size_t characters = 0, i = 0;
    bool joined = false;    // the last code point was a zero-width joiner
    bool open_flag = false; // a regional indicator waiting for its pair
    while (i < text.size()) {
        code_point c = code_point_at(text, i);
        bool regional = c.valid && c.value >= 0x1F1E6 && c.value <= 0x1F1FF;
        bool continues = c.valid && (joined || extends_character(c.value) || (regional && open_flag));
        if (!continues && characters++ == most) break;
        joined = c.valid && c.value == 0x200D;
        open_flag = regional && !(continues && open_flag);
        i += c.length;
    }
    return text.substr(0, i);
}

} // namespace factrec::report::detail
