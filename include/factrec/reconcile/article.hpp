#pragma once

#include <factrec/core/result.hpp>
#include <factrec/core/source.hpp>
#include <factrec/reconcile/dates.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/text_position.hpp>
#include <factrec/reconcile/detail/utf8.hpp>
#include <factrec/reconcile/input.hpp>

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

/// One article as given: its whole text (offsets in reports are into it), where the body
/// starts after the optional header lines, and who published it.
struct article {
    std::string file;                  ///< The file name given to read_article, for messages and reports.
    std::string text;                  ///< The whole file as read (header included), after the input policy.
    std::size_t body_offset = 0;       ///< Byte offset in text where the body starts, after the header block.
    factrec::publisher publisher;      ///< The `source:` header, or the file's stem without one.
    std::vector<std::string> warnings; ///< what the input policy replaced, located (reconcile/input.hpp)

    /// The article's text after its header block; a view into `text`, valid while the article
    /// lives and is not modified.
    [[nodiscard]] std::string_view body() const { return std::string_view(text).substr(body_offset); }
};

namespace reconcile_detail {

// Scraped news often has no date it can vouch for; its claims are then undated.
template <class = void>
inline bool names_unknown_date(std::string_view value) {
    std::string lower;
    for (char c : value) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return lower == "unknown";
}

inline constexpr std::string_view header_keys[] = {"source", "url", "date"};

template <class = void>
inline bool is_header_key(std::string_view key) {
    return std::find(std::begin(header_keys), std::end(header_keys), key) != std::end(header_keys);
}

template <class = void>
inline std::string_view header_key_of(std::string_view line) {
    std::size_t colon = line.find(':');
    return colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
}

// The header key that a line such as "sorce: Harbor Ledger" or "Source: Harbor Ledger" was
// meant to start with: one word of letters, a colon and a value, and the word a key spelt
// within two edits (lowercase) or a key with capitals. Text rarely starts that way.
template <class = void>
inline std::optional<std::string_view> misspelt_header_key(std::string_view line) {
    std::string_view word = header_key_of(line);
    if (word.empty() || line.substr(word.size() + 1).find_first_not_of(" \t\r") == std::string_view::npos)
        return std::nullopt;
    std::string lower;
    bool all_lower = true;
    for (char c : word) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return std::nullopt;
        all_lower = all_lower && c >= 'a';
        lower += static_cast<char>(c | 0x20);
    }
    for (std::string_view key : header_keys)
        if (lower == key || (all_lower && edit_distance(lower, key) <= 2)) return key;
    return std::nullopt;
}

// Characters that show nothing: Unicode's spaces and zero-width marks. Text made of these and of
// bytes that are not UTF-8 says nothing a reader could check.
template <class = void>
inline bool shows_nothing(char32_t c) {
    return c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200D) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
           c == 0x205F || c == 0x2060 || c == 0x3000 || c == 0xFEFF;
}

template <class = void>
inline bool has_visible_text(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const code_point c = code_point_at(text, i);
        i += c.length;
        if (!c.valid || shows_nothing(c.value)) continue;
        if (c.value > 0x7F ||
            std::string_view(" \t\n\r\f\v").find(static_cast<char>(c.value)) == std::string_view::npos)
            return true;
    }
    return false;
}

// An article must say something: no text, or only blank space (of any script), zero-width marks
// or broken bytes after the headers, is an error rather than a story that is trivially consistent.
template <class Fail>
inline result<article> check_body(article& a, Fail fail) {
    if (!has_visible_text(a.body()))
        return fail(a.text.size(), a.body_offset > reconcile_detail::bom_length(a.text)
                                       ? "the article has no text after its header lines"
                                       : "the article is empty");
    return std::move(a);
}

template <class = void>
inline std::string file_stem(std::string_view path) {
    std::size_t slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = name.find_last_of('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

} // namespace reconcile_detail

/// Reads the optional header block: lines `source: NAME`, `url: URL`, `date: DATE`, then
/// a blank line. DATE is YYYY-MM-DD, YYYY-MM, YYYY or `unknown` (the article is then undated, as
/// without the header). Without headers the file name is the source. A header block with an unknown
/// key, or a first line that looks like a misspelt header, is an error rather than text silently
/// taken for the article. The input policy (reconcile/input.hpp) applies: a byte-order mark is
/// skipped, control characters read as spaces, NUL is an error, and so is an empty article.
template <class = void>
inline result<article> read_article(std::string file_name, std::string content) {
    article a;
    a.file = std::move(file_name);
    a.text = std::move(content);
    a.publisher.name = reconcile_detail::file_stem(a.file);
    std::string_view text = a.text;
    auto fail = [&](std::size_t at, std::string_view what) {
        return result<article>(error{reconcile_detail::located_message(a.file, text, at, what), at});
    };
    auto prepared = prepare_text(a.text);
    if (!prepared) return fail(prepared.error().offset, prepared.error().message);
    for (const error& w : prepared->warnings)
        a.warnings.push_back(reconcile_detail::located_message(a.file, text, w.offset, w.message));
    const std::size_t start = prepared->start;
    a.body_offset = start;
    std::size_t first_end = text.find('\n', start);
    std::string_view first_line =
        text.substr(start, first_end == std::string_view::npos ? std::string_view::npos : first_end - start);
    if (!reconcile_detail::is_header_key(reconcile_detail::header_key_of(first_line))) {
        if (auto misspelt = reconcile_detail::misspelt_header_key(first_line))
            return fail(start, "'" + std::string(reconcile_detail::header_key_of(first_line)) +
                                   ":' is not a header; did you mean '" + std::string(*misspelt) +
                                   ":'? (header lines are source:, url: and date:, then a blank line)");
        return reconcile_detail::check_body(a, fail);
    }

    std::size_t pos = start;
    bool saw_source = false, saw_url = false, saw_date = false;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            a.body_offset = next;
            return reconcile_detail::check_body(a, fail);
        }
        // A header value becomes a source name, a claim id and a report heading: it must be text.
        if (std::size_t bad = reconcile_detail::first_invalid_utf8(line); bad != std::string_view::npos)
            return fail(pos + bad, "invalid UTF-8 in a header line (byte " + std::to_string(pos + bad) +
                                       "); header lines are UTF-8 text");
        // Control characters were read as spaces already; a form feed or a lone carriage return
        // is left, and would end a line for some readers and not for others.
        if (std::size_t bad = line.find_first_of("\f\v\r"); bad != std::string_view::npos)
            return fail(pos + bad, "a form feed or carriage return inside a header line (byte " +
                                       std::to_string(pos + bad) + "); each header is one line");
        std::string_view key = reconcile_detail::header_key_of(line);
        if (!reconcile_detail::is_header_key(key)) {
            auto misspelt = reconcile_detail::misspelt_header_key(line);
            return fail(pos, "unknown header line '" + std::string(line.substr(0, 40)) + "': " +
                                 (misspelt ? "did you mean '" + std::string(*misspelt) + ":'? " : std::string()) +
                                 "expected source:, url: or date:, then a blank line before the text");
        }
        std::string_view value = line.substr(key.size() + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
        while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
        std::size_t value_at = pos + static_cast<std::size_t>(value.data() - line.data());
        if (value.empty()) return fail(value_at, "header '" + std::string(key) + ":' has no value");
        bool& seen = key == "source" ? saw_source : key == "url" ? saw_url : saw_date;
        if (seen) return fail(pos, "header '" + std::string(key) + ":' is given twice");
        seen = true;
        if (key == "source")
            a.publisher.name = std::string(value);
        else if (key == "url")
            a.publisher.url = std::string(value);
        else if (auto date = parse_article_date(value))
            a.publisher.date = to_string(*date);
        else if (!reconcile_detail::names_unknown_date(value))
            return fail(value_at, "date '" + std::string(value) +
                                      "' is not a date: expected YYYY-MM-DD, YYYY-MM, YYYY or unknown");
        pos = next;
    }
    return fail(text.size(), "the header lines need a blank line after them, then the text");
}

} // namespace factrec
