// Sentences and speakers: the fast paths that the scanner takes are held to plain
// definitions over generated text that is dense in what they react to (stops, abbreviations,
// quotation marks, cue words in every case, words too long for the tokenizer, stray bytes).
#include <factrec/parse.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace {

using namespace std::string_view_literals;

struct generator {
    std::uint64_t state;
    std::size_t next(std::size_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    }
};

constexpr std::array speech_pieces{
    "said"sv,
    "says"sv,
    "Said"sv,
    "SAID"sv,
    "sAID"sv,
    "told"sv,
    "claims"sv,
    "announced"sv,
    "reported"sv,
    "estimated"sv,
    "wrote"sv,
    "according"sv,
    "According"sv,
    "ACCORDING"sv,
    "to"sv,
    "To"sv,
    "per"sv,
    "Per"sv,
    "PER"sv,
    ", per"sv,
    "according to the"sv,
    "the"sv,
    "The"sv,
    "a"sv,
    "an"sv,
    "An"sv,
    "he"sv,
    "She"sv,
    "they"sv,
    "it"sv,
    "who"sv,
    "Which"sv,
    "that"sv,
    "I"sv,
    "also"sv,
    "then"sv,
    "quickly"sv,
    "reportedly"sv,
    "still"sv,
    "Trump"sv,
    "Lutnick"sv,
    "Commerce"sv,
    "Secretary"sv,
    "White"sv,
    "House"sv,
    "Reuters"sv,
    "In"sv,
    "But"sv,
    "administration"sv,
    "ministry"sv,
    "officials"sv,
    "police"sv,
    "report"sv,
    "remained"sv,
    "reporter"sv,
    "States"sv,
    "deal"sv,
    "in"sv,
    "July"sv,
    "may"sv,
    "May"sv,
    "Mr."sv,
    "Dr."sv,
    "No."sv,
    "no."sv,
    "U.S."sv,
    "H."sv,
    "p."sv,
    "vs."sv,
    "Inc."sv,
    "Sept."sv,
    "e.g."sv,
    "St.Louis"sv,
    "."sv,
    "."sv,
    "!"sv,
    "?"sv,
    "..."sv,
    "\""sv,
    "\""sv,
    "'"sv,
    ")"sv,
    "]"sv,
    "(\""sv,
    ".\""sv,
    ".)"sv,
    "\xE2\x80\x9C"sv,
    "\xE2\x80\x9D"sv,
    "\xE2\x80\x99s"sv,
    "\xE2\x80\x98"sv,
    "\xE2\x80\x9C"
    "Trump"sv,
    "\xC2\xA0said"sv,
    "\n"sv,
    "\n\n"sv,
    "\r\n"sv,
    "\t"sv,
    "  "sv,
    "\xC2\xA0"sv,
    "\xE2\x80\x89"sv,
    "\xE2\x80\xAF"sv,
    "$490 billion"sv,
    "12%"sv,
    "five"sv,
    "17"sv,
    "2026"sv,
    "1.6"sv,
    "a dozen"sv,
    "1,000"sv,
    "$"sv,
    ";"sv,
    "--"sv,
    "-"sv,
    "long-range"sv,
    "don't"sv,
    "well-said"sv,
    "said-so"sv,
    "-said"sv,
    "said."sv,
    "said,"sv,
    "U.S.-based"sv,
    "\xFF"sv,
    "\xE2\x80"sv,
    "\xC3\xA9"sv,
    "\xF0\x9F\x98\x80"sv,
    "\xE2\x82\xAC"
    "5"sv,
    "abcdefghijklmnopqrstuvwxyzabcdefghijklmnsaid"sv,
    "abcdefghij-klmnopqrst-uvwxyzabcd-efghisaid"sv,
    "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-said"sv,
};

std::string generated_text(std::uint64_t seed, std::size_t piece_count) {
    generator g{seed * 0x9E3779B97F4A7C15ull + 1};
    std::string text;
    for (std::size_t i = 0; i < piece_count; ++i) {
        text += speech_pieces[g.next(speech_pieces.size())];
        if (g.next(10) < 7) text += ' ';
    }
    return text;
}

// Who speaks for the figure at `offset`, reading every token of the sentence.
std::optional<std::string> speaker_by_tokens(std::string_view sentence, std::size_t offset) {
    auto tokens = factrec::parse::detail::tokenize_sentence(sentence);
    return factrec::parse::detail::speaker_from(sentence, tokens,
                                                factrec::parse::detail::attributions(sentence, tokens), offset);
}

} // namespace

TEST_CASE("speakers: the cue words of the quick look are lexicon's speech verbs, in any case") {
    using factrec::parse::detail::cue_word;
    using factrec::parse::detail::cue_word_lookup;
    for (std::string_view w : factrec::parse::detail::cue_words) {
        std::string upper(w), capitalised(w);
        for (char& c : upper) c = static_cast<char>(c - 'a' + 'A');
        capitalised[0] = static_cast<char>(capitalised[0] - 'a' + 'A');
        for (const std::string& form : {std::string(w), upper, capitalised}) {
            CAPTURE(form);
            CHECK(cue_word_lookup.find(form) != cue_word::none);
            CHECK(factrec::parse::detail::is_speech_verb(form) ==
                  factrec::parse::detail::listed_any_case(factrec::parse::detail::speech_verbs, form));
            // The survey's first look lets through every word that opens a cue.
            if (factrec::parse::detail::is_cue_word(form))
                CHECK(cue_word_lookup.may_be_cue(form[0], form[1], form.size()));
        }
    }
    for (std::string_view w : {"the", "The", "of", "governments", "Said", "SAID"}) {
        CAPTURE(w);
        CHECK_FALSE(cue_word_lookup.may_be_cue(w[0], w[1], w.size()));
    }
    CHECK(cue_word_lookup.find("according") == cue_word::according);
    CHECK(cue_word_lookup.find("Per") == cue_word::per);
    CHECK(cue_word_lookup.find("said") == cue_word::speech_verb);
    CHECK(factrec::parse::detail::is_cue_word("according"));
    CHECK_FALSE(factrec::parse::detail::is_cue_word("Said")); // a speech verb opens a cue in lower case only
    for (std::string_view w :
         {"remained", "reporter", "sai", "saidd", "said-so", "accordingly", "pe", "perm", "x", "", "tolds"}) {
        CAPTURE(w);
        CHECK(cue_word_lookup.find(w) == cue_word::none);
        CHECK_FALSE(factrec::parse::detail::listed_any_case(factrec::parse::detail::speech_verbs, w));
    }
}

TEST_CASE("speakers: letters and marks are found 64 bytes at a time as one at a time, to the text's end") {
    auto letters = [](const char* bytes) { return factrec::parse::detail::classify_bytes(bytes).letters; };
    auto marks = factrec::parse::detail::bytes_among<'.', '"', '\xE2'>;
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        std::string text = generated_text(seed, 4 + seed % 40);
        for (std::size_t from = 0; from <= text.size(); ++from) {
            for (std::size_t count :
                 {std::size_t{0}, std::size_t{1}, std::size_t{5}, std::size_t{63}, std::size_t{64}}) {
                const std::size_t to = std::min(text.size(), from + count);
                std::uint64_t expected_letters = 0, expected_marks = 0;
                for (std::size_t k = from; k < to; ++k) {
                    expected_letters |= std::uint64_t{factrec::parse::detail::is_letter(text[k])} << (k - from);
                    expected_marks |= std::uint64_t{text[k] == '.' || text[k] == '"' || text[k] == '\xE2'}
                                      << (k - from);
                }
                CAPTURE(text);
                CAPTURE(from);
                CAPTURE(to);
                REQUIRE(factrec::parse::detail::classify_range(text, from, to, letters) == expected_letters);
                REQUIRE(factrec::parse::detail::classify_range(text, from, to, marks) == expected_marks);
            }
        }
    }
    for (int b = 0; b < 256; ++b) {
        // "EDC", the byte, "A".
        std::string five = std::string("EDC") + static_cast<char>(b) + "A";
        CAPTURE(b);
        CHECK(factrec::parse::detail::classify_range(five, 0, 5, letters) ==
              (0x17u | (factrec::parse::detail::is_letter(static_cast<char>(b)) ? 0x08u : 0u)));
    }
    std::mt19937_64 rng(11);
    std::array<char, factrec::parse::detail::classified_bytes> bytes{};
    for (int round = 0; round < 2000; ++round) {
        for (char& c : bytes)
            c = static_cast<char>(round % 2 == 0 ? rng()
                                                 : ".!?\n\"\xE2"
                                                   "a "[rng() % 8]);
        CHECK(factrec::parse::detail::bytes_among<'.', '!', '?', '\n'>(bytes.data()) ==
              factrec::parse::detail::bytes_among_portable<'.', '!', '?', '\n'>(bytes.data()));
        CHECK(marks(bytes.data()) == factrec::parse::detail::bytes_among_portable<'.', '"', '\xE2'>(bytes.data()));
    }
    CHECK_FALSE(factrec::speaker_of(std::string_view{}, 0));
}

TEST_CASE("speakers: word_at reads a word as a byte-by-byte walk does") {
    for (std::uint64_t seed = 0; seed < 300; ++seed) {
        std::string text = generated_text(seed, 60);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!factrec::parse::detail::is_letter(text[i])) continue;
            CAPTURE(text);
            CAPTURE(i);
            // The reference: a word's letters and its inner joiners, one byte at a time.
            std::size_t end = i;
            while (end < text.size() && end - i < factrec::parse::detail::max_word_bytes) {
                char c = text[end];
                if (factrec::parse::detail::is_letter(c)) {
                    ++end;
                    continue;
                }
                if ((c == '-' || c == '\'' || c == '.') && end > i && end + 1 < text.size() &&
                    factrec::parse::detail::is_letter(text[end + 1])) {
                    ++end;
                    continue;
                }
                if (c == '.' && end >= i + 2 && text[end - 2] == '.') ++end;
                break;
            }
            REQUIRE(factrec::parse::detail::word_at(text, i).end == end);
        }
    }
}

TEST_CASE("speakers: the tokenizer makes the tokens that word_at and one role a byte make") {
    using namespace factrec::parse::detail;
    // The tokenizer as first written: what tokenize_sentence, which takes word_at's first step
    // itself and passes the space after a word at once, is held to.
    auto tokens_by_word_at = [](std::string_view s) {
        std::vector<token> tokens;
        bool quoted = false;
        for (std::size_t i = 0; i < s.size();) {
            std::size_t length = 1;
            switch (role_of(s[i])) {
            case byte_role::space: ++i; continue;
            case byte_role::letter:
                length = word_at(s, i).end - i;
                tokens.push_back({i, i + length, true, quoted});
                break;
            case byte_role::straight_quote:
                quoted = !quoted;
                tokens.push_back({i, i + 1, false, quoted});
                break;
            case byte_role::mark: tokens.push_back({i, i + 1, false, quoted}); break;
            case byte_role::multibyte:
                if (std::size_t n = unicode_space_at(s, i)) {
                    i += n;
                    continue;
                }
                if (opens_quotation_at(s, i)) {
                    quoted = true;
                    length = 3;
                } else if (closes_quotation_at(s, i)) {
                    quoted = false;
                    length = 3;
                } else if (length = utf8_sequence_length(s, i); length == 0) {
                    length = 1;
                }
                tokens.push_back({i, i + length, false, quoted});
                break;
            }
            i += length;
        }
        return tokens;
    };
    auto check = [&](std::string_view s) {
        CAPTURE(s);
        const std::vector<token> fast = tokenize_sentence(s);
        const std::vector<token> plain = tokens_by_word_at(s);
        REQUIRE(fast.size() == plain.size());
        for (std::size_t k = 0; k < fast.size(); ++k) {
            CAPTURE(k);
            CHECK(fast[k].begin == plain[k].begin);
            CHECK(fast[k].end == plain[k].end);
            CHECK(fast[k].is_word == plain[k].is_word);
            CHECK(fast[k].in_quote == plain[k].in_quote);
        }
    };
    const std::string long_word(max_word_bytes + 5, 'a');
    for (std::string_view edge : {"U.S. officials said", "long-range  missiles", "it's \"done\"", "a", "ab", "end.",
                                  "e.g. this", "word\xC2\xA0next", "two\t\nlines", "tail-", "x-"})
        check(edge);
    check(long_word);
    check(long_word + " next");
    check(long_word.substr(0, max_word_bytes) + "-b c");
    check(long_word.substr(0, max_word_bytes - 1) + ".s.");
    for (std::uint64_t seed = 0; seed < 400; ++seed) check(generated_text(seed, 5 + seed % 80));
}

TEST_CASE("speakers: worked examples") {
    struct example {
        std::string_view sentence;
        std::string_view figure;
        std::optional<std::string_view> speaker;
    };
    constexpr std::optional<std::string_view> nobody;
    const example examples[] = {
        {"The administration said companies had committed $490 billion of a $550 billion pledge.", "$490",
         "administration"},
        {"Japan will buy some 400 Tomahawk missiles in a deal valued at $1.6 billion, officials said.", "400",
         "officials"},
        {"There are 50,000 U.S. troops stationed in the country, according to the ministry.", "50,000", "ministry"},
        {"Ports will get $600 million and a new smelter $2 billion, per the fact sheet.", "$2", "fact sheet"},
        {"Per a White House statement, $550 billion will flow.", "$550", "White House statement"},
        {"Sales rose 5% per year, analysts estimated.", "5%", "analysts"},
        {"Commerce Secretary Howard Lutnick said the deal was worth $550 billion.", "$550",
         "Commerce Secretary Howard Lutnick"},
        {"In Tokyo, Prime Minister Sanae Takaichi said 17 citizens were taken.", "17", "Prime Minister Sanae Takaichi"},
        {"\xE2\x80\x9CWe will spend $5 billion,\xE2\x80\x9D said Trump.", "$5", "Trump"},
        {"Trump \xE2\x80\x9Cwill spend $5 billion\xE2\x80\x9D on it.", "$5", "Trump"},
        {"The city will plant 250 cherry trees in 2026 to mark the anniversary.", "250", nobody},
        {"A deal announced in July covers $5 billion.", "$5", nobody},
        {"\"Officials said 12% would fall,\" the paper wrote.", "12%", nobody},
    };
    for (const example& e : examples) {
        CAPTURE(e.sentence);
        auto speaker = factrec::speaker_of(e.sentence, e.sentence.find(e.figure));
        CHECK(speaker.has_value() == e.speaker.has_value());
        if (speaker && e.speaker) CHECK(*speaker == *e.speaker);
    }
}

TEST_CASE("speakers: the quick look finds what reading every token finds") {
    std::size_t named = 0;
    for (std::uint64_t seed = 0; seed < 1500; ++seed) {
        std::string text = generated_text(seed, 5 + seed % 80);
        for (std::size_t offset = 0; offset <= text.size(); ++offset) {
            auto fast = factrec::speaker_of(text, offset);
            auto plain = speaker_by_tokens(text, offset);
            if (fast != plain) {
                CAPTURE(text);
                CAPTURE(offset);
                REQUIRE(fast == plain);
            }
            named += fast.has_value();
        }
    }
    CHECK(named > 10000); // the generated text names speakers often enough to test something
}

TEST_CASE("sentences: the sentence around a place is the one found byte by byte") {
    for (std::uint64_t seed = 0; seed < 600; ++seed) {
        std::string text = generated_text(seed, 10 + seed % 120);
        for (std::size_t pos = 0; pos < text.size(); ++pos) {
            for (std::size_t reach : {std::size_t{3}, std::size_t{40}, std::size_t{4096}}) {
                std::size_t lo = pos > reach ? pos - reach : 0, hi = std::min(text.size(), pos + reach);
                auto fast = factrec::parse::detail::sentence_around(text, pos, lo, hi);
                auto plain = factrec::parse::detail::sentence_around_reference(text, pos, lo, hi);
                if (!(fast == plain)) {
                    CAPTURE(text);
                    CAPTURE(pos);
                    CAPTURE(reach);
                    REQUIRE(fast.begin == plain.begin);
                    REQUIRE(fast.end == plain.end);
                }
            }
        }
    }
}

TEST_CASE("speakers: every mention of a scan gets the speaker that its sentence's tokens name") {
    for (std::uint64_t seed = 0; seed < 400; ++seed) {
        std::string text = generated_text(seed + 7000, 400);
        factrec::scan_result found = factrec::scan(text);
        for (const factrec::mention& m : found) {
            // A sentence cut short is stretched to cover its figure; its speaker was found in
            // the sentence as it was before.
            if (m.sentence.end == m.span.end) continue;
            std::string_view sentence = std::string_view(text).substr(m.sentence.begin, m.sentence.size());
            auto expected = speaker_by_tokens(sentence, m.span.begin - m.sentence.begin);
            if (m.speaker != expected) {
                CAPTURE(text);
                CAPTURE(m.span.begin);
                REQUIRE(m.speaker == expected);
            }
        }
    }
}
