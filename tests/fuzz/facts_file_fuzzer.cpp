// libFuzzer target: factrec::parse_facts_file on arbitrary bytes.
#include <factrec/reconcile/facts_file_parser.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    constexpr std::string_view name = "fuzz.facts";

    auto parsed = factrec::parse_facts_file(input, name);
    if (!parsed) {
        const factrec::error& e = parsed.error();
        FACTREC_FUZZ_CHECK(std::string_view(e.message).starts_with(name));
        FACTREC_FUZZ_CHECK(e.offset <= size);
    }
    return 0;
}
