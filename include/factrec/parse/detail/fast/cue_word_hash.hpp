#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/english/lexicon.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factrec::parse::detail {

// The words that open a speech cue: "according (to)", "per", and lexicon's speech_verbs.
inline constexpr auto cue_words = [] {
    std::array<std::string_view, speech_verbs.words().size() + 2> words{"according", "per"};
    std::copy(speech_verbs.words().begin(), speech_verbs.words().end(), words.begin() + 2);
    return words;
}();

enum class cue_word : std::uint8_t { none, according, per, speech_verb };

// Looks a word up among cue_words, in any case, with one comparison at most: every word of
// every sentence with a figure is looked up, and nearly none is a cue word. A table on first
// letter and length turns most words away. The others are hashed once: a bit table turns
// nearly all of the rest away, and the hash is perfect on cue_words (the constructor refuses
// a multiplier under which two of them share a slot), so what is left is compared with one
// listed word.
class cue_word_table {
public:
    constexpr cue_word_table() {
        for (std::size_t i = 0; i < cue_words.size(); ++i) {
            std::string_view w = cue_words[i];
            if (w.size() < min_length || w.size() > max_length || !is_lower(w.front()))
                throw "cue_word_table: lower-case words of 3 to 12 letters";
            lengths_by_first_letter_[first_letter_index(w)] |= static_cast<std::uint16_t>(1u << w.size());
            std::uint64_t h = hash(w);
            filter_bits_[filter_bit(h) / 64] |= std::uint64_t{1} << (filter_bit(h) % 64);
            std::uint8_t& slot = slots_[slot_of(h)];
            if (slot != empty_slot) throw "cue_word_table: two cue words share a slot; pick another multiplier";
            slot = static_cast<std::uint8_t>(i);
            lengths_by_start_[start_of(w[0], w[1])] |= static_cast<std::uint16_t>(1u << w.size());
            if (i < 2)
                lengths_by_start_[start_of(static_cast<char>(w[0] & ~0x20), w[1])] |=
                    static_cast<std::uint16_t>(1u << w.size());
        }
    }

    // A first look at a run of letters, on its first two bytes and its length, without a
    // branch: no for nearly every word of a sentence, yes for every word that is_cue_word
    // accepts. A capital first letter can only open "According" or "Per"; `second` is not
    // looked at for a run of one letter.
    [[nodiscard]] constexpr bool may_be_cue(char first, char second, std::size_t length) const noexcept {
        return ((lengths_by_start_[start_of(first, second)] >> (length & 15u)) & 1u) != 0;
    }

    // may_be_cue in two steps, for a walk that finds a word's length only when it is needed:
    // the lengths (bit n for n letters) of the cue words that start with these two bytes,
    // none for nearly every word.
    [[nodiscard]] constexpr std::uint16_t lengths_starting(char first, char second) const noexcept {
        return lengths_by_start_[start_of(first, second)];
    }

    [[nodiscard]] constexpr cue_word find(std::string_view w) const noexcept {
#ifdef FACTREC_SCAN_REFERENCE
        return find_reference(w);
#endif
        if (w.size() < min_length || w.size() > max_length || !is_letter(w.front())) return cue_word::none;
        if (((lengths_by_first_letter_[first_letter_index(w)] >> w.size()) & 1u) == 0) return cue_word::none;
        std::uint64_t h = hash(w);
        if (((filter_bits_[filter_bit(h) / 64] >> (filter_bit(h) % 64)) & 1u) == 0) return cue_word::none;
        std::uint8_t slot = slots_[slot_of(h)];
        if (slot == empty_slot || !equals_lower(w, cue_words[slot])) return cue_word::none;
        return slot == 0 ? cue_word::according : slot == 1 ? cue_word::per : cue_word::speech_verb;
    }

    // find as a plain search through cue_words, in any case: what the tests hold find to, and
    // what a build with FACTREC_SCAN_REFERENCE uses.
    [[nodiscard]] static constexpr cue_word find_reference(std::string_view w) noexcept {
        for (std::size_t i = 0; i < cue_words.size(); ++i) {
            const std::string_view listed = cue_words[i];
            bool same = listed.size() == w.size();
            for (std::size_t k = 0; same && k < w.size(); ++k) same = to_lower(w[k]) == listed[k];
            if (same) return i == 0 ? cue_word::according : i == 1 ? cue_word::per : cue_word::speech_verb;
        }
        return cue_word::none;
    }

private:
    static constexpr std::size_t min_length = 3;
    static constexpr std::size_t max_length = 12;
    static constexpr std::uint8_t empty_slot = 0xFF;
    static constexpr std::size_t first_letter_index(std::string_view w) noexcept {
        return static_cast<unsigned char>(w[0]) & 31u;
    }
    // The length and the first three and last three letters ("reported" and "remained" differ
    // there), read side by side. Setting bit 5 lower-cases a letter.
    static constexpr std::uint64_t hash(std::string_view w) noexcept {
        const std::size_t n = w.size();
        auto byte = [&](std::size_t i, int shift) { return std::uint64_t{static_cast<unsigned char>(w[i])} << shift; };
        std::uint64_t key = byte(0, 0) | byte(1, 8) | byte(2, 16) | byte(n - 3, 24) | byte(n - 2, 32) | byte(n - 1, 40);
        key = (key | 0x202020202020u) ^ (std::uint64_t{n} << 48);
        return key * 0x01D441396205759Du;
    }
    // The top eight bits pick the slot, the eleven below them the filter bit.
    static constexpr std::size_t slot_of(std::uint64_t h) noexcept { return static_cast<std::size_t>(h >> 56); }
    static constexpr std::size_t filter_bit(std::uint64_t h) noexcept {
        return static_cast<std::size_t>((h >> 45) & 2047u);
    }

    // A letter's case is bit 5: the first byte keeps it, the second drops it.
    static constexpr std::size_t start_of(char first, char second) noexcept {
        return static_cast<std::size_t>(first & 0x3F) << 5 | static_cast<std::size_t>(second & 0x1F);
    }

    std::array<std::uint16_t, 32> lengths_by_first_letter_{};
    std::array<std::uint16_t, std::size_t{64} * 32> lengths_by_start_{};
    std::array<std::uint64_t, 2048 / 64> filter_bits_{};
    std::array<std::uint8_t, 256> slots_ = [] {
        std::array<std::uint8_t, 256> slots{};
        slots.fill(empty_slot);
        return slots;
    }();
};

inline constexpr cue_word_table cue_word_lookup{};

} // namespace factrec::parse::detail
