#pragma once

// JSON as a consumer reads it: parsed by nlohmann::json (which rejects ill-formed UTF-8 in
// strings), and no object naming a key twice, since parsers disagree on which one wins.

#include <nlohmann/json.hpp>

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text_checks.hpp"

namespace factrec_fuzz {

namespace detail {

class duplicate_key_finder : public nlohmann::json_sax<nlohmann::json> {
public:
    std::string duplicate; // the first key seen twice in one object
    bool failed = false;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        keys_.emplace_back();
        return true;
    }
    bool key(string_t& name) override {
        if (!keys_.back().insert(name).second && duplicate.empty()) duplicate = name;
        return true;
    }
    bool end_object() override {
        keys_.pop_back();
        return true;
    }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        failed = true;
        return false;
    }

private:
    std::vector<std::set<std::string>> keys_;
};

} // namespace detail

// The first key that some object of `text` names twice; empty when none does or `text` is not JSON.
inline std::string duplicate_json_key(std::string_view text) {
    detail::duplicate_key_finder finder;
    nlohmann::json::sax_parse(text, &finder, nlohmann::json::input_format_t::json, /*strict=*/true);
    return finder.failed ? std::string() : finder.duplicate;
}

// Empty when `text` is one JSON document in UTF-8 with no duplicate keys; otherwise what is wrong.
inline std::string json_problem(std::string_view text) {
    if (std::string problem = utf8_problem(text); !problem.empty()) return problem;
    try {
        if (nlohmann::json::parse(text).is_discarded()) return "not JSON";
    } catch (const nlohmann::json::exception& e) {
        return std::string("not JSON: ") + e.what();
    }
    if (std::string key = duplicate_json_key(text); !key.empty()) return "key \"" + key + "\" twice in one object";
    return {};
}

} // namespace factrec_fuzz
