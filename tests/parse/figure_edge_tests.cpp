// Figures at the edges of what the scanner reads: digits grouped by spaces, minus signs around
// currency signs, words that make a figure exact, and control characters or broken UTF-8 next
// to a figure. Every sentence here is written for this suite.
#include <algorithm>
#include <string>
#include <string_view>
#include <utility>

#include "scan_support.hpp"

using namespace std::string_literals;
using factrec_test::any_diagnostic_containing;
using factrec_test::check_mention;
using factrec_test::describe;

namespace {

constexpr std::string_view nbsp = "\xC2\xA0";
constexpr std::string_view narrow_nbsp = "\xE2\x80\xAF";
constexpr std::string_view thin_space = "\xE2\x80\x89";
constexpr std::string_view minus_sign = "\xE2\x88\x92";
constexpr std::string_view en_dash = "\xE2\x80\x93";
constexpr std::string_view euro = "\xE2\x82\xAC";

inline std::string joined(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view p : parts) out += p;
    return out;
}

// Whether any mention other than a date (whose interval is its year's) allows `value`.
inline bool any_mention_holds(const factrec::scan_result& found, const factrec::exact_number& value) {
    return std::any_of(found.begin(), found.end(), [&](const factrec::mention& m) {
        return m.kind != factrec::mention_kind::date && m.quantity.value.contains(value);
    });
}

inline factrec::scan_options with_policy(factrec::precision_policy::mode mode, factrec::exact_number relative = {}) {
    factrec::scan_options options;
    options.precision.rounding = mode;
    options.precision.relative_tolerance = std::move(relative);
    return options;
}

} // namespace

// ---- 1. Thousands set apart by spaces ---------------------------------------------------------

TEST_CASE("digits grouped by a no-break, narrow no-break or thin space are one figure") {
    const std::string lyon = joined({"Lyon dispatched 5", nbsp, "000 soldiers to the border."});
    check_mention({lyon, joined({"5", nbsp, "000 soldiers"}), "count", "count(soldiers)", "[4999.5, 5000.5]"});

    const std::string census = joined({"The census counted 1", narrow_nbsp, "000", narrow_nbsp, "000 residents."});
    check_mention({census, joined({"1", narrow_nbsp, "000", narrow_nbsp, "000 residents"}), "count", "count(residents)",
                   "[999999.5, 1000000.5]"});

    const std::string ballots = joined({"Officials tallied 12", thin_space, "500 ballots by noon."});
    check_mention(
        {ballots, joined({"12", thin_space, "500 ballots"}), "count", "count(ballots)", "[12499.5, 12500.5]"});

    const std::string grant = joined({"The region received ", euro, "3", nbsp, "200 million in aid."});
    check_mention({grant, joined({euro, "3", nbsp, "200 million"}), "money", "EUR", "[3199.5e6, 3200.5e6]"});

    const std::string harvest = joined({"Farmers shipped 2", nbsp, "750.5 tonnes of wheat."});
    check_mention({harvest, joined({"2", nbsp, "750.5 tonnes"}), "mass", "t", "[2750.45, 2750.55]"});

    // The same figure with a comma reads the same.
    auto with_space = factrec::scan(lyon);
    auto with_comma = factrec::scan("Lyon dispatched 5,000 soldiers to the border.");
    REQUIRE(with_space.size() == 1);
    REQUIRE(with_comma.size() == 1);
    CHECK(with_space[0].quantity.value == with_comma[0].quantity.value);
    CHECK(with_space[0].quantity.unit == with_comma[0].quantity.unit);
}

TEST_CASE("a range whose ends are grouped by spaces") {
    const std::string text = joined({"Between 4", nbsp, "000 and 6", nbsp, "500 runners finished."});
    check_mention({text, joined({"Between 4", nbsp, "000 and 6", nbsp, "500 runners"}), "count", "count(runners)",
                   "[3999.5, 6500.5]"});
}

TEST_CASE("irregular groups set apart by group spaces, or around a group starting with 0, are not read but reported") {
    for (std::string text :
         {joined({"Rescuers found 5", nbsp, "0000 survivors."}),
          joined({"Rescuers found 1500", thin_space, "000 survivors."}),
          joined({"Rescuers found 7", narrow_nbsp, "000", narrow_nbsp, "12 survivors."}),
          joined({"Rescuers found 3", nbsp, "250,5 survivors."}), "Rescuers found 3 000 00 survivors."s}) {
        CAPTURE(text);
        auto found = factrec::scan(text);
        INFO("found: ", describe(found, text));
        CHECK(found.empty());
        CHECK(any_diagnostic_containing(found, "grouping"));
    }
}

TEST_CASE("ASCII spaces group digits only where the digits cannot be two numbers") {
    // Two groups of three after a short lead, or a group that starts with 0: one figure.
    check_mention({"A crowd of 1 000 000 people filled the avenue.", "1 000 000 people", "count", "count(people)",
                   "[999999.5, 1000000.5]"});
    check_mention({"The stadium sold 2 450 300 tickets this season.", "2 450 300 tickets", "count", "count(tickets)",
                   "[2450299.5, 2450300.5]"});
    check_mention({"Roughly 30 000 fans came.", "Roughly 30 000 fans", "count", "count(fans)", "[28500, 31500]"});
    check_mention(
        {"In 2019 200 000 families moved.", "200 000 families", "count", "count(families)", "[199999.5, 200000.5]"});
    check_mention({"In 2019 200 000 families moved.", "2019", "year", "calendar_year", "[2019, 2019]"});

    // One group that could be a number of its own: two figures, never 5,300.
    const std::string_view dated = "On April 5 300 farmers marched.";
    auto found = factrec::scan(dated);
    INFO("found: ", describe(found, dated));
    CHECK_FALSE(any_mention_holds(found, factrec::exact_number(5300)));
    check_mention({dated, "300 farmers", "count", "count(farmers)", "[299.5, 300.5]"});

    const std::string_view pair = "The 12 300 figure was revised.";
    auto apart = factrec::scan(pair);
    CHECK_FALSE(any_mention_holds(apart, factrec::exact_number(12300)));

    // A phone number's groups are no figure of thousands.
    const std::string_view phone = "Readers can call 202 456 1111 tonight.";
    auto dialled = factrec::scan(phone);
    INFO("found: ", describe(dialled, phone));
    CHECK_FALSE(any_mention_holds(dialled, factrec::exact_number(202456)));
    CHECK_FALSE(any_mention_holds(dialled, factrec::exact_number(2024561111LL)));
}

TEST_CASE("a group of three digits starting with 0 is never read alone as a number") {
    // After a month's name the digits are a date and a count apart; "000" alone is no count.
    for (std::string text : {"By May 12 000 tickets had sold."s, joined({"By May 12", nbsp, "000 tickets had sold."}),
                             "By May 12 050 tickets had sold."s, "Only 000 tickets remained."s}) {
        CAPTURE(text);
        auto found = factrec::scan(text);
        INFO("found: ", describe(found, text));
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(0)));
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(50)));
        CHECK(any_diagnostic_containing(found, "starts with 0"));
    }
}

// ---- 2. Minus signs --------------------------------------------------------------------------

TEST_CASE("a minus sign before or after a currency sign makes the figure negative") {
    check_mention({"The unit booked -$5 billion in cash flow.", "-$5 billion", "money", "USD", "[-5.5e9, -4.5e9]"});
    const std::string minus_before = joined({"The unit booked ", minus_sign, "$5 billion in cash flow."});
    check_mention({minus_before, joined({minus_sign, "$5 billion"}), "money", "USD", "[-5.5e9, -4.5e9]"});
    check_mention({"The unit booked $-5 billion in cash flow.", "$-5 billion", "money", "USD", "[-5.5e9, -4.5e9]"});
    const std::string minus_after = joined({"The unit booked $", minus_sign, "5 billion in cash flow."});
    check_mention({minus_after, joined({"$", minus_sign, "5 billion"}), "money", "USD", "[-5.5e9, -4.5e9]"});
    check_mention({"Its margin was US$-2.5 million.", "US$-2.5 million", "money", "USD", "[-2.55e6, -2.45e6]"});
    const std::string in_brackets = joined({"The fund lost (-", euro, "300 million)."});
    check_mention({in_brackets, joined({"-", euro, "300 million"}), "money", "EUR", "[-300.5e6, -299.5e6]"});
    check_mention({"The quarter ended at -US $40 million.", "-US $40 million", "money", "USD", "[-40.5e6, -39.5e6]"});
}

TEST_CASE("a range of negative amounts") {
    const std::string text = joined({"Forecasts ran from ", minus_sign, "$5 billion to ", minus_sign, "$3 billion."});
    check_mention({text, joined({"from ", minus_sign, "$5 billion to ", minus_sign, "$3 billion"}), "money", "USD",
                   "[-5.5e9, -2.5e9]"});
    check_mention(
        {"Lows ranged from -12 to -4 degrees.", "from -12 to -4 degrees", "count", "count(degrees)", "[-12.5, -3.5]"});
}

TEST_CASE("a dash between figures or set apart by spaces is no minus sign") {
    check_mention({"Bids came in at $5-$6 billion.", "$5-$6 billion", "money", "USD", "[4.5e9, 6.5e9]"});
    const std::string en_dashed = joined({"Bids came in at 5", en_dash, "6 million."});
    check_mention({en_dashed, joined({"5", en_dash, "6 million"}), "number", "1", "[4.5e6, 6.5e6]"});
    // A spaced dash is punctuation, as a reader sees it.
    check_mention({"Revenue slipped - $5 billion vanished.", "$5 billion", "money", "USD", "[4.5e9, 5.5e9]"});
    const std::string spaced_minus = joined({"Revenue slipped ", minus_sign, " $5 billion vanished."});
    check_mention({spaced_minus, "$5 billion", "money", "USD", "[4.5e9, 5.5e9]"});
    // A double hyphen is an ASCII dash.
    check_mention({"The shortfall--$5 billion--was new.", "$5 billion", "money", "USD", "[4.5e9, 5.5e9]"});
    // A letter or digit before the dash joins words ("Q3-$5").
    auto joined_code = factrec::scan("The Q3-$5 billion estimate held.");
    for (const auto& m : joined_code) CHECK(m.quantity.value.contains(factrec::exact_number(5'000'000'000LL)));
    // A tally is no figure (README, "Not quantities"), so never a negative one.
    CHECK(factrec::scan("The board voted 7-2 to approve.").empty());
}

// ---- 3. Exact figures ------------------------------------------------------------------------

TEST_CASE("exactly, precisely and just make a figure exact under every policy") {
    const factrec::scan_options policies[] = {
        with_policy(factrec::precision_policy::mode::last_digit),
        with_policy(factrec::precision_policy::mode::relative, factrec::exact_number(1, 50)),
        with_policy(factrec::precision_policy::mode::exact),
    };
    for (const auto& options : policies) {
        CAPTURE(to_string(options.precision.rounding));
        check_mention({"Exactly 25,000 marchers took part.", "Exactly 25,000 marchers", "count", "count(marchers)",
                       "[25000, 25000]"},
                      options);
        check_mention(
            {"The bill came to precisely $3.5 billion.", "precisely $3.5 billion", "money", "USD", "[3.5e9, 3.5e9]"},
            options);
        check_mention({"Turnout reached just 12% this time.", "just 12%", "share", "%", "[12, 12]"}, options);
        check_mention(
            {"The lake is exactly 40 kilometres across.", "exactly 40 kilometres", "length", "km", "[40, 40]"},
            options);
        // "just over" and "just under" keep their meanings.
        check_mention({"Turnout reached just over 12% this time.", "just over 12%", "share", "%", "(12, inf)"},
                      options);
        check_mention({"Turnout reached just under 12% this time.", "just under 12%", "share", "%", "[11.4, 12)"},
                      options);
    }
    auto found = factrec::scan("Exactly 25,000 marchers took part.");
    REQUIRE(found.size() == 1);
    CHECK(found[0].quantity.qualifier == factrec::qualifier::exactly);
    CHECK(to_string(factrec::qualifier::exactly) == "exactly");
}

TEST_CASE("without the word, the same figure is rounded as the policy says") {
    check_mention(
        {"Some said 25,000 marchers took part.", "25,000 marchers", "count", "count(marchers)", "[24999.5, 25000.5]"});
    check_mention(
        {"Some said 25,000 marchers took part.", "25,000 marchers", "count", "count(marchers)", "[24500, 25500]"},
        with_policy(factrec::precision_policy::mode::relative, factrec::exact_number(1, 50)));
}

TEST_CASE("parse_quantity reads an exact phrase too") {
    auto q = factrec::parse_quantity("precisely 400 missiles");
    REQUIRE(q);
    CHECK(q->value == factrec::interval::point(factrec::exact_number(400)));
    CHECK(q->qualifier == factrec::qualifier::exactly);
}

// ---- 4 and 5. Control characters and broken UTF-8 ------------------------------------------------

TEST_CASE("a NUL inside a figure ends it, and the figure is not read but reported") {
    const std::string text = "The port spent $100\0 million last year."s;
    const std::size_t nul = text.find('\0');
    auto found = factrec::scan(text);
    INFO("found: ", describe(found, text));
    CHECK_FALSE(any_mention_holds(found, factrec::exact_number(100)));
    CHECK_FALSE(any_mention_holds(found, factrec::exact_number(100'000'000)));
    REQUIRE_FALSE(found.diagnostics.empty());
    CHECK(found.diagnostics.front().offset == nul);
    CHECK(any_diagnostic_containing(found, "control character"));

    auto split = factrec::scan("The port spent $1\0,000 million last year."s);
    INFO("found: ", describe(split, "The port spent $1\0,000 million last year."s));
    CHECK(split.empty());
    CHECK_FALSE(split.diagnostics.empty());

    auto phrase = factrec::parse_quantity("$100\0 million"s);
    CHECK_FALSE(phrase);
}

TEST_CASE("tab, line feed, carriage return and form feed are spaces; every other control character breaks a figure") {
    for (int c = 0; c < 0x80; ++c) {
        if (c >= 0x20 && c != 0x7F) continue;
        const std::string text = "The port spent $100"s + static_cast<char>(c) + "million last year."s;
        CAPTURE(c);
        auto found = factrec::scan(text);
        INFO("found: ", describe(found, text));
        const bool space = c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space) {
            REQUIRE(found.size() == 1);
            CHECK(found[0].quantity.value.contains(factrec::exact_number(100'000'000)));
            CHECK(found.diagnostics.empty());
        } else {
            CHECK(found.empty());
            REQUIRE(found.diagnostics.size() == 1);
            CHECK(found.diagnostics[0].offset == text.find(static_cast<char>(c)));
        }
    }
}

// A control character put anywhere in a sentence with figures is never inside a mention, and
// a figure it touches (or that it splits) is reported, not read.
TEST_CASE("a control character anywhere is never read across") {
    const std::string base = "Officials said about $1,250.75 million, some 40% more, reached 3 000 000 people.";
    const auto clean = factrec::scan(base);
    REQUIRE(clean.size() == 3);
    for (char control : {'\0', '\x01', '\x1B', '\x7F'}) {
        for (std::size_t k = 0; k <= base.size(); ++k) {
            std::string text = base;
            text.insert(k, 1, control);
            CAPTURE(static_cast<int>(control));
            CAPTURE(k);
            auto found = factrec::scan(text);
            INFO("found: ", describe(found, text));
            for (const auto& m : found) {
                CHECK_FALSE((m.span.begin <= k && k < m.span.end));
                CHECK(m.span.end != k);
                CHECK(m.span.begin != k + 1);
            }
            // Inside or right next to a figure: that figure is not read and the byte is named.
            bool touches = std::any_of(clean.begin(), clean.end(),
                                       [&](const factrec::mention& m) { return m.span.begin <= k && k <= m.span.end; });
            if (touches) {
                CHECK(found.size() < clean.size());
                CHECK(std::any_of(found.diagnostics.begin(), found.diagnostics.end(),
                                  [&](const factrec::error& e) { return e.offset == k; }));
            }
        }
    }
}

TEST_CASE("invalid UTF-8 next to digits or signs changes no figure") {
    struct damaged {
        std::string text;
        std::string_view note;
    };
    const damaged cases[] = {
        {"Sales reached $1\xFF"
         "00 million.",
         "two pieces of one figure"},
        {"Sales reached $\xFF"
         "100 million.",
         "between the currency sign and the digits"},
        {"Sales reached -\xFF"
         "5 billion dollars.",
         "between the minus sign and the digits"},
        {"Sales reached \xC2-5 tons.", "a lead byte without its continuation before the sign"},
        {"Sales reached 5\xE2\x80 tons.", "a cut sequence after the digits"},
        {"Sales reached 5\x80"
         "00 tons.",
         "a stray continuation byte inside the digits"},
        {"Sales reached $5 bil\xFFlion.", "inside the scale word"},
        {"Sales reached 7\xEF\xBF\xBD"
         "00 tons.",
         "U+FFFD, which stands for bytes already lost"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.note);
        auto found = factrec::scan(c.text);
        INFO("found: ", describe(found, c.text));
        CHECK(found.empty());
        CHECK_FALSE(found.diagnostics.empty());
        // Both ways of finding the places to read agree.
        auto walked =
            factrec::parse::detail::scanner(c.text, {}).run(factrec::parse::detail::scanner::second_pass::walk);
        CHECK(walked.size() == found.size());
        CHECK(walked.diagnostics == found.diagnostics);
    }
    // Invalid bytes apart from a figure leave it alone.
    auto apart = factrec::scan("\xFF Sales reached $100 million in March.");
    REQUIRE(apart.size() == 1);
    CHECK(apart[0].quantity.value.contains(factrec::exact_number(100'000'000)));
}

// ---- 6. Ranges with the scale written once, signs on both ends, other dashes ------------------

TEST_CASE("a range written high end first shares its scale with both ends") {
    struct spelled {
        std::string text;
        std::string span;
        std::string_view value;
        long long plain_first_end; // the first end as read without the scale: never a figure
    };
    const spelled cases[] = {
        {"Analysts put the cost at $9 to $6 billion.", "$9 to $6 billion", "[5.5e9, 9.5e9]", 9},
        {"The deficit sits between $8 and $2 billion.", "between $8 and $2 billion", "[1.5e9, 8.5e9]", 8},
        {joined({"Cash flow swung to ", minus_sign, "$2 to ", minus_sign, "$7 billion."}),
         joined({minus_sign, "$2 to ", minus_sign, "$7 billion"}), "[-7.5e9, -1.5e9]", -2},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        check_mention({c.text, c.span, "money", "USD", c.value});
        auto found = factrec::scan(c.text);
        INFO("found: ", describe(found, c.text));
        CHECK(found.size() == 1);
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(c.plain_first_end)));
    }
    // Low end first still reads as before.
    check_mention({"Analysts put the cost at $6 to $9 billion.", "$6 to $9 billion", "money", "USD", "[5.5e9, 9.5e9]"});
}

TEST_CASE("the far end of a negative range keeps its own minus sign after a joining dash") {
    struct spelled {
        std::string text;
        std::string span;
    };
    const spelled cases[] = {
        {joined({"Cash flow swung to ", minus_sign, "$2-", minus_sign, "$7 billion."}),
         joined({minus_sign, "$2-", minus_sign, "$7 billion"})},
        {"Cash flow swung to -$2--$7 billion.", "-$2--$7 billion"},
        {joined({"Cash flow swung to ", minus_sign, "$2", en_dash, minus_sign, "$7 billion."}),
         joined({minus_sign, "$2", en_dash, minus_sign, "$7 billion"})},
    };
    for (const auto& c : cases) {
        CAPTURE(c.text);
        check_mention({c.text, c.span, "money", "USD", "[-7.5e9, -1.5e9]"});
        auto found = factrec::scan(c.text);
        INFO("found: ", describe(found, c.text));
        CHECK(found.size() == 1);
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(7'000'000'000LL)));
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(-2)));
    }
}

TEST_CASE("fullwidth and small hyphen-minus and the Unicode hyphens before a figure are minus signs") {
    struct spelled {
        std::string_view mark;
        std::string_view note;
    };
    const spelled marks[] = {{"\xEF\xBC\x8D", "fullwidth hyphen-minus"},
                             {"\xEF\xB9\xA3", "small hyphen-minus"},
                             {"\xE2\x80\x90", "hyphen"},
                             {"\xE2\x80\x91", "non-breaking hyphen"}};
    for (const auto& m : marks) {
        CAPTURE(m.note);
        const std::string words = joined({"The fund posted ", m.mark, "4 billion dollars last year."});
        check_mention({words, joined({m.mark, "4 billion dollars"}), "money", "USD", "[-4.5e9, -3.5e9]"});
        const std::string signed_money = joined({"The fund posted ", m.mark, "$4 billion last year."});
        check_mention({signed_money, joined({m.mark, "$4 billion"}), "money", "USD", "[-4.5e9, -3.5e9]"});
        auto found = factrec::scan(signed_money);
        INFO("found: ", describe(found, signed_money));
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(4'000'000'000LL)));
        // Joined to a word or digit before it, the mark is still a hyphen: "Q3‐4" is no minus.
        const std::string tally = joined({"The board voted 7", m.mark, "2 to approve."});
        auto voted = factrec::scan(tally);
        INFO("voted: ", describe(voted, tally));
        CHECK_FALSE(any_mention_holds(voted, factrec::exact_number(-2)));
    }
}

TEST_CASE("hair and punctuation spaces group digits like the thin space; the ideographic space never does") {
    for (std::string_view space : {"\xE2\x80\x8A", "\xE2\x80\x88"}) {
        const std::string text = joined({"The city paid 5", space, "000 dollars for it."});
        check_mention({text, joined({"5", space, "000 dollars"}), "money", "USD", "[4999.5, 5000.5]"});
        auto found = factrec::scan(text);
        INFO("found: ", describe(found, text));
        CHECK_FALSE(any_mention_holds(found, factrec::exact_number(5)));
    }
    // Cut apart by a space that never groups digits, neither piece is a figure: not even the "5".
    for (std::string_view space : {"\xE3\x80\x80", "\xE2\x80\x83"}) {
        const std::string cut = joined({"The city paid 5", space, "000 dollars for it."});
        auto found = factrec::scan(cut);
        INFO("found: ", describe(found, cut));
        CHECK(found.empty());
        CHECK(any_diagnostic_containing(found, "neither part is read"));
    }
}
