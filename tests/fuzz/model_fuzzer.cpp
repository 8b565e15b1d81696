// libFuzzer target: `factrec solve`'s model loader (JSON, the relation language, exact numbers)
// on arbitrary bytes, and the solver on every small model that loads.
#include <factrec/model.hpp>
#include <factrec/solve.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "../../examples/factrec/solve_command.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    nlohmann::json doc = nlohmann::json::parse(input, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded()) return 0;
    factrec::model m;
    if (auto problem = factrec_cli::load_model(doc, m)) {
        FACTREC_FUZZ_CHECK(!problem->where.empty() && !problem->message.empty());
        return 0;
    }
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
