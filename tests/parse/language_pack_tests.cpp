// The scanning engine with a language pack other than English: a toy pack, written here, that
// reads 万 (ten thousand) alone and after digits. It shows what the engine leaves to a pack: a
// figure may start on a character that is not ASCII, and nothing English is read with it.
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace {

namespace detail = factrec::parse::detail;
using factrec::exact_number;
using factrec::rational;

constexpr std::string_view man = "\xE4\xB8\x87"; // 万, ten thousand

struct toy_man_pack {
    static constexpr detail::word_set<0> no_words{std::array<std::string_view, 0>{}};
    static constexpr const auto& figure_words() noexcept { return no_words; }
    static bool word_starts_figure(std::string_view, std::size_t, std::size_t) noexcept { return false; }
    static bool character_starts_figure(std::string_view s, std::size_t i, std::size_t length) noexcept {
        return s.substr(i, length) == man;
    }

    // Digits, then 万 or not; or 万 alone, which is one ten thousand.
    static detail::outcome read(std::string_view s, std::size_t, std::size_t pos) {
        std::size_t end = pos;
        std::int64_t value = 0;
        while (end < s.size() && detail::is_digit(s[end])) value = value * 10 + (s[end++] - '0');
        const bool digits = end > pos;
        if (!digits) value = 1;
        std::int64_t unit = 1;
        if (s.substr(end, man.size()) == man) {
            unit = 10'000;
            end += man.size();
        }
        if (!digits && unit == 1) return detail::outcome(pos + 1);
        detail::reading r;
        r.begin = pos;
        r.end = end;
        r.kind = factrec::mention_kind::number;
        r.low.value = rational(value * unit);
        r.low.half_step = rational(unit) * rational(1, 2);
        r.low.begin = pos;
        r.low.end = end;
        return detail::outcome(std::move(r), end);
    }

    static bool is_abbreviation(std::string_view) noexcept { return false; }
    static bool noun_carries_past(std::string_view) noexcept { return true; }

    struct speech_cues {};
    static void find_speech_cues(std::string_view, factrec::byte_span, speech_cues&) {}
    static std::optional<std::string> speaker_from(std::string_view, const speech_cues&, std::size_t) {
        return std::nullopt;
    }
};

factrec::scan_options exact_reading() {
    factrec::scan_options options;
    options.precision.rounding = factrec::precision_policy::mode::exact;
    return options;
}

} // namespace

TEST_CASE("language pack: a figure starts on a character that is not ASCII") {
    // "参加者は万人を超え、予算は3万円。": 万 alone and after digits.
    const std::string text = "\xE5\x8F\x82\xE5\x8A\xA0\xE8\x80\x85\xE3\x81\xAF" + std::string(man) +
                             "\xE4\xBA\xBA\xE3\x82\x92\xE8\xB6\x85\xE3\x81\x88\xE3\x80\x81\xE4\xBA\x88\xE7\xAE\x97"
                             "\xE3\x81\xAF"
                             "3" +
                             std::string(man) + "\xE5\x86\x86\xE3\x80\x82";
    const factrec::scan_result found = factrec::scan<exact_number, toy_man_pack>(text, exact_reading());
    REQUIRE(found.size() == 2);
    CHECK(found[0].quantity.written == man);
    CHECK(found[0].quantity.value == factrec::interval::point(rational(10'000)));
    CHECK(found[1].quantity.written == "3" + std::string(man));
    CHECK(found[1].quantity.value == factrec::interval::point(rational(30'000)));
    CHECK(found.diagnostics.empty());

    // The plain paths find the same.
    const factrec::scan_result plain =
        detail::basic_scanner<toy_man_pack, detail::reference_scan_paths>(text, exact_reading()).run();
    REQUIRE(plain.size() == found.size());
    for (std::size_t i = 0; i < found.size(); ++i) {
        CHECK(plain[i].span == found[i].span);
        CHECK(plain[i].quantity.value == found[i].quantity.value);
    }

    // English reads no 万, and the toy pack no English.
    const factrec::scan_result english = factrec::scan(text, exact_reading());
    REQUIRE(english.size() == 1);
    CHECK(english[0].quantity.value == factrec::interval::point(rational(3)));
    CHECK(factrec::scan<exact_number, toy_man_pack>("about five thousand people").empty());
}

TEST_CASE("language pack: 万 is found wherever it falls in the first pass's 64-byte blocks") {
    for (std::size_t lead = 0; lead < 70; ++lead) {
        const std::string text = std::string(lead, 'x') + " " + std::string(man) + " \xC3 7" + std::string(man);
        const factrec::scan_result found = factrec::scan<exact_number, toy_man_pack>(text, exact_reading());
        INFO("lead ", lead);
        REQUIRE(found.size() == 2);
        CHECK(found[0].span.begin == lead + 1);
        CHECK(found[0].quantity.value == factrec::interval::point(rational(10'000)));
        CHECK(found[1].quantity.value == factrec::interval::point(rational(70'000)));
        // The broken byte between them is reported, once.
        REQUIRE(found.diagnostics.size() == 1);
        CHECK(found.diagnostics[0].offset == lead + 5);
    }
}

TEST_CASE("language pack: parse_quantity reads with the pack given") {
    auto q = factrec::parse_quantity<exact_number, toy_man_pack>(std::string(" 12") + std::string(man) + " ");
    REQUIRE(q);
    CHECK(q->value == factrec::interval::closed(rational(115'000), rational(125'000)));
    CHECK_FALSE(factrec::parse_quantity<exact_number, toy_man_pack>("twelve"));
    CHECK(factrec::parse_quantity("twelve"));
}

TEST_CASE("language pack: English is the default, and naming it changes nothing") {
    const std::string text = "Officials said about 400 troops and $1.6 billion were sent in 2026.";
    const factrec::scan_result by_default = factrec::scan(text);
    const factrec::scan_result named = factrec::scan<exact_number, factrec::parse::english>(text);
    REQUIRE(by_default.size() == 3);
    REQUIRE(named.size() == by_default.size());
    for (std::size_t i = 0; i < named.size(); ++i) {
        CHECK(named[i].span == by_default[i].span);
        CHECK(named[i].quantity.value == by_default[i].quantity.value);
        CHECK(named[i].speaker == by_default[i].speaker);
    }
}
