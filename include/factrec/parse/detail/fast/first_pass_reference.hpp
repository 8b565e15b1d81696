#pragma once

#include <factrec/parse/detail/fast/first_pass.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <string_view>

namespace factrec::parse::detail {

// visit_figure_starts as first written: byte by byte, one word at a time, each place decided by
// the rules spelled out here. The scanner runs it in place of the first pass when built with
// FACTREC_SCAN_REFERENCE (reference_scan_paths), and the tests and the scan fuzzer hold the
// first pass to it.
template <class Pack, class AtStart, class AtInvalid>
void visit_figure_starts_reference(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
    std::size_t i = 0;
    while (i < s.size()) {
        const char c = s[i];
        if (is_letter(c)) {
            std::size_t end = i;
            while (end < s.size() && is_letter(s[end])) ++end;
            // Only the words of the pack's list (or "a" before a scale, which the pack's own test
            // decides) can start a figure, and the pack is asked about those alone.
            const std::string_view word = s.substr(i, end - i);
            const auto& listed = Pack::figure_words().words();
            const bool may_be_listed =
                std::any_of(listed.begin(), listed.end(), [&](std::string_view w) { return equals_lower(word, w); });
            if (may_be_listed && follows_word_break(s, i) && Pack::word_starts_figure(s, i, end))
                i = std::max(at_start(i, end), i + 1);
            else
                i = end;
        } else if (is_digit(c)) {
            if (follows_word_break(s, i))
                i = std::max(at_start(i, i), i + 1);
            else
                while (i < s.size() && is_alnum(s[i])) ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t length = utf8_sequence_length(s, i);
            if (length == 0) {
                at_invalid(i);
                i += 1;
            } else if (Pack::character_starts_figure(s, i, length)) {
                i = std::max(at_start(i, i + length), i + length);
            } else {
                i += length;
            }
        } else {
            ++i;
        }
    }
}

} // namespace factrec::parse::detail
