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
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec {

namespace detail {

inline constexpr std::size_t max_sentence_bytes = 4096;
inline constexpr std::size_t max_utf8_diagnostics = 64;

// Whether a figure can start at `i`. A cheap byte test runs everywhere; the grammars run
// only where it says yes.
inline bool starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
    char prev = i > 0 ? s[i - 1] : ' ';
    if (is_alnum(prev) || (prev == '-' && i >= 2 && is_letter(s[i - 2]))) return false; // "AP1000", "F-150", "COVID-19"
    if (is_digit(s[i])) return true;
    std::size_t length = word_end - i;
    if (!number_words.may_hold(s.substr(i, length))) return false;
    if (length == 1) {
        if (to_lower(s[i]) != 'a') return false;
        std::size_t next = skip_spaces(s, word_end);
        char c = next < s.size() ? to_lower(s[next]) : ' ';
        return next > word_end && (c == 'd' || c == 'h' || c == 't' || c == 'm' || c == 'b');
    }
    return number_words.contains(lower_word(s.substr(i, length)).view());
}

// Calls `at_start(i, word_end)` at every place where a figure can start and goes on where it
// says; calls `at_invalid(i)` at every byte that is not valid UTF-8. Most bytes are in words
// that are no number: each word is rejected on its first two letters and length, without
// being copied, before the next one is looked at.
template <class AtStart, class AtInvalid>
void visit_figure_starts(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        char c = s[i];
        if (is_letter(c)) {
            std::size_t end = i + 1;
            while (end < n && is_letter(s[end])) ++end;
            if (number_words.may_hold(s.substr(i, end - i)) && starts_figure(s, i, end)) i = std::max(at_start(i, end), i + 1);
            else i = end;
        } else if (is_digit(c)) {
            if (starts_figure(s, i, i)) i = std::max(at_start(i, i), i + 1);
            else while (i < n && is_alnum(s[i])) ++i;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            std::size_t length = utf8_sequence_length(s, i);
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

class scanner {
public:
    // How the second pass finds the places to read: from the first pass's list, or by walking
    // the text again. Both give the same result (the fuzzer checks); the list is faster.
    enum class second_pass { listed_starts, walk };

    scanner(std::string_view text, const scan_options& options) : s_(text), options_(options), reading_(options.precision) {}

    scan_result run(second_pass how = second_pass::listed_starts) {
        scan_result out;
        out.precision = options_.precision;
        // One pass over the text finds every place a figure can start. A mention is several
        // hundred bytes, and a growing vector would touch every page of each buffer it
        // outgrows: the places bound the mentions, so their memory is claimed once.
        std::vector<std::size_t> starts;
        bool invalid_utf8 = false;
        visit_figure_starts(
            s_, [&](std::size_t i, std::size_t word_end) {
                starts.push_back(i);
                return word_end;
            },
            [&](std::size_t) { invalid_utf8 = true; });
        out.mentions.reserve(starts.size());
        if (invalid_utf8 || how == second_pass::walk) {
            // With invalid UTF-8 (rare) the text is walked again, so that an invalid byte
            // inside a figure's words is not reported and every other one is, in order.
            visit_figure_starts(
                s_, [&](std::size_t i, std::size_t) { return take(i, out); },
                [&](std::size_t i) {
                    if (out.diagnostics.size() < max_utf8_diagnostics) out.diagnostics.push_back({"invalid UTF-8 byte skipped", i});
                });
            return out;
        }
        // Where a figure can start depends on the bytes around it only, and reading one
        // resumes right after an ASCII byte, where the walk above would be in step again:
        // the places at or after each resumption are exactly those a second walk would visit.
        std::size_t resume = 0;
        for (std::size_t i : starts)
            if (i >= resume) resume = std::max(take(i, out), i + 1);
        return out;
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
    reading_policy reading_;
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
        if (o.failure) out.diagnostics.push_back(std::move(*o.failure));
        if (o.found) {
            reading& r = *o.found;
            const sentence_state& sentence = sentence_at(r.begin);
            if (r.kind == mention_kind::count) {
                last_noun_ = r.noun;
                last_noun_sentence_ = sentence.span;
            } else if (r.anaphoric && r.kind == mention_kind::number && !last_noun_.empty() && follows_count_sentence(sentence.span) &&
                       !equals_lower(word_before(s_, r.begin, sentence.span.begin).in(s_), "the")) {
                r.kind = mention_kind::count;
                r.noun = last_noun_;
            }
            // A mention holds a dozen multi-precision integers: it is built from its parts,
            // never default-constructed and then overwritten.
            out.mentions.push_back(mention{
                {r.begin, r.end},
                // A sentence is looked for no further than max_sentence_bytes: one cut off
                // there still covers the whole figure.
                {std::min(sentence.span.begin, r.begin), std::max(sentence.span.end, r.end)},
                quantity_for(r, s_, reading_, units_),
                r.kind,
                options_.attribute_speakers ? speaker_in(sentence, r.begin) : std::nullopt,
            });
            floor_ = r.end;
        }
        return std::max(o.resume, i + 1);
    }

    const sentence_state& sentence_at(std::size_t pos) {
        if (sentence_.valid && pos >= sentence_.span.begin && pos < std::max(sentence_.span.end, sentence_.span.begin + 1)) return sentence_;
        std::size_t window = pos > max_sentence_bytes ? pos - max_sentence_bytes : 0;
        std::size_t lo = sentence_.valid ? std::max(sentence_.span.end, window) : window;
        std::size_t hi = std::min(s_.size(), pos + max_sentence_bytes);
        sentence_.span = sentence_around(s_, pos, std::min(lo, pos), hi);
        sentence_.valid = true;
        if (options_.attribute_speakers) find_speech_cues(s_.substr(sentence_.span.begin, sentence_.span.size()), sentence_.speech);
        return sentence_;
    }

    std::optional<std::string> speaker_in(const sentence_state& sentence, std::size_t pos) const {
        std::string_view text = s_.substr(sentence.span.begin, sentence.span.end - sentence.span.begin);
        return speaker_from(text, sentence.speech, pos - sentence.span.begin);
    }
};

} // namespace detail

// Every figure in a document, in order, each with its span, sentence, interval and speaker.
template <Number N = exact_number>
basic_scan_result<N> scan(std::string_view document, const scan_options& options = {}) {
    scan_result exact = detail::scanner(document, options).run();
    if constexpr (std::is_same_v<N, exact_number>) {
        return exact;
    } else {
        basic_scan_result<N> out;
        out.diagnostics = std::move(exact.diagnostics);
        out.precision = exact.precision;
        out.mentions.reserve(exact.mentions.size());
        for (auto& m : exact.mentions) {
            basic_mention<N> converted{m.span, m.sentence, {interval_cast<N>(m.quantity.value), std::move(m.quantity.unit), std::move(m.quantity.written), m.quantity.qualifier}, m.kind, std::move(m.speaker)};
            out.mentions.push_back(std::move(converted));
        }
        return out;
    }
}

} // namespace factrec
