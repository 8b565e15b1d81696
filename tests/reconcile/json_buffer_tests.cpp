// The buffered JSON pieces that `factrec scan --format json|jsonl` writes against the writers
// they replace: json_writer's strings and to_exact_string's numbers, byte for byte.
#include <factrec/parse.hpp>
#include <factrec/report.hpp>
#include <factrec/report/detail/json_buffer.hpp>
#include <factrec/report/detail/json_writer.hpp>
#include <factrec/report/detail/mention_json.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

namespace {

namespace detail = factrec::report::detail;
using factrec::rational;

std::string written_by_json_writer(std::string_view text) {
    std::ostringstream out;
    detail::json_writer(out).value(text);
    return out.str();
}

// A mention as `factrec scan` wrote it through json_writer before it wrote into a buffer.
std::string written_through_json_writer(std::string_view file, std::optional<std::size_t> line, std::string_view text,
                                        const factrec::mention& m) {
    std::ostringstream out;
    detail::json_writer w(out);
    const auto& q = m.quantity;
    auto bound = [&](const factrec::basic_bound<factrec::exact_number>& b) {
        if (b.infinite)
            w.null();
        else
            w.value(factrec::to_exact_string(b.value));
    };
    w.begin_object();
    w.key("doc");
    if (line)
        w.integer(*line);
    else
        w.value(file);
    if (line) w.key("file").value(file);
    w.key("start").integer(m.span.begin);
    w.key("end").integer(m.span.end);
    w.key("text").value(text.substr(m.span.begin, m.span.end - m.span.begin));
    w.key("kind").value(factrec::to_string(m.kind));
    w.key("unit").value(q.unit.symbol());
    w.key("value");
    if (q.value.is_empty()) {
        w.null();
    } else {
        w.begin_object();
        w.key("lo");
        bound(q.value.lower());
        w.key("hi");
        bound(q.value.upper());
        w.key("lo_open").value(q.value.lower().infinite || q.value.lower().open);
        w.key("hi_open").value(q.value.upper().infinite || q.value.upper().open);
        w.end_object();
    }
    w.key("written").value(q.written);
    w.key("qualifier").value(factrec::to_string(q.qualifier));
    w.key("speaker");
    if (m.speaker)
        w.value(*m.speaker);
    else
        w.null();
    w.key("sentence").begin_array().integer(m.sentence.begin).integer(m.sentence.end).end_array();
    w.key("role").value(factrec::to_string(m.role));
    w.key("direction").value(factrec::to_string(m.direction));
    w.key("converts");
    if (m.converts)
        w.begin_array().integer(m.converts->begin).integer(m.converts->end).end_array();
    else
        w.null();
    w.key("row_label");
    if (m.row_label.size() != 0)
        w.value(text.substr(m.row_label.begin, m.row_label.size()));
    else
        w.null();
    w.end_object();
    return out.str();
}

} // namespace

TEST_CASE("json buffer: a scanned mention is written as json_writer wrote it") {
    const std::string text =
        "Officials said about 12.5% of the \"old\" fleet, some 1.25 million cars, were sold.\n"
        "The fund lost \xE2\x88\x92$3.75 billion, according to R\xC3\xA9seau Nord. It held 0.05%.\n"
        "\xE2\x80\x9CWe shipped 17 tons,\xE2\x80\x9D said Ng, 40 km away\\ from the port.\n"
        "Between 1,000 and 2,500 workers joined; nearly 3 million watched; up to \xE2\x82\xAC"
        "1.2bn was spent.\tOutput fell from 90% to 60% within 13 years, the ministry said.\n"
        "The new line runs 300 kilometres (186 miles) to the coast.\n"
        "Harbour \"North\"\n"
        "412\n";
    for (auto rounding : {factrec::precision_policy::mode::last_digit, factrec::precision_policy::mode::exact,
                          factrec::precision_policy::mode::relative}) {
        factrec::scan_options options;
        options.precision.rounding = rounding;
        options.precision.relative_tolerance = rational(1, 3);
        const factrec::scan_result found = factrec::scan(text, options);
        REQUIRE(found.size() >= 10);
        // The fields a figure has to others are among those compared: a change with its
        // ends, a conversion, a table row's label.
        CHECK(
            std::any_of(found.begin(), found.end(), [](const auto& m) { return m.role == factrec::figure_role::to; }));
        CHECK(std::any_of(found.begin(), found.end(), [](const auto& m) { return m.converts.has_value(); }));
        CHECK(std::any_of(found.begin(), found.end(), [](const auto& m) { return m.row_label.size() != 0; }));
        for (const factrec::mention& m : found) {
            for (std::optional<std::size_t> line : {std::optional<std::size_t>{}, std::optional<std::size_t>{7}}) {
                std::string buffered;
                detail::append_mention_json(buffered, "in \"a\".txt", line, text, m);
                CHECK(buffered == written_through_json_writer("in \"a\".txt", line, text, m));
            }
        }
    }
}

TEST_CASE("json buffer: text is written as json_writer writes it, escaped only where needed") {
    for (std::string_view text : {"", "plain", "$490 billion", "quote \" and \\ backslash", "tab\there", "line\nbreak",
                                  "\x01\x1F\x7F", "curly \xE2\x80\x9Cquote\xE2\x80\x9D", "broken \xC3 byte",
                                  "\xE2\x80\xA8 line separator", "\xC2\x85 next line", "\xE2\x80\xAE override"}) {
        std::string buffered;
        detail::append_json_text(buffered, text);
        CHECK(buffered == written_by_json_writer(text));
    }
    std::mt19937_64 rng(21);
    for (int round = 0; round < 3000; ++round) {
        std::string text(rng() % 24, ' ');
        for (char& c : text) c = static_cast<char>(round % 2 ? rng() : "a \"\\\n\x01\x7F\xC2\xA0\xE2\x80"[rng() % 12]);
        std::string buffered;
        detail::append_json_text(buffered, text);
        CHECK(buffered == written_by_json_writer(text));
    }
}

TEST_CASE("json buffer: numbers are written as to_exact_string writes them") {
    const std::int64_t largest = std::numeric_limits<std::int64_t>::max();
    for (const rational& x :
         {rational(0), rational(1), rational(-1), rational(489'500'000'000), rational(1, 20), rational(-1, 20),
          rational(1, 3), rational(-7, 6), rational(179, 2), rational(1, 1'048'576), rational(3, 78'125),
          rational(largest), rational(-largest), rational(largest, 1'000), rational(largest - 1, 1'024),
          rational(1, 1'000'000'000'000'000'000), rational(7, 5'000'000'000'000'000'000) * rational(1, 5),
          rational(largest) * rational(10), rational(1, 3) * rational(largest) * rational(largest)}) {
        std::string buffered;
        detail::append_exact_decimal(buffered, x);
        CHECK(buffered == factrec::to_exact_string(x));
    }
    std::mt19937_64 rng(22);
    for (int round = 0; round < 20000; ++round) {
        const auto numerator = static_cast<std::int64_t>(rng() >> (rng() % 64)) * (rng() % 2 ? 1 : -1);
        // At most 17 factors of 10, then 3: 3e17 stays well inside int64_t.
        std::int64_t denominator = 1;
        for (int k = static_cast<int>(rng() % 18); k > 0; --k) denominator *= rng() % 3 == 0 ? 5 : rng() % 2 ? 2 : 10;
        if (rng() % 8 == 0) denominator *= 3;
        const rational x(numerator, denominator);
        std::string buffered;
        detail::append_exact_decimal(buffered, x);
        CAPTURE(numerator);
        CAPTURE(denominator);
        CHECK(buffered == factrec::to_exact_string(x));
    }
}
