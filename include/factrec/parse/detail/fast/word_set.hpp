#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factrec::parse::detail {

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
            lengths_by_start_[start_index(w.front(), w.size() > 1 ? w[1] : ' ')] |= std::uint32_t(1) << w.size();
            ++first_with_start_[start_index(w.front(), w.size() > 1 ? w[1] : ' ') + 1];
        }
        // Counts become offsets: the words with start k are words_[by_start_[j]] for j from
        // first_with_start_[k] up to first_with_start_[k + 1].
        for (std::size_t k = 0; k < starts; ++k) first_with_start_[k + 1] += first_with_start_[k];
        std::array<std::uint8_t, starts> placed{};
        for (std::size_t i = 0; i < Size; ++i) {
            std::string_view w = words_[i];
            std::size_t start = start_index(w.front(), w.size() > 1 ? w[1] : ' ');
            by_start_[first_with_start_[start] + placed[start]++] = static_cast<std::uint8_t>(i);
        }
    }

    // Whether some word of this length starts with these two bytes, in either case; `second`
    // is ignored for one-letter words.
    [[nodiscard]] constexpr bool may_hold(char first, char second, std::size_t length) const noexcept {
        if (length >= max_length || !is_letter(first)) return false;
        return ((lengths_by_start_[start_index(first, length > 1 ? second : ' ')] >> length) & 1u) != 0;
    }
    [[nodiscard]] constexpr bool may_hold(std::string_view text) const noexcept {
        return !text.empty() && may_hold(text[0], text.size() > 1 ? text[1] : ' ', text.size());
    }
    // `word` is compared as given, with only the few words that start as it does.
    [[nodiscard]] constexpr bool contains(std::string_view word) const noexcept {
#ifdef FACTREC_SCAN_REFERENCE
        return contains_reference(word);
#endif
        if (!may_hold(word)) return false;
        std::size_t start = start_index(word[0], word.size() > 1 ? word[1] : ' ');
        for (std::size_t j = first_with_start_[start]; j < first_with_start_[start + 1]; ++j)
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
        std::size_t start = start_index(text[0], text.size() > 1 ? text[1] : ' ');
        for (std::size_t j = first_with_start_[start]; j < first_with_start_[start + 1]; ++j)
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
    // 0 to 25 for a letter in either case, 26 for any other byte.
    static constexpr std::array<std::uint8_t, 256> second_letter_places = [] {
        std::array<std::uint8_t, 256> places{};
        for (std::size_t b = 0; b < places.size(); ++b) {
            const char c = to_lower(static_cast<char>(b));
            places[b] = static_cast<std::uint8_t>(is_lower(c) ? c - 'a' : 26);
        }
        return places;
    }();

    std::array<std::string_view, Size> words_;
    std::array<std::uint32_t, starts> lengths_by_start_{};
    // The words by start, for contains_any_case.
    static_assert(Size <= 0xFF, "word_set: words are numbered in a byte");
    std::array<std::uint8_t, starts + 1> first_with_start_{};
    std::array<std::uint8_t, Size> by_start_{};
};

} // namespace factrec::parse::detail
