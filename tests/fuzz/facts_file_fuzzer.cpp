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

    // A facts file is UTF-8 with or without a byte-order mark: the mark changes nothing but the
    // offsets. (A second mark is a character of the text, U+FEFF.)
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (input.starts_with(bom) && !input.substr(bom.size()).starts_with(bom)) {
        auto without = factrec::parse_facts_file(input.substr(bom.size()), name);
        FACTREC_FUZZ_CHECK(bool(parsed) == bool(without));
        if (parsed && without) {
            FACTREC_FUZZ_CHECK(parsed->facts.size() == without->facts.size());
            FACTREC_FUZZ_CHECK(parsed->relations.size() == without->relations.size());
        } else if (!parsed && !without) {
            FACTREC_FUZZ_CHECK(parsed.error().offset == without.error().offset + bom.size());
        }
    }
    return 0;
}
