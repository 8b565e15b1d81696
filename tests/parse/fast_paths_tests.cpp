// Every speed trick of parse/detail/fast/ against the plain implementation beside it, on
// generated input and on news-shaped text: the word-set filter, the cue-word perfect hash, the
// byte masks, the sentence walk, and whole scans through the fast and the plain paths.
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace detail = factrec::parse::detail;

// Words like the listed ones and unlike them: each listed word, its capitalised and upper-case
// forms, one letter short, one letter more, and random runs of letters.
std::vector<std::string> probe_words(const auto& listed, std::mt19937_64& rng) {
    std::vector<std::string> probes;
    for (std::string_view w : listed) {
        std::string word(w), capitalised(w), upper(w);
        capitalised[0] = detail::is_lower(capitalised[0]) ? static_cast<char>(capitalised[0] - 32) : capitalised[0];
        for (char& c : upper) c = detail::is_lower(c) ? static_cast<char>(c - 32) : c;
        probes.insert(probes.end(), {word, capitalised, upper, word.substr(0, word.size() - 1), word + "s"});
    }
    for (int k = 0; k < 3000; ++k) {
        std::string word(1 + rng() % 14, ' ');
        for (char& c : word) c = static_cast<char>((rng() % 2 ? 'a' : 'A') + rng() % 26);
        probes.push_back(word);
    }
    return probes;
}

template <std::size_t Size>
void check_word_set(const detail::word_set<Size>& set, std::mt19937_64& rng) {
    for (const std::string& probe : probe_words(set.words(), rng)) {
        CAPTURE(probe);
        CHECK(set.contains(probe) == set.contains_reference(probe));
        CHECK(set.index_any_case(probe) == set.index_any_case_reference(probe));
    }
}

// News-shaped sentences of this file's own, dense in stops, abbreviations, quotations, cues,
// figures and UTF-8, joined at random.
constexpr std::array<std::string_view, 16> sentence_pieces{
    "The ministry said 4,200 workers joined the strike on Monday.",
    "Mr. Okafor, the union's leader, told reporters that \xE2\x80\x9C"
    "about 60% of members\xE2\x80\x9D voted.",
    "Exports rose to $3.2 billion in 2025, according to the trade office.",
    "\"We expect at least 12 new plants,\" Dr. Lindqvist said.",
    "Prices fell from \xE2\x82\xAC"
    "45 to \xE2\x82\xAC"
    "39 a tonne.",
    "Some 300 km of road, roughly 186 miles, remain closed!",
    "Is the U.S. ready for 2 million more cars?",
    "Per the agency, fewer than five people were hurt.",
    "Revenue was up 7.5 percent\nwhile costs held at 1.1 bn.",
    "Sales\n\nThe second quarter brought 18 new stores.",
    "A dozen engineers and two hundred volunteers arrived; No. 3 was late.",
    "Gen. Adeyemi's office estimated 40\xC2\xA0"
    "000 displaced people.",
    "Inc. and Ltd. firms paid \xC2\xA3"
    "12m in fines, officials said.",
    "Between 10 and 20 vessels were seen, the coast guard reported.",
    "The report, released Oct. 3, counted 1.5 million visitors.",
    "She said: \xE2\x80\x9CIt cost us $80,000.\xE2\x80\x9D Then she left.",
};

std::string news_shaped(std::mt19937_64& rng, std::size_t sentences) {
    std::string text;
    for (std::size_t k = 0; k < sentences; ++k) {
        text += sentence_pieces[rng() % sentence_pieces.size()];
        text += rng() % 6 == 0 ? "\n\n" : " ";
    }
    return text;
}

std::string random_bytes(std::mt19937_64& rng, std::size_t size) {
    constexpr std::string_view alphabet = "aAeEtT05 .!?\n\"'-$%\xE2\x80\x9C\x9D\xC2\xA0\x80";
    std::string text;
    while (text.size() < size) text += rng() % 4 == 0 ? static_cast<char>(rng()) : alphabet[rng() % alphabet.size()];
    return text;
}

void check_same_mentions(const factrec::scan_result& a, const factrec::scan_result& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].span == b[i].span);
        CHECK(a[i].sentence == b[i].sentence);
        CHECK(a[i].kind == b[i].kind);
        CHECK(a[i].role == b[i].role);
        CHECK(a[i].direction == b[i].direction);
        CHECK(a[i].quantity.value == b[i].quantity.value);
        CHECK(a[i].quantity.unit == b[i].quantity.unit);
        CHECK(a[i].quantity.written == b[i].quantity.written);
        CHECK(a[i].quantity.qualifier == b[i].quantity.qualifier);
        CHECK(a[i].speaker == b[i].speaker);
        CHECK(a[i].converts == b[i].converts);
        CHECK(a[i].row_label == b[i].row_label);
    }
    CHECK(a.diagnostics == b.diagnostics);
}

void check_same_scan(const std::string& text) {
    check_same_mentions(detail::basic_scanner<factrec::parse::english, detail::fast_scan_paths>(text, {}).run(),
                        detail::basic_scanner<factrec::parse::english, detail::reference_scan_paths>(text, {}).run());
}

// The first run of letters of a phrase, lower-cased: what a letter_run_filter files it under.
std::string leading_run(std::string_view phrase) {
    std::string run;
    for (char c : phrase) {
        if (!detail::is_letter(c)) break;
        run += detail::to_lower(c);
    }
    return run;
}

// A filter may let through a run that starts no phrase, never keep out one that does: checked
// against a plain search through the phrases, on the runs themselves in every case, runs one
// letter short or long, and random runs, each followed by what may follow it in text.
void check_letter_run_filter(const detail::letter_run_filter& filter, const std::vector<std::string_view>& phrases,
                             std::mt19937_64& rng) {
    std::vector<std::string> runs;
    runs.reserve(phrases.size());
    for (std::string_view p : phrases) runs.push_back(leading_run(p));
    for (const std::string& probe : probe_words(runs, rng)) {
        const bool starts_one = std::any_of(runs.begin(), runs.end(),
                                            [&](const std::string& run) { return detail::equals_lower(probe, run); });
        for (std::string_view after : {"", " ", "/h", "-", ".", "2"}) {
            const std::string text = "a " + probe + std::string(after);
            CAPTURE(text);
            if (starts_one) CHECK(filter.may_start(text, 2));
        }
    }
}

} // namespace

TEST_CASE("fast paths: every word set answers as a plain search through its words") {
    std::mt19937_64 rng(11);
    check_word_set(detail::number_words, rng);
    check_word_set(detail::month_names, rng);
    check_word_set(detail::label_words, rng);
    check_word_set(detail::year_lead_words, rng);
    check_word_set(detail::qualifier_last_words, rng);
    check_word_set(detail::prefix_words, rng);
    check_word_set(detail::change_verbs, rng);
    check_word_set(detail::noun_stop_words, rng);
    check_word_set(detail::speech_verbs, rng);
    check_word_set(detail::speaking_nouns, rng);
    check_word_set(detail::abbreviations, rng);
}

TEST_CASE("fast paths: the letter-run filters keep out no word that starts a unit, scale or fraction") {
    std::mt19937_64 rng(14);
    std::vector<std::string_view> units, spaced_scales, after_a{"hundred", "dozen"};
    for (const auto& u : detail::unit_words) units.push_back(u.phrase);
    for (const auto& w : detail::scale_words)
        if (!w.attached_only) spaced_scales.push_back(w.word);
    after_a.insert(after_a.end(), units.begin(), units.end());
    for (const auto& w : detail::scale_words) after_a.push_back(w.word);
    for (const auto& f : detail::fraction_words) after_a.push_back(f.word);
    check_letter_run_filter(detail::unit_word_starts, units, rng);
    check_letter_run_filter(detail::spaced_scale_word_starts, spaced_scales, rng);
    check_letter_run_filter(detail::words_after_a, after_a, rng);
#ifndef FACTREC_SCAN_REFERENCE
    // The point of them: the nouns counted and the words after "a" in news are kept out.
    CHECK_FALSE(detail::unit_word_starts.may_start("17 citizens", 3));
    CHECK_FALSE(detail::words_after_a.may_start("a timetable", 2));
    CHECK_FALSE(detail::spaced_scale_word_starts.may_start("5 troops", 2));
#endif
    // What starts no run of letters starts no phrase.
    CHECK_FALSE(detail::unit_word_starts.may_start("5 %", 2));
    CHECK_FALSE(detail::unit_word_starts.may_start("5", 1));
}

TEST_CASE("fast paths: the cue-word perfect hash answers as a plain search through the cue words") {
    std::mt19937_64 rng(12);
    for (const std::string& probe : probe_words(detail::cue_words, rng)) {
        CAPTURE(probe);
        CHECK(detail::cue_word_lookup.find(probe) == detail::cue_word_table::find_reference(probe));
    }
}

TEST_CASE("fast paths: byte masks mark the bytes a byte-by-byte test marks") {
    std::mt19937_64 rng(13);
    std::array<char, detail::classified_bytes> bytes{};
    for (int round = 0; round < 3000; ++round) {
        for (char& c : bytes) c = static_cast<char>(round % 2 == 0 ? rng() : ".!?\n aZ09\"-\xE2\x80"[rng() % 14]);
        const detail::byte_classes fast = detail::classify_bytes(bytes.data());
        const detail::byte_classes plain = detail::classify_bytes_reference(bytes.data());
        CHECK(fast.letters == plain.letters);
        CHECK(fast.alnum == plain.alnum);
        CHECK(fast.non_ascii == plain.non_ascii);
        CHECK(detail::bytes_among<'.', '!', '?', '\n'>(bytes.data()) ==
              detail::bytes_among_reference<'.', '!', '?', '\n'>(bytes.data()));
        CHECK(detail::bytes_among<'"', '\xE2'>(bytes.data()) ==
              detail::bytes_among_reference<'"', '\xE2'>(bytes.data()));
    }
}

TEST_CASE("fast paths: the speech-cue survey's one read of 64 bytes marks what three byte-by-byte tests mark") {
    std::mt19937_64 rng(16);
    for (int round = 0; round < 3000; ++round) {
        // Texts shorter and longer than 64 bytes: classify_range copies the first and reads the
        // second in place, moving the bits of a range near the end down.
        std::string text(1 + rng() % 150, ' ');
        for (char& c : text) c = static_cast<char>(round % 2 == 0 ? rng() : "aZ.-'\" \xE2\x80\x9C,9"[rng() % 13]);
        const std::size_t from = rng() % text.size();
        const std::size_t to = std::min(text.size(), from + rng() % (detail::classified_bytes + 1));
        CAPTURE(text.size());
        CAPTURE(from);
        CAPTURE(to);
        const detail::word_and_quote_bits fast = detail::classify_range(text, from, to, detail::word_and_quote_bits_of);
        CHECK(fast == detail::classify_range(text, from, to, detail::word_and_quote_bits_reference));
        std::uint64_t letters = 0, quotation = 0, joined = 0;
        for (std::size_t k = from; k < to; ++k) {
            const char c = text[k];
            const std::uint64_t bit = std::uint64_t{1} << (k - from);
            if (detail::is_letter(c)) letters |= bit;
            if (c == '"' || c == '\xE2') quotation |= bit;
            if (detail::is_letter(c) || c == '-' || c == '\'' || c == '.') joined |= bit;
        }
        CHECK(fast.letters == letters);
        CHECK(fast.quotation == quotation);
        CHECK(fast.joined == joined);
        // The marks that bound the tokens read around a cue word, from their own read of the bytes.
        const std::uint64_t marks = detail::classify_range(text, from, to, detail::standalone_mark_bits);
        CHECK(marks == detail::classify_range(text, from, to, detail::standalone_mark_bits_reference));
        std::uint64_t plain_marks = 0;
        for (std::size_t k = from; k < to; ++k) {
            const char c = text[k];
            if (!detail::is_letter(c) && static_cast<unsigned char>(c) < 0x80 && c != ' ' && c != '\t' && c != '\n' &&
                c != '\r' && c != '-' && c != '\'' && c != '.')
                plain_marks |= std::uint64_t{1} << (k - from);
        }
        CHECK(marks == plain_marks);
    }
}

TEST_CASE("fast paths: the one-bit test for an ASCII space takes the five spaces and no other byte") {
    for (int b = 0; b < 256; ++b) {
        const char c = static_cast<char>(b);
        CAPTURE(b);
        CHECK(detail::is_ascii_space(c) == (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'));
    }
}

TEST_CASE("fast paths: runs of letters tested eight bytes at a time end where a byte-by-byte walk ends them") {
    std::mt19937_64 rng(18);
    for (int round = 0; round < 600; ++round) {
        // Letters of both cases, the bytes just outside 'a'-'z' and 'A'-'Z', the same with the
        // top bit set, and the joiners word_at and word_before look at next.
        std::string text(rng() % 40, ' ');
        for (char& c : text)
            c = round % 3 == 0 ? static_cast<char>(rng())
                               : "abzAZ@[`{\xC1\xE1\xDA\xFA-'. 9"[rng() % (round % 3 == 1 ? 5 : 18)];
        for (std::size_t from = 0; from <= text.size(); ++from)
            for (std::size_t other = 0; other <= text.size(); ++other) {
                CAPTURE(text);
                CAPTURE(from);
                CAPTURE(other);
                if (other >= from)
                    CHECK(detail::letters_end(text, from, other) == detail::letters_end_reference(text, from, other));
                if (other <= from)
                    CHECK(detail::letters_start(text, from, other) ==
                          detail::letters_start_reference(text, from, other));
            }
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            // word_at and word_before as written before the runs were tested eight bytes at a time.
            std::size_t limit = std::min(text.size(), pos + detail::max_word_bytes), end = pos;
            while (true) {
                while (end < limit && detail::is_letter(text[end])) ++end;
                if (end == limit) break;
                const bool joiner = text[end] == '-' || text[end] == '\'' || text[end] == '.';
                if (joiner && end > pos && end + 1 < text.size() && detail::is_letter(text[end + 1])) {
                    ++end;
                    continue;
                }
                if (text[end] == '.' && end >= pos + 2 && text[end - 2] == '.') ++end;
                break;
            }
            CAPTURE(text);
            CAPTURE(pos);
            CHECK(detail::word_at(text, pos).end == end);
            for (std::size_t floor = 0; floor <= pos; floor += 1 + rng() % 3) {
                std::size_t back = detail::skip_spaces_back(text, pos), begin = back;
                if (back > floor) {
                    if (text[back - 1] == '.' && back >= floor + 4 && text[back - 3] == '.' &&
                        detail::is_letter(text[back - 2]))
                        --begin;
                    while (begin > floor && back - begin < detail::max_word_bytes) {
                        const char c = text[begin - 1];
                        const bool joiner = (c == '-' || c == '\'' || c == '.') && begin < back && begin - 1 > floor &&
                                            detail::is_letter(text[begin - 2]);
                        if (!detail::is_letter(c) && !joiner) break;
                        --begin;
                    }
                }
                const bool found = back > floor && begin != back && detail::is_letter(text[begin]);
                const detail::word w = detail::word_before(text, pos, floor);
                CAPTURE(floor);
                CHECK(w.found() == found);
                if (found) {
                    CHECK(w.begin == begin);
                    CHECK(w.end == back);
                }
            }
        }
    }
}

TEST_CASE("fast paths: walking back over spaces stops where a test of every kind of space stops") {
    std::mt19937_64 rng(17);
    // ASCII spaces, a no-break space, the three-byte spaces and near misses of them.
    const std::array<std::string_view, 10> pieces{
        " ", "\t", "\n", "\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF", "\xE2\x80\x9C", "\xA0", "a", "9"};
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        for (std::size_t k = 1 + rng() % 12; k > 0; --k) text += pieces[rng() % pieces.size()];
        for (std::size_t pos = 0; pos <= text.size(); ++pos) {
            std::size_t plain = pos;
            for (bool moved = true; moved && plain > 0;) {
                moved = true;
                if (detail::is_ascii_space(text[plain - 1]))
                    plain -= 1;
                else if (plain >= 2 && detail::unicode_space_at(text, plain - 2) == 2)
                    plain -= 2;
                else if (plain >= 3 && detail::unicode_space_at(text, plain - 3) == 3)
                    plain -= 3;
                else
                    moved = false;
            }
            CAPTURE(pos);
            CHECK(detail::skip_spaces_back(text, pos) == plain);
        }
    }
}

TEST_CASE("fast paths: sentences found 64 bytes at a time are those a byte-by-byte walk finds") {
    std::mt19937_64 rng(14);
    for (int round = 0; round < 200; ++round) {
        const std::string text = round % 2 == 0 ? news_shaped(rng, 1 + rng() % 12) : random_bytes(rng, rng() % 300);
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            const std::size_t lo = pos > 100 && rng() % 2 ? pos - 100 : 0;
            const std::size_t hi = std::min(text.size(), pos + 1 + rng() % 400);
            CAPTURE(pos);
            CHECK(detail::sentence_around(text, pos, lo, hi) == detail::sentence_around_reference(text, pos, lo, hi));
        }
    }
}

TEST_CASE("fast paths: a scan through the fast paths finds what one through the plain paths finds") {
    std::mt19937_64 rng(15);
    for (int round = 0; round < 300; ++round)
        check_same_scan(round % 3 == 0 ? random_bytes(rng, rng() % 400) : news_shaped(rng, 1 + rng() % 40));
    // One text long enough that the result's memory is asked for in huge pages.
    check_same_scan(news_shaped(rng, 40'000));
}

namespace {

// English as the first pass read it before it asked words_after_a: every "a" before a word
// with a scale's, fraction's or unit's initial was a place to read, and the reader turned
// most of them away. What the first pass now passes over, the reader read nothing at.
struct english_every_a : factrec::parse::english {
    static bool word_starts_figure(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
        if (word_end - i == 1) {
            if (detail::to_lower(s[i]) != 'a') return false;
            const std::size_t next = detail::skip_spaces(s, word_end);
            const char c = next < s.size() ? detail::to_lower(s[next]) : ' ';
            return next > word_end && detail::is_lower(c) &&
                   std::string_view("dhtmbqfkwyc").find(c) != std::string_view::npos;
        }
        return factrec::parse::english::word_starts_figure(s, i, word_end);
    }
};

void check_same_as_every_a(const std::string& text) {
    using now_scanner = detail::basic_scanner<factrec::parse::english>;
    using before_scanner = detail::basic_scanner<english_every_a>;
    check_same_mentions(now_scanner(text, {}).run(), before_scanner(text, {}).run());
    check_same_mentions(now_scanner(text, {}).run(now_scanner::second_pass::walk),
                        before_scanner(text, {}).run(before_scanner::second_pass::walk));
}

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Runs `check` on every seed article of ../shared/seeds; fails when there is none to run it on.
void for_each_seed(const std::filesystem::path& source, const auto& check) {
    std::size_t seeds = 0;
    const std::filesystem::path seed_dir = source / ".." / "shared" / "seeds";
    if (std::filesystem::is_directory(seed_dir))
        for (const auto& entry : std::filesystem::directory_iterator(seed_dir)) {
            check(file_text(entry.path()));
            ++seeds;
        }
    if (seeds == 0) FAIL_CHECK("../shared/seeds is absent: the seed articles were not compared");
}

} // namespace

TEST_CASE("fast paths: the first pass passes over no \"a\" that the reader reads a figure after") {
    // Every word the filter lets through after "a" and words it turns away, in both cases, each
    // followed by what may follow a word, then the corpora, the seed articles and news-shaped text.
    std::vector<std::string_view> lead_words;
    lead_words.reserve(detail::fraction_words.size() + detail::scale_words.size() + detail::unit_words.size() + 16);
    for (const auto& f : detail::fraction_words) lead_words.push_back(f.word);
    for (const auto& s : detail::scale_words) lead_words.push_back(s.word);
    for (const auto& u : detail::unit_words) lead_words.push_back(u.phrase);
    for (std::string_view w : {"hundred", "dozen", "deal", "figure", "timetable", "working", "broader", "first",
                               "century", "week", "year", "kilogram", "mile", "ton", "thousand", "tenth"})
        lead_words.push_back(w);
    std::mt19937_64 rng(16);
    std::string probes;
    for (std::string_view w : lead_words)
        for (std::string_view after : {" of the budget.", " 5 times.", "/h.", "-long pause.", "s of people."}) {
            probes += "It took a ";
            probes += w;
            probes += after;
            probes += " Then A ";
            probes += w;
            probes += after;
            probes += '\n';
        }
    check_same_as_every_a(probes);
    const std::filesystem::path source(FACTREC_SOURCE_DIR);
    for (const char* corpus : {"sentences.jsonl", "heldout.jsonl", "classes.jsonl", "seeds_gold.jsonl"}) {
        const std::string text = file_text(source / "tests" / "parse" / "corpus" / corpus);
        CAPTURE(corpus);
        REQUIRE(!text.empty());
        check_same_as_every_a(text);
    }
    for_each_seed(source, [](const std::string& text) { check_same_as_every_a(text); });
    for (int round = 0; round < 100; ++round)
        check_same_as_every_a(round % 3 == 0 ? random_bytes(rng, rng() % 400) : news_shaped(rng, 1 + rng() % 40));
}

namespace {

// read_word_figure against the grammar alone at every place a run of letters starts in `text`.
std::size_t check_word_figures_as_grammar(const std::string& text) {
    std::size_t lone = 0;
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (!detail::is_letter(text[pos]) || (pos > 0 && detail::is_letter(text[pos - 1]))) continue;
        const std::optional<detail::figure> fast = detail::read_word_figure(text, pos);
        const std::optional<detail::figure> grammar = detail::read_word_figure_by_grammar(text, pos);
        CAPTURE(text.substr(pos, 40));
        REQUIRE(fast.has_value() == grammar.has_value());
        if (!fast) continue;
        lone += detail::lone_number_word_at(text, pos).has_value();
        CHECK(fast->value == grammar->value);
        CHECK(fast->half_step == grammar->half_step);
        CHECK(fast->begin == grammar->begin);
        CHECK(fast->end == grammar->end);
        CHECK(fast->in_words == grammar->in_words);
        CHECK(fast->needs_scale == grammar->needs_scale);
        CHECK(fast->plain_integer == grammar->plain_integer);
        CHECK(fast->has_scale == grammar->has_scale);
        CHECK(fast->scale == grammar->scale);
    }
    return lone;
}

} // namespace

TEST_CASE("fast paths: a lone number word is read as the number-word grammar reads it") {
    // Every word below twenty and the tens, "a" and "half", and a word that starts no figure, in
    // three cases, followed by what the grammar reads on with and what it does not; then the
    // corpora, the seed articles and news-shaped text.
    std::string probes;
    for (std::string_view w :
         {"zero",     "one",      "two",    "three",  "four",     "five",     "six",     "seven",   "eight",
          "nine",     "ten",      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen", "twenty", "sixty",  "ninety",   "half",     "a",       "grid"})
        for (std::string_view after : {"",
                                       " ",
                                       ".",
                                       ",",
                                       "s",
                                       "teen",
                                       "-fold",
                                       "-thirds",
                                       " hundred",
                                       " Hundred people",
                                       "\thundred and six",
                                       " and a half",
                                       " and more",
                                       " point five",
                                       " point",
                                       " pointed",
                                       " percent",
                                       "  people",
                                       "\fhappy",
                                       "\n\npeople",
                                       "\xE2\x80\x94 and",
                                       "\xC2\xA0hundred",
                                       " a dozen",
                                       " Point nine",
                                       " arrived"}) {
            probes += "Some ";
            for (const bool capital : {false, true}) {
                std::string word(w);
                if (capital) word[0] = static_cast<char>(word[0] - 32);
                probes += word;
                probes += after;
                probes += " then ";
            }
            std::string upper(w);
            for (char& c : upper) c = static_cast<char>(c - 32);
            probes += upper;
            probes += after;
            probes += '\n';
        }
    CHECK(check_word_figures_as_grammar(probes) > 0);
    const std::filesystem::path source(FACTREC_SOURCE_DIR);
    for (const char* corpus : {"sentences.jsonl", "heldout.jsonl", "classes.jsonl", "seeds_gold.jsonl"}) {
        const std::string text = file_text(source / "tests" / "parse" / "corpus" / corpus);
        CAPTURE(corpus);
        REQUIRE(!text.empty());
        CHECK(check_word_figures_as_grammar(text) > 0);
    }
    for_each_seed(source, [](const std::string& text) { check_word_figures_as_grammar(text); });
    std::mt19937_64 rng(17);
    for (int round = 0; round < 100; ++round)
        check_word_figures_as_grammar(round % 3 == 0 ? random_bytes(rng, rng() % 400)
                                                     : news_shaped(rng, 1 + rng() % 40));
}
