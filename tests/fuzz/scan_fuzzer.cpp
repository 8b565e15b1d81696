// libFuzzer target: factrec::scan and factrec::parse_quantity on arbitrary bytes.
#include <factrec/parse.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    const factrec::scan_result found = factrec::scan(input);
    std::size_t previous_begin = 0;
    for (const factrec::mention& m : found) {
        FACTREC_FUZZ_CHECK(m.span.begin < m.span.end);
        FACTREC_FUZZ_CHECK(m.span.end <= size);
        FACTREC_FUZZ_CHECK(m.sentence.begin <= m.span.begin);
        FACTREC_FUZZ_CHECK(m.span.end <= m.sentence.end);
        FACTREC_FUZZ_CHECK(m.sentence.end <= size);
        FACTREC_FUZZ_CHECK(m.span.begin >= previous_begin); // document order
        FACTREC_FUZZ_CHECK(!m.quantity.value.is_empty());
        previous_begin = m.span.begin;
    }
    for (const factrec::error& e : found.diagnostics) FACTREC_FUZZ_CHECK(e.offset <= size);

    // The scanner reads from the list of places its first pass found; walking the text again
    // must give the same mentions and diagnostics.
    // The walk fills a result that held another scan (of the second half): nothing of that may
    // remain.
    factrec::scan_result walked = factrec::scan(input.substr(size / 2));
    factrec::detail::scanner(input, {}).run(walked, factrec::detail::scanner::second_pass::walk);
    FACTREC_FUZZ_CHECK(walked.mentions.size() == found.mentions.size());
    for (std::size_t i = 0; i < found.mentions.size(); ++i) {
        const factrec::mention& a = found.mentions[i];
        const factrec::mention& b = walked.mentions[i];
        FACTREC_FUZZ_CHECK(a.span == b.span && a.sentence == b.sentence && a.kind == b.kind && a.speaker == b.speaker);
        FACTREC_FUZZ_CHECK(a.quantity.value == b.quantity.value && a.quantity.unit == b.quantity.unit);
        FACTREC_FUZZ_CHECK(a.quantity.written == b.quantity.written && a.quantity.qualifier == b.quantity.qualifier);
    }
    FACTREC_FUZZ_CHECK(walked.diagnostics == found.diagnostics);

    // The same bytes as one phrase; a long document is not a phrase worth reading twice.
    if (size <= 4096) {
        auto q = factrec::parse_quantity(input);
        if (q) {
            FACTREC_FUZZ_CHECK(!q->value.is_empty());
        } else {
            FACTREC_FUZZ_CHECK(q.error().offset <= size);
            FACTREC_FUZZ_CHECK(!q.error().message.empty());
        }
    }
    return 0;
}
