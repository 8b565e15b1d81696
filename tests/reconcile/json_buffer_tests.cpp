// The buffered JSON pieces that `factrec scan --format json|jsonl` writes against the writers
// they replace: json_writer's strings and to_exact_string's numbers, byte for byte.
#include <factrec/report.hpp>
#include <factrec/report/detail/json_buffer.hpp>
#include <factrec/report/detail/json_writer.hpp>

#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <string_view>

namespace {

namespace detail = factrec::detail;
using factrec::rational;

std::string written_by_json_writer(std::string_view text) {
    std::ostringstream out;
    detail::json_writer(out).value(text);
    return out.str();
}

} // namespace

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
        std::int64_t denominator = 1;
        for (int k = rng() % 24; k > 0; --k) denominator *= rng() % 3 == 0 ? 5 : rng() % 2 ? 2 : 10;
        if (denominator <= 0) continue;
        if (rng() % 8 == 0) denominator *= 3;
        const rational x(numerator, denominator);
        std::string buffered;
        detail::append_exact_decimal(buffered, x);
        CAPTURE(numerator);
        CAPTURE(denominator);
        CHECK(buffered == factrec::to_exact_string(x));
    }
}
