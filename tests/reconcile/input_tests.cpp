// The input policy (factrec/reconcile/input.hpp) as articles and facts files see it.
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

const std::string bom = "\xEF\xBB\xBF";

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const factrec::facts_file& port_facts() {
    static const factrec::facts_file facts = [] {
        auto parsed = factrec::parse_facts_file("fact spend unit USD cues \"spent\"\n", "port.facts");
        REQUIRE(parsed);
        return *parsed;
    }();
    return facts;
}

// A file of its own under the temporary directory, removed at the end of the test.
struct scratch_file {
    std::filesystem::path path;
    explicit scratch_file(const std::string& content) {
        path = std::filesystem::temp_directory_path() /
               ("factrec_input_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter()++));
        std::ofstream(path, std::ios::binary) << content;
    }
    ~scratch_file() { std::filesystem::remove(path); }
    static int& counter() {
        static int n = 0;
        return n;
    }
};

} // namespace

TEST_CASE("a byte-order mark before the headers is skipped, and offsets stay offsets into the file") {
    const std::string header = "source: Harbor Ledger\n\n";
    const std::string text = bom + header + "The port authority spent $4 million on cranes.";
    auto a = factrec::read_article("ledger.txt", text);
    REQUIRE_MESSAGE(a, (a ? "" : a.error().message));
    CHECK(a->publisher.name == "Harbor Ledger");
    CHECK(a->text == text);
    CHECK(a->body_offset == bom.size() + header.size());

    auto r = factrec::reconcile(port_facts(), {*a});
    REQUIRE(r);
    REQUIRE(r->pass.binding.claims.size() == 1);
    const auto& span = r->pass.binding.claims[0].claim.span;
    CHECK(text.substr(span.begin, span.end - span.begin) == "$4 million");

    auto plain = factrec::read_article("plain.txt", bom + "Officials spent $4 million.");
    REQUIRE(plain);
    CHECK(plain->body_offset == 3);
    CHECK(plain->publisher.name == "plain");
}

TEST_CASE("a facts file may start with a byte-order mark; errors after it keep file offsets") {
    auto facts = factrec::parse_facts_file(bom + "fact spend unit USD\n", "bom.facts");
    REQUIRE_MESSAGE(facts, (facts ? "" : facts.error().message));
    CHECK(facts->facts.size() == 1);

    auto typo = factrec::parse_facts_file(bom + "fact spend unti USD\n", "bom.facts");
    REQUIRE_FALSE(typo);
    CHECK(typo.error().offset == 3 + std::string("fact spend ").size());
}

TEST_CASE("a NUL byte makes an article or a facts file an error at its offset") {
    auto a = factrec::read_article("nul.txt", std::string("The port spent $100\0 million.", 29));
    REQUIRE_FALSE(a);
    CHECK(a.error().offset == 19);
    CHECK(a.error().message.starts_with("nul.txt:1:20: NUL byte (at byte 19)"));

    auto facts = factrec::parse_facts_file(std::string("fact a unit USD\0", 16), "nul.facts");
    REQUIRE_FALSE(facts);
    CHECK(facts.error().message.starts_with("nul.facts:1:16: NUL byte (at byte 15)"));
}

TEST_CASE("control characters in an article read as spaces, and the report says where") {
    // ESC, a C1 control (U+009B, two bytes) and DEL: each becomes spaces byte for byte.
    const std::string text = "The port spent\x1b[31m $4 million\xC2\x9B on cranes\x7F.";
    auto a = factrec::read_article("ctl.txt", text);
    REQUIRE(a);
    CHECK(a->text.size() == text.size());
    CHECK(a->text[14] == ' ');
    CHECK(a->text.find('\x1b') == std::string::npos);
    CHECK(a->text.find("\xC2\x9B") == std::string::npos);
    REQUIRE(a->warnings.size() == 1);
    CHECK(contains(a->warnings[0], "ctl.txt:1:15: 3 control characters (first U+001B)"));
    CHECK(contains(a->warnings[0], "bytes " + std::to_string(text.find('\x1b')) + ", " +
                                       std::to_string(text.find("\xC2\x9B")) + ", " +
                                       std::to_string(text.find('\x7f'))));

    auto r = factrec::reconcile(port_facts(), {*a});
    REQUIRE(r);
    REQUIRE_FALSE(r->warnings.empty());
    CHECK(r->warnings[0].message == a->warnings[0]);
    CHECK(r->warnings[0].file == "ctl.txt");
    CHECK(contains(factrec::text_report(*r), a->warnings[0]));
    CHECK(contains(factrec::json_report(*r), "3 control characters"));

    auto facts = factrec::parse_facts_file("fact a unit USD\x1b\n", "ctl.facts");
    REQUIRE_FALSE(facts);
    CHECK(contains(facts.error().message, "ctl.facts:1:16: control character U+001B (at byte 15)"));
}

TEST_CASE("many control characters: the first few offsets and the count") {
    std::string text = "Officials spent $4 million.";
    for (int i = 0; i < 9; ++i) text += "\x01 word";
    auto a = factrec::read_article("many.txt", text);
    REQUIRE(a);
    REQUIRE(a->warnings.size() == 1);
    CHECK(contains(a->warnings[0], "9 control characters"));
    CHECK(contains(a->warnings[0], "and 4 more"));
}

TEST_CASE("an empty article is an error that names the file") {
    for (const std::string& text : {std::string(), std::string(" \n\t\r\n"), bom, bom + "\n\n"}) {
        auto a = factrec::read_article("empty.txt", text);
        REQUIRE_FALSE(a);
        CHECK(contains(a.error().message, "empty.txt:"));
        CHECK(contains(a.error().message, "the article is empty"));
    }
    auto headers_only = factrec::read_article("bare.txt", "source: Harbor Ledger\ndate: 2025-10-29\n\n  \n");
    REQUIRE_FALSE(headers_only);
    CHECK(contains(headers_only.error().message, "bare.txt:"));
    CHECK(contains(headers_only.error().message, "no text after its header lines"));
}

TEST_CASE("a misspelt first header is an error that suggests the key") {
    auto typo = factrec::read_article("h.txt", "sorce: Harbor Ledger\n\nThe port spent $4 million.");
    REQUIRE_FALSE(typo);
    CHECK(typo.error().message.starts_with("h.txt:1:1: 'sorce:' is not a header; did you mean 'source:'?"));

    auto capital = factrec::read_article("h.txt", "Date: 2025-10-29\n\nThe port spent $4 million.");
    REQUIRE_FALSE(capital);
    CHECK(contains(capital.error().message, "did you mean 'date:'?"));

    auto after_bom = factrec::read_article("h.txt", bom + "urll: https://example.org/a\n\nText.");
    REQUIRE_FALSE(after_bom);
    CHECK(after_bom.error().offset == 3);
    CHECK(contains(after_bom.error().message, "did you mean 'url:'?"));

    auto second = factrec::read_article("h.txt", "source: Harbor Ledger\ndaet: 2025-10-29\n\nText.");
    REQUIRE_FALSE(second);
    CHECK(contains(second.error().message, "h.txt:2:1: unknown header line 'daet: 2025-10-29': did you mean 'date:'?"));

    // Text that merely has a colon in its first line is still text.
    for (const char* text : {"Officials said: the port spent $4 million.", "Update: the port spent $4 million.",
                             "sorce:\nThe port spent $4 million.", "harbour: the port spent $4 million."}) {
        auto a = factrec::read_article("t.txt", text);
        CHECK_MESSAGE(a, text);
    }
}

TEST_CASE("invalid UTF-8 in a header line is an error; in the text the scanner notes it") {
    auto header = factrec::read_article("u.txt", "source: Harbor \xFF Ledger\n\nThe port spent $4 million.");
    REQUIRE_FALSE(header);
    CHECK(header.error().offset == 15);
    CHECK(contains(header.error().message, "invalid UTF-8 in a header line (byte 15)"));

    auto body = factrec::read_article("u.txt", "The port spent \xFF$4 million.");
    REQUIRE(body);
    auto r = factrec::reconcile(port_facts(), {*body});
    REQUIRE(r);
    REQUIRE(r->pass.binding.notes.size() == 1);
    CHECK(contains(r->pass.binding.notes[0], "u.txt:1:16: invalid UTF-8"));
}

TEST_CASE("read_input stops at the size limit") {
    CHECK(factrec::describe_size(std::size_t{256} << 20) == "256 MiB");
    CHECK(factrec::describe_size(1536) == "1.5 KiB");
    CHECK(factrec::describe_size(10) == "10 bytes");

    scratch_file big(std::string(5000, 'x'));
    factrec::input_limits limits{4096, "--max-input-size"};
    auto refused = factrec::read_input(big.path.string(), limits);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message == "'" + big.path.string() + "' is larger than --max-input-size (4 KiB)");
    limits.max_bytes = 5000;
    auto read = factrec::read_input(big.path.string(), limits);
    REQUIRE(read);
    CHECK(read->size() == 5000);

    // A device has no size to look at first: the limit holds while reading.
    if (std::filesystem::exists("/dev/zero")) {
        auto endless = factrec::read_input("/dev/zero", {1 << 20, "the limit"});
        REQUIRE_FALSE(endless);
        CHECK(endless.error().message == "'/dev/zero' is larger than the limit (1 MiB)");
    }
    auto missing = factrec::read_input((big.path.string() + ".missing"), limits);
    REQUIRE_FALSE(missing);
    CHECK(contains(missing.error().message, "cannot read"));
}
