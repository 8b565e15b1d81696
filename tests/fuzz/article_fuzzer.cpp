// libFuzzer target: factrec::read_article, the optional header block (source:, url:, date:)
// before an article's text.
#include <factrec/reconcile/article.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"
#include "text_checks.hpp"

namespace {

constexpr std::string_view file_name = "news/fuzz article.txt";
constexpr std::string_view bom = "\xEF\xBB\xBF";

// A header value reaches every report, a terminal included: UTF-8 with no control character
// but a tab.
bool printable(std::string_view value) { return factrec_fuzz::control_or_encoding_problem(value, "\t").empty(); }

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    auto read = factrec::read_article(std::string(file_name), std::string(input));
    if (!read) {
        FACTREC_FUZZ_CHECK(read.error().message.starts_with(std::string(file_name) + ":"));
        FACTREC_FUZZ_CHECK(read.error().offset <= size);
    } else {
        // Offsets in reports are into the file as given: the text is kept byte for byte, but for
        // control characters, read as spaces.
        FACTREC_FUZZ_CHECK(factrec_fuzz::same_but_control_characters(read->text, input));
        FACTREC_FUZZ_CHECK(read->file == file_name);
        FACTREC_FUZZ_CHECK(read->body_offset <= size);
        FACTREC_FUZZ_CHECK(!read->publisher.name.empty());
        FACTREC_FUZZ_CHECK(printable(read->publisher.name));
        FACTREC_FUZZ_CHECK(printable(read->publisher.url));
        FACTREC_FUZZ_CHECK(printable(read->publisher.date));
    }

    // A byte-order mark changes nothing but the offsets: the header after it is still a header.
    // (A second mark is a character of the text, U+FEFF.)
    if (input.starts_with(bom) && !input.substr(bom.size()).starts_with(bom)) {
        auto without = factrec::read_article(std::string(file_name), std::string(input.substr(bom.size())));
        FACTREC_FUZZ_CHECK(bool(read) == bool(without));
        if (read && without) {
            // Without a header the mark may start the body or be skipped; after one it is skipped.
            FACTREC_FUZZ_CHECK(read->body_offset == without->body_offset + bom.size() ||
                               (without->body_offset == 0 && read->body_offset == 0));
            FACTREC_FUZZ_CHECK(read->publisher.name == without->publisher.name);
            FACTREC_FUZZ_CHECK(read->publisher.url == without->publisher.url);
            FACTREC_FUZZ_CHECK(read->publisher.date == without->publisher.date);
        } else if (!read && !without) {
            FACTREC_FUZZ_CHECK(read.error().offset == without.error().offset + bom.size());
        }
    }
    return 0;
}
