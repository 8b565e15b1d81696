#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/attribution.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/english/lexicon.hpp>
#include <factrec/parse/english/reader.hpp>
#include <factrec/parse/english/sentence_rules.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factrec::parse {

/// The English language pack: everything the scanning engine knows of a language, handed to it
/// as a policy, as Spirit X3's real_policies hand a number's syntax to real_parser. scan(),
/// parse_quantity() and the other entry points take the pack as a template parameter, English
/// by default: scan<exact_number, my_pack>(text) reads with another.
///
/// A pack is a type with these static members (english's are below; a test's toy pack that
/// reads 万 as 10,000 shows the least a pack needs):
/// - figure_words(): a parse::detail::word_set of the words that may start a figure; the first pass
///   asks the pack about no other word.
/// - word_starts_figure(s, i, word_end): whether the listed word s[i, word_end) starts one here.
/// - character_starts_figure(s, i, length): whether the non-ASCII character of `length` bytes at
///   `i` starts one (万, 億, 円 for Japanese); English says no.
/// - read(s, floor, pos): the figure at `pos`, as a parse::detail::outcome (a reading with its span,
///   kind, qualifier, figures and unit symbol; or an error; and where to go on, which must be
///   past an ASCII byte or at a character's end), looking back no further than `floor`.
/// - is_abbreviation(word): whether a dot after `word` ends no sentence.
/// - noun_carries_past(word): whether a bare number after `word` may count the noun of the count
///   just before it ("17 citizens ... eight are dead"; not after "the").
/// - speech_cues, find_speech_cues(text, sentence, cues), speaker_from(sentence, cues, offset):
///   who says what a sentence says.
/// - optionally, restates_figure(gap) and reaches_figure(gap): whether the words between a change
///   and the next figure say the change again ("or 1.2%") or lead to the value it reached ("to
///   212p"); a pack without them relates no figures so.
struct english {
    /// The words that may start a figure besides digits: number words and currency codes (the
    /// filter ignores case).
    static constexpr const auto& figure_words() noexcept { return parse::detail::figure_lead_words; }
    /// Whether the listed word s[i, word_end) starts a figure here: a number word, "a" before a
    /// scale, fraction or unit ("a dozen", "a third", "a kilogram"), or a currency code against
    /// digits ("EUR12.50"). i < word_end <= s.size().
    static bool word_starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept;
    /// English starts no figure with a non-ASCII character: always false.
    static constexpr bool character_starts_figure(std::string_view, std::size_t, std::size_t) noexcept { return false; }

    /// The figure at `pos` of `s`, looking back no further than `floor` (a sentence start):
    /// its reading, or an error, and where scanning goes on. Linear in the figure's length.
    template <class = void>
    static parse::detail::outcome read(std::string_view s, std::size_t floor, std::size_t pos) {
        return parse::detail::phrase_reader(s, floor).read(pos);
    }

    /// Whether a dot after `word` ends no sentence ("Mr", "No", "approx", month abbreviations);
    /// compared as written: "No." ends no sentence, "no." may.
    static bool is_abbreviation(std::string_view word) noexcept { return parse::detail::abbreviations.contains(word); }
    /// Between a change and the next figure (after a comma, if any): "or" says the same change
    /// in other units, "to" leads to the value it reached.
    static bool restates_figure(std::string_view gap) noexcept { return parse::detail::equals_lower(gap, "or"); }
    /// "to" between a change and the next figure: the figure is the value the change reached.
    static bool reaches_figure(std::string_view gap) noexcept { return parse::detail::equals_lower(gap, "to"); }
    /// Whether a bare number after `word` may count the noun of the count just before it
    /// ("17 citizens ... eight are dead"): after any word but "the".
    static bool noun_carries_past(std::string_view word) noexcept { return !parse::detail::equals_lower(word, "the"); }

    /// The speech verbs, "according to" and quotation marks found in one sentence.
    using speech_cues = parse::detail::speech_cues;
    /// Collects into `out` (cleared first) the speech cues of `sentence`, a span of `text`.
    template <class = void>
    static void find_speech_cues(std::string_view text, byte_span sentence, speech_cues& out) {
        parse::detail::find_speech_cues(text, sentence, out);
    }
    /// Who the sentence, with its cues, says the figure at byte `offset` of `sentence` comes
    /// from; none when it names no one.
    template <class = void>
    static std::optional<std::string> speaker_from(std::string_view sentence, const speech_cues& cues,
                                                   std::size_t offset) {
        return parse::detail::speaker_from(sentence, cues, offset);
    }
};

// A number word, "a" before a scale, fraction or unit ("a dozen", "a third", "a kilogram"), or
// a currency code against the digits ("EUR12.50").
inline bool english::word_starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
    const std::size_t length = word_end - i;
    if (length == 1) {
        if (parse::detail::to_lower(s[i]) != 'a') return false;
        const std::size_t next = parse::detail::skip_spaces(s, word_end);
        const char c = next < s.size() ? parse::detail::to_lower(s[next]) : ' ';
        // "a dozen", "a hundred", "a thousand", "a million", "a billion", "a third", "a quarter",
        // "a fifth", "a kilogram", "a mile", "a week", "a century": one bit test, where a chain of comparisons would
        // make the processor guess at each word after "a".
        constexpr std::uint32_t scale_initials = 1u << ('d' - 'a') | 1u << ('h' - 'a') | 1u << ('t' - 'a') |
                                                 1u << ('m' - 'a') | 1u << ('b' - 'a') | 1u << ('q' - 'a') |
                                                 1u << ('f' - 'a') | 1u << ('k' - 'a') | 1u << ('w' - 'a') |
                                                 1u << ('y' - 'a') | 1u << ('c' - 'a');
        // The reader reads nothing after "a" unless words_after_a lets the next word through
        // ("a working dinner", "a full accounting" are turned away there): asked here, such an
        // "a" is no place to read at all.
        return next > word_end && parse::detail::is_lower(c) && ((scale_initials >> (c - 'a')) & 1u) != 0 &&
               parse::detail::words_after_a.may_start(s, next);
    }
    return parse::detail::number_words.contains_any_case(s.substr(i, length)) ||
           parse::detail::currency_code_against_digits(s, i, word_end);
}

} // namespace factrec::parse
