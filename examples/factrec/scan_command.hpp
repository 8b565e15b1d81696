#pragma once

#include "cli_support.hpp"

// factrec scan [--format text|json|jsonl|tsv] [--lines] [--precision exact|last-digit|relative:R]
//              [-o OUT] [--max-input-size SIZE] FILE...
// Lists every quantity the files mention, with byte spans. `-` reads standard input.
// Exit status: 0, or 2 with a message on standard error for unusable input or a failed write.
// Memory stays proportional to the largest document and its mentions: files are scanned one at
// a time, and with --lines a file streams line by line.
#include <factrec/parse.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/report/detail/mention_json.hpp>
#include <factrec/report/schema.hpp>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <optional>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

namespace factrec_cli {

namespace scan_detail {

enum class format { text, json, jsonl, tsv };

struct document {
    std::string_view file;           // as given on the command line
    std::optional<std::size_t> line; // with --lines: 1-based line number
    std::string_view text;
};

inline std::optional<std::string> bound_text(const factrec::basic_bound<factrec::exact_number>& b) {
    if (b.infinite) return std::nullopt;
    return factrec::to_exact_string(b.value);
}

// A field of a tab-separated line: tabs, newlines and backslashes escaped.
inline std::string tsv_field(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\\': out += "\\\\"; break;
        default: out += c;
        }
    }
    return out;
}

// ---- What a figure is to others: a change and its direction, a conversion, a table row ----
// Kept apart from the fields above, which every mention has had from the start.

inline std::string_view row_label_text(const document& d, const factrec::mention& m) {
    return d.text.substr(m.row_label.begin, m.row_label.size());
}

inline void write_tsv_relations(std::ostream& out, const document& d, const factrec::mention& m) {
    out << '\t' << factrec::to_string(m.role) << '\t' << factrec::to_string(m.direction) << '\t';
    if (m.converts) out << m.converts->begin << '-' << m.converts->end;
    out << '\t' << tsv_field(row_label_text(d, m));
}

inline void write_text_relations(std::ostream& out, const document& d, const factrec::mention& m) {
    if (m.role != factrec::figure_role::value) {
        out << "  " << factrec::to_string(m.role);
        if (m.direction != factrec::change_direction::none) out << ' ' << factrec::to_string(m.direction);
    }
    if (m.converts) out << "  converts " << m.converts->begin << '-' << m.converts->end;
    if (m.row_label.size() != 0) out << "  row: " << row_label_text(d, m);
}

inline std::string doc_name(const document& d) {
    return std::string(d.file) + (d.line ? ":" + std::to_string(*d.line) : std::string());
}

// The lines of a stream, one at a time, none longer than a limit: a file of any size streams
// through a buffer the size of its longest line.
class line_reader {
public:
    enum class status { line, end, too_long, failed };

    explicit line_reader(std::istream& in) : in_(in), block_(std::size_t{1} << 16, '\0') {}

    // The next line without its '\n' (and '\r'), in `line`.
    status next(std::string& line, std::size_t max_bytes) {
        line.clear();
        bool any = false;
        while (true) {
            if (pos_ == end_) {
                if (!in_) {
                    if (in_.bad()) return status::failed;
                    return any ? status::line : status::end;
                }
                in_.read(block_.data(), static_cast<std::streamsize>(block_.size()));
                pos_ = 0;
                end_ = static_cast<std::size_t>(in_.gcount());
                if (in_.bad()) return status::failed;
                continue;
            }
            any = true;
            const char* from = block_.data() + pos_;
            const void* newline = std::memchr(from, '\n', end_ - pos_);
            std::size_t stop =
                newline ? static_cast<std::size_t>(static_cast<const char*>(newline) - block_.data()) : end_;
            if (line.size() + (stop - pos_) > max_bytes) return status::too_long;
            line.append(from, stop - pos_);
            pos_ = newline ? stop + 1 : stop;
            if (newline) break;
        }
        if (!line.empty() && line.back() == '\r') line.pop_back();
        return status::line;
    }

private:
    std::istream& in_;
    std::string block_;
    std::size_t pos_ = 0, end_ = 0;
};

// A regular file's bytes in memory of their own. A std::string of the file's size would be
// filled with zeros first, which took as long as scanning a news article; this memory is
// written once, by the read, and asked for in huge pages.
class file_bytes {
public:
    explicit file_bytes(std::size_t size) : bytes_(new char[size]), size_(size) {
        factrec::parse::detail::ask_for_huge_pages(bytes_.get(), size);
    }
    [[nodiscard]] char* data() noexcept { return bytes_.get(); }
    [[nodiscard]] std::span<char> text() noexcept { return {bytes_.get(), size_}; }

private:
    std::unique_ptr<char[]> bytes_;
    std::size_t size_;
};

// A regular file of some size within the limit, read whole; nothing (and read_input reads it,
// with its errors) for standard input, devices, pipes, empty files, or any trouble here.
inline std::optional<file_bytes> read_regular_file(const std::string& path, const factrec::input_limits& limits) {
    std::error_code ec;
    if (path == "-" || !std::filesystem::is_regular_file(path, ec)) return std::nullopt;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec || size == 0 || size > limits.max_bytes) return std::nullopt;
    const int descriptor = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (descriptor < 0) return std::nullopt;
    file_bytes bytes(static_cast<std::size_t>(size));
    std::size_t got = 0;
    while (got < size) {
        const ssize_t n = ::read(descriptor, bytes.data() + got, static_cast<std::size_t>(size) - got);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        got += static_cast<std::size_t>(n);
    }
    // A file that changed size while it was read is left to read_input.
    char more = 0;
    const bool whole = got == size && ::read(descriptor, &more, 1) == 0;
    ::close(descriptor);
    if (!whole) return std::nullopt;
    return bytes;
}

// Writes the mentions of one document after another, in one format. JSON goes into a buffer
// of its own, written out a megabyte at a time: a stream call per field cost more than the scan.
class mention_writer {
public:
    mention_writer(std::ostream& out, format f) : out_(out), format_(f) {
        if (format_ == format::json || format_ == format::jsonl) buffer_.reserve(flush_at + (std::size_t{1} << 16));
        if (format_ == format::json) {
            // One object, like every JSON document factrec writes: who wrote it, in which
            // layout, then the mentions. jsonl is a stream of mentions, one a line, with no
            // document around them (its lines are the schema's "mention").
            buffer_ += "{\"factrec\":\"";
            buffer_ += factrec::version_string;
            buffer_ += "\",\"schema\":" + std::to_string(factrec::scan_json_schema) + ",\"mentions\":[";
        } else if (format_ == format::tsv) {
            out_ << "doc\tstart\tend\ttext\tkind\tunit\tlo\thi\tlo_open\thi_open\twritten\tqualifier\tspeaker\t"
                    "sentence_start\tsentence_end\trole\tdirection\tconverts\trow_label\n";
        }
    }

    void write(const document& d, const factrec::mention& m);

    void finish() {
        if (format_ == format::json) buffer_ += "]}\n";
        flush();
    }

private:
    static constexpr std::size_t flush_at = std::size_t{1} << 20;

    void flush() {
        out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
        buffer_.clear();
    }

    std::ostream& out_;
    format format_;
    std::string buffer_;
    bool first_in_array_ = true;
};

} // namespace scan_detail

inline int run_scan_command(int argc, char** argv) {
    using namespace scan_detail;
    CLI::App app{"Lists every quantity the files mention: byte span, kind, unit, exact interval, qualifier\n"
                 "and speaker. FILE '-' is standard input.",
                 "factrec scan"};
    common_options common;
    std::string format_text = "text", precision_text;
    bool lines = false;
    std::vector<std::string> paths;
    app.add_option("--format", format_text, "text (default), json (one array), jsonl (one object a line) or tsv")
        ->check(CLI::IsMember({"text", "json", "jsonl", "tsv"}))
        ->type_name("F");
    app.add_flag("--lines", lines,
                 "every input line is a document of its own; doc is the line number, and "
                 "--max-input-size applies to each line, so a file of any size streams");
    app.add_option("--precision", precision_text, "exact, last-digit (default) or relative:R (R a fraction or a %)")
        ->type_name("P");
    add_common_options(app, common);
    app.add_option("files", paths, "the files to scan ('-': standard input)")->required()->type_name("FILE");
    if (auto status = parse_command_line(app, common, argc, argv)) return *status;

    auto fail = [](const std::string& message) {
        std::cerr << "factrec scan: " << message << "\n";
        return 2;
    };
    factrec::scan_options options;
    if (!precision_text.empty()) {
        std::optional<factrec::exact_number> relative;
        if (!parse_precision(precision_text, options.precision.rounding, relative))
            return fail("unknown precision '" + precision_text + "': " + std::string(precision_help));
        if (relative) options.precision.relative_tolerance = *relative;
    }
    const format output = format_text == "json"    ? format::json
                          : format_text == "jsonl" ? format::jsonl
                          : format_text == "tsv"   ? format::tsv
                                                   : format::text;
    if (std::count(paths.begin(), paths.end(), std::string("-")) > 1)
        return fail("standard input ('-') can be read only once");
    if (auto clash = output_overwrites_input(common.output, paths)) return fail(*clash);
    // Every input must open before anything is written; what a file holds is checked as it is
    // read, and with -o a later error leaves the output file as it was.
    for (const auto& path : paths) {
        std::error_code ec;
        if (path == "-") continue;
        if (std::filesystem::is_directory(path, ec)) return fail("cannot read '" + path + "': it is a directory");
        if (!std::ifstream(path, std::ios::binary)) return fail("cannot read '" + path + "': " + std::strerror(errno));
    }

    warn_about_file_names("factrec scan", paths);
    std::string problem;
    output_target target;
    if (!target.open(common.output, problem)) return fail(problem);
    mention_writer writer(target.stream(), output);
    // One result for every document: with --lines there may be millions, each reusing the
    // memory of the last.
    factrec::scan_result found;
    std::string text;
    auto scan_document = [&](const document& d, std::span<char> content) -> std::optional<std::string> {
        auto prepared = factrec::prepare_text(content);
        const std::string_view content_text(content.data(), content.size());
        if (!prepared)
            return doc_name(d) + ": byte " + std::to_string(prepared.error().offset) + ": " + prepared.error().message;
        // What the policy replaced and what the scanner skipped (invalid UTF-8, figures too long
        // to be real) is said on standard error, where it cannot break the json, jsonl or tsv.
        for (const factrec::error& w : prepared->warnings)
            std::cerr << "factrec scan: warning: " << doc_name(d) << ": byte " << w.offset << ": " << w.message << "\n";
        std::size_t start = prepared->start;
        // A whole file's header lines (source:, url:, date:) are read as reconcile reads them,
        // so that scan lists exactly the figures reconcile sees.
        if (!d.line && factrec::reconcile_detail::is_header_key(factrec::reconcile_detail::header_key_of(
                           content_text.substr(start, content_text.find('\n', start) - start)))) {
            auto read = factrec::read_article(std::string(d.file), std::string(content_text));
            if (!read) return read.error().message;
            start = read->body_offset;
        }
        document whole = d;
        whole.text = std::string_view(content.data(), content.size());
        factrec::scan(whole.text.substr(start), found, options);
        for (factrec::mention& m : found.mentions) {
            m.span.begin += start, m.span.end += start, m.sentence.begin += start, m.sentence.end += start;
            if (m.converts) m.converts->begin += start, m.converts->end += start;
            if (m.row_label.size() != 0) m.row_label.begin += start, m.row_label.end += start;
            writer.write(whole, m);
        }
        for (const factrec::error& skipped : found.diagnostics)
            std::cerr << "factrec scan: warning: " << doc_name(d) << ": byte " << skipped.offset + start << ": "
                      << skipped.message << "\n";
        return std::nullopt;
    };
    for (const auto& path : paths) {
        if (!lines) {
            if (auto bytes = read_regular_file(path, common.limits)) {
                if (auto error = scan_document({path, std::nullopt, {}}, bytes->text())) return fail(*error);
                continue;
            }
            auto content = read_input(path, common.limits, problem);
            if (!content) return fail(problem);
            if (auto error = scan_document({path, std::nullopt, {}}, *content)) return fail(*error);
            continue;
        }
        std::ifstream file;
        if (path != "-") file.open(path, std::ios::binary);
        if (path != "-" && !file) return fail("cannot read '" + path + "': " + std::strerror(errno));
        line_reader reader(path == "-" ? std::cin : file);
        for (std::size_t number = 1;; ++number) {
            auto status = reader.next(text, common.limits.max_bytes);
            if (status == line_reader::status::end) break;
            if (status == line_reader::status::too_long)
                return fail("line " + std::to_string(number) + " of " +
                            factrec::too_large_message(path, common.limits) +
                            " (with --lines, the limit is on each line)");
            if (status == line_reader::status::failed) return fail("cannot read '" + path + "'");
            if (auto error = scan_document({path, number, {}}, text)) return fail(*error);
        }
    }
    writer.finish();
    if (!target.commit(problem)) return fail(problem);
    return 0;
}

namespace scan_detail {

inline void mention_writer::write(const document& d, const factrec::mention& m) {
    const auto& q = m.quantity;
    std::string_view text = d.text.substr(m.span.begin, m.span.end - m.span.begin);
    switch (format_) {
    case format::json:
        if (!first_in_array_) buffer_ += ',';
        first_in_array_ = false;
        factrec::report::detail::append_mention_json(buffer_, d.file, d.line, d.text, m);
        if (buffer_.size() >= flush_at) flush();
        break;
    case format::jsonl:
        factrec::report::detail::append_mention_json(buffer_, d.file, d.line, d.text, m);
        buffer_ += '\n';
        if (buffer_.size() >= flush_at) flush();
        break;
    case format::tsv: {
        auto lo = q.value.is_empty() ? std::nullopt : bound_text(q.value.lower());
        auto hi = q.value.is_empty() ? std::nullopt : bound_text(q.value.upper());
        out_ << tsv_field(doc_name(d)) << '\t' << m.span.begin << '\t' << m.span.end << '\t' << tsv_field(text) << '\t'
             << factrec::to_string(m.kind) << '\t' << tsv_field(q.unit.symbol()) << '\t' << (lo ? *lo : "-inf") << '\t'
             << (hi ? *hi : "inf") << '\t' << (q.value.lower().infinite || q.value.lower().open ? "true" : "false")
             << '\t' << (q.value.upper().infinite || q.value.upper().open ? "true" : "false") << '\t'
             << tsv_field(q.written) << '\t' << factrec::to_string(q.qualifier) << '\t'
             << tsv_field(m.speaker.value_or("")) << '\t' << m.sentence.begin << '\t' << m.sentence.end;
        write_tsv_relations(out_, d, m);
        out_ << '\n';
        break;
    }
    case format::text:
        out_ << doc_name(d) << ':' << m.span.begin << '-' << m.span.end << "  " << factrec::to_string(m.kind) << "  "
             << factrec::to_string(q.unit) << "  " << factrec::to_string(q.value) << "  \"" << text << '"';
        if (q.qualifier != factrec::qualifier::none) out_ << "  (" << factrec::to_string(q.qualifier) << ')';
        if (m.speaker) out_ << "  speaker: " << *m.speaker;
        write_text_relations(out_, d, m);
        out_ << '\n';
        break;
    }
}

} // namespace scan_detail

} // namespace factrec_cli
