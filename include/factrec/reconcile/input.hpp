#pragma once

// factrec's input policy, in one place: how large an input may be, which bytes are text, and
// what happens to the rest. Articles, facts files and the command-line tool all read through it.
//
// - Size: at most `max_bytes`, checked while reading, so that an endless or huge input is an
//   error before memory runs out.
// - Encoding: UTF-8, with or without a byte-order mark; the mark is skipped, and offsets stay
//   offsets into the bytes as given.
// - NUL: an error at its offset; a file with NUL bytes is not text.
// - Control characters other than tab, line feed, carriage return and form feed (C0, DEL and
//   C1): in an article, replaced by spaces byte for byte (offsets do not move) and reported as
//   a warning; in a facts file, an error.
// - Invalid UTF-8: in an article's text, skipped by the scanner, which notes each offset; in a
//   header line or a facts file, an error.
#include <factrec/core/result.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/text_position.hpp>

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace factrec {

/// The largest input read by default: 256 MiB (bytes). Larger inputs are refused with an
/// error, never truncated.
inline constexpr std::size_t default_max_input_size = std::size_t{256} << 20;

/// How much read_input accepts.
struct input_limits {
    std::size_t max_bytes = default_max_input_size; ///< The most bytes read; one more is an error.
    /// How errors name the limit: the command-line tool says "--max-input-size".
    std::string limit_name = "the input size limit";
};

/// "256 MiB", "1.5 KiB", "100 bytes": sizes in the words errors use (binary units, one
/// decimal when inexact).
template <class = void>
inline std::string describe_size(std::size_t bytes);

/// The message for an input over the limit, for callers that stream their input themselves:
/// "'path' is larger than <limit_name> (256 MiB)"; "-" is named standard input.
template <class = void>
inline std::string too_large_message(std::string_view path, const input_limits& limits);

/// The bytes of a file, or of standard input for "-", never more than limits.max_bytes.
/// Errors: a directory, a file that cannot be opened or read (with the system's reason), an
/// input over the limit (offset: the limit). A regular file over the limit is refused before
/// any byte is read. The bytes are returned as they are; see prepare_text.
template <class = void>
inline result<std::string> read_input(const std::string& path, const input_limits& limits = {});

/// What the policy makes of a text about to be read as an article or a scanned document.
struct prepared_text {
    std::size_t start = 0;       ///< where the text starts: 3 after a byte-order mark
    std::vector<error> warnings; ///< at their offsets, one for each kind of thing replaced
};

/// Applies the policy to `text` in place: NUL is an error, control characters become spaces
/// (with a warning), a byte-order mark is skipped. Offsets into `text` stay offsets into the file.
/// A second byte-order mark after the first is an error too. Linear in the text's size.
template <class = void>
inline result<prepared_text> prepare_text(std::string& text);
/// The same, on text held elsewhere: `factrec scan` reads a large file into memory of its own.
template <class = void>
inline result<prepared_text> prepare_text(std::span<char> text);

/// The strict form, for facts files: NUL, control characters and invalid UTF-8 are errors.
/// Returns where the text starts (after a byte-order mark); the error's offset locates it.
/// `what` names the text in messages ("a facts file is UTF-8 text").
template <class = void>
inline result<std::size_t> check_strict_text(std::string_view text, std::string_view what = "a facts file");

namespace reconcile_detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";
inline constexpr std::size_t max_listed_offsets = 5;

inline std::size_t bom_length(std::string_view text) { return text.starts_with(utf8_bom) ? utf8_bom.size() : 0; }

// A mark right after the mark: the file was converted twice, and what follows is not what it seems
// (a header behind a second mark would be read as text).
template <class = void>
inline std::optional<error> second_bom(std::string_view text, std::size_t start) {
    if (start == 0 || !text.substr(start).starts_with(utf8_bom)) return std::nullopt;
    return error{"a second byte-order mark (at byte " + std::to_string(start) +
                     "); the file was converted to UTF-8 twice: remove the extra marks",
                 start};
}

// The length of the control character at `i` (C0 but tab, LF, CR and FF; DEL; C1 as UTF-8), or 0.
template <class = void>
inline std::size_t control_length(std::string_view text, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\0') || c == 0x7F) return 1;
    if (c == 0xC2 && i + 1 < text.size()) {
        unsigned char next = static_cast<unsigned char>(text[i + 1]);
        if (next >= 0x80 && next <= 0x9F) return 2;
    }
    return 0;
}

template <class = void>
inline std::string code_point_name(std::string_view text, std::size_t i) {
    unsigned code = static_cast<unsigned char>(text[i]);
    if (code == 0xC2) code = static_cast<unsigned char>(text[i + 1]);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", code);
    return buffer;
}

template <class = void>
inline std::string hex_byte(unsigned char c) {
    const char* digits = "0123456789abcdef";
    return std::string("0x") + digits[c >> 4] + digits[c & 15];
}

template <class = void>
inline std::string nul_message(std::size_t offset) {
    return "NUL byte (at byte " + std::to_string(offset) +
           "); factrec reads UTF-8 text, and a file with NUL bytes is "
           "not text";
}

} // namespace reconcile_detail

template <class>
inline std::string describe_size(std::size_t bytes) {
    static constexpr const char* units[] = {"KiB", "MiB", "GiB", "TiB"};
    if (bytes < 1024) return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
    double value = static_cast<double>(bytes);
    int unit = -1;
    while (value >= 1024 && unit < 3) value /= 1024, ++unit;
    char buffer[32];
    if (value == static_cast<double>(static_cast<std::size_t>(value)))
        std::snprintf(buffer, sizeof buffer, "%zu %s", static_cast<std::size_t>(value), units[unit]);
    else
        std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
    return buffer;
}

template <class>
inline std::string too_large_message(std::string_view path, const input_limits& limits) {
    std::string name = path == "-" ? std::string("standard input") : "'" + std::string(path) + "'";
    return name + " is larger than " + limits.limit_name + " (" + describe_size(limits.max_bytes) + ")";
}

template <class>
inline result<std::string> read_input(const std::string& path, const input_limits& limits) {
    std::istream* in = &std::cin;
    std::ifstream file;
    if (path != "-") {
        std::error_code ec;
        if (std::filesystem::is_directory(path, ec)) return error{"cannot read '" + path + "': it is a directory", 0};
        // A regular file's size is known before reading: a huge one is refused at once.
        auto size = std::filesystem::file_size(path, ec);
        if (!ec && std::filesystem::is_regular_file(path, ec) && size > limits.max_bytes)
            return error{too_large_message(path, limits), limits.max_bytes};
        file.open(path, std::ios::binary);
        if (!file) return error{"cannot read '" + path + "': " + std::generic_category().message(errno), 0};
        in = &file;
    }
    // A regular file is read at once into memory of its size: grown block by block, a large
    // file was copied again at every doubling, which took longer than scanning it.
    std::string content;
    std::error_code ec;
    if (path != "-" && std::filesystem::is_regular_file(path, ec)) {
        const auto size = std::filesystem::file_size(path, ec);
        if (!ec && size > 0 && size <= limits.max_bytes) {
            content.resize(static_cast<std::size_t>(size));
            in->read(content.data(), static_cast<std::streamsize>(size));
            content.resize(static_cast<std::size_t>(in->gcount()));
        }
    }
    // Devices and pipes have no size: read in blocks, and stop one byte past the limit. A file
    // that grew while it was read goes on here too.
    char block[1 << 16];
    while (*in) {
        in->read(block, sizeof block);
        std::size_t got = static_cast<std::size_t>(in->gcount());
        if (got > limits.max_bytes - content.size()) return error{too_large_message(path, limits), limits.max_bytes};
        content.append(block, got);
    }
    if (in->bad())
        return error{path == "-" ? std::string("cannot read standard input") : "cannot read '" + path + "'",
                     content.size()};
    return content;
}

template <class>
inline result<prepared_text> prepare_text(std::string& text) {
    return prepare_text(std::span<char>(text));
}

template <class>
inline result<prepared_text> prepare_text(std::span<char> bytes) {
    const std::string_view text(bytes.data(), bytes.size());
    prepared_text out;
    out.start = reconcile_detail::bom_length(text);
    if (auto second = reconcile_detail::second_bom(text, out.start)) return *second;
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return error{reconcile_detail::nul_message(nul), nul};
    std::vector<std::size_t> listed;
    std::size_t count = 0;
    std::string first_code;
    for (std::size_t i = out.start; i < text.size(); ++i) {
        std::size_t length = reconcile_detail::control_length(text, i);
        if (length == 0) continue;
        if (count == 0) first_code = reconcile_detail::code_point_name(text, i);
        if (listed.size() < reconcile_detail::max_listed_offsets) listed.push_back(i);
        ++count;
        std::fill_n(bytes.begin() + static_cast<std::ptrdiff_t>(i), length, ' ');
        i += length - 1;
    }
    if (count > 0) {
        std::string message = std::to_string(count) + " control character" + (count == 1 ? "" : "s") + " (first " +
                              first_code + ") read as spaces, at byte";
        message += listed.size() == 1 ? " " : "s ";
        for (std::size_t k = 0; k < listed.size(); ++k) message += (k ? ", " : "") + std::to_string(listed[k]);
        if (count > listed.size()) message += " and " + std::to_string(count - listed.size()) + " more";
        out.warnings.push_back({std::move(message), listed.front()});
    }
    return out;
}

template <class>
inline result<std::size_t> check_strict_text(std::string_view text, std::string_view what) {
    std::size_t start = reconcile_detail::bom_length(text);
    if (auto second = reconcile_detail::second_bom(text, start)) return *second;
    if (std::size_t bad = reconcile_detail::first_invalid_utf8(text); bad != std::string_view::npos)
        return error{"invalid UTF-8 (byte " + reconcile_detail::hex_byte(static_cast<unsigned char>(text[bad])) +
                         " at byte " + std::to_string(bad) + "); " + std::string(what) + " is UTF-8 text",
                     bad};
    if (std::size_t nul = text.find('\0'); nul != std::string_view::npos)
        return error{reconcile_detail::nul_message(nul), nul};
    for (std::size_t i = start; i < text.size(); ++i)
        if (reconcile_detail::control_length(text, i) != 0)
            return error{"control character " + reconcile_detail::code_point_name(text, i) + " (at byte " +
                             std::to_string(i) + "); " + std::string(what) +
                             " is text: tabs, line breaks and printable characters",
                         i};
    return start;
}

} // namespace factrec
