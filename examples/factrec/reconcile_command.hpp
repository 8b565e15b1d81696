// factrec reconcile --facts FILE [--format text|json|html] [-o OUT] [--precision P] ARTICLE...
#pragma once

#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_support.hpp"

namespace factrec_cli {

namespace reconcile_detail {

inline constexpr std::string_view usage =
    "usage: factrec reconcile --facts FILE [--format text|json|html] [-o OUT]\n"
    "                         [--precision exact|last-digit|relative:R] [--single-reading] ARTICLE...\n"
    "\n"
    "Reads the articles, binds every figure to a fact of the facts file, and reports which\n"
    "statements contradict each other, by how much, and what range of each fact stays consistent.\n"
    "  --facts FILE       the facts file: facts, cues, relations, trust, readings\n"
    "  --format F         text (default), json or html\n"
    "  -o, --output OUT   write the report to OUT instead of standard output\n"
    "  --precision P      override the facts file's reading of figures\n"
    "  --single-reading   do not also solve under the other reading (exact vs last digit)\n"
    "Exit status: 0 consistent, 1 conflicts found, 2 unusable input.\n";

} // namespace reconcile_detail

inline int run_reconcile_command(int argc, char** argv) {
    using namespace reconcile_detail;
    std::string facts_path, format = "text", output_path;
    std::optional<factrec::precision_policy::mode> precision;
    std::optional<factrec::exact_number> relative;
    bool compare = true;
    std::vector<std::string> article_paths;
    auto fail = [](const std::string& message) {
        std::cerr << "factrec reconcile: " << message << "\n";
        return 2;
    };
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto value = [&](std::string_view name) -> std::optional<std::string> {
            if (i + 1 >= argc) return std::nullopt;
            (void)name;
            return std::string(argv[++i]);
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << usage;
            return 0;
        } else if (arg == "--facts") {
            auto v = value(arg);
            if (!v) return fail("--facts needs a file");
            facts_path = *v;
        } else if (arg == "--format") {
            auto v = value(arg);
            if (!v || (*v != "text" && *v != "json" && *v != "html")) return fail("--format takes text, json or html");
            format = *v;
        } else if (arg == "-o" || arg == "--output") {
            auto v = value(arg);
            if (!v) return fail("-o needs a file");
            output_path = *v;
        } else if (arg == "--precision") {
            auto v = value(arg);
            if (!v) return fail("--precision takes exact, last-digit or relative:R");
            if (*v == "exact")
                precision = factrec::precision_policy::mode::exact;
            else if (*v == "last-digit" || *v == "last_digit")
                precision = factrec::precision_policy::mode::last_digit;
            else if (v->starts_with("relative:")) {
                std::string r = v->substr(9);
                bool percent = !r.empty() && r.back() == '%';
                if (percent) r.pop_back();
                auto parsed = factrec::parse_exact_number(r);
                if (!parsed || *parsed < 0 || (percent ? *parsed / 100 : *parsed) >= 1)
                    return fail("--precision relative:R takes a tolerance in [0, 1) or a percentage, such as "
                                "relative:0.02 or relative:2%");
                relative = percent ? factrec::exact_number(*parsed / 100) : *parsed;
                precision = factrec::precision_policy::mode::relative;
            } else {
                return fail("unknown precision '" + *v + "': expected exact, last-digit or relative:R");
            }
        } else if (arg == "--single-reading") {
            compare = false;
        } else if (arg.starts_with("-") && arg.size() > 1) {
            return fail("unknown option '" + std::string(arg) + "'\n" + std::string(usage));
        } else {
            article_paths.emplace_back(arg);
        }
    }
    if (facts_path.empty()) return fail("--facts FILE is required\n" + std::string(usage));
    if (article_paths.empty()) return fail("no articles given\n" + std::string(usage));

    std::string problem;
    auto facts_text = read_input(facts_path, problem);
    if (!facts_text) return fail(problem);
    auto facts = factrec::parse_facts_file(*facts_text, facts_path);
    if (!facts) return fail(facts.error().message);
    if (relative) facts->precision.relative_tolerance = *relative;

    std::vector<factrec::article> articles;
    for (const auto& path : article_paths) {
        auto text = read_input(path, problem);
        if (!text) return fail(problem);
        auto article = factrec::read_article(path, std::move(*text));
        if (!article) return fail(article.error().message);
        articles.push_back(std::move(*article));
    }

    factrec::reconcile_options options;
    options.precision = precision;
    options.compare_readings = compare;
    auto result = factrec::reconcile(std::move(*facts), std::move(articles), options);
    if (!result) return fail(result.error().message);

    std::ofstream file;
    if (!output_path.empty()) {
        file.open(output_path, std::ios::binary);
        if (!file) return fail("cannot write '" + output_path + "': " + std::strerror(errno));
    }
    std::ostream& out = output_path.empty() ? std::cout : file;
    if (format == "json")
        factrec::write_json_report(out, *result), out << '\n';
    else if (format == "html")
        factrec::write_html_report(out, *result);
    else
        factrec::write_text_report(out, *result);
    out.flush();
    if (!out) return fail("writing the report failed");
    return result->consistent() ? 0 : 1;
}

} // namespace factrec_cli
