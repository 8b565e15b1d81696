#pragma once

// factrec solve MODEL.json [--format json|text] [--jsonl] [-o OUT] [--max-input-size SIZE] [--max-conflicts N]
// [--time-limit S] [--quiet]
// Exit status: 0 consistent, 1 conflicts found (or consistency not proven), 2 unusable input (the
// message names the place).
#include <factrec/model.hpp>
#include <factrec/report/solution_json.hpp>
#include <factrec/solve.hpp>

#include <nlohmann/json.hpp>

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include "cli_support.hpp"
#include "model_json.hpp"

namespace factrec_cli {

inline void write_solution_text(std::ostream& out, const factrec::solution& s) {
    auto list = [](const std::vector<std::string>& ids) {
        std::string text;
        for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
        return text.empty() ? std::string("its domain") : text;
    };
    out << (!s.consistent          ? "inconsistent: " + std::to_string(s.conflicts.size()) + " conflict(s)\n"
            : s.consistency_proven ? std::string("consistent: every claim can hold\n")
                                   : std::string("no conflict found, but consistency is not proven\n"));
    for (const auto& c : s.conflicts) {
        out << "  conflict: claims ";
        for (std::size_t i = 0; i < c.claims.size(); ++i) out << (i ? ", " : "") << c.claims[i];
        out << " through ";
        for (std::size_t i = 0; i < c.relations.size(); ++i) out << (i ? ", " : "") << c.relations[i];
        out << "; they disagree by "
            << (c.gap ? factrec::to_exact_string(*c.gap) : std::string("(unknown: a product or ratio)")) << '\n';
    }
    if (!s.rejected.empty()) {
        out << "set aside (total weight " << factrec::to_exact_string(s.rejected_weight)
            << (s.repair_optimal ? ", optimal" : "") << "): ";
        for (std::size_t i = 0; i < s.rejected.size(); ++i) out << (i ? ", " : "") << s.rejected[i];
        out << '\n';
        if (!s.repair_optimal)
            out << "  the optimum weighs at least " << factrec::to_exact_string(s.repair_lower_bound) << '\n';
    }
    out << "ranges:\n";
    for (const auto& f : s.facts) {
        out << "  " << f.fact << " " << factrec::to_string(f.range) << (f.exact ? "" : " (outer bound)") << '\n';
        if (!f.range.is_empty() && !f.range.lower().infinite) out << "    low end set by " << list(f.lo_set_by) << '\n';
        if (!f.range.is_empty() && !f.range.upper().infinite)
            out << "    high end set by " << list(f.hi_set_by) << '\n';
    }
    if (!s.complete) out << "incomplete: " << s.incomplete_reason << '\n';
}

// JSON Lines: each line of the input a model (a story, or a component of one), each line of
// the output its solution, in order, so that a batch engine can cut an archive into pieces,
// solve them on many machines (Dask's map, Spark's RDD.pipe) and join the pieces' outputs in
// their order. A line that is not a usable model stops the run with its line number and nothing
// is written: a partial archive passed on as a whole would be a wrong answer. Blank lines are
// skipped, and give no output line.
inline int solve_lines(const std::string& path, std::string_view text, const solving_options& solving,
                       std::ostream& out, std::string& problem) {
    std::size_t line_number = 0;
    bool all_consistent = true;
    progress_line progress("factrec solve", solving.quiet);
    while (!text.empty()) {
        ++line_number;
        std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
        factrec::model m;
        if (auto bad = load_model_json(line, m)) {
            problem = path + ":" + std::to_string(line_number) + ": " + bad->where + ": " + bad->message;
            return 2;
        }
        factrec::solution s =
            factrec::solve(m, solver_options(solving, progress, "line " + std::to_string(line_number) + ": "));
        all_consistent = all_consistent && s.consistent && s.consistency_proven;
        factrec::write_solution_json(out, s);
        out << '\n';
    }
    return all_consistent ? 0 : 1;
}

inline int run_solve_command(int argc, char** argv) {
    CLI::App app{"Solves a model given as JSON: conflicts, the least-weight repair, and the consistent range of "
                 "every fact.",
                 "factrec solve"};
    common_options common;
    std::string path, format = "json";
    app.add_option("--format", format, "json (default) or text")
        ->check(CLI::IsMember({"json", "text"}))
        ->type_name("F");
    bool jsonl = false;
    app.add_flag("--jsonl", jsonl,
                 "JSON Lines: one model (or component) per line in, its solution as one line of JSON out, in order");
    add_common_options(app, common);
    solving_options solving;
    add_solving_options(app, solving);
    app.add_option("model", path, "the model ('-': standard input)")->required()->type_name("MODEL.json");
    if (auto status = parse_command_line(app, common, argc, argv)) return *status;
    if (auto clash = output_overwrites_input(common.output, {path})) {
        std::cerr << "factrec solve: " << *clash << '\n';
        return 2;
    }
    std::string problem;
    std::optional<std::string> text = read_input(path, common.limits, problem);
    if (!text) {
        std::cerr << "factrec solve: " << problem << '\n';
        return 2;
    }
    if (jsonl) {
        if (format != "json") {
            std::cerr << "factrec solve: --jsonl writes JSON; --format " << format << " cannot go with it\n";
            return 2;
        }
        std::ostringstream lines;
        int status = solve_lines(path, *text, solving, lines, problem);
        if (status == 2) {
            std::cerr << "factrec solve: " << problem << '\n';
            return 2;
        }
        output_target target;
        if (!target.open(common.output, problem)) {
            std::cerr << "factrec solve: " << problem << '\n';
            return 2;
        }
        target.stream() << lines.str();
        if (!target.commit(problem)) {
            std::cerr << "factrec solve: " << problem << '\n';
            return 2;
        }
        return status;
    }
    factrec::model m;
    if (auto problem = load_model_json(*text, m)) {
        std::cerr << path << ": " << problem->where << ": " << problem->message << '\n';
        return 2;
    }
    factrec::solution s;
    {
        progress_line progress("factrec solve", solving.quiet);
        s = factrec::solve(m, solver_options(solving, progress));
    }
    output_target target;
    if (!target.open(common.output, problem)) {
        std::cerr << "factrec solve: " << problem << '\n';
        return 2;
    }
    if (format == "json") {
        factrec::write_solution_json(target.stream(), s);
        target.stream() << '\n';
    } else {
        write_solution_text(target.stream(), s);
    }
    if (!target.commit(problem)) {
        std::cerr << "factrec solve: " << problem << '\n';
        return 2;
    }
    return s.consistent && s.consistency_proven ? 0 : 1;
}

} // namespace factrec_cli
