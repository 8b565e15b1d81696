// libFuzzer target: factrec::scan and factrec::parse_quantity on arbitrary bytes, and every
// speed trick of parse/detail/fast/ against the plain implementation beside it. Built twice:
// as factrec_scan_fuzzer, and with FACTREC_SCAN_REFERENCE as factrec_scan_reference_fuzzer, in
// which the default scan takes the plain paths and the word lists and byte masks their plain
// look-ups throughout.
#include <factrec/parse.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_check.hpp"

namespace {

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// `text` with the commas of every grouped figure ("5,000", "1,000,000.5") replaced by
// `separator`, as French and international copy writes them ("5 000" with a no-break or thin space).
std::string regrouped(std::string_view text, std::string_view separator) {
    std::string out;
    std::size_t copied = 0;
    for (std::size_t at = 0; at < text.size();) {
        if (!is_digit(text[at])) {
            ++at;
            continue;
        }
        std::size_t end = at;
        bool grouped = true;
        std::size_t group = 0, groups = 0;
        for (; end < text.size(); ++end) {
            if (is_digit(text[end])) {
                ++group;
            } else if (text[end] == ',' && end + 1 < text.size() && is_digit(text[end + 1])) {
                grouped = grouped && (groups == 0 ? group <= 3 : group == 3);
                group = 0;
                ++groups;
            } else {
                break;
            }
        }
        // Figures of news have at most six groups (quadrillions); a run of hundreds of groups is
        // no figure in any notation, and the two notations may give up on it at different places.
        grouped = grouped && groups > 0 && groups <= 6 && group == 3;
        const char before = at > 0 ? text[at - 1] : ' ';
        const char after = end < text.size() ? text[end] : ' ';
        // A run glued to what comes before it by '.', ',' or ':' is part of something else ("1:3,123"
        // is a ratio or a time with a tail, which a space of either kind would cut in two).
        if (grouped && !std::isalnum(static_cast<unsigned char>(before)) && before != '.' && before != ',' &&
            before != ':' && before != '_' && !std::isalpha(static_cast<unsigned char>(after))) {
            out.append(text.substr(copied, at - copied));
            for (std::size_t k = at; k < end; ++k) {
                if (text[k] == ',')
                    out += separator;
                else
                    out += text[k];
            }
            copied = end;
        }
        at = end;
    }
    out.append(text.substr(copied));
    return out;
}

void check_same_scan(const factrec::scan_result& a_result, const factrec::scan_result& b_result) {
    FACTREC_FUZZ_CHECK(a_result.mentions.size() == b_result.mentions.size());
    for (std::size_t i = 0; i < a_result.mentions.size(); ++i) {
        const factrec::mention& a = a_result.mentions[i];
        const factrec::mention& b = b_result.mentions[i];
        FACTREC_FUZZ_CHECK(a.span == b.span && a.sentence == b.sentence && a.kind == b.kind && a.speaker == b.speaker);
        FACTREC_FUZZ_CHECK(a.quantity.value == b.quantity.value && a.quantity.unit == b.quantity.unit);
        FACTREC_FUZZ_CHECK(a.quantity.written == b.quantity.written && a.quantity.qualifier == b.quantity.qualifier);
        FACTREC_FUZZ_CHECK(a.role == b.role && a.direction == b.direction && a.converts == b.converts &&
                           a.row_label == b.row_label);
    }
    FACTREC_FUZZ_CHECK(a_result.diagnostics == b_result.diagnostics);
}

// The look-ups of the fast paths against their plain searches, for every run of letters in the
// input, and the byte masks for every 64 bytes of it.
void check_fast_lookups(std::string_view input) {
    namespace detail = factrec::parse::detail;
    for (std::size_t i = 0; i < input.size();) {
        if (!detail::is_letter(input[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < input.size() && detail::is_letter(input[end])) ++end;
        const std::string_view word = input.substr(i, end - i);
        FACTREC_FUZZ_CHECK(detail::number_words.index_any_case(word) ==
                           detail::number_words.index_any_case_reference(word));
        FACTREC_FUZZ_CHECK(detail::noun_stop_words.contains(word) == detail::noun_stop_words.contains_reference(word));
        FACTREC_FUZZ_CHECK(detail::prefix_words.index_any_case(word) ==
                           detail::prefix_words.index_any_case_reference(word));
        FACTREC_FUZZ_CHECK(detail::cue_word_lookup.find(word) == detail::cue_word_table::find_reference(word));
        i = end;
    }
    for (std::size_t at = 0; at + detail::classified_bytes <= input.size(); at += detail::classified_bytes) {
        const detail::byte_classes fast = detail::classify_bytes(input.data() + at);
        const detail::byte_classes plain = detail::classify_bytes_reference(input.data() + at);
        FACTREC_FUZZ_CHECK(fast.letters == plain.letters && fast.alnum == plain.alnum &&
                           fast.non_ascii == plain.non_ascii);
        const std::uint64_t stops = detail::bytes_among<'.', '!', '?', '\n'>(input.data() + at);
        const std::uint64_t plain_stops = detail::bytes_among_reference<'.', '!', '?', '\n'>(input.data() + at);
        FACTREC_FUZZ_CHECK(stops == plain_stops);
    }
}

} // namespace

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
        // What a figure converts and the row label of a table come before it.
        FACTREC_FUZZ_CHECK(!m.converts || (m.converts->begin < m.converts->end && m.converts->end <= m.span.begin));
        FACTREC_FUZZ_CHECK(m.row_label.begin <= m.row_label.end && m.row_label.end <= m.span.begin);
        previous_begin = m.span.begin;
    }
    for (const factrec::error& e : found.diagnostics) FACTREC_FUZZ_CHECK(e.offset <= size);

    // The scanner reads from the list of places its first pass found; walking the text again
    // must give the same mentions and diagnostics.
    // The walk fills a result that held another scan (of the second half): nothing of that may
    // remain.
    factrec::scan_result walked = factrec::scan(input.substr(size / 2));
    factrec::parse::detail::scanner(input, {}).run(walked, factrec::parse::detail::scanner::second_pass::walk);
    check_same_scan(found, walked);

    // The tuned paths (first pass over bit masks, sentence stops 64 bytes at a time, huge
    // pages) and the plain ones give the same scan.
    using english = factrec::parse::english;
    check_same_scan(
        found,
        factrec::parse::detail::basic_scanner<english, factrec::parse::detail::fast_scan_paths>(input, {}).run());
    check_same_scan(
        found,
        factrec::parse::detail::basic_scanner<english, factrec::parse::detail::reference_scan_paths>(input, {}).run());
    check_fast_lookups(input);

    // Thousands grouped with a no-break space (U+00A0) or a thin space (U+2009) read as with a comma.
    // Only in plain ASCII text: spaces and broken bytes of the input's own next to a rewritten
    // figure change what the figure is next to, and so, rightly, how it reads.
    const bool plain_ascii = std::all_of(input.begin(), input.end(), [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte < 0x80 && (byte >= 0x20 || c == '\n' || c == '\t') && byte != 0x7F;
    });
    if (size <= 4096 && plain_ascii) {
        const std::string spaced = regrouped(input, size % 2 ? "\xE2\x80\x89" : "\xC2\xA0");
        if (spaced != input) {
            const factrec::scan_result again = factrec::scan(spaced);
            FACTREC_FUZZ_CHECK(again.mentions.size() == found.mentions.size());
            for (std::size_t i = 0; i < found.mentions.size(); ++i) {
                const factrec::mention& a = found.mentions[i];
                const factrec::mention& b = again.mentions[i];
                FACTREC_FUZZ_CHECK(a.kind == b.kind && a.quantity.unit == b.quantity.unit);
                FACTREC_FUZZ_CHECK(a.quantity.value == b.quantity.value &&
                                   a.quantity.qualifier == b.quantity.qualifier);
            }
        }
    }

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
