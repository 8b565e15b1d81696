#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factrec::parse::detail {

// 0 to 25 for a letter in either case, 26 for any other byte: word_set's second-byte places,
// outside the class template so that the compiler builds the table once, not once a set.
inline constexpr std::array<std::uint8_t, 256> second_letter_places = [] {
    std::array<std::uint8_t, 256> places{};
    for (std::size_t b = 0; b < places.size(); ++b) {
        const char c = to_lower(static_cast<char>(b));
        places[b] = static_cast<std::uint8_t>(is_lower(c) ? c - 'a' : 26);
    }
    return places;
}();

// A sorted word list behind a filter on its first two letters and length: the scanner asks
// it about nearly every word of an article, and the filter answers no for nearly all of them
// ("the", "to", "of" share no first two letters and length with any number word) before any
// string is compared or lower-cased.
template <std::size_t Size>
class word_set {
public:
    constexpr explicit word_set(const std::array<std::string_view, Size>& sorted_words) : words_(sorted_words) {
        for (std::size_t i = 0; i < Size; ++i) {
            if (i > 0 && !(words_[i - 1] < words_[i])) throw "word_set: the words must be sorted and distinct";
            std::string_view w = words_[i];
            if (w.size() >= max_length || !is_letter(w.front()))
                throw "word_set: words start with a letter and are shorter than 32 bytes";
            lengths_by_start_[start_of(w)] |= std::uint32_t(1) << w.size();
            ++groups_[start_of(w)].count;
        }
        // Each start's words take the next places of by_start_, in list order. Only the starts
        // the words have are touched: the compiler evaluates this for every set in every
        // translation unit, and a pass over all 702 starts was most of that time.
        std::size_t next_place = 0;
        std::array<std::uint8_t, starts> placed{};
        for (std::size_t i = 0; i < Size; ++i) {
            const std::size_t start = start_of(words_[i]);
            if (placed[start] == 0) {
                groups_[start].first = static_cast<std::uint8_t>(next_place);
                next_place += groups_[start].count;
            }
            by_start_[groups_[start].first + placed[start]++] = static_cast<std::uint8_t>(i);
        }
    }

    // Whether some word of this length starts with these two bytes, in either case; `second`
    // is ignored for one-letter words.
    [[nodiscard]] constexpr bool may_hold(char first, char second, std::size_t length) const noexcept {
        if (length >= max_length || !is_letter(first)) return false;
        return ((lengths_by_start_[start_index(first, length > 1 ? second : ' ')] >> length) & 1u) != 0;
    }
    [[nodiscard]] constexpr bool may_hold(std::string_view text) const noexcept {
        return !text.empty() && may_hold(text[0], second_byte(text), text.size());
    }
    // `word` is compared as given, with only the few words that start as it does.
    [[nodiscard]] constexpr bool contains(std::string_view word) const noexcept {
#ifdef FACTREC_SCAN_REFERENCE
        return contains_reference(word);
#endif
        if (!may_hold(word)) return false;
        const group& g = groups_[start_of(word)];
        for (std::size_t j = g.first; j < std::size_t{g.first} + g.count; ++j)
            if (same_text(words_[by_start_[j]], word)) return true;
        return false;
    }
    // Whether `text` is in the set in any case, compared likewise, without copying it.
    [[nodiscard]] constexpr bool contains_any_case(std::string_view text) const noexcept {
        return index_any_case(text) != Size;
    }
    // The place of `text` among words(), in any case; Size when it is not there.
    [[nodiscard]] constexpr std::size_t index_any_case(std::string_view text) const noexcept {
#ifdef FACTREC_SCAN_REFERENCE
        return index_any_case_reference(text);
#endif
        if (!may_hold(text)) return Size;
        const group& g = groups_[start_of(text)];
        for (std::size_t j = g.first; j < std::size_t{g.first} + g.count; ++j)
            if (same_letters(text, words_[by_start_[j]])) return by_start_[j];
        return Size;
    }
    [[nodiscard]] constexpr const std::array<std::string_view, Size>& words() const noexcept { return words_; }

    // contains and index_any_case as plain searches through the list: what the tests hold the
    // filtered look-ups to, and what a build with FACTREC_SCAN_REFERENCE uses.
    [[nodiscard]] constexpr bool contains_reference(std::string_view word) const noexcept {
        for (std::string_view w : words_)
            if (w == word) return true;
        return false;
    }
    [[nodiscard]] constexpr std::size_t index_any_case_reference(std::string_view text) const noexcept {
        for (std::size_t i = 0; i < Size; ++i)
            if (same_letters(text, words_[i])) return i;
        return Size;
    }

private:
    static constexpr bool same_letters(std::string_view a, std::string_view b) noexcept {
        if (a.size() != b.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (to_lower(a[i]) != to_lower(b[i])) return false;
        return true;
    }

    static constexpr std::size_t max_length = 32;
    // 26 first letters by 27 second bytes (a letter or anything else).
    static constexpr std::size_t starts = std::size_t{26} * 27;
    // `first` is a letter (may_hold and the constructor see to it): setting bit 5 lower-cases
    // it. The second byte's place is looked up, as the tests of case and range were a third of
    // a look-up's work.
    static constexpr std::size_t start_index(char first, char second) noexcept {
        return static_cast<std::size_t>((first | 0x20) - 'a') * 27 +
               second_letter_places[static_cast<unsigned char>(second)];
    }

    static constexpr char second_byte(std::string_view w) noexcept { return w.size() > 1 ? w[1] : ' '; }
    static constexpr std::size_t start_of(std::string_view w) noexcept {
        return start_index(w.front(), second_byte(w));
    }

    // The words with one start: words_[by_start_[j]] for j from first up to first + count.
    struct group {
        std::uint8_t first = 0;
        std::uint8_t count = 0;
    };
    static_assert(Size <= 0xFF, "word_set: words are numbered in a byte");

    std::array<std::string_view, Size> words_;
    std::array<std::uint32_t, starts> lengths_by_start_{};
    std::array<group, starts> groups_{};
    std::array<std::uint8_t, Size> by_start_{};
};

} // namespace factrec::parse::detail
