// What a careful reader takes from changes, headline verbs, names that hold digits, scorelines,
// conversions and tables: every figure of each sentence, and nothing else. Sentences written
// for this suite.
#include <initializer_list>
#include <string>
#include <string_view>

#include "scan_support.hpp"

using factrec_test::check_nothing_read;
using factrec_test::describe;

namespace {

// One figure as it must be read: its words, kind, unit, interval, qualifier, role, direction.
struct read_as {
    std::string_view span;
    std::string_view kind;
    std::string_view unit;
    std::string_view value;
    std::string_view qualifier = "none";
    std::string_view role = "value";
    std::string_view direction = "none";
};

// The sentence gives exactly these figures, in this order.
void check_reads(std::string_view text, std::initializer_list<read_as> expected) {
    auto found = factrec::scan(text);
    INFO("text: ", text);
    INFO("found: ", describe(found, text));
    REQUIRE(found.size() == expected.size());
    std::size_t k = 0;
    for (const read_as& e : expected) {
        const factrec::mention& m = found[k++];
        CAPTURE(e.span);
        CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == e.span);
        CHECK(to_string(m.kind) == e.kind);
        CHECK(to_string(m.quantity.unit) == e.unit);
        auto value = factrec::parse_interval(e.value);
        REQUIRE(value);
        CHECK(to_string(m.quantity.value) == to_string(*value));
        CHECK(to_string(m.quantity.qualifier) == e.qualifier);
        CHECK(to_string(m.role) == e.role);
        CHECK(to_string(m.direction) == e.direction);
    }
}

} // namespace

TEST_CASE("a verb of change makes the figure after it a change, with its direction") {
    check_reads("The pound climbed 2.3% against the euro.",
                {{"2.3%", "share", "%", "[2.25, 2.35]", "up", "change", "up"}});
    check_reads("Mortgage approvals fell 6 percent in June.",
                {{"6 percent", "share", "%", "[5.5, 6.5]", "down", "change", "down"}});
    check_reads("Copper jumped 4 per cent on Friday.",
                {{"4 per cent", "share", "%", "[3.5, 4.5]", "up", "change", "up"}});
    check_reads("Bookings dropped 12% after the strike.",
                {{"12%", "share", "%", "[11.5, 12.5]", "down", "change", "down"}});
    check_reads("The rouble slid 1.8% overnight.", {{"1.8%", "share", "%", "[1.75, 1.85]", "down", "change", "down"}});
    check_reads("Exports declined 0.7% in May.", {{"0.7%", "share", "%", "[0.65, 0.75]", "down", "change", "down"}});
    check_reads("The index gained 310 points.",
                {{"310 points", "count", "count(points)", "[309.5, 310.5]", "up", "change", "up"}});
    check_reads("Wages increased 3.9% a year.", {{"3.9%", "share", "%", "[3.85, 3.95]", "up", "change", "up"}});
    check_reads("Profit surged $40 million.",
                {{"$40 million", "money", "USD", "[39.5e6, 40.5e6]", "up", "change", "up"}});
}

TEST_CASE("rose by, fell by, cut by: a change; a transitive verb alone is a value") {
    check_reads("Rents rose by 7% this year.", {{"7%", "share", "%", "[6.5, 7.5]", "up", "change", "up"}});
    check_reads("The deficit fell by $3 billion.",
                {{"$3 billion", "money", "USD", "[2.5e9, 3.5e9]", "down", "change", "down"}});
    check_reads("The council cut spending by 5%.", {{"5%", "share", "%", "[4.5, 5.5]", "down", "change", "down"}});
    check_reads("Fares were raised by 10 percent.",
                {{"10 percent", "share", "%", "[9.5, 10.5]", "up", "change", "up"}});
    check_reads("The firm cut 500 jobs.", {{"500 jobs", "count", "count(jobs)", "[499.5, 500.5]"}});
    check_reads("The charity raised $2 million.", {{"$2 million", "money", "USD", "[1.5e6, 2.5e6]"}});
    // A change with a qualifier keeps it; the direction is the mention's.
    check_reads("Sales rose more than 8% in Asia.",
                {{"more than 8%", "share", "%", "(8, inf)", "more_than", "change", "up"}});
    check_reads("Output fell by about 4%.",
                {{"about 4%", "share", "%", "[3.8, 4.2]", "approximately", "change", "down"}});
    check_reads("Output changed by -3% last quarter.",
                {{"-3%", "share", "%", "[-3.5, -2.5]", "down", "change", "down"}});
}

TEST_CASE("up X and down X are changes, unless the verb before is a phrasal one") {
    check_reads("Revenue was up 9% at $2.4 billion.", {{"9%", "share", "%", "[8.5, 9.5]", "up", "change", "up"},
                                                       {"$2.4 billion", "money", "USD", "[2.35e9, 2.45e9]"}});
    check_reads("Turnout was down 4 percent.", {{"4 percent", "share", "%", "[3.5, 4.5]", "down", "change", "down"}});
    check_reads("Shares closed up 0.6%.", {{"0.6%", "share", "%", "[0.55, 0.65]", "up", "change", "up"}});
    check_reads("Women made up 40% of the panel.", {{"40%", "share", "%", "[39.5, 40.5]"}});
    check_reads("The regulator shut down 12 plants.", {{"12 plants", "count", "count(plants)", "[11.5, 12.5]"}});
    check_reads("Crews set up 30 tents.", {{"30 tents", "count", "count(tents)", "[29.5, 30.5]"}});
}

TEST_CASE("a drop, a rise, an increase of: a change named after or before the figure") {
    check_reads("Economists expect a 1.9 percent drop in output.",
                {{"1.9 percent", "share", "%", "[1.85, 1.95]", "down", "change", "down"}});
    check_reads("The board approved a 4% rise for nurses.", {{"4%", "share", "%", "[3.5, 4.5]", "up", "change", "up"}});
    check_reads("It announced a 15% increase in fees.", {{"15%", "share", "%", "[14.5, 15.5]", "up", "change", "up"}});
    check_reads("Analysts see a $2 billion decline in orders.",
                {{"$2 billion", "money", "USD", "[1.5e9, 2.5e9]", "down", "change", "down"}});
    check_reads("Stocks ended 1.1% higher.", {{"1.1%", "share", "%", "[1.05, 1.15]", "up", "change", "up"}});
    check_reads("Stocks ended 0.8% lower.", {{"0.8%", "share", "%", "[0.75, 0.85]", "down", "change", "down"}});
    check_reads("There was an increase of 6% in claims.", {{"6%", "share", "%", "[5.5, 6.5]", "up", "change", "up"}});
    check_reads("They forecast a drop of 2.5 percent.",
                {{"2.5 percent", "share", "%", "[2.45, 2.55]", "down", "change", "down"}});
}

TEST_CASE("rose to X is the value reached; a change and its value are never a range") {
    check_reads("The death toll rose to 1,270 on Sunday.",
                {{"1,270", "number", "1", "[1269.5, 1270.5]", "none", "to", "up"}});
    check_reads("Unemployment fell to 3.8%.", {{"3.8%", "share", "%", "[3.75, 3.85]", "none", "to", "down"}});
    check_reads("The bank cut rates to 4.25%.", {{"4.25%", "share", "%", "[4.245, 4.255]", "none", "to", "down"}});
    // Never the range 3.1 to 450.
    check_reads("Its stock climbed 3.1% to $450.", {{"3.1%", "share", "%", "[3.05, 3.15]", "up", "change", "up"},
                                                    {"$450", "money", "USD", "[449.5, 450.5]", "none", "to", "up"}});
    check_reads("Profit rose by $5 million to $61 million.",
                {{"$5 million", "money", "USD", "[4.5e6, 5.5e6]", "up", "change", "up"},
                 {"$61 million", "money", "USD", "[60.5e6, 61.5e6]", "none", "to", "up"}});
    check_reads("Brent fell 2% to $81 a barrel.", {{"2%", "share", "%", "[1.5, 2.5]", "down", "change", "down"},
                                                   {"$81", "money", "USD", "[80.5, 81.5]", "none", "to", "down"}});
}

TEST_CASE("from A to B after a verb of change: where it started and where it went") {
    check_reads("Ether slid from $3,150 to $2,980 on Tuesday.",
                {{"$3,150", "money", "USD", "[3149.5, 3150.5]", "none", "from", "down"},
                 {"$2,980", "money", "USD", "[2979.5, 2980.5]", "none", "to", "down"}});
    check_reads("Support rose from 31% to 38% in a month.",
                {{"31%", "share", "%", "[30.5, 31.5]", "none", "from", "up"},
                 {"38%", "share", "%", "[37.5, 38.5]", "none", "to", "up"}});
    check_reads("The rate went from 5% to 7%.", {{"5%", "share", "%", "[4.5, 5.5]", "none", "from", "up"},
                                                 {"7%", "share", "%", "[6.5, 7.5]", "none", "to", "up"}});
    check_reads("Arrivals were up from 5,200 a week earlier.",
                {{"5,200", "number", "1", "[5199.5, 5200.5]", "none", "from", "up"}});
    // The verb of another clause says nothing of the figure.
    check_reads("Prices rose after officials from 3 agencies met.",
                {{"3 agencies", "count", "count(agencies)", "[2.5, 3.5]"}});
    // No verb of change: a range, as before.
    check_reads("Estimates ranged from 10% to 20%.", {{"from 10% to 20%", "share", "%", "[9.5, 20.5]", "range"}});
}

TEST_CASE("percentage points are a change of shares") {
    check_reads("The jobless rate dropped 0.3 percentage points.",
                {{"0.3 percentage points", "share", "%", "[0.25, 0.35]", "down", "change", "down"}});
    check_reads("Labour leads by 6 percentage points.",
                {{"6 percentage points", "share", "%", "[5.5, 6.5]", "none", "change", "none"}});
}

TEST_CASE("headline verbs: passes, topped, exceeded are more than; nears, approaching are nearly") {
    check_reads("The toll passes 2,000 as crews search.",
                {{"passes 2,000", "number", "1", "(2000, inf)", "more_than"}});
    check_reads("Cases passed 10,000 on Monday.", {{"passed 10,000", "number", "1", "(10000, inf)", "more_than"}});
    check_reads("The count has surpassed 4,500.", {{"surpassed 4,500", "number", "1", "(4500, inf)", "more_than"}});
    check_reads("Revenue tops $3 billion.", {{"tops $3 billion", "money", "USD", "(3e9, inf)", "more_than"}});
    check_reads("Sales topped $8 billion last year.",
                {{"topped $8 billion", "money", "USD", "(8e9, inf)", "more_than"}});
    check_reads("Demand exceeds 70% of supply.", {{"exceeds 70%", "share", "%", "(70, inf)", "more_than"}});
    check_reads("Losses exceeded $900 million.",
                {{"exceeded $900 million", "money", "USD", "(900e6, inf)", "more_than"}});
    check_reads("Turnout crossed 60% by noon.", {{"crossed 60%", "share", "%", "(60, inf)", "more_than"}});
    check_reads("The toll climbs past 800.", {{"climbs past 800", "number", "1", "(800, inf)", "more_than"}});
    check_reads("Donations crossed the 50,000 mark.",
                {{"crossed the 50,000", "number", "1", "(50000, inf)", "more_than"}});
    check_reads("The toll nears 600.", {{"nears 600", "number", "1", "[570, 600)", "nearly"}});
    check_reads("Attendance is approaching 90,000.",
                {{"approaching 90,000", "number", "1", "[85500, 90000)", "nearly"}});
    check_reads("The fund holds almost $2 billion.", {{"almost $2 billion", "money", "USD", "[1.9e9, 2e9)", "nearly"}});
    check_reads("It is close to 40% of output.", {{"close to 40%", "share", "%", "[38, 40)", "nearly"}});
    // A tally after "passed" is no bound, and no figure (README, "Not quantities").
    check_nothing_read("The bill passed 61-39 in the Senate.");
}

TEST_CASE("products, models, indexes, leagues, events and standards are no figures") {
    check_reads("The new iPhone 16 Pro sells for $1,099.", {{"$1,099", "money", "USD", "[1098.5, 1099.5]"}});
    check_nothing_read("She swapped her Galaxy S23 for a Pixel 8.");
    check_nothing_read("Regulators grounded the Boeing 737 Max 9 in January.");
    check_nothing_read("Support for Windows 10 ends soon.");
    check_nothing_read("The F-16 and the F-35 flew together.");
    check_reads("The S&P 500 rose 0.9%.", {{"0.9%", "share", "%", "[0.85, 0.95]", "up", "change", "up"}});
    check_reads("The FTSE 100 lost ground while the Nikkei 225 held.", {});
    check_nothing_read("Oregon left the Pac-12 for the Big Ten.");
    check_nothing_read("A Fortune 500 firm bought it.");
    check_reads("They lost a Euro 2028 qualifier at home.", {{"2028", "year", "calendar_year", "[2028, 2028]"}});
    check_nothing_read("Envoys gathered at COP29 in Baku.");
    check_nothing_read("The lab holds ISO 27001 certification.");
    check_nothing_read("Covid-19 closed the border.");
}

TEST_CASE("a trailing model number after Pro or Book, and the Nasdaq's index number, are no figures") {
    check_nothing_read("Reviewers compared the Surface Pro 10 with the Galaxy Book 4.");
    check_reads("The Nasdaq 100 slipped 1.1% on Monday.",
                {{"1.1%", "share", "%", "[1.05, 1.15]", "down", "change", "down"}});
}

TEST_CASE("shed before a figure is a fall: the change's size, down") {
    check_reads("The index shed 2.4% by the close.",
                {{"2.4%", "share", "%", "[2.35, 2.45]", "down", "change", "down"}});
}

TEST_CASE("gates, flights, routes, rates as decimals, ranks: no figures") {
    check_nothing_read("Passengers waited at Gate 22 for Flight 118.");
    check_nothing_read("The diner sits on Route 66.");
    check_nothing_read("He finished a .587 season, batting .298 in June.");
    check_nothing_read("She is ranked 4th and seeded No. 2.");
    check_nothing_read("Talks were held at No 10 Downing Street.");
}

TEST_CASE("scorelines and vote tallies are no ranges and no figures") {
    check_nothing_read("Arsenal won 2-0 at home.");
    check_nothing_read("The derby ended in a 1-1 draw.");
    check_nothing_read("Leinster beat Munster 31-17 on Saturday.");
    check_nothing_read("They lost 14-21 in overtime.");
    check_nothing_read("It was a 4-2 victory for the hosts.");
    check_nothing_read("The House voted 218-210 on the bill.");
}

TEST_CASE("dates with a month are dates, never counts") {
    check_reads("Polls close on Sept 21.", {{"Sept 21", "date", "calendar_year", "(-inf, inf)"}});
    check_reads("Polls close on Sept. 21, 2026.", {{"Sept. 21, 2026", "date", "calendar_year", "[2026, 2026]"}});
    check_reads("Polls close on 21 September.", {{"21 September", "date", "calendar_year", "(-inf, inf)"}});
    check_reads("Polls closed September 21, 2025.", {{"September 21, 2025", "date", "calendar_year", "[2025, 2025]"}});
}

TEST_CASE("a magnitude is a plain number that counts nothing") {
    check_reads("A magnitude 6.4 quake shook Izmir.", {{"6.4", "number", "1", "[6.35, 6.45]"}});
    check_reads("A 6.4 magnitude quake shook Izmir.", {{"6.4", "number", "1", "[6.35, 6.45]"}});
}

TEST_CASE("a figure in brackets after another of its kind converts it") {
    const std::string_view text = "The pipeline runs 120 kilometres (75 miles) to the coast.";
    auto found = factrec::scan(text);
    INFO("found: ", describe(found, text));
    REQUIRE(found.size() == 2);
    CHECK(to_string(found[1].quantity.value) == "[74.5, 75.5]");
    CHECK_FALSE(found[0].converts.has_value());
    REQUIRE(found[1].converts.has_value());
    CHECK(*found[1].converts == found[0].span);

    const std::string_view money = "The bid was $2.2 billion (£1.7 billion) in cash.";
    auto priced = factrec::scan(money);
    INFO("found: ", describe(priced, money));
    REQUIRE(priced.size() == 2);
    CHECK(to_string(priced[1].quantity.unit) == "GBP");
    REQUIRE(priced[1].converts.has_value());
    CHECK(*priced[1].converts == priced[0].span);

    // A figure of another kind in brackets converts nothing; nor does one in the same unit.
    for (std::string_view other : {"The loan was $4 million (12% of revenue).", "It weighed 40 tonnes (40 tonnes)."}) {
        auto read = factrec::scan(other);
        INFO("text: ", other, " found: ", describe(read, other));
        REQUIRE(read.size() == 2);
        CHECK_FALSE(read[1].converts.has_value());
    }
}

// A signed cell is the figure as written: in a column of differences ("Points difference")
// it is no change the row says happened.
TEST_CASE("a table of one figure a line: two figures with the row's label, never a range") {
    const std::string_view text = "Results\nGreens\n87\n+52\nLiberals\n140\n-61\n";
    auto found = factrec::scan(text);
    INFO("found: ", describe(found, text));
    REQUIRE(found.size() == 4);
    auto label = [&](const factrec::mention& m) { return text.substr(m.row_label.begin, m.row_label.size()); };
    CHECK(to_string(found[0].quantity.value) == "[86.5, 87.5]");
    CHECK(label(found[0]) == "Greens");
    CHECK(to_string(found[0].role) == "value");
    CHECK(to_string(found[1].quantity.value) == "[51.5, 52.5]");
    CHECK(label(found[1]) == "Greens");
    CHECK(to_string(found[1].role) == "value");
    CHECK(to_string(found[1].quantity.qualifier) == "none");
    CHECK(to_string(found[2].quantity.value) == "[139.5, 140.5]");
    CHECK(label(found[2]) == "Liberals");
    CHECK(to_string(found[3].quantity.value) == "[-61.5, -60.5]");
    CHECK(label(found[3]) == "Liberals");
    CHECK(to_string(found[3].role) == "value");

    // In running text a figure has no row label.
    auto prose = factrec::scan("The Greens won 87 seats.");
    REQUIRE(prose.size() == 1);
    CHECK(prose[0].row_label.size() == 0);
}

TEST_CASE("over before a span of time is the span; for over, at over, took over are bounds") {
    check_reads("The city will hire 400 nurses over three years.",
                {{"400 nurses", "count", "count(nurses)", "[399.5, 400.5]"},
                 {"three years", "duration", "year", "[2.5, 3.5]"}});
    check_reads("He was jailed for over 10 years.", {{"over 10 years", "duration", "year", "(10, inf)", "more_than"}});
    check_reads("The repairs took over 6 months.", {{"over 6 months", "duration", "month", "(6, inf)", "more_than"}});
}

TEST_CASE("the change words reach a verb before its object, and read what follows a change") {
    check_reads("Cameras cut crashes on the ring road by 18 percent.",
                {{"18 percent", "share", "%", "[17.5, 18.5]", "down", "change", "down"}});
    check_reads("Rents rose by an average of 6.5% last year.",
                {{"6.5%", "share", "%", "[6.45, 6.55]", "up", "change", "up"}});
    check_reads("Bond yields are expected to rise by between 2% and 4%.",
                {{"between 2% and 4%", "share", "%", "[1.5, 4.5]", "range", "change", "up"}});
    check_reads("The index slid 250 points, or 0.9%, to 27,400.",
                {{"250 points", "count", "count(points)", "[249.5, 250.5]", "down", "change", "down"},
                 {"0.9%", "share", "%", "[0.85, 0.95]", "down", "change", "down"},
                 {"27,400", "number", "1", "[27399.5, 27400.5]", "none", "to", "down"}});
    check_reads("The fee will rise to $9.49 from $7.99 in May.",
                {{"$9.49", "money", "USD", "[9.485, 9.495]", "none", "to", "up"},
                 {"$7.99", "money", "USD", "[7.985, 7.995]", "none", "from", "up"}});
    check_reads("The plan trims the number of agencies from 31 to 22.",
                {{"31", "number", "1", "[30.5, 31.5]", "none", "from", "down"},
                 {"22", "number", "1", "[21.5, 22.5]", "none", "to", "down"}});
    check_reads("The new screen is 15% brighter.", {{"15%", "share", "%", "[14.5, 15.5]", "up", "change", "up"}});
    check_reads("Snowfall was 30% below normal.", {{"30%", "share", "%", "[29.5, 30.5]", "down", "change", "down"}});
    // What was lost is a value: "lost 40 containers", "lost $300 million".
    check_reads("The Greens lost 11 seats.", {{"11 seats", "count", "count(seats)", "[10.5, 11.5]"}});
    check_reads("The airline lost $300 million.", {{"$300 million", "money", "USD", "[299.5e6, 300.5e6]"}});
    check_reads("The climber fell 40 metres.", {{"40 metres", "length", "m", "[39.5, 40.5]"}});
    check_reads("The council will borrow an extra £6 million.",
                {{"£6 million", "money", "GBP", "[5.5e6, 6.5e6]", "up", "change", "up"}});
}

TEST_CASE("a headline verb with a count of the things it acts on, and top as an adjective") {
    check_reads("The race route passes 14 churches.", {{"14 churches", "count", "count(churches)", "[13.5, 14.5]"}});
    check_reads("The House passed the $900 billion relief bill.",
                {{"$900 billion", "money", "USD", "[899.5e9, 900.5e9]"}});
    check_reads("Subscriptions top 40 million.", {{"top 40 million", "number", "1", "(40e6, inf)", "more_than"}});
    check_reads("Podcast listeners top 40 million listeners.",
                {{"top 40 million listeners", "count", "count(listeners)", "(40e6, inf)", "more_than"}});
    check_reads("The top 5 banks lent more.", {{"5 banks", "count", "count(banks)", "[4.5, 5.5]"}});
    check_reads("Flood claims surpass 20,000 in a week.",
                {{"surpass 20,000", "number", "1", "(20000, inf)", "more_than"}});
    check_reads("Fees are capped at $40.", {{"capped at $40", "money", "USD", "[0, 40]", "at_most"}});
}

TEST_CASE("names with numbers: a Group of 20, out of 10, a street, a record") {
    check_nothing_read("Leaders of the Group of 20 met in Rio.");
    check_reads("Critics rated it 8.5 out of 10.", {{"8.5", "number", "1", "[8.45, 8.55]"}});
    check_nothing_read("The office is at 14 Quay Street.");
    check_nothing_read("The Bulls, who finished 58-24, host the opener.");
    check_nothing_read("A 3-2 aggregate win sent them through.");
}

TEST_CASE("lost before a share or index points is a fall; before a count or money, what was lost") {
    check_reads("The Nikkei lost 3.4% on Thursday.",
                {{"3.4%", "share", "%", "[3.35, 3.45]", "down", "change", "down"}});
    check_reads("The index lost 280 points by noon.",
                {{"280 points", "count", "count(points)", "[279.5, 280.5]", "down", "change", "down"}});
    check_reads("The insurer loses 0.6% in early trade.",
                {{"0.6%", "share", "%", "[0.55, 0.65]", "down", "change", "down"}});
    check_reads("The ship lost 52 containers in the storm.",
                {{"52 containers", "count", "count(containers)", "[51.5, 52.5]"}});
    check_reads("The airline lost $310 million last year.",
                {{"$310 million", "money", "USD", "[309500000, 310500000]"}});
}

TEST_CASE("a level that rises by a length is a change; a climb of a length is a distance") {
    check_reads("The lake has risen 2 metres since March.",
                {{"2 metres", "length", "m", "[1.5, 2.5]", "up", "change", "up"}});
    check_reads("Floodwater rose 40 centimetres overnight.",
                {{"40 centimetres", "length", "cm", "[39.5, 40.5]", "up", "change", "up"}});
    check_reads("The team climbed 3,100 metres in two days.",
                {{"3,100 metres", "length", "m", "[3099.5, 3100.5]"}, {"two days", "duration", "d", "[1.5, 2.5]"}});
}

TEST_CASE("a noun between a figure and rise, increase or cut still names the change") {
    check_reads("Nurses were offered a 4.5% wage increase.",
                {{"4.5%", "share", "%", "[4.45, 4.55]", "up", "change", "up"}});
    check_reads("The plan includes a $3 billion tax cut.",
                {{"$3 billion", "money", "USD", "[2.5e9, 3.5e9]", "down", "change", "down"}});
    // A comparative takes no noun before it, and a word that ends the noun phrase stops the look.
    check_reads("Staff got 3% pay more often.", {{"3%", "share", "%", "[2.5, 3.5]"}});
    check_reads("About 30% of rents rise each year.", {{"About 30%", "share", "%", "[28.5, 31.5]", "approximately"}});
}

TEST_CASE("up or down before by, or by an average of, is a change; a phrasal verb's up is not") {
    check_reads("Premiums will go up by 7% next year.", {{"7%", "share", "%", "[6.5, 7.5]", "up", "change", "up"}});
    check_reads("Rents are set to come down by an average of 2.5%.",
                {{"2.5%", "share", "%", "[2.45, 2.55]", "down", "change", "down"}});
    check_reads("The claim was backed up by 40 witnesses.",
                {{"40 witnesses", "count", "count(witnesses)", "[39.5, 40.5]"}});
}

TEST_CASE("warmer, hotter, colder, cooler after a temperature make it a change") {
    check_reads("Last month was 0.9C warmer than normal.",
                {{"0.9C", "temperature", "degC", "[0.85, 0.95]", "up", "change", "up"}});
    check_reads("Nights will be 4C colder by Friday.",
                {{"4C", "temperature", "degC", "[3.5, 4.5]", "down", "change", "down"}});
    check_reads("Highs will reach 31C on Sunday.", {{"31C", "temperature", "degC", "[30.5, 31.5]"}});
}

TEST_CASE("past before a level is more than; past after the, over or half is a time") {
    check_reads("The rupee slid past 84 to the dollar.", {{"past 84", "number", "1", "(84, inf)", "more_than"}});
    check_reads("Prices doubled over the past 10 years.", {{"10 years", "duration", "year", "[9.5, 10.5]"}});
    check_reads("The shop opens at half past 9.", {{"9", "number", "1", "[8.5, 9.5]"}});
}
