#pragma once

#include "cli_support.hpp"

// factrec scan [--format text|json|jsonl|tsv] [--lines] [--precision exact|last-digit|relative:R] FILE...
// Lists every quantity the files mention, with byte spans. `-` reads standard input.
// Exit status: 0, or 2 with a message on standard error for unusable input.
#include <factrec/parse.hpp>
#include <factrec/report/detail/json_writer.hpp>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec_cli {

namespace scan_detail {

inline constexpr std::string_view usage =
    "usage: factrec scan [--format text|json|jsonl|tsv] [--lines]\n"
    "                    [--precision exact|last-digit|relative:R] FILE...\n"
    "\n"
    "Lists every quantity the files mention: byte span, kind, unit, exact interval, qualifier\n"
    "and speaker. FILE '-' is standard input.\n"
    "  --format F      text (default), json (one array), jsonl (one object a line) or tsv\n"
    "  --lines         every input line is a document of its own; doc is the line number\n"
    "  --precision P   exact, last-digit (default) or relative:R (R a fraction or a percentage)\n"
    "Exit status: 0, or 2 for unusable input.\n";

enum class format { text, json, jsonl, tsv };

struct document {
    std::string file;                // as given on the command line
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

inline void write_json_mention(factrec::detail::json_writer& w, const document& d, const factrec::mention& m) {
    const auto& q = m.quantity;
    w.begin_object();
    w.key("doc");
    if (d.line)
        w.integer(*d.line);
    else
        w.value(d.file);
    if (d.line) w.key("file").value(d.file);
    w.key("start").integer(m.span.begin);
    w.key("end").integer(m.span.end);
    w.key("text").value(d.text.substr(m.span.begin, m.span.end - m.span.begin));
    w.key("kind").value(factrec::to_string(m.kind));
    w.key("unit").value(q.unit.symbol());
    w.key("value");
    if (q.value.is_empty()) {
        w.null();
    } else {
        w.begin_object();
        auto lo = bound_text(q.value.lower());
        auto hi = bound_text(q.value.upper());
        w.key("lo");
        if (lo)
            w.value(*lo);
        else
            w.null();
        w.key("hi");
        if (hi)
            w.value(*hi);
        else
            w.null();
        w.key("lo_open").value(q.value.lower().infinite || q.value.lower().open);
        w.key("hi_open").value(q.value.upper().infinite || q.value.upper().open);
        w.end_object();
    }
    w.key("written").value(q.written);
    w.key("qualifier").value(factrec::to_string(q.qualifier));
    w.key("speaker");
    if (m.speaker)
        w.value(*m.speaker);
    else
        w.null();
    w.key("sentence").begin_array().integer(m.sentence.begin).integer(m.sentence.end).end_array();
    w.end_object();
}

inline std::string doc_name(const document& d) { return d.line ? d.file + ":" + std::to_string(*d.line) : d.file; }

} // namespace scan_detail

inline int run_scan_command(int argc, char** argv) {
    using namespace scan_detail;
    format output = format::text;
    bool lines = false;
    factrec::scan_options options;
    std::vector<std::string> paths;
    auto fail = [](const std::string& message) {
        std::cerr << "factrec scan: " << message << "\n";
        return 2;
    };
    bool options_done = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto value = [&]() -> std::optional<std::string> {
            if (i + 1 >= argc) return std::nullopt;
            return std::string(argv[++i]);
        };
        if (options_done || arg == "-" || !arg.starts_with("-")) {
            paths.emplace_back(arg);
        } else if (arg == "--") {
            options_done = true;
        } else if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        } else if (arg == "--format" || arg.starts_with("--format=")) {
            std::optional<std::string> v =
                arg.starts_with("--format=") ? std::optional<std::string>(std::string(arg.substr(9))) : value();
            if (!v) return fail("--format takes text, json, jsonl or tsv");
            if (*v == "text")
                output = format::text;
            else if (*v == "json")
                output = format::json;
            else if (*v == "jsonl")
                output = format::jsonl;
            else if (*v == "tsv")
                output = format::tsv;
            else
                return fail("unknown format '" + *v + "': expected text, json, jsonl or tsv");
        } else if (arg == "--lines") {
            lines = true;
        } else if (arg == "--precision" || arg.starts_with("--precision=")) {
            std::optional<std::string> v =
                arg.starts_with("--precision=") ? std::optional<std::string>(std::string(arg.substr(12))) : value();
            if (!v) return fail("--precision takes exact, last-digit or relative:R");
            using mode = factrec::precision_policy::mode;
            if (*v == "exact") {
                options.precision.rounding = mode::exact;
            } else if (*v == "last-digit" || *v == "last_digit") {
                options.precision.rounding = mode::last_digit;
            } else if (v->starts_with("relative:")) {
                std::string r = v->substr(9);
                bool percent = !r.empty() && r.back() == '%';
                if (percent) r.pop_back();
                auto parsed = factrec::parse_exact_number(r);
                if (!parsed || *parsed < 0 || (percent ? factrec::exact_number(*parsed / 100) : *parsed) >= 1)
                    return fail("--precision relative:R takes a tolerance in [0, 1) or a percentage, such as "
                                "relative:0.02 or relative:2%");
                options.precision.rounding = mode::relative;
                options.precision.relative_tolerance = percent ? factrec::exact_number(*parsed / 100) : *parsed;
            } else {
                return fail("unknown precision '" + *v + "': expected exact, last-digit or relative:R");
            }
        } else {
            return fail("unknown option '" + std::string(arg) + "'\n" + std::string(usage));
        }
    }
    if (paths.empty()) return fail("no input files (use '-' for standard input)\n" + std::string(usage));

    // Every input is read before anything is written: unusable input leaves no partial output.
    std::vector<std::string> contents;
    contents.reserve(paths.size());
    for (const auto& path : paths) {
        std::string problem;
        auto text = read_input(path, problem);
        if (!text) return fail(problem);
        contents.push_back(std::move(*text));
    }

    std::vector<document> documents;
    for (std::size_t f = 0; f < paths.size(); ++f) {
        std::string_view all = contents[f];
        if (!lines) {
            documents.push_back({paths[f], std::nullopt, all});
            continue;
        }
        std::size_t number = 0, start = 0;
        while (start < all.size()) {
            std::size_t nl = all.find('\n', start);
            std::size_t stop = nl == std::string_view::npos ? all.size() : nl;
            std::string_view line = all.substr(start, stop - start);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            documents.push_back({paths[f], ++number, line});
            if (nl == std::string_view::npos) break;
            start = nl + 1;
        }
    }

    std::ostream& out = std::cout;
    std::optional<factrec::detail::json_writer> array_writer;
    if (output == format::json) {
        array_writer.emplace(out);
        array_writer->begin_array();
    } else if (output == format::tsv) {
        out << "doc\tstart\tend\ttext\tkind\tunit\tlo\thi\tlo_open\thi_open\twritten\tqualifier\tspeaker\tsentence_"
               "start\tsentence_end\n";
    }
    // One result for every document: with --lines there may be millions, each reusing the
    // memory of the last.
    factrec::scan_result found;
    for (const document& d : documents) {
        factrec::scan(d.text, found, options);
        for (const factrec::mention& m : found) {
            const auto& q = m.quantity;
            std::string_view text = d.text.substr(m.span.begin, m.span.end - m.span.begin);
            switch (output) {
            case format::json: write_json_mention(*array_writer, d, m); break;
            case format::jsonl: {
                factrec::detail::json_writer w(out);
                write_json_mention(w, d, m);
                out << '\n';
                break;
            }
            case format::tsv: {
                auto lo = q.value.is_empty() ? std::nullopt : bound_text(q.value.lower());
                auto hi = q.value.is_empty() ? std::nullopt : bound_text(q.value.upper());
                out << tsv_field(doc_name(d)) << '\t' << m.span.begin << '\t' << m.span.end << '\t' << tsv_field(text)
                    << '\t' << factrec::to_string(m.kind) << '\t' << tsv_field(q.unit.symbol()) << '\t'
                    << (lo ? *lo : "-inf") << '\t' << (hi ? *hi : "inf") << '\t'
                    << (q.value.lower().infinite || q.value.lower().open ? "true" : "false") << '\t'
                    << (q.value.upper().infinite || q.value.upper().open ? "true" : "false") << '\t'
                    << tsv_field(q.written) << '\t' << factrec::to_string(q.qualifier) << '\t'
                    << tsv_field(m.speaker.value_or("")) << '\t' << m.sentence.begin << '\t' << m.sentence.end << '\n';
                break;
            }
            case format::text:
                out << doc_name(d) << ':' << m.span.begin << '-' << m.span.end << "  " << factrec::to_string(m.kind)
                    << "  " << factrec::to_string(q.unit) << "  " << factrec::to_string(q.value) << "  \"" << text
                    << '"';
                if (q.qualifier != factrec::qualifier::none) out << "  (" << factrec::to_string(q.qualifier) << ')';
                if (m.speaker) out << "  speaker: " << *m.speaker;
                out << '\n';
                break;
            }
        }
        // What the scanner skipped (invalid UTF-8, figures too long to be real) is said on
        // standard error, where it cannot break the json, jsonl or tsv on standard output.
        for (const factrec::error& skipped : found.diagnostics)
            std::cerr << "factrec scan: warning: " << doc_name(d) << ": byte " << skipped.offset << ": "
                      << skipped.message << "\n";
    }
    if (array_writer) {
        array_writer->end_array();
        out << '\n';
    }
    out.flush();
    if (!out) return fail("cannot write the output");
    return 0;
}

} // namespace factrec_cli
