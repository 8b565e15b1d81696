#pragma once

#include <factrec/core/result.hpp>
#include <factrec/core/source.hpp>
#include <factrec/reconcile/detail/text_position.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace factrec {

// One article as given: its whole text (offsets in reports are into it), where the body
// starts after the optional header lines, and who published it.
struct article {
    std::string file;
    std::string text;
    std::size_t body_offset = 0;
    factrec::publisher publisher;

    [[nodiscard]] std::string_view body() const { return std::string_view(text).substr(body_offset); }
};

namespace detail {

inline bool valid_iso_date(std::string_view d) {
    auto digits = [&](std::size_t from, std::size_t count) {
        for (std::size_t i = from; i < from + count; ++i)
            if (d[i] < '0' || d[i] > '9') return false;
        return true;
    };
    if (d.size() != 10 || d[4] != '-' || d[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) return false;
    int year = std::stoi(std::string(d.substr(0, 4)));
    int month = std::stoi(std::string(d.substr(5, 2)));
    int day = std::stoi(std::string(d.substr(8, 2)));
    static constexpr int month_days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > month_days[month - 1]) return false;
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return !(month == 2 && day == 29 && !leap);
}

inline std::string file_stem(std::string_view path) {
    std::size_t slash = path.find_last_of('/');
    std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
    std::size_t dot = name.find_last_of('.');
    return std::string(dot == std::string_view::npos || dot == 0 ? name : name.substr(0, dot));
}

} // namespace detail

// Reads the optional header block: lines `source: NAME`, `url: URL`, `date: YYYY-MM-DD`, then
// a blank line. Without headers the file name is the source. A header block with an unknown
// key is an error rather than text silently taken for the article.
inline result<article> read_article(std::string file_name, std::string content) {
    article a;
    a.file = std::move(file_name);
    a.text = std::move(content);
    a.publisher.name = detail::file_stem(a.file);
    std::string_view text = a.text;
    auto is_header_key = [](std::string_view key) { return key == "source" || key == "url" || key == "date"; };
    auto key_of = [](std::string_view line) {
        std::size_t colon = line.find(':');
        return colon == std::string_view::npos ? std::string_view() : line.substr(0, colon);
    };
    std::size_t first_end = text.find('\n');
    if (!is_header_key(key_of(text.substr(0, first_end)))) return a;

    std::size_t pos = 0;
    bool saw_source = false, saw_url = false, saw_date = false;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        std::string_view line = text.substr(pos, end == std::string_view::npos ? std::string_view::npos : end - pos);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        std::size_t next = end == std::string_view::npos ? text.size() : end + 1;
        if (line.find_first_not_of(" \t") == std::string_view::npos) {
            a.body_offset = next;
            return a;
        }
        std::string_view key = key_of(line);
        auto fail = [&](std::size_t at, std::string_view what) {
            return result<article>(error{detail::located_message(a.file, text, at, what), at});
        };
        if (!is_header_key(key))
            return fail(pos, "unknown header line '" + std::string(line.substr(0, 40)) +
                                 "': expected source:, url: or date:, then a blank line before the text");
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
        else if (!detail::valid_iso_date(value))
            return fail(value_at, "date '" + std::string(value) + "' is not a valid YYYY-MM-DD date");
        else
            a.publisher.date = std::string(value);
        pos = next;
    }
    return error{detail::located_message(a.file, text, text.size(),
                                         "the header lines need a blank line after them, then the text"),
                 text.size()};
}

} // namespace factrec
