#pragma once

#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace factrec_test {

// One figure expected in a sentence: the exact words it spans, its kind, unit and interval.
struct expected_mention {
    std::string_view text;
    std::string_view span;
    std::string_view kind;
    std::string_view unit;
    std::string_view value;
};

inline const factrec::mention* mention_covering(const factrec::scan_result& found, std::string_view text,
                                                std::string_view span) {
    for (const auto& m : found)
        if (text.substr(m.span.begin, m.span.end - m.span.begin) == span) return &m;
    return nullptr;
}

inline std::string describe(const factrec::scan_result& found, std::string_view text) {
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) about "[" + std::string(...).
    std::string out;
    for (const auto& m : found) {
        out += '[';
        out += text.substr(m.span.begin, m.span.end - m.span.begin);
        out += ' ';
        out += to_string(m.kind);
        out += ' ';
        out += to_string(m.quantity.unit);
        out += ' ';
        out += to_string(m.quantity.value);
        out += "] ";
    }
    return out;
}

inline void check_mention(const expected_mention& e, const factrec::scan_options& options = {}) {
    auto found = factrec::scan(e.text, options);
    INFO("text: ", e.text);
    INFO("found: ", describe(found, e.text));
    const factrec::mention* m = mention_covering(found, e.text, e.span);
    REQUIRE_MESSAGE(m != nullptr, "no mention spans '", e.span, "'");
    CHECK(e.text.substr(m->span.begin, m->span.end - m->span.begin) == m->quantity.written);
    CHECK(to_string(m->kind) == e.kind);
    CHECK(to_string(m->quantity.unit) == e.unit);
    auto expected = factrec::parse_interval(e.value);
    REQUIRE(expected);
    CHECK(to_string(m->quantity.value) == to_string(*expected));
}

inline bool any_diagnostic_containing(const factrec::scan_result& found, std::string_view words) {
    for (const factrec::error& e : found.diagnostics)
        if (e.message.find(words) != std::string::npos) return true;
    return false;
}

inline void check_nothing_read(std::string_view text) {
    const auto found = factrec::scan(text);
    INFO("text: ", text, " -> ", describe(found, text));
    CHECK(found.empty());
}

// No mention may overlap `words` unless it is of kind `allowed` (e.g. a date).
inline void check_not_a_quantity(std::string_view text, std::string_view words, std::string_view allowed = "date") {
    auto found = factrec::scan(text);
    INFO("text: ", text);
    INFO("found: ", describe(found, text));
    std::size_t at = text.find(words);
    REQUIRE(at != std::string_view::npos);
    for (const auto& m : found) {
        bool overlaps = m.span.begin < at + words.size() && at < m.span.end;
        if (overlaps) CHECK(to_string(m.kind) == allowed);
    }
}

} // namespace factrec_test
