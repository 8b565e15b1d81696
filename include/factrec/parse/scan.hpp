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
    if (length > 9) return false;
    if (length == 1) {
        if (to_lower(s[i]) != 'a') return false;
        std::size_t next = skip_spaces(s, word_end);
        char c = next < s.size() ? to_lower(s[next]) : ' ';
        return next > word_end && (c == 'd' || c == 'h' || c == 't' || c == 'm' || c == 'b');
    }
    return listed(number_words, lower_word(s.substr(i, length)).view());
}

class scanner {
public:
    scanner(std::string_view text, const scan_options& options) : s_(text), options_(options) {}

    scan_result run() {
        scan_result out;
        std::size_t i = 0;
        const std::size_t n = s_.size();
        while (i < n) {
            char c = s_[i];
            if (is_digit(c)) {
                if (starts_figure(s_, i, i)) i = take(i, out);
                else while (i < n && is_alnum(s_[i])) ++i;
            } else if (is_letter(c)) {
                std::size_t end = i + 1;
                while (end < n && is_letter(s_[end])) ++end;
                if (starts_figure(s_, i, end)) i = std::max(take(i, out), i + 1);
                else i = end;
            } else if (static_cast<unsigned char>(c) >= 0x80) {
                std::size_t length = utf8_sequence_length(s_, i);
                if (length == 0) {
                    invalid_utf8_ += 1;
                    if (out.diagnostics.size() < max_utf8_diagnostics) out.diagnostics.push_back({"invalid UTF-8 byte skipped", i});
                    length = 1;
                }
                i += length;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    struct sentence_state {
        byte_span span{};
        std::size_t index = 0;
        std::vector<token> tokens;
        std::vector<attribution> cues;
    };

    std::string_view s_;
    const scan_options& options_;
    std::size_t floor_ = 0; // the end of the last mention: lookback stops there
    std::size_t invalid_utf8_ = 0;
    std::optional<sentence_state> sentence_;
    std::size_t sentences_seen_ = 0;
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
        if (o.failure) out.diagnostics.push_back(*o.failure);
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
            mention m;
            m.span = {r.begin, r.end};
            // A sentence is looked for no further than max_sentence_bytes: one cut off there
            // still covers the whole figure.
            m.sentence = {std::min(sentence.span.begin, r.begin), std::max(sentence.span.end, r.end)};
            m.quantity = quantity_for(r, s_, options_.precision);
            m.kind = r.kind;
            if (options_.attribute_speakers) m.speaker = speaker_in(sentence, r.begin);
            out.mentions.push_back(std::move(m));
            floor_ = r.end;
        }
        return std::max(o.resume, i + 1);
    }

    const sentence_state& sentence_at(std::size_t pos) {
        if (sentence_ && pos >= sentence_->span.begin && pos < std::max(sentence_->span.end, sentence_->span.begin + 1)) return *sentence_;
        std::size_t lo = sentence_ ? std::max(sentence_->span.end, pos > max_sentence_bytes ? pos - max_sentence_bytes : 0) : (pos > max_sentence_bytes ? pos - max_sentence_bytes : 0);
        std::size_t hi = std::min(s_.size(), pos + max_sentence_bytes);
        sentence_state next;
        next.span = sentence_around(s_, pos, std::min(lo, pos), hi);
        next.index = ++sentences_seen_;
        if (options_.attribute_speakers) {
            std::string_view text = s_.substr(next.span.begin, next.span.end - next.span.begin);
            next.tokens = tokenize_sentence(text);
            next.cues = attributions(text, next.tokens);
        }
        sentence_ = std::move(next);
        return *sentence_;
    }

    std::optional<std::string> speaker_in(const sentence_state& sentence, std::size_t pos) const {
        std::string_view text = s_.substr(sentence.span.begin, sentence.span.end - sentence.span.begin);
        return speaker_from(text, sentence.tokens, sentence.cues, pos - sentence.span.begin);
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
        out.mentions.reserve(exact.mentions.size());
        for (auto& m : exact.mentions) {
            basic_mention<N> converted{m.span, m.sentence, {interval_cast<N>(m.quantity.value), std::move(m.quantity.unit), std::move(m.quantity.written), m.quantity.qualifier, m.quantity.precision}, m.kind, std::move(m.speaker)};
            out.mentions.push_back(std::move(converted));
        }
        return out;
    }
}

} // namespace factrec
