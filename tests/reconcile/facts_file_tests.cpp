#include <factrec/reconcile/facts_file_parser.hpp>

#include <doctest/doctest.h>

#include <string>

namespace {

struct malformed {
    const char* why;
    std::string text;
    const char* expected; // the whole message: "bad.facts:LINE:COLUMN: what"
};

const std::string good_header = "fact a \"A\" unit USD cues \"alpha\"\nfact b unit USD cues \"beta\"\n";

} // namespace

TEST_CASE("a well-formed facts file is read completely") {
    std::string text = R"(# comment line
reading precision relative 2%
reading about 10%
fact committed "Already committed" unit USD
    cues "(already|previously) [been] committed", "secures"   # trailing comment
fact eyed unit USD up_to ceiling cues "eyeing"
fact missiles "Missiles" unit count(missiles) cues "Tomahawk"
fact share unit % signed
relation r1: committed <= eyed
relation soft_one weight 1/2: missiles >= 1
source "Pacific Wire" trust 1.5
speaker "White House" trust 3
reading up_to at_most: eyed
claim committed from "Harbor Ledger" quote "$490 billion had \"already\" been committed"
)";
    auto file = factrec::parse_facts_file(text, "good.facts");
    REQUIRE_MESSAGE(file, (file ? "" : file.error().message));
    REQUIRE(file->facts.size() == 4);
    CHECK(file->facts[0].label == "Already committed");
    CHECK(file->facts[0].cues == std::vector<std::string>{"already committed", "already been committed",
                                                          "previously committed", "previously been committed",
                                                          "secures"});
    CHECK(file->facts[1].up_to == factrec::up_to_reading::at_most); // the later reading wins
    CHECK(file->facts[2].whole);
    CHECK(file->facts[2].unit == factrec::unit::count("missiles"));
    CHECK(file->facts[3].is_signed);
    CHECK(file->facts[3].cues.empty());
    REQUIRE(file->relations.size() == 2);
    CHECK(file->relations[0].expression == "committed <= eyed");
    CHECK(text.substr(file->relations[0].offset, 17) == "committed <= eyed");
    CHECK(*file->relations[1].weight == factrec::exact_number(1, 2));
    CHECK(file->sources[0].trust == factrec::exact_number(3, 2));
    CHECK(file->speakers[0].name == "White House");
    CHECK(file->precision.rounding == factrec::precision_policy::mode::relative);
    CHECK(file->precision.relative_tolerance == factrec::exact_number(1, 50));
    CHECK(file->precision.approximate_tolerance == factrec::exact_number(1, 10));
    REQUIRE(file->pins.size() == 1);
    CHECK(file->pins[0].quote == "$490 billion had \"already\" been committed");
}

TEST_CASE("every malformed facts file gets a message with the right line and column") {
    const malformed cases[] = {
        {"misspelt keyword", "fact a unit USD\nfcat b unit USD\n",
         "bad.facts:2:1: unknown statement 'fcat': expected fact, relation, source, speaker, reading or claim"},
        {"misspelt 'unit'", "fact a \"A\" unti USD\n", "bad.facts:1:12: expected 'unit', found 'unti USD'"},
        {"missing unit", "fact a \"A\"\nfact b unit USD\n",
         "bad.facts:1:11: expected 'unit', found the end of the line"},
        {"currency typo", "fact a unit UDS\n", "bad.facts:1:13: 'UDS' is not an ISO 4217 currency code"},
        {"unknown unit", "fact a unit furlongs\n",
         "bad.facts:1:13: unknown unit 'furlongs': expected an ISO 4217 code (USD), count(noun), %, 1, calendar_year, "
         "degC, degF, or one of kg g mg t short_ton long_ton ton lb oz m km cm mm in yd ft mi nmi ly l ml m3 gal bbl s "
         "min h d week month year fortnight decade century m/s km/h mph kn B kB MB GB TB PB KiB MiB GiB TiB Hz kHz MHz "
         "GHz W kW MW GW J Wh kWh MWh GWh TWh m2 km2 ha acre sq_mi Ah mAh"},
        {"empty count", "fact a unit count()\n",
         "bad.facts:1:13: count() needs the thing counted, as in count(missiles)"},
        {"duplicate fact", good_header + "fact a unit USD\n", "bad.facts:3:6: fact 'a' is declared twice"},
        {"relation without colon", good_header + "relation r1 a <= b\n",
         "bad.facts:3:13: expected ':', found 'a <= b'"},
        {"relation without expression", good_header + "relation r1:\nfact c unit USD\n",
         "bad.facts:3:13: expected a relation, found the end of the line"},
        {"relation id clashes with fact", good_header + "relation a: a <= b\n",
         "bad.facts:3:10: 'a' is already a fact id"},
        {"duplicate relation", good_header + "relation r: a <= b\nrelation r: b <= a\n",
         "bad.facts:4:10: relation 'r' is declared twice"},
        {"bad relation weight", good_header + "relation r weight x: a <= b\n",
         "bad.facts:3:19: expected a number, found 'x: a <= b'"},
        {"unterminated string", "fact a \"Already committed unit USD\n",
         "bad.facts:1:35: expected '\"', found the end of the line"},
        {"unterminated string at end of file", "source \"Pacific",
         "bad.facts:1:16: expected '\"', found the end of the file"},
        {"unterminated cue", "fact a unit USD cues \"alpha\n",
         "bad.facts:1:28: expected '\"', found the end of the line"},
        {"cue list with trailing comma", "fact a unit USD cues \"alpha\",\n",
         "bad.facts:2:1: expected a quoted string, found the end of the file"},
        {"cues without strings", "fact a unit USD cues alpha\n",
         "bad.facts:1:22: expected a quoted string, found 'alpha'"},
        {"unclosed cue alternative", "fact a unit USD cues \"(already|previously committed\"\n",
         "bad.facts:1:23: cue has an unclosed '('"},
        {"stray bar in cue", "fact a unit USD cues \"already|committed\"\n",
         "bad.facts:1:30: unexpected '|' in cue (alternatives go inside parentheses)"},
        {"nested alternatives", "fact a unit USD cues \"((a|b)|c)\"\n", "bad.facts:1:23: cue alternatives cannot nest"},
        {"fact id starting with a digit", "fact 9lives unit USD\n",
         "bad.facts:1:6: expected an identifier, found '9lives unit USD'"},
        {"bad up_to meaning", "fact a unit USD up_to maybe\n",
         "bad.facts:1:23: expected 'ceiling' or 'at_most', found 'maybe'"},
        {"source without trust", "source \"Pacific Wire\" 3\n", "bad.facts:1:23: expected 'trust', found '3'"},
        {"negative trust", "source \"Pacific Wire\" trust -1\n", "bad.facts:1:29: trust must be positive"},
        {"zero trust", "speaker \"White House\" trust 0\n", "bad.facts:1:29: trust must be positive"},
        {"duplicate source", "source \"A\" trust 1\nsource \"A\" trust 2\n",
         "bad.facts:2:1: source \"A\" is declared twice"},
        {"source name not quoted", "source Pacific trust 1\n",
         "bad.facts:1:8: expected a quoted string, found 'Pacific trust 1'"},
        {"absurd trust exponent", "source \"A\" trust 1e999999\n",
         "bad.facts:1:18: exponent is out of range (at most 400)"},
        {"unknown precision", "reading precision sloppy\n",
         "bad.facts:1:19: unknown precision 'sloppy': expected exact, last_digit or relative"},
        {"relative without tolerance", "reading precision relative\n",
         "bad.facts:2:1: expected a tolerance after 'relative', such as 2%"},
        {"relative tolerance of 100%", "reading precision relative 100%\n",
         "bad.facts:1:28: a relative tolerance lies in [0%, 100%)"},
        {"unknown reading", "reading tolerance 5%\n",
         "bad.facts:1:9: unknown reading 'tolerance': expected precision, about or up_to"},
        {"about tolerance missing", "reading about lots\n",
         "bad.facts:1:15: expected the tolerance of 'about', such as 5%"},
        {"up_to reading of an unknown fact", good_header + "reading up_to ceiling: a, c\n",
         "bad.facts:3:27: unknown fact 'c' (declare facts before readings)"},
        {"up_to reading without colon", good_header + "reading up_to ceiling a\n",
         "bad.facts:3:23: expected ':', found 'a'"},
        {"pinned claim of an unknown fact", good_header + "claim comitted from \"A\" quote \"$1\"\n",
         "bad.facts:3:7: unknown fact 'comitted' in pinned claim"},
        {"pinned claim without quote", good_header + "claim a from \"A\" \"$1\"\n",
         "bad.facts:3:18: expected 'quote', found '\"$1\"'"},
        {"pinned claim with empty quote", good_header + "claim a from \"A\" quote \"\"\n",
         "bad.facts:3:1: the quote of a pinned claim is empty"},
        {"binary garbage", std::string("fact a unit USD\n\x89PNG\r\n\x1a\n", 24),
         "bad.facts:2:1: invalid UTF-8 (byte 0x89 at byte 16); a facts file is UTF-8 text"},
        {"NUL byte", std::string("fact a unit USD\0", 16),
         "bad.facts:1:16: NUL byte (at byte 15); factrec reads UTF-8 text, and a file with NUL bytes is not text"},
        {"overlong UTF-8", "fact a \"\xC0\xAF\" unit USD\n",
         "bad.facts:1:9: invalid UTF-8 (byte 0xc0 at byte 8); a facts file is UTF-8 text"},
        {"punctuation where a statement starts", "fact a unit USD\n: b\n",
         "bad.facts:2:1: expected a statement (fact, relation, source, speaker, reading or claim)"},
    };
    for (const malformed& c : cases) {
        INFO(std::string(c.why));
        auto parsed = factrec::parse_facts_file(c.text, "bad.facts");
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().message == c.expected);
    }
    CHECK(sizeof(cases) / sizeof(cases[0]) >= 30);
}

TEST_CASE("columns count characters, not bytes, after non-ASCII text") {
    auto parsed = factrec::parse_facts_file("fact a \"Japan’s pledge\" unti USD\n", "bad.facts");
    REQUIRE_FALSE(parsed);
    CHECK(parsed.error().message == "bad.facts:1:25: expected 'unit', found 'unti USD'");
}

TEST_CASE("a keyword's name for messages is made once, not once for every statement parsed") {
    // Seen while fuzzing facts files: memory grew with every statement ever parsed, since each
    // one appended its keywords' names to a shared list (which two threads would also race on).
    namespace g = factrec::reconcile_detail::facts_grammar;
    const char* first = g::keyword("unit").name;
    CHECK(std::string(first) == "'unit'");
    for (int i = 0; i < 3; ++i) CHECK(factrec::parse_facts_file(good_header, "x.facts"));
    CHECK(g::keyword("unit").name == first);
    CHECK(g::keyword("cues").name != first);
}
