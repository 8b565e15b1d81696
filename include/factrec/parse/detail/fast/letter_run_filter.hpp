#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factrec::parse::detail {

// Whether the run of letters at a place in a text may be the first run of letters of one of a
// list of phrases ("kilometres per hour" -> "kilometres", "km/h" -> "km", "u.s. dollars" ->
// "u"), in either case: a filter on the run's first two letters and its length. It may let a
// run through that starts no phrase; it never keeps out one that does. The reader asks it
// before trying every phrase in turn where most places start none ("a figure", "a timetable"
// after "a"). Built with FACTREC_SCAN_REFERENCE, it lets every run through, so that the plain
// build tries every phrase, as first written.
class letter_run_filter {
public:
    // Runs of this many letters or more start no phrase: the filter keeps them out.
    static constexpr std::size_t max_length = 32;

    constexpr void add(std::string_view phrase) {
        std::size_t length = 0;
        while (length < phrase.size() && is_letter(phrase[length])) ++length;
        if (length == 0 || length >= max_length) throw "letter_run_filter: a phrase starts with 1 to 31 letters";
        lengths_[key(phrase[0], length > 1 ? phrase[1] : ' ')] |= std::uint32_t{1} << length;
    }

    // Whether the run of letters at `pos` of `s` (none when s[pos] is no letter) may start a phrase.
    [[nodiscard]] bool may_start(std::string_view s, std::size_t pos) const noexcept {
#ifdef FACTREC_SCAN_REFERENCE
        return true;
#endif
        const std::size_t length = letters_end(s, pos, std::min(s.size(), pos + max_length)) - pos;
        if (length == 0 || length >= max_length) return false;
        return ((lengths_[key(s[pos], length > 1 ? s[pos + 1] : ' ')] >> length) & 1u) != 0;
    }

private:
    // A letter's low five bits number it in the alphabet in either case; 0 stands for no letter.
    static constexpr std::size_t key(char first, char second) noexcept {
        return static_cast<std::size_t>(first & 0x1F) << 5 |
               (is_letter(second) ? static_cast<std::size_t>(second & 0x1F) : 0);
    }

    std::array<std::uint32_t, 32 * 32> lengths_{};
};

} // namespace factrec::parse::detail
