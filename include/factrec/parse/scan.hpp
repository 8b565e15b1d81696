#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/parse/attribution.hpp>
#include <factrec/parse/detail/interpretation.hpp>
#include <factrec/parse/detail/lexicon.hpp>
#include <factrec/parse/detail/reader.hpp>
#include <factrec/parse/detail/sentences.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/mention.hpp>

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace factrec {

namespace detail {

inline constexpr std::size_t max_sentence_bytes = 4096;
inline constexpr std::size_t max_utf8_diagnostics = 64;
inline constexpr std::string_view invalid_utf8_note = "invalid UTF-8 byte skipped";

// Whether the byte before `i` lets a figure start there: not inside a word or a code
// ("AP1000", "F-150", "COVID-19").
inline bool follows_word_break(std::string_view s, std::size_t i) noexcept {
    char prev = i > 0 ? s[i - 1] : ' ';
    return !is_alnum(prev) && !(prev == '-' && i >= 2 && is_letter(s[i - 2]));
}

// Whether the word s[i, word_end), which number_words' filter has let through, starts a
// figure in words: a number word, or "a" before a scale ("a dozen", "a hundred", "a million").
inline bool number_word_starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
    std::size_t length = word_end - i;
    if (length == 1) {
        if (to_lower(s[i]) != 'a') return false;
        std::size_t next = skip_spaces(s, word_end);
        char c = next < s.size() ? to_lower(s[next]) : ' ';
        // "a dozen", "a hundred", "a thousand", "a million", "a billion": one bit test, where
        // a chain of comparisons would make the processor guess at each word after "a".
        constexpr std::uint32_t scale_initials =
            1u << ('d' - 'a') | 1u << ('h' - 'a') | 1u << ('t' - 'a') | 1u << ('m' - 'a') | 1u << ('b' - 'a');
        return next > word_end && is_lower(c) && ((scale_initials >> (c - 'a')) & 1u) != 0;
    }
    return number_words.contains_any_case(s.substr(i, length));
}

// Whether a figure can start at `i`. A cheap byte test runs everywhere; the grammars run
// only where it says yes.
inline bool starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
    if (!follows_word_break(s, i)) return false;
    if (is_digit(s[i])) return true;
    return number_words.may_hold(s.substr(i, word_end - i)) && number_word_starts_figure(s, i, word_end);
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

inline constexpr word_start_filter number_word_starts{number_words};

// The shortest number word of two letters or more, and the longest.
inline constexpr std::size_t shortest_long_number_word = [] {
    std::size_t shortest = max_word_bytes;
    for (std::string_view w : number_words.words())
        if (w.size() > 1) shortest = std::min(shortest, w.size());
    return shortest;
}();
inline constexpr std::size_t longest_number_word = [] {
    std::size_t longest = 0;
    for (std::string_view w : number_words.words()) longest = std::max(longest, w.size());
    return longest;
}();

// Calls `at_start(i, word_end)` at every place where a figure can start and goes on where it
// says; calls `at_invalid(i)` at every byte that is not valid UTF-8.
//
// A figure starts only where a run of letters or digits starts (starts_figure rejects any
// other place), so the text is read 64 bytes at a time as bit masks (classify_bytes) and only
// those places and the non-ASCII bytes are looked at. Most of them start words that are no
// number: each is rejected on its first two letters and its length, read off the mask,
// without being copied.
template <class AtStart, class AtInvalid>
void visit_figure_starts(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
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
            letter_runs_of_at_least<2>(letters) & ~letter_runs_of_at_least<shortest_long_number_word>(letters);
        const std::uint64_t too_long = letter_runs_of_at_least<longest_number_word + 1>(letters);
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
                if (!number_word_starts.may_start(bytes + offset, length)) continue;
                if (length > 2 && !number_word_starts.third_letter_fits(bytes + offset)) continue;
                word_end = pos + length;
                if (!number_word_starts_figure(s, pos, word_end)) continue;
            } else if (((block.non_ascii >> offset) & 1) != 0) {
                std::size_t length = utf8_sequence_length(s, pos);
                if (length == 0) {
                    at_invalid(pos);
                    length = 1;
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

// Asks the kernel to back [begin, begin + bytes) with huge pages where it has them, for a
// buffer that is about to be written from end to end.
//
// A large document's mentions fill tens of megabytes of fresh memory, and each 4 KB page costs
// a fault when first written: a tenth of a scan's time. Where transparent huge pages are granted
// only on request (enabled = madvise, as Debian and Ubuntu ship it) the request makes that one
// fault per 2 MB. Only the whole huge pages inside the buffer are asked for, so no other
// allocation is touched and at most the last one is partly unused. It is a hint: where it
// fails or the kernel has no huge pages, nothing changes.
inline void ask_for_huge_pages([[maybe_unused]] const void* begin, [[maybe_unused]] std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t huge_page = std::uintptr_t{1} << 21;
    const auto start = reinterpret_cast<std::uintptr_t>(begin);
    const std::uintptr_t first = (start + huge_page - 1) & ~(huge_page - 1);
    const std::uintptr_t last = (start + bytes) & ~(huge_page - 1);
    if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE);
#endif
}

// Room for `count` elements about to be written in order; memory newly claimed for them is
// asked for in huge pages.
template <class T>
void reserve_to_fill(std::vector<T>& v, std::size_t count) {
    const std::size_t capacity_before = v.capacity();
    v.reserve(count);
    if (v.capacity() != capacity_before) ask_for_huge_pages(v.data(), v.capacity() * sizeof(T));
}

// Converts to what `make` returns, by calling it: emplace_back(built_by(make)) has the
// object that make() returns initialized right in the vector's storage, where a temporary
// given to push_back would be built first and then moved there.
template <class Make>
class built_by {
public:
    explicit built_by(Make make) : make_(std::move(make)) {}
    operator std::invoke_result_t<Make&>() { return make_(); } // NOLINT: the conversion is the point

private:
    Make make_;
};

class scanner {
public:
    // How the second pass finds the places to read: from the first pass's list, or by walking
    // the text again. Both give the same result (the fuzzer checks); the list is faster.
    enum class second_pass { listed_starts, walk };

    scanner(std::string_view text, const scan_options& options) : s_(text), options_(options) {}

    scan_result run(second_pass how = second_pass::listed_starts) {
        scan_result out;
        run(out, how);
        return out;
    }

    // Fills `out` afresh, in the memory it already holds.
    void run(scan_result& out, second_pass how = second_pass::listed_starts) {
        out.mentions.clear();
        out.diagnostics.clear();
        out.precision = options_.precision;
        // One pass over the text finds every place a figure can start. A mention is several
        // hundred bytes, and a growing vector would touch every page of each buffer it
        // outgrows: the places bound the mentions, so their memory is claimed once.
        std::vector<std::size_t> starts;
        bool invalid_utf8 = false;
        visit_figure_starts(
            s_,
            [&](std::size_t i, std::size_t word_end) {
                starts.push_back(i);
                return word_end;
            },
            [&](std::size_t) { invalid_utf8 = true; });
        reserve_to_fill(out.mentions, starts.size());
        if (invalid_utf8 || how == second_pass::walk) {
            // With invalid UTF-8 (rare) the text is walked again, so that an invalid byte
            // inside a figure's words is not reported and every other one is, in order.
            visit_figure_starts(
                s_, [&](std::size_t i, std::size_t) { return take(i, out); },
                [&](std::size_t i) {
                    if (out.diagnostics.size() < max_utf8_diagnostics)
                        out.diagnostics.push_back({std::string(invalid_utf8_note), i});
                });
            return;
        }
        // Where a figure can start depends on the bytes around it only, and reading one
        // resumes right after an ASCII byte, where the walk above would be in step again:
        // the places at or after each resumption are exactly those a second walk would visit.
        std::size_t resume = 0;
        for (std::size_t i : starts)
            if (i >= resume) resume = std::max(take(i, out), i + 1);
    }

private:
    // The sentence the last mention was in, tokenized and with its speech cues found once,
    // only when a figure turns up in it. The vectors keep their memory from one to the next.
    struct sentence_state {
        byte_span span{};
        bool valid = false;
        speech_cues speech;
    };

    std::string_view s_;
    const scan_options& options_;
    unit_cache units_;
    std::size_t floor_ = 0; // the end of the last mention: lookback stops there
    sentence_state sentence_;
    std::string last_noun_;
    byte_span last_noun_sentence_{};

    // "Japan says 17 citizens were taken. North Korea says eight are dead": the noun carries
    // into the same sentence and the next one, no further.
    bool follows_count_sentence(byte_span current) const {
        if (current.begin == last_noun_sentence_.begin) return true;
        std::size_t back = skip_spaces_back(s_, current.begin);
        if (back == 0 || back <= last_noun_sentence_.begin) return false;
        std::size_t lo = back > max_sentence_bytes ? back - max_sentence_bytes : 0;
        return sentence_around(s_, back - 1, lo, back).begin == last_noun_sentence_.begin;
    }

    std::size_t take(std::size_t i, scan_result& out) {
        outcome o = phrase_reader(s_, floor_).read(i);
        if (o.failure) {
            // A figure not read for the invalid byte before it says so in place of the byte's note.
            error* last = out.diagnostics.empty() ? nullptr : &out.diagnostics.back();
            if (last != nullptr && last->offset == o.failure->offset && last->message == invalid_utf8_note)
                *last = std::move(*o.failure);
            else
                out.diagnostics.push_back(std::move(*o.failure));
        }
        if (o.found) {
            reading& r = *o.found;
            const sentence_state& sentence = sentence_at(r.begin);
            if (r.kind == mention_kind::count) {
                last_noun_ = r.noun;
                last_noun_sentence_ = sentence.span;
            } else if (r.anaphoric && r.kind == mention_kind::number && !last_noun_.empty() &&
                       follows_count_sentence(sentence.span) &&
                       !equals_lower(word_before(s_, r.begin, sentence.span.begin).in(s_), "the")) {
                r.kind = mention_kind::count;
                r.noun = last_noun_;
            }
            // A mention is built from its parts, never default-constructed and then
            // overwritten, and built in its place in the vector, never moved there.
            out.mentions.emplace_back(built_by([&] {
                return mention{
                    {r.begin, r.end},
                    // A sentence is looked for no further than max_sentence_bytes: one cut off
                    // there still covers the whole figure.
                    {std::min(sentence.span.begin, r.begin), std::max(sentence.span.end, r.end)},
                    quantity_for(r, s_, options_.precision, units_),
                    r.kind,
                    r.role,
                    r.direction,
                    options_.attribute_speakers ? speaker_in(sentence, r.begin) : std::nullopt,
                    std::nullopt,
                    byte_span{},
                };
            }));
            if (out.mentions.size() > 1) relate_to_previous(out, r.after_from);
            if (starts_line(r.begin) && ends_line(r.end)) read_table_row(out);
            floor_ = r.end;
        }
        return std::max(o.resume, i + 1);
    }

    // The text between two figures, without the spaces around it.
    std::string_view between(const mention& first, const mention& second) const {
        const std::size_t begin = skip_spaces(s_, first.span.end);
        const std::size_t end = std::max(begin, skip_spaces_back(s_, second.span.begin));
        return s_.substr(begin, end - begin);
    }

    // What a figure is to the one before it: the value a change reached ("rose 4.2% to 212
    // pence", "slid from $41,200 to $39,870"), or the same figure in other units, in brackets
    // ("300 kilometres (185 miles)").
    void relate_to_previous(scan_result& out, bool after_from) const {
        mention& m = out.mentions.back();
        mention& previous = out.mentions[out.mentions.size() - 2];
        if (m.span.begin <= previous.span.end) return;
        std::string_view gap = between(previous, m);
        if (!gap.empty() && gap.front() == ',') gap = gap.substr(skip_spaces(gap, 1)); // "412 points, or 1.2%"
        const bool same_sentence = m.sentence == previous.sentence;
        // "dropped 412 points, or 1.2%": the same change again, in other units.
        if (m.role == figure_role::value && previous.role == figure_role::change && equals_lower(gap, "or") &&
            same_sentence) {
            m.role = figure_role::change;
            m.direction = previous.direction;
            if (m.quantity.qualifier == qualifier::none) m.quantity.qualifier = previous.quantity.qualifier;
            return;
        }
        // "will rise to $13.99 from $11.99", "fell to €1.12 billion in the three months to June,
        // from €1.48 billion": where the change started, with a change or the value it reached
        // earlier in the sentence (at most three figures back).
        if (after_from && m.role == figure_role::value) {
            for (std::size_t back = 2; back <= 4 && back <= out.mentions.size(); ++back) {
                const mention& earlier = out.mentions[out.mentions.size() - back];
                if (earlier.sentence != m.sentence) break;
                if (earlier.role == figure_role::to || earlier.role == figure_role::change) {
                    m.role = figure_role::from;
                    m.direction = earlier.direction;
                    return;
                }
            }
        }
        if (m.role == figure_role::value &&
            (previous.role == figure_role::change || previous.role == figure_role::from) && equals_lower(gap, "to")) {
            m.role = figure_role::to;
            m.direction = previous.direction;
            if (previous.role == figure_role::from && m.direction == change_direction::none &&
                m.kind == previous.kind) {
                // "went from 5 to 10": the figures say which way.
                const interval& a = previous.quantity.value;
                const interval& b = m.quantity.value;
                if (!a.is_empty() && !b.is_empty() && !a.upper().infinite && !b.upper().infinite &&
                    !a.lower().infinite && !b.lower().infinite) {
                    if (b.lower().value > a.upper().value) m.direction = change_direction::up;
                    if (b.upper().value < a.lower().value) m.direction = change_direction::down;
                }
                previous.direction = m.direction;
            }
            return;
        }
        const bool measured = m.kind != mention_kind::number && m.kind != mention_kind::count &&
                              m.kind != mention_kind::year && m.kind != mention_kind::date &&
                              m.kind != mention_kind::share;
        if (measured && m.kind == previous.kind && m.quantity.unit.symbol() != previous.quantity.unit.symbol() &&
            between(previous, m) == "(" && skip_spaces(s_, m.span.end) < s_.size() &&
            s_[skip_spaces(s_, m.span.end)] == ')')
            m.converts = previous.span;
    }

    // Whether only spaces (no line break) stand between the line's start and `pos`.
    bool starts_line(std::size_t pos) const noexcept {
        while (pos > 0 && (s_[pos - 1] == ' ' || s_[pos - 1] == '\t')) --pos;
        return pos == 0 || s_[pos - 1] == '\n' || s_[pos - 1] == '\r';
    }
    bool ends_line(std::size_t pos) const noexcept {
        while (pos < s_.size() && (s_[pos] == ' ' || s_[pos] == '\t')) ++pos;
        return pos == s_.size() || s_[pos] == '\n' || s_[pos] == '\r';
    }

    // A figure alone on its line, in a table written one cell a line ("Labour", "412", "+211"):
    // the row's label is the nearest line above with words, past the row's other figures (at
    // most three lines up).
    void read_table_row(scan_result& out) const {
        mention& m = out.mentions.back();
        const std::size_t rows_up = 4;
        std::size_t line_end = m.span.begin;
        for (std::size_t k = 0; k < rows_up; ++k) {
            while (line_end > 0 && s_[line_end - 1] != '\n') --line_end;
            if (line_end == 0) return;
            --line_end; // the '\n'
            std::size_t line_begin = line_end;
            while (line_begin > 0 && s_[line_begin - 1] != '\n' && line_end - line_begin <= 120) --line_begin;
            if (line_begin > 0 && s_[line_begin - 1] != '\n') return; // a long line: running text
            const std::size_t first = skip_spaces(s_, line_begin);
            const std::size_t last = std::max(first, skip_spaces_back(s_, line_end));
            if (first == last) return; // a blank line ends the table
            const bool other_figure = out.mentions.size() > 1 + k &&
                                      out.mentions[out.mentions.size() - 2 - k].span.begin == first &&
                                      out.mentions[out.mentions.size() - 2 - k].span.end == last;
            if (other_figure) {
                line_end = line_begin;
                continue;
            }
            if (s_[last - 1] == '.' || s_[last - 1] == ':') return; // a sentence or a heading, not a label
            m.row_label = {first, last};
            break;
        }
        // A signed cell ("+52", "-61") is the figure as written: a column of differences is
        // no change the row says happened.
        if (m.role == figure_role::change && s_[m.span.begin] == '+') {
            m.role = figure_role::value;
            m.direction = change_direction::none;
            if (m.quantity.qualifier == qualifier::up) m.quantity.qualifier = qualifier::none;
        }
    }

    const sentence_state& sentence_at(std::size_t pos) {
        if (sentence_.valid && pos >= sentence_.span.begin &&
            pos < std::max(sentence_.span.end, sentence_.span.begin + 1))
            return sentence_;
        std::size_t window = pos > max_sentence_bytes ? pos - max_sentence_bytes : 0;
        std::size_t lo = sentence_.valid ? std::max(sentence_.span.end, window) : window;
        std::size_t hi = std::min(s_.size(), pos + max_sentence_bytes);
        sentence_.span = sentence_around(s_, pos, std::min(lo, pos), hi);
        sentence_.valid = true;
        if (options_.attribute_speakers) find_speech_cues(s_, sentence_.span, sentence_.speech);
        return sentence_;
    }

    std::optional<std::string> speaker_in(const sentence_state& sentence, std::size_t pos) const {
        std::string_view text = s_.substr(sentence.span.begin, sentence.span.end - sentence.span.begin);
        return speaker_from(text, sentence.speech, pos - sentence.span.begin);
    }
};

} // namespace detail

namespace detail {

template <Number N>
void convert_scan(scan_result&& exact, basic_scan_result<N>& out) {
    out.mentions.clear();
    out.diagnostics = std::move(exact.diagnostics);
    out.precision = exact.precision;
    reserve_to_fill(out.mentions, exact.mentions.size());
    for (auto& m : exact.mentions) {
        basic_mention<N> converted{m.span,
                                   m.sentence,
                                   {interval_cast<N>(m.quantity.value), std::move(m.quantity.unit),
                                    std::move(m.quantity.written), m.quantity.qualifier},
                                   m.kind,
                                   m.role,
                                   m.direction,
                                   std::move(m.speaker),
                                   m.converts,
                                   m.row_label};
        out.mentions.push_back(std::move(converted));
    }
}

} // namespace detail

// Every figure in a document, in order, each with its span, sentence, interval and speaker.
template <Number N = exact_number>
basic_scan_result<N> scan(std::string_view document, const scan_options& options = {}) {
    scan_result exact = detail::scanner(document, options).run();
    if constexpr (std::is_same_v<N, exact_number>) {
        return exact;
    } else {
        basic_scan_result<N> out;
        detail::convert_scan(std::move(exact), out);
        return out;
    }
}

// The same, into a result the caller keeps: what `into` held is replaced, and its memory is
// reused. Scanning many documents in a row (an archive, `factrec scan --lines`) into one
// result spares the allocator, and the kernel, fresh pages for every document's mentions.
template <Number N>
void scan(std::string_view document, basic_scan_result<N>& into, const scan_options& options = {}) {
    if constexpr (std::is_same_v<N, exact_number>) {
        detail::scanner(document, options).run(into);
    } else {
        detail::convert_scan(detail::scanner(document, options).run(), into);
    }
}

} // namespace factrec
