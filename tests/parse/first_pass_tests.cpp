// The scanner's first pass (detail::visit_figure_starts) against a plain walk written here the
// way the pass was first written: byte by byte, one word at a time, deciding each place with
// the rules spelled out below. Over random bytes and random mixes of words, figures, spaces,
// UTF-8 and broken UTF-8, both must call back at the same places, in the same order, and go
// on from the same places, whatever the callback answers.
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace detail = factrec::parse::detail;

// Whether a figure can start at `i`, for the word of letters s[i, word_end) (empty at a digit).
bool reference_starts_figure(std::string_view s, std::size_t i, std::size_t word_end) {
    char prev = i > 0 ? s[i - 1] : ' ';
    if (detail::is_alnum(prev) || (prev == '-' && i >= 2 && detail::is_letter(s[i - 2]))) return false;
    if (detail::is_digit(s[i])) return true;
    std::string word = detail::lowered(s.substr(i, word_end - i));
    if (word == "a") {
        std::size_t next = detail::skip_spaces(s, word_end);
        char c = next < s.size() ? detail::to_lower(s[next]) : ' ';
        // The pack asks the reader's filter of the words that may follow "a" (held to a plain
        // search through its phrases in fast_paths_tests): the reader reads nothing after the
        // words it turns away, so the first pass does not stop there.
        return next > word_end && std::string_view("dhtmbqfkwyc").find(c) != std::string_view::npos &&
               detail::words_after_a.may_start(s, next);
    }
    if (word_end - i == 3 && word_end < s.size() && detail::is_digit(s[word_end])) {
        const std::string code(s.substr(i, 3));
        for (std::string_view known : {"AUD", "CAD", "CHF", "CNY", "EUR", "GBP", "INR", "JPY", "USD"})
            if (code == known) return true;
    }
    return std::binary_search(detail::number_words.words().begin(), detail::number_words.words().end(), word);
}

template <class AtStart, class AtInvalid>
void reference_walk(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
    std::size_t i = 0;
    while (i < s.size()) {
        char c = s[i];
        if (detail::is_letter(c)) {
            std::size_t end = i;
            while (end < s.size() && detail::is_letter(s[end])) ++end;
            if (reference_starts_figure(s, i, end))
                i = std::max(at_start(i, end), i + 1);
            else
                i = end;
        } else if (detail::is_digit(c)) {
            if (reference_starts_figure(s, i, i))
                i = std::max(at_start(i, i), i + 1);
            else
                while (i < s.size() && detail::is_alnum(s[i])) ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t length = detail::utf8_sequence_length(s, i);
            if (length == 0) {
                at_invalid(i);
                length = 1;
            }
            i += length;
        } else {
            ++i;
        }
    }
}

struct callback {
    bool invalid;
    std::size_t pos;
    std::size_t word_end;
    bool operator==(const callback&) const = default;
};

// Where the walk goes on after a start: where the word ends, as the scanner's first pass says,
// or somewhere the hash of the place picks: back, into the word, into a UTF-8 sequence, or
// past the end of the text.
std::size_t resume_after(int policy, std::size_t pos, std::size_t word_end, std::size_t size) {
    if (policy == 0) return word_end;
    std::uint64_t h = (pos + 1) * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(policy);
    h ^= h >> 31;
    switch (h % 8) {
    case 0: return 0;
    case 1: return pos;
    case 2: return size + 3;
    default: return pos + h % (policy == 1 ? 7 : 150);
    }
}

template <class Walk>
std::vector<callback> callbacks(Walk walk, std::string_view s, int policy) {
    std::vector<callback> out;
    walk(
        s,
        [&](std::size_t pos, std::size_t word_end) {
            out.push_back({false, pos, word_end});
            return resume_after(policy, pos, word_end, s.size());
        },
        [&](std::size_t pos) {
            out.push_back({true, pos, 0});
        });
    return out;
}

void check_same_walk(const std::string& text) {
    // An exact-size copy on the heap: under a sanitizer, a read past the end is caught.
    auto copy = std::make_unique<char[]>(std::max<std::size_t>(text.size(), 1));
    std::memcpy(copy.get(), text.data(), text.size());
    const std::string_view s(copy.get(), text.size());
    for (int policy = 0; policy < 3; ++policy) {
        auto expected = callbacks([](auto... a) { reference_walk(a...); }, s, policy);
        auto found =
            callbacks([](auto... a) { detail::visit_figure_starts<factrec::parse::english>(a...); }, s, policy);
        auto library_reference = callbacks(
            [](auto... a) { detail::visit_figure_starts_reference<factrec::parse::english>(a...); }, s, policy);
        std::size_t same = 0;
        while (same < std::min(found.size(), expected.size()) && found[same] == expected[same]) ++same;
        INFO("text of ", text.size(), " bytes, policy ", policy, ": the first ", same, " of ", expected.size(),
             " callbacks agree");
        CHECK(found == expected);
        CHECK(library_reference == expected);
    }
}

constexpr std::array<std::string_view, 64> first_pass_pieces{"a",
                                                             "A",
                                                             "an",
                                                             "and",
                                                             "the",
                                                             "The",
                                                             "of",
                                                             "to",
                                                             "five",
                                                             "Five",
                                                             "FIVE",
                                                             "fiVe",
                                                             "twenty",
                                                             "Twenty",
                                                             "half",
                                                             "hal",
                                                             "halfs",
                                                             "several",
                                                             "seventy",
                                                             "Seventeen",
                                                             "seventh",
                                                             "thirteen",
                                                             "three",
                                                             "There",
                                                             "zero",
                                                             "one",
                                                             "ones",
                                                             "ten",
                                                             "nineteen",
                                                             "eighty",
                                                             "fourteen",
                                                             "d",
                                                             "h",
                                                             "m",
                                                             "million",
                                                             "dozen",
                                                             "twenty-five",
                                                             "F-150",
                                                             "COVID-19",
                                                             "U.S.",
                                                             "don't",
                                                             "0",
                                                             "7",
                                                             "250",
                                                             "1.6",
                                                             "50,000",
                                                             "$490",
                                                             "-",
                                                             ".",
                                                             ",",
                                                             " ",
                                                             " ",
                                                             "  ",
                                                             "\n",
                                                             "\t",
                                                             "\xC2\xA0",
                                                             "\xE2\x80\x89",
                                                             "\xE2\x80\x9C",
                                                             "\xE2\x82\xAC",
                                                             "\xF0\x9F\x98\x80",
                                                             "\x80",
                                                             "\xC0\xAF",
                                                             "\xE0\x80\x80",
                                                             "\xED\xA0\x80"};

std::string random_text(std::mt19937_64& rng, int kind) {
    std::string text;
    std::size_t size = rng() % (rng() % 8 == 0 ? 700 : 160);
    if (kind == 0) { // any bytes
        while (text.size() < size) text += static_cast<char>(rng());
    } else if (kind == 1) { // bytes from a small alphabet, where structure is likely
        constexpr std::string_view alphabet = "aAfFhHtTiIvVeEdm0123456789 -.'\n\x80\xC2\xA0\xE2\xF0\xBF";
        while (text.size() < size) text += alphabet[rng() % alphabet.size()];
    } else { // words, figures, spaces, UTF-8 and broken UTF-8, and words longer than a block
        while (text.size() < size) {
            if (rng() % 40 == 0)
                text += std::string(40 + rng() % 60, rng() % 2 ? 'x' : 'a');
            else
                text += first_pass_pieces[rng() % first_pass_pieces.size()];
            if (rng() % 3 != 0) text += ' ';
        }
    }
    return text;
}

} // namespace

TEST_CASE("the first pass calls back where a plain walk does") {
    check_same_walk("");
    check_same_walk("a");
    check_same_walk("a million");
    check_same_walk("About five, or a dozen: 12 of 20 (F-150s, COVID-19) cost $1.6 billion.");
    check_same_walk(std::string(64, 'x') + " twenty " + std::string(63, 'y') + " 5 " + std::string(200, 'z'));
    check_same_walk("Twenty\xE2\x80\x89seven \xE0\x80\x80 a\xC2\xA0"
                    "hundred \xC3 nine");

    std::mt19937_64 rng(20240611);
    for (int round = 0; round < 5000; ++round) {
        std::string text = random_text(rng, round % 3);
        check_same_walk(text);
        // The same text at another place in a 64-byte block.
        if (round % 4 == 0) check_same_walk(std::string(1 + rng() % 63, 'q') + text);
    }
}

TEST_CASE("the byte classes are the same with SSE2 as without, and as the byte tests say") {
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        CHECK(detail::is_letter(c) == ((b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')));
    }
    std::mt19937_64 rng(7);
    std::array<char, detail::classified_bytes> bytes{};
    for (int round = 0; round < 2000; ++round) {
        for (char& c : bytes) c = static_cast<char>(round % 2 == 0 ? rng() : "aZ09 .\x80\xFF"[rng() % 8]);
        const detail::byte_classes fast = detail::classify_bytes(bytes.data());
        const detail::byte_classes portable = detail::classify_bytes_portable(bytes.data());
        CHECK(fast.letters == portable.letters);
        CHECK(fast.alnum == portable.alnum);
        CHECK(fast.non_ascii == portable.non_ascii);
        detail::byte_classes by_byte;
        for (std::size_t k = 0; k < bytes.size(); ++k) {
            by_byte.letters |= std::uint64_t{detail::is_letter(bytes[k])} << k;
            by_byte.alnum |= std::uint64_t{detail::is_alnum(bytes[k])} << k;
            by_byte.non_ascii |= std::uint64_t{static_cast<unsigned char>(bytes[k]) >= 0x80} << k;
        }
        CHECK(portable.letters == by_byte.letters);
        CHECK(portable.alnum == by_byte.alnum);
        CHECK(portable.non_ascii == by_byte.non_ascii);
    }
}
