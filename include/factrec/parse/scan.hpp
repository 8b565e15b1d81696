#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/parse/detail/fast/scan_paths.hpp>
#include <factrec/parse/detail/interpretation.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/sentences.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/english.hpp>
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

namespace factrec {

/// Every figure in a document, in order, each with its span, sentence, interval and speaker,
/// read with a language pack (parse::english unless another is given: scan<exact_number,
/// my_pack>(text); see parse/english.hpp for what a pack is).
template <Number N = exact_number, class Pack = parse::english>
basic_scan_result<N> scan(std::string_view document, const scan_options& options = {});

/// The same, into a result the caller keeps: what `into` held is replaced, and its memory is
/// reused. Scanning many documents in a row (an archive, `factrec scan --lines`) into one
/// result spares the allocator, and the kernel, fresh pages for every document's mentions.
template <Number N, class Pack = parse::english>
void scan(std::string_view document, basic_scan_result<N>& into, const scan_options& options = {});

namespace parse::detail {

inline constexpr std::size_t max_sentence_bytes = 4096;
inline constexpr std::size_t max_utf8_diagnostics = 64;
inline constexpr std::string_view invalid_utf8_note = "invalid UTF-8 byte skipped";

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

template <class Pack, class Paths = default_scan_paths>
class basic_scanner {
public:
    // How the second pass finds the places to read: from the first pass's list, or by walking
    // the text again. Both give the same result (the fuzzer checks); the list is faster.
    enum class second_pass { listed_starts, walk };

    basic_scanner(std::string_view text, const scan_options& options) : s_(text), options_(options) {}

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
        Paths::template visit_figure_starts<Pack>(
            s_,
            [&](std::size_t i, std::size_t word_end) {
                starts.push_back(i);
                return word_end;
            },
            [&](std::size_t) { invalid_utf8 = true; });
        Paths::reserve_to_fill(out.mentions, starts.size());
        if (invalid_utf8 || how == second_pass::walk) {
            // With invalid UTF-8 (rare) the text is walked again, so that an invalid byte
            // inside a figure's words is not reported and every other one is, in order.
            Paths::template visit_figure_starts<Pack>(
                s_, [&](std::size_t i, std::size_t) { return take(i, out); },
                [&](std::size_t i) {
                    if (out.diagnostics.size() < max_utf8_diagnostics)
                        out.diagnostics.push_back({std::string(invalid_utf8_note), i});
                });
            return;
        }
        // Where a figure can start depends on the bytes around it only, and reading one
        // resumes right after an ASCII byte or at a character's end (the pack's promise),
        // where the walk above would be in step again:
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
        typename Pack::speech_cues speech;
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
        return Paths::template sentence_around<Pack>(s_, back - 1, lo, back).begin == last_noun_sentence_.begin;
    }

    std::size_t take(std::size_t i, scan_result& out) {
        auto o = Pack::read(s_, floor_, i);
        if (o.failure) {
            // A figure not read for the invalid byte before it says so in place of the byte's note.
            error* last = out.diagnostics.empty() ? nullptr : &out.diagnostics.back();
            if (last != nullptr && last->offset == o.failure->offset && last->message == invalid_utf8_note)
                *last = std::move(*o.failure);
            else
                out.diagnostics.push_back(std::move(*o.failure));
        }
        if (o.found) {
            auto& r = *o.found;
            const sentence_state& sentence = sentence_at(r.begin);
            if (r.kind == mention_kind::count) {
                last_noun_ = r.noun;
                last_noun_sentence_ = sentence.span;
            } else if (r.anaphoric && r.kind == mention_kind::number && !last_noun_.empty() &&
                       follows_count_sentence(sentence.span) &&
                       // "104 F. 3 million without power": a scaled figure is a total of its own,
                       // never the noun of a sentence before.
                       (!r.low.has_scale || sentence.span.begin == last_noun_sentence_.begin) &&
                       Pack::noun_carries_past(word_before(s_, r.begin, sentence.span.begin).in(s_))) {
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

    // Whether the words between a change and the next figure say it again in other units
    // ("412 points, or 1.2%"), and whether they lead to the value it reached ("rose 4.2% to
    // 212p"): the pack's words, when it has them (a pack without them relates no figures so).
    static bool restates(std::string_view gap) noexcept {
        if constexpr (requires { Pack::restates_figure(gap); })
            return Pack::restates_figure(gap);
        else
            return false;
    }
    static bool reaches(std::string_view gap) noexcept {
        if constexpr (requires { Pack::reaches_figure(gap); })
            return Pack::reaches_figure(gap);
        else
            return false;
    }

    // The text between two figures, without the spaces around it.
    std::string_view between(const mention& first, const mention& second) const {
        const std::size_t begin = skip_spaces(s_, first.span.end);
        const std::size_t end = std::max(begin, skip_spaces_back(s_, second.span.begin));
        return unchecked_slice(s_, begin, end);
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
        if (m.role == figure_role::value && previous.role == figure_role::change && restates(gap) && same_sentence) {
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
            (previous.role == figure_role::change || previous.role == figure_role::from) && reaches(gap)) {
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
        sentence_.span = Paths::template sentence_around<Pack>(s_, pos, std::min(lo, pos), hi);
        sentence_.valid = true;
        if (options_.attribute_speakers) Pack::find_speech_cues(s_, sentence_.span, sentence_.speech);
        return sentence_;
    }

    std::optional<std::string> speaker_in(const sentence_state& sentence, std::size_t pos) const {
        std::string_view text = unchecked_slice(s_, sentence.span.begin, sentence.span.end);
        return Pack::speaker_from(text, sentence.speech, pos - sentence.span.begin);
    }
};

// The scanner with English and the default paths, as the tests and the fuzzer name it.
using scanner = basic_scanner<parse::english>;

} // namespace parse::detail

namespace parse::detail {

template <Number N>
void convert_scan(scan_result&& exact, basic_scan_result<N>& out) {
    out.mentions.clear();
    out.diagnostics = std::move(exact.diagnostics);
    out.precision = exact.precision;
    default_scan_paths::reserve_to_fill(out.mentions, exact.mentions.size());
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

} // namespace parse::detail

template <Number N, class Pack>
basic_scan_result<N> scan(std::string_view document, const scan_options& options) {
    scan_result exact = parse::detail::basic_scanner<Pack>(document, options).run();
    if constexpr (std::is_same_v<N, exact_number>) {
        return exact;
    } else {
        basic_scan_result<N> out;
        parse::detail::convert_scan(std::move(exact), out);
        return out;
    }
}

template <Number N, class Pack>
void scan(std::string_view document, basic_scan_result<N>& into, const scan_options& options) {
    if constexpr (std::is_same_v<N, exact_number>) {
        parse::detail::basic_scanner<Pack>(document, options).run(into);
    } else {
        parse::detail::convert_scan(parse::detail::basic_scanner<Pack>(document, options).run(), into);
    }
}

} // namespace factrec
