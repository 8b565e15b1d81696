// libFuzzer target: `factrec solve`'s model loader (JSON, the relation language, exact numbers)
// on arbitrary bytes, exceptions and all, as the command runs it, and the solver on
// every small model that loads. A model the loader accepts names no key twice and no key the
// format does not have, and each claim's interval holds a value.
#include <factrec/model.hpp>
#include <factrec/solve.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>

#include "../../examples/factrec/model_json.hpp"
#include "fuzz_check.hpp"
#include "json_check.hpp"

namespace {

using json = nlohmann::json;

bool only_keys(const json& object, std::initializer_list<std::string_view> allowed) {
    if (!object.is_object()) return true;
    return std::all_of(object.items().begin(), object.items().end(), [&](const auto& item) {
        return std::find(allowed.begin(), allowed.end(), item.key()) != allowed.end();
    });
}

// Whether every object of the model uses only the keys of the format (README, "factrec solve").
bool only_known_keys(const json& doc) {
    if (!only_keys(doc, {"facts", "claims", "relations"})) return false;
    auto each = [&](const char* section, std::initializer_list<std::string_view> allowed) {
        auto it = doc.find(section);
        return it == doc.end() || !it->is_array() ||
               std::all_of(it->begin(), it->end(), [&](const json& item) { return only_keys(item, allowed); });
    };
    return each("facts", {"id", "unit", "integer", "signed"}) &&
           each("claims", {"id", "fact", "lo", "hi", "lo_open", "hi_open", "weight", "source", "speaker"}) &&
           each("relations", {"id", "expr", "weight"});
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    // As run_solve_command reads a model: every exception of the JSON parser or of the loader
    // must come back as a located problem, never escape.
    factrec::model m;
    if (auto problem = factrec_cli::load_model_json(input, m)) {
        FACTREC_FUZZ_CHECK(!problem->where.empty() && !problem->message.empty());
        return 0;
    }
    const json doc = json::parse(input);
    FACTREC_FUZZ_CHECK(factrec_fuzz::duplicate_json_key(input).empty());
    FACTREC_FUZZ_CHECK(only_known_keys(doc));
    for (const auto& claim : m.claims()) FACTREC_FUZZ_CHECK(!claim.value.is_empty());

    // Solving is exponential in the worst case (all minimal conflicts): keep each input quick.
    if (m.facts().size() > 12 || m.claims().size() > 24 || m.relations().size() > 12) return 0;
    factrec::solve_options options;
    options.max_conflicts = 64;
    const factrec::solution s = factrec::solve(m, options);
    FACTREC_FUZZ_CHECK(s.facts.size() == m.facts().size());
    FACTREC_FUZZ_CHECK(s.consistent == s.conflicts.empty());
    FACTREC_FUZZ_CHECK(s.conflicts.size() <= options.max_conflicts);
    for (const auto& conflict : s.conflicts) {
        for (const auto& id : conflict.claims)
            FACTREC_FUZZ_CHECK(
                std::any_of(m.claims().begin(), m.claims().end(), [&](const auto& c) { return c.id == id; }));
        if (conflict.gap) FACTREC_FUZZ_CHECK(*conflict.gap >= 0);
    }
    // A consistent model has a solution, and every range contains its value there.
    for (const auto& range : s.facts) FACTREC_FUZZ_CHECK(!s.consistent || !range.range.is_empty());
    return 0;
}
