// factrec reconcile (--facts FILE | --auto) [--format text|json|html] [-o OUT] [--precision P]
//                   [--explain-binding] [--max-input-size SIZE] ARTICLE...
// --auto drafts the facts file from the articles (factrec suggest) and attaches the draft.
#pragma once

#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>
#include <factrec/report/detail/json_buffer.hpp>
#include <factrec/report/detail/safe_text.hpp>

#include <algorithm>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "cli_support.hpp"
#include "suggest_command.hpp"

namespace factrec_cli {

inline int run_reconcile_command(int argc, char** argv) {
    CLI::App app{"Reads the articles, binds every figure to a fact of the facts file, and reports which\n"
                 "statements contradict each other, by how much, and what range of each fact stays consistent.",
                 "factrec reconcile"};
    common_options common;
    std::string facts_path, format = "text", precision_text;
    bool single_reading = false, explain_binding = false, automatic = false;
    std::vector<std::string> article_paths;
    auto* facts_option =
        app.add_option("--facts", facts_path, "the facts file: facts, cues, relations, trust, readings")
            ->type_name("FILE");
    app.add_flag("--auto", automatic,
                 "draft the facts file from the articles (as 'factrec suggest') and attach the draft to the report")
        ->excludes(facts_option);
    app.add_option("--format", format, "text (default), json or html")
        ->check(CLI::IsMember({"text", "json", "html"}))
        ->type_name("F");
    app.add_option("--precision", precision_text, "override the facts file's reading: exact, last-digit or relative:R")
        ->type_name("P");
    app.add_flag("--single-reading", single_reading, "do not also solve under the other reading (exact vs last digit)");
    app.add_flag("--explain-binding", explain_binding,
                 "print how each figure was bound (cue, cost, runner-up) or why not, instead of the report");
    add_common_options(app, common);
    solving_options solving;
    add_solving_options(app, solving);
    app.add_option("articles", article_paths, "the articles ('-': standard input)")->required()->type_name("ARTICLE");
    if (auto status = parse_command_line(app, common, argc, argv)) return *status;

    auto fail = [](const std::string& message) {
        std::cerr << "factrec reconcile: " << message << "\n";
        return 2;
    };
    std::optional<factrec::precision_policy::mode> precision;
    std::optional<factrec::exact_number> relative;
    if (!precision_text.empty()) {
        factrec::precision_policy::mode mode{};
        if (!parse_precision(precision_text, mode, relative))
            return fail("unknown precision '" + precision_text + "': " + std::string(precision_help));
        precision = mode;
    }
    if (!automatic && facts_path.empty())
        return fail("give --facts FILE, or --auto to draft the facts from the articles");
    std::vector<std::string> inputs = article_paths;
    if (!automatic) inputs.push_back(facts_path);
    if (std::count(inputs.begin(), inputs.end(), std::string("-")) > 1)
        return fail("standard input ('-') can be read only once");
    if (auto clash = output_overwrites_input(common.output, inputs)) return fail(*clash);

    warn_about_file_names("factrec reconcile", inputs);

    std::string problem;
    std::optional<factrec::facts_file> facts;
    if (!automatic) {
        auto facts_text = read_input(facts_path, common.limits, problem);
        if (!facts_text) return fail(problem);
        auto parsed = factrec::parse_facts_file(*facts_text, facts_path);
        if (!parsed) return fail(parsed.error().message);
        facts = std::move(*parsed);
    }
    auto articles = read_articles(article_paths, common.limits, problem);
    if (!articles) return fail(problem);
    std::string draft;
    if (automatic) {
        auto drafted = factrec::suggest_facts(*articles);
        if (!drafted) return fail(drafted.error().message);
        draft = drafted->text;
        if (drafted->facts.facts.empty()) {
            std::cerr << "factrec reconcile: no figure is reported by two or more articles; there is nothing to "
                         "reconcile. The draft:\n"
                      << draft;
            return 2;
        }
        facts = std::move(drafted->facts);
    }
    if (relative) facts->precision.relative_tolerance = *relative;

    progress_line progress("factrec reconcile", solving.quiet);
    factrec::reconcile_options options;
    options.precision = precision;
    options.compare_readings = !single_reading;
    options.solve = solver_options(solving, progress, std::to_string(articles->size()) + " articles read, ");
    auto result = factrec::reconcile(std::move(*facts), std::move(*articles), options);
    progress.clear();
    if (!result) return fail(result.error().message);

    output_target target;
    if (!target.open(common.output, problem)) return fail(problem);
    std::ostream& out = target.stream();
    if (explain_binding) {
        factrec::write_binding_explanation(out, *result);
    } else if (format == "json") {
        // The report is one JSON object; the draft joins it as its last field.
        std::string report = factrec::json_report(*result);
        if (automatic && !report.empty() && report.back() == '}') {
            report.pop_back();
            report += ",\"draft\":";
            factrec::report::detail::append_json_text(report, draft);
            report += '}';
        }
        out << report << '\n';
    } else if (format == "html") {
        std::ostringstream html;
        factrec::write_html_report(html, *result);
        std::string page = html.str();
        const std::size_t end = page.rfind("</body>");
        if (automatic && end != std::string::npos)
            page.insert(end, "<details><summary>Draft facts file (factrec suggest)</summary><pre>" +
                                 factrec::report::detail::html_escape(draft) + "</pre></details>\n");
        out << page;
    } else {
        factrec::write_text_report(out, *result);
    }
    if (automatic && format == "text" && !explain_binding)
        out << "\n--- Draft facts file (factrec suggest; save it with 'factrec suggest -o FILE' and refine) ---\n"
            << draft;
    if (!target.commit(problem)) return fail(problem);
    return result->consistent() ? 0 : 1;
}

} // namespace factrec_cli
