#pragma once

// factrec solve MODEL.json [--format json|text] [-o OUT] [--max-input-size SIZE]
// Exit status: 0 consistent, 1 conflicts found, 2 unusable input (the message names the place).
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

namespace factrec_cli {

struct model_error {
    std::string where; // a JSON path such as claims[3].lo
    std::string message;
};

namespace solve_detail {

using json = nlohmann::json;

inline std::optional<model_error> required_string(const json& object, const char* key, const std::string& path,
                                                  std::string& out) {
    auto it = object.find(key);
    if (it == object.end()) return model_error{path + "." + key, "is missing"};
    if (!it->is_string()) return model_error{path + "." + key, "must be a string"};
    out = it->get<std::string>();
    return std::nullopt;
}

inline std::optional<model_error> number_field(const json& object, const char* key, const std::string& path,
                                               std::optional<factrec::exact_number>& out) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    std::string text;
    if (it->is_string())
        text = it->get<std::string>();
    else if (it->is_number_integer())
        text = it->dump();
    else
        return model_error{path + "." + key, "must be an exact number as a string (\"489.5\", \"1/3\") or null"};
    auto value = factrec::parse_exact_number(text);
    if (!value) return model_error{path + "." + key, value.error().message};
    out = *value;
    return std::nullopt;
}

inline std::optional<model_error> flag_field(const json& object, const char* key, const std::string& path, bool& out) {
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) return std::nullopt;
    if (!it->is_boolean()) return model_error{path + "." + key, "must be true or false"};
    out = it->get<bool>();
    return std::nullopt;
}

} // namespace solve_detail

// {"facts":[{"id","unit","integer"?,"signed"?}], "claims":[{"id","fact","lo","hi","lo_open",
// "hi_open","weight","source","speaker"?}], "relations":[{"id","expr","weight"?}]}
inline std::optional<model_error> load_model(const nlohmann::json& doc, factrec::model& m) {
    using namespace solve_detail;
    if (!doc.is_object()) return model_error{"$", "must be an object with facts, claims and relations"};
    for (const char* section : {"facts", "claims", "relations"}) {
        auto it = doc.find(section);
        if (it != doc.end() && !it->is_array()) return model_error{section, "must be an array"};
    }
    const json empty = json::array();
    const json& facts = doc.contains("facts") ? doc["facts"] : empty;
    const json& claims = doc.contains("claims") ? doc["claims"] : empty;
    const json& relations = doc.contains("relations") ? doc["relations"] : empty;
    for (std::size_t i = 0; i < facts.size(); ++i) {
        std::string path = "facts[" + std::to_string(i) + "]";
        const json& f = facts[i];
        if (!f.is_object()) return model_error{path, "must be an object"};
        std::string id, unit_text;
        if (auto e = required_string(f, "id", path, id)) return e;
        if (auto e = required_string(f, "unit", path, unit_text)) return e;
        auto u = factrec::unit::from_symbol(unit_text);
        if (!u) return model_error{path + ".unit", u.error().message};
        bool integer = false, is_signed = false;
        if (auto e = flag_field(f, "integer", path, integer)) return e;
        if (auto e = flag_field(f, "signed", path, is_signed)) return e;
        auto added = m.add_fact(id, *u, integer, is_signed);
        if (!added) return model_error{path + ".id", added.error().message};
    }
    for (std::size_t i = 0; i < claims.size(); ++i) {
        std::string path = "claims[" + std::to_string(i) + "]";
        const json& c = claims[i];
        if (!c.is_object()) return model_error{path, "must be an object"};
        std::string id, fact, source, speaker;
        if (auto e = required_string(c, "id", path, id)) return e;
        if (auto e = required_string(c, "fact", path, fact)) return e;
        if (c.contains("source") && c["source"].is_string())
            source = c["source"].get<std::string>();
        else if (c.contains("source") && !c["source"].is_null())
            return model_error{path + ".source", "must be a string"};
        if (c.contains("speaker") && c["speaker"].is_string())
            speaker = c["speaker"].get<std::string>();
        else if (c.contains("speaker") && !c["speaker"].is_null())
            return model_error{path + ".speaker", "must be a string"};
        std::optional<factrec::exact_number> lo, hi, weight;
        if (auto e = number_field(c, "lo", path, lo)) return e;
        if (auto e = number_field(c, "hi", path, hi)) return e;
        if (auto e = number_field(c, "weight", path, weight)) return e;
        bool lo_open = false, hi_open = false;
        if (auto e = flag_field(c, "lo_open", path, lo_open)) return e;
        if (auto e = flag_field(c, "hi_open", path, hi_open)) return e;
        if (weight && *weight < 0) return model_error{path + ".weight", "must not be negative"};
        factrec::interval value = factrec::interval::from_bounds({lo.value_or(0), !lo, lo_open || !lo},
                                                                 {hi.value_or(0), !hi, hi_open || !hi});
        if (!m.find_fact(fact)) return model_error{path + ".fact", "'" + fact + "' is not a fact of the model"};
        auto added = m.add_claim(id, fact, value, weight.value_or(1), source, speaker);
        if (!added) return model_error{path + ".id", added.error().message};
    }
    for (std::size_t i = 0; i < relations.size(); ++i) {
        std::string path = "relations[" + std::to_string(i) + "]";
        const json& r = relations[i];
        if (!r.is_object()) return model_error{path, "must be an object"};
        std::string id, expr;
        if (auto e = required_string(r, "id", path, id)) return e;
        if (auto e = required_string(r, "expr", path, expr)) return e;
        std::optional<factrec::exact_number> weight;
        if (auto e = number_field(r, "weight", path, weight)) return e;
        auto added = factrec::add_relation(m, id, expr, weight);
        if (!added)
            return model_error{path + ".expr",
                               added.error().message + " (at byte " + std::to_string(added.error().offset) + ")"};
    }
    return std::nullopt;
}

inline void write_solution_text(std::ostream& out, const factrec::solution& s) {
    auto list = [](const std::vector<std::string>& ids) {
        std::string text;
        for (const auto& id : ids) text += (text.empty() ? "" : ", ") + id;
        return text.empty() ? std::string("its domain") : text;
    };
    out << (s.consistent ? "consistent: every claim can hold\n"
                         : "inconsistent: " + std::to_string(s.conflicts.size()) + " conflict(s)\n");
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

inline int run_solve_command(int argc, char** argv) {
    CLI::App app{"Solves a model given as JSON: conflicts, the least-weight repair, and the consistent range of "
                 "every fact.",
                 "factrec solve"};
    common_options common;
    std::string path, format = "json";
    app.add_option("--format", format, "json (default) or text")
        ->check(CLI::IsMember({"json", "text"}))
        ->type_name("F");
    add_common_options(app, common);
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
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(*text);
    } catch (const nlohmann::json::parse_error& e) {
        std::cerr << path << ": byte " << e.byte << ": not JSON: " << e.what() << '\n';
        return 2;
    }
    factrec::model m;
    if (auto problem = load_model(doc, m)) {
        std::cerr << path << ": " << problem->where << ": " << problem->message << '\n';
        return 2;
    }
    factrec::solution s = factrec::solve(m);
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
    return s.consistent ? 0 : 1;
}

} // namespace factrec_cli
