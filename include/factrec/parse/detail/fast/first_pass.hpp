#pragma once

#include <factrec/parse/detail/fast/byte_masks.hpp>
#include <factrec/parse/detail/fast/word_set.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace factrec::parse::detail {

// Whether the byte before `i` lets a figure start there: not inside a word or a code
// ("AP1000", "F-150", "COVID-19").
inline bool follows_word_break(std::string_view s, std::size_t i) noexcept {
    char prev = i > 0 ? s[i - 1] : ' ';
    return !is_alnum(prev) && !(prev == '-' && i >= 2 && is_letter(s[i - 2]));
}

// number_words' filter, laid out for the first pass, which asks it about every word of a
// document. A word's first two bytes, read together and masked to their low five bits (which
// number a letter in the alphabet, in either case), index the lengths that the words with
// that start have: one load, one AND, one load and one bit test. The table is sparse (16 KB,
// of which a few lines are used) so that making the index takes no shift. The few words let
// through are then tried on their third letter, before any is compared whole.
class word_start_filter {
public:
    template <std::size_t Size>
    constexpr explicit word_start_filter(const word_set<Size>& set) {
        for (std::string_view w : set.words()) {
            if (w.size() >= 16) throw "word_start_filter: lengths are bits of 16";
            if (w.size() == 1) {
                // A one-letter word is let through whatever byte comes after it.
                for (char second = 0; second < 32; ++second) lengths_[key(w[0], second)] |= 1u << 1;
            } else {
                lengths_[key(w[0], w[1])] |= static_cast<std::uint16_t>(1u << w.size());
                if (w.size() > 2) third_letters_[start_of(w[0], w[1])] |= std::uint32_t{1} << (w[2] & 0x1F);
            }
        }
    }

    // Whether the run of `length` letters at `word` may be one of the words; two bytes are read
    // there. Lengths from 16 up fold onto shorter ones: a long word may be let through, a word
    // of the set never kept out.
    [[nodiscard]] bool may_start(const char* word, std::size_t length) const noexcept {
        std::uint16_t first_two;
        std::memcpy(&first_two, word, sizeof first_two);
        return ((lengths_[first_two & 0x1F1F] >> (length & 15)) & 1u) != 0;
    }
    // For a word that may_start let through, of three letters or more: whether its third
    // letter is one that a word of the set with its start has.
    [[nodiscard]] constexpr bool third_letter_fits(const char* word) const noexcept {
        return ((third_letters_[start_of(word[0], word[1])] >> (word[2] & 0x1F)) & 1u) != 0;
    }

private:
    // The index that may_start makes of two bytes, in the machine's byte order.
    static constexpr std::size_t key(char first, char second) noexcept {
        const auto a = static_cast<std::size_t>(first & 0x1F), b = static_cast<std::size_t>(second & 0x1F);
        return std::endian::native == std::endian::little ? a | b << 8 : a << 8 | b;
    }
    static constexpr std::size_t start_of(char first, char second) noexcept {
        return static_cast<std::size_t>(first & 0x1F) << 5 | static_cast<std::size_t>(second & 0x1F);
    }

    std::array<std::uint16_t, 0x1F1F + 1> lengths_{};
    std::array<std::uint32_t, 32 * 32> third_letters_{};
};

// What the first pass knows of a pack's figure words, built once per pack: the filter on
// their first letters, and their shortest (of two letters or more) and longest lengths.
template <class Pack>
struct figure_word_tables {
    static constexpr word_start_filter filter{Pack::figure_words()};
    static constexpr std::size_t shortest_long_word = [] {
        std::size_t shortest = max_word_bytes;
        for (std::string_view w : Pack::figure_words().words())
            if (w.size() > 1) shortest = std::min(shortest, w.size());
        return shortest;
    }();
    static constexpr std::size_t longest_word = [] {
        std::size_t longest = 0;
        for (std::string_view w : Pack::figure_words().words()) longest = std::max(longest, w.size());
        return longest;
    }();
};

// Calls `at_start(i, word_end)` at every place where a figure can start and goes on where it
// says; calls `at_invalid(i)` at every byte that is not valid UTF-8. A figure starts at a digit,
// at a word that the pack's word_starts_figure accepts, or at a character of two bytes or more
// that the pack's character_starts_figure accepts (word_end is then the character's end, and the
// walk goes on no earlier). visit_figure_starts_reference (first_pass_reference.hpp) is the
// same walk written byte by byte; the tests and the scan fuzzer hold the two to each other.
//
// A figure starts only where a run of letters or digits starts (starts_figure rejects any
// other place), so the text is read 64 bytes at a time as bit masks (classify_bytes) and only
// those places and the non-ASCII bytes are looked at. Most of them start words that are no
// number: each is rejected on its first two letters and its length, read off the mask,
// without being copied.
template <class Pack, class AtStart, class AtInvalid>
void visit_figure_starts(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
    using words = figure_word_tables<Pack>;
    const std::size_t n = s.size();
    // Near the end a block is read from a copy, padded with zeros, which are no letter: a
    // block's bytes are read with the one after them (a one-letter word's second byte).
    std::array<char, classified_bytes + 1> tail{};
    std::size_t i = 0;
    while (i < n) {
        // A block begins where the walk stands, which after a figure can be anywhere: inside a
        // word (whose rest starts nothing) or inside a UTF-8 sequence (whose rest is invalid).
        const std::size_t base = i;
        const char* bytes = s.data() + base;
        if (n - base <= classified_bytes) {
            tail.fill(0);
            std::memcpy(tail.data(), bytes, n - base);
            bytes = tail.data();
        }
        const byte_classes block = classify_bytes(bytes);
        const std::uint64_t letters = block.letters;
        // No number word is 64 letters long: nothing starts in a block of letters.
        if (letters == ~std::uint64_t{0}) {
            i = base + classified_bytes;
            continue;
        }
        const std::uint64_t alnum_before = (block.alnum << 1) | std::uint64_t{base > 0 && is_alnum(s[base - 1])};
        std::uint64_t places = (block.alnum & ~alnum_before) | block.non_ascii;
        // Words of lengths that no number word has ("of", "to", "governments") are passed over
        // on the masks alone.
        const std::uint64_t too_short =
            letter_runs_of_at_least<2>(letters) & ~letter_runs_of_at_least<words::shortest_long_word>(letters);
        const std::uint64_t too_long = letter_runs_of_at_least<words::longest_word + 1>(letters);
        places &= ~(too_short | too_long);
        // A word cut by the block's end is left to the next block, which starts with it: then
        // every word here ends here, and its length is in the mask. The text's end cuts none.
        const std::size_t cut_letters =
            base + classified_bytes < n ? static_cast<std::size_t>(std::countl_one(letters)) : 0;
        const std::size_t block_end = base + classified_bytes - cut_letters;
        places &= ~std::uint64_t{0} >> cut_letters;
        i = std::min(block_end, n);
        while (places != 0) {
            const auto offset = static_cast<std::size_t>(std::countr_zero(places));
            const std::size_t pos = base + offset;
            places &= places - 1;
            std::size_t word_end = pos; // a digit: the grammars read the figure, not a word
            if (const std::uint64_t letters_from_here = letters >> offset; (letters_from_here & 1) != 0) {
                const auto length = static_cast<std::size_t>(std::countr_one(letters_from_here));
                if (!words::filter.may_start(bytes + offset, length)) continue;
                if (length > 2 && !words::filter.third_letter_fits(bytes + offset)) continue;
                word_end = pos + length;
                if (!Pack::word_starts_figure(s, pos, word_end)) continue;
            } else if (((block.non_ascii >> offset) & 1) != 0) {
                std::size_t length = utf8_sequence_length(s, pos);
                if (length == 0) {
                    at_invalid(pos);
                    length = 1;
                } else if (Pack::character_starts_figure(s, pos, length)) {
                    const std::size_t resume = std::max(at_start(pos, pos + length), pos + length);
                    if (resume >= block_end) {
                        i = resume;
                        break;
                    }
                    places &= ~std::uint64_t{0} << (resume - base);
                    continue;
                }
                if (pos + length >= block_end) {
                    i = pos + length;
                    break;
                }
                places &= ~std::uint64_t{0} << (pos + length - base); // the sequence's other bytes
                continue;
            }
            // As starts_figure, less what is known: a run of letters or digits starts here, and
            // a word has passed.
            if (!follows_word_break(s, pos)) continue;
            const std::size_t resume = std::max(at_start(pos, word_end), pos + 1);
            if (resume >= block_end) {
                i = resume;
                break;
            }
            // Most figures end inside the block: what the masks say about the bytes from
            // `resume` on still holds, and the walk goes on there.
            places &= ~std::uint64_t{0} << (resume - base);
        }
    }
}

} // namespace factrec::parse::detail
