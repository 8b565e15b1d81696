// The JSON model that `factrec solve` reads: facts, claims and relations. Strict: an unknown or
// repeated key, a number JSON cannot hold, an empty claim interval is an error, and every
// error, including any exception from the JSON parser or the number types, names its place.
#pragma once

#include <factrec/model.hpp>
#include <factrec/solve/solver.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <exception>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace factrec_cli {

struct model_error {
    std::string where; // a JSON path such as claims[3].lo, or "byte N" where the text is not JSON
    std::string message;
};

// {"facts":[{"id","unit","integer"?,"signed"?}], "claims":[{"id","fact","lo","hi","lo_open",
// "hi_open","weight","source","speaker"?}], "relations":[{"id","expr","weight"?}]}
// Exact numbers are strings ("489.5", "1/3", "2e9") or JSON integers; null is an infinite end.
inline std::optional<model_error> load_model_json(std::string_view text, factrec::model& m);
// The same checks on a document already parsed, but for repeated keys, which parsing has merged.
// Both refuse a model whose hard relations cannot hold together whatever the claims say.
inline std::optional<model_error> load_model(const nlohmann::json& doc, factrec::model& m);

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

// Edits between two words, a swap of neighbours counting as one ("hi_opne" is one from "hi_open").
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] != b[j - 1])});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

inline std::string child_path(const std::string& path, std::string_view key) {
    if (key.empty()) return path + "[\"\"]"; // the empty key must still name a place
    return path == "$" ? std::string(key) : path + "." + std::string(key);
}

// A key the loader does not read would change nothing, silently: a misspelt "hi_open" leaves the
// claim closed. Every key must be one of those the object takes.
inline std::optional<model_error> check_keys(const json& object, const std::string& path,
                                             std::initializer_list<std::string_view> known) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string list, nearest;
        std::size_t best = 3; // a suggestion only for a near miss
        for (std::string_view k : known) {
            list += (list.empty() ? "" : ", ") + std::string(k);
            std::size_t distance = edit_distance(key, k);
            if (distance < best) best = distance, nearest = k;
        }
        std::string message = "unknown key '" + key + "'; ";
        message.append(path == "$" ? "a model" : "here an object").append(" takes ").append(list);
        if (!nearest.empty()) message += " (did you mean '" + nearest + "'?)";
        return model_error{child_path(path, key), message};
    }
    return std::nullopt;
}

// Reads the text once as events, before building the document: the document keeps only the last
// of two equal keys, and turns a number JSON cannot hold into an exception.
class strict_reader : public nlohmann::json_sax<json> {
public:
    std::optional<model_error> problem;

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    // A model nests three levels deep; far deeper input is refused before its paths grow with
    // the square of the depth (and before the document parser recurses into it).
    static constexpr std::size_t max_depth = 32;

    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& name) override {
        container& c = open_.back();
        c.key = name;
        if (!c.keys.insert(name).second)
            return fail(child_path(c.path, name), "the key '" + name + "' appears twice in one object");
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t byte, const std::string& token, const nlohmann::detail::exception& e) override {
        if (dynamic_cast<const nlohmann::json::out_of_range*>(&e))
            return fail(next_path(), "the number " + token +
                                         " is beyond what JSON numbers hold; write exact numbers as strings (\"" +
                                         token + "\")");
        return fail(byte_at(byte), std::string("not JSON: ") + e.what());
    }
    // nlohmann counts the bytes read, the failing one included; messages give offsets from 0.
    static std::string byte_at(std::size_t bytes_read) {
        return "byte " + std::to_string(bytes_read > 0 ? bytes_read - 1 : 0);
    }

private:
    struct container {
        std::string path;
        bool is_array;
        std::size_t next_index;
        std::string key;
        std::set<std::string> keys;
    };
    std::string next_path() {
        if (open_.empty()) return "$";
        container& c = open_.back();
        if (c.is_array) return c.path + "[" + std::to_string(c.next_index++) + "]";
        return child_path(c.path, c.key);
    }
    bool value() {
        next_path();
        return true;
    }
    bool open(bool is_array) {
        if (open_.size() >= max_depth)
            return fail(open_.back().path, "nests more than " + std::to_string(max_depth) +
                                               " levels deep; a model has three (sections, items, values)");
        open_.push_back({next_path(), is_array, 0, {}, {}});
        return true;
    }
    bool close() {
        open_.pop_back();
        return true;
    }
    bool fail(std::string where, std::string message) {
        if (!problem) problem = model_error{std::move(where), std::move(message)};
        return false;
    }
    std::vector<container> open_;
};

inline std::optional<model_error> relations_can_hold(const factrec::model& m);

inline std::optional<model_error> load_checked(const json& doc, factrec::model& m, std::string& at) {
    at = "$";
    if (!doc.is_object()) return model_error{"$", "must be an object with facts, claims and relations"};
    if (auto e = check_keys(doc, "$", {"facts", "claims", "relations"})) return e;
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
        at = path;
        const json& f = facts[i];
        if (!f.is_object()) return model_error{path, "must be an object"};
        if (auto e = check_keys(f, path, {"id", "unit", "integer", "signed"})) return e;
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
        at = path;
        const json& c = claims[i];
        if (!c.is_object()) return model_error{path, "must be an object"};
        if (auto e =
                check_keys(c, path, {"id", "fact", "lo", "hi", "lo_open", "hi_open", "weight", "source", "speaker"}))
            return e;
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
        // An empty claim would be a conflict of its own that no reader meant: a typo, not a claim.
        if (lo && hi && *hi < *lo)
            return model_error{path, "lo (" + factrec::to_exact_string(*lo) + ") is greater than hi (" +
                                         factrec::to_exact_string(*hi) + "): the claim allows no value"};
        if (lo && hi && *lo == *hi && (lo_open || hi_open))
            return model_error{path, "lo and hi are both " + factrec::to_exact_string(*lo) +
                                         " with an open end: the claim allows no value"};
        factrec::interval value = factrec::interval::from_bounds({lo.value_or(0), !lo, lo_open || !lo},
                                                                 {hi.value_or(0), !hi, hi_open || !hi});
        if (!m.find_fact(fact)) return model_error{path + ".fact", "'" + fact + "' is not a fact of the model"};
        auto added = m.add_claim(id, fact, value, weight.value_or(1), source, speaker);
        if (!added) return model_error{path + ".id", added.error().message};
    }
    for (std::size_t i = 0; i < relations.size(); ++i) {
        std::string path = "relations[" + std::to_string(i) + "]";
        at = path;
        const json& r = relations[i];
        if (!r.is_object()) return model_error{path, "must be an object"};
        if (auto e = check_keys(r, path, {"id", "expr", "weight"})) return e;
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
    at = "relations";
    return relations_can_hold(m);
}

// Relations are added in the order of the array, so a relation's index is its place in the JSON.
inline std::optional<model_error> relations_can_hold(const factrec::model& m) {
    std::vector<std::size_t> contradictory = factrec::contradictory_relations(m);
    if (contradictory.empty()) return std::nullopt;
    std::vector<std::string> ids;
    std::string places;
    for (std::size_t r : contradictory) {
        ids.push_back(m.relations()[r].id);
        places += (places.empty() ? "" : "; ") + ("relations[" + std::to_string(r) + "] ") + m.relations()[r].id +
                  ": " + m.relations()[r].text;
    }
    return model_error{"relations[" + std::to_string(contradictory.front()) + "]",
                       factrec::describe_contradictory_relations(ids) + ", whatever the claims say (" + places + ")"};
}

} // namespace solve_detail

inline std::optional<model_error> load_model(const nlohmann::json& doc, factrec::model& m) {
    std::string at = "$";
    try {
        return solve_detail::load_checked(doc, m, at);
    } catch (const std::exception& e) {
        // The checks above should leave nothing to throw; if a dependency throws anyway, the
        // input is still unusable, and the message says where the loader was.
        return model_error{at, std::string("cannot be read: ") + e.what()};
    }
}

inline std::optional<model_error> load_model_json(std::string_view text, factrec::model& m) {
    try {
        solve_detail::strict_reader reader;
        if (!nlohmann::json::sax_parse(text, &reader)) {
            if (reader.problem) return reader.problem;
            return model_error{"$", "not JSON"};
        }
        return load_model(nlohmann::json::parse(text), m);
    } catch (const nlohmann::json::parse_error& e) {
        return model_error{solve_detail::strict_reader::byte_at(e.byte), std::string("not JSON: ") + e.what()};
    } catch (const std::exception& e) {
        return model_error{"$", std::string("cannot be read: ") + e.what()};
    }
}

} // namespace factrec_cli
