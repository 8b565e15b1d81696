// Classes of figures a careful reader reads otherwise than the scanner did (issue 12, the
// held-out set's failures): each class in several spellings, with sentences that must and must
// not read that way. Every sentence is written for this suite.
#include <string_view>

#include "scan_support.hpp"

using factrec_test::check_mention;
using factrec_test::check_not_a_quantity;
using factrec_test::check_nothing_read;
using factrec_test::describe;

namespace {

// The one mention whose written words are exactly `span`; fails the test when there is none.
const factrec::mention& only(const factrec::scan_result& found, std::string_view text, std::string_view span) {
    const factrec::mention* m = factrec_test::mention_covering(found, text, span);
    INFO("text: ", text, " -> ", describe(found, text));
    REQUIRE_MESSAGE(m != nullptr, "no mention spans '", span, "'");
    return *m;
}

} // namespace

TEST_CASE("telephone numbers, extensions, rooms, suites, flights and routes are names, not amounts") {
    for (std::string_view text :
         {"Readers can call the desk at 555-0134 before noon.", "The office is reachable on (202) 555-0188 today.",
          "Callers abroad should ring +44 20 7946 0958 instead.", "Dial 020 7946 0958 for the box office.",
          "The ward's number is 0161 496 0732, the trust said.", "Staff can reach the nurse on extension 4417.",
          "Press officers answer on ext. 2290 only.", "The hearing moved to Room 214 of the annex.",
          "The hearing moved to room 31 upstairs.", "The firm now leases Suite 1200 downtown.",
          "Passengers on flight 212 were held on the tarmac.", "Bus route 38 was suspended.",
          "A tanker overturned on Highway 101.", "Commuters crowded Platform 9 at dawn.",
          "Orders go to 1-800-555-0199 or the website."})
        check_nothing_read(text);
    // A count of rooms, and figures beside a name, are still read.
    check_mention(
        {"The new tower adds 214 rooms to the resort.", "214 rooms", "count", "count(rooms)", "[213.5, 214.5]"});
    check_mention({"Route 66 was closed for 12 hours.", "12 hours", "duration", "h", "[11.5, 12.5]"});
    check_mention({"The campaign, reachable at (202) 555-0188, logged 1,200 complaints.", "1,200 complaints", "count",
                   "count(complaints)", "[1199.5, 1200.5]"});
    // A leading zero only makes a code of whole digits: "0.5" is an amount.
    check_mention({"The index rose 0.5% on the day.", "0.5%", "share", "%", "[0.45, 0.55]"});
    // A range of four-digit numbers is still a range where no telephone word is before it.
    check_mention(
        {"The plant will hire 300-1200 workers.", "300-1200 workers", "count", "count(workers)", "[299.5, 1200.5]"});
}

TEST_CASE("a win-loss record or a vote tally is two counts side by side, never a range or a figure alone") {
    for (std::string_view text :
         {"The Rangers closed the season with a 61-40 record.", "After a slow start the club went 12-5.",
          "The justices struck the law down in a 6-3 ruling.", "The chamber passed the measure by a 52-48 vote.",
          "The board approved the merger on a 7-2 vote.", "The committee split 5-4 on the budget.",
          "The Hornets are 18-7 at home and 9-14 on the road.", "The panel ruled 2-1 that the search was lawful.",
          "The bill passed 97-1 after midnight.", "The council voted 9-4 to ban the stoves."})
        check_nothing_read(text);
    // Ranges, low end first, with a noun or unit: still ranges.
    check_mention({"Analysts expect the bank to close 12-15 branches.", "12-15 branches", "count", "count(branches)",
                   "[11.5, 15.5]"});
    check_mention({"Economists see growth of 2-3% next year.", "2-3%", "share", "%", "[1.5, 3.5]"});
    check_mention({"The repairs will cost $5-10 million.", "$5-10 million", "money", "USD", "[4.5e6, 10.5e6]"});
    // A count near a tally is read.
    check_mention({"The club went 12-5 over its last 17 games.", "17 games", "count", "count(games)", "[16.5, 17.5]"});
}

TEST_CASE("a model's name is no quantity, with or without its maker before it") {
    for (std::string_view text :
         {"The carrier took delivery of its first 787-9 in March.", "The 737 Max returned to service.",
          "Boeing said 737 Max deliveries would resume.", "A 787 Dreamliner was parked at the gate.",
          "The camera shoots 8K video.", "Reviewers liked the 4K screen.", "The ATR 42 and the F-16 were on display.",
          "Carriers switched on 5G last week.", "The PS5 sold out again.", "Windows 11 was released."})
        check_nothing_read(text);
    check_mention(
        {"Its A320neo fleet will grow to 72 aircraft.", "72 aircraft", "count", "count(aircraft)", "[71.5, 72.5]"});
    check_mention({"Retailers sold 1.2 million PS5 consoles.", "1.2 million", "number", "1", "[1.15e6, 1.25e6]"});
    // "Two ATR 72 turboprops": two, and no 72 of anything.
    const std::string_view text = "Two ATR 72 turboprops serve the island.";
    const auto found = factrec::scan(text);
    INFO(describe(found, text));
    CHECK(found.size() == 1);
    CHECK(factrec_test::mention_covering(found, text, "72 turboprops") == nullptr);
    // "4K" after a currency sign is still four thousand, and capitals of a place are no maker.
    check_mention({"The ticket cost $4K in the end.", "$4K", "money", "USD", "[3500, 4500]"});
    check_mention({"The trial's 95% CI 1.21 to 1.80 was wide.", "1.21 to 1.80", "number", "1", "[1.205, 1.805]"});
}

TEST_CASE("a battery's charge is a kind of its own, in mAh or Ah, attached or spaced, in symbols or words") {
    check_mention({"The phone packs a 5,000mAh battery.", "5,000mAh", "charge", "mAh", "[4999.5, 5000.5]"});
    check_mention({"Its 4,500 mAh cell lasts a day.", "4,500 mAh", "charge", "mAh", "[4499.5, 4500.5]"});
    check_mention({"Each 100Ah module weighs 29 kilograms.", "100Ah", "charge", "Ah", "[99.5, 100.5]"});
    check_mention({"A 2.5 Ah pack replaced it.", "2.5 Ah", "charge", "Ah", "[2.45, 2.55]"});
    check_mention(
        {"The bank holds 20,000 milliamp-hours.", "20,000 milliamp-hours", "charge", "mAh", "[19999.5, 20000.5]"});
    check_mention({"The cells store 280 amp-hours each.", "280 amp-hours", "charge", "Ah", "[279.5, 280.5]"});
    // Ah and mAh are one dimension, which converts exactly (1 Ah is 1,000 mAh) and into no other.
    const auto ah = factrec::unit::from_symbol("Ah");
    const auto mah = factrec::unit::from_symbol("mAh");
    const auto kwh = factrec::unit::from_symbol("kWh");
    REQUIRE(ah);
    REQUIRE(mah);
    REQUIRE(kwh);
    CHECK(ah->dimension() == factrec::dimension::charge);
    const auto factor = factrec::conversion_factor(*ah, *mah);
    REQUIRE(factor);
    CHECK(to_string(*factor) == "[1000, 1000]");
    CHECK_FALSE(commensurable(*ah, *kwh));
    CHECK_FALSE(factrec::conversion_factor(*mah, *kwh));
}

TEST_CASE("'a decade', 'half a century', 'a fortnight' are spans; 'twice' is two times") {
    check_mention({"The dam took a decade to build.", "a decade", "duration", "year", "[10, 10]"});
    check_mention({"The treaty has held for half a century.", "half a century", "duration", "year", "[50, 50]"});
    check_mention(
        {"It was the worst flood in more than a century.", "more than a century", "duration", "year", "(100, inf)"});
    check_mention({"Wages stalled for nearly a decade.", "nearly a decade", "duration", "year", "[9.5, 10)"});
    check_mention({"Talks stalled for a fortnight.", "a fortnight", "duration", "week", "[2, 2]"});
    check_mention({"Rates fell to 11%, from 20% a decade earlier.", "a decade", "duration", "year", "[10, 10]"});
    check_mention({"The fight lasted two decades.", "two decades", "duration", "decade", "[1.5, 2.5]"});
    // The span of a plan: "over" is no bound here, as with "over five years".
    check_mention({"The plan cuts $4 trillion over a decade.", "a decade", "duration", "year", "[10, 10]"});
    // A time and a rate are no span.
    check_not_a_quantity("Up from 38,000 a decade ago.", "a decade", "none");
    check_not_a_quantity("Seas warmed 0.2C a decade since then.", "a decade", "none");
    check_mention({"Rents here are twice the national average.", "twice", "count", "count(times)", "[1.5, 2.5]"});
    check_mention({"Imports grew more than twice as fast.", "more than twice", "count", "count(times)", "(2, inf)"});
    check_mention(
        {"The ferry carried about twice its capacity.", "about twice", "count", "count(times)", "[1.9, 2.1]"});
    check_not_a_quantity("Take 500 milligrams twice a day.", "twice", "none");
}

TEST_CASE("a qualifier before the scale's name qualifies the reading") {
    check_mention(
        {"Aftershocks of up to magnitude 5.4 shook the coast.", "up to magnitude 5.4", "number", "1", "[0, 5.4]"});
    check_mention(
        {"A quake of as much as magnitude 6.8 is possible.", "as much as magnitude 6.8", "number", "1", "[0, 6.8]"});
    check_mention({"Tremors below magnitude 3 are rarely felt.", "below magnitude 3", "number", "1", "(-inf, 3)"});
    check_mention(
        {"The island was hit by a quake of nearly magnitude 7.", "nearly magnitude 7", "number", "1", "[6.65, 7)"});
    // No qualifier: the reading alone, as before.
    check_mention({"A magnitude 6.1 quake hit at dawn.", "6.1", "number", "1", "[6.05, 6.15]"});
}

TEST_CASE("'doubled', 'tripled', 'halved' and 'cut by half' are changes by a multiple, in percent") {
    struct change_case {
        std::string_view text, span, value;
        factrec::change_direction direction;
    };
    const change_case cases[] = {
        {"Exports to the region doubled last year.", "doubled", "[100, 100]", factrec::change_direction::up},
        {"Solar capacity has tripled since 2019.", "tripled", "[200, 200]", factrec::change_direction::up},
        {"The price of eggs quadrupled.", "quadrupled", "[300, 300]", factrec::change_direction::up},
        {"The miner halved its dividend.", "halved", "[50, 50]", factrec::change_direction::down},
        {"The agency cut its forecast by half.", "half", "[50, 50]", factrec::change_direction::down},
        {"Costs rose by a third last year.", "a third", "[100/3, 100/3]", factrec::change_direction::up},
        {"Waiting lists have more than doubled.", "more than doubled", "(100, inf)", factrec::change_direction::up},
    };
    for (const auto& c : cases) {
        const auto found = factrec::scan(c.text);
        const factrec::mention& m = only(found, c.text, c.span);
        INFO(c.text);
        CHECK(m.kind == factrec::mention_kind::share);
        CHECK(m.role == factrec::figure_role::change);
        CHECK(m.direction == c.direction);
        CHECK(to_string(m.quantity.value) == to_string(*factrec::parse_interval(c.value)));
    }
    // The level reached is the figure; a phrasal verb is no change.
    const std::string_view reached = "Cases doubled to 860 in the week.";
    const auto found = factrec::scan(reached);
    INFO(describe(found, reached));
    CHECK(found.size() == 1);
    CHECK(factrec_test::mention_covering(found, reached, "doubled") == nullptr);
    check_nothing_read("The minister doubled down on the plan.");
    check_nothing_read("The school hall doubled as a shelter.");
}

TEST_CASE("a number joined to a noun by a hyphen is the thing's size; joined to a unit, a measure") {
    check_mention({"The three-bedroom flat sold quickly.", "three-bedroom", "count", "count(bedroom)", "[2.5, 3.5]"});
    check_mention({"A five-member panel will review it.", "five-member", "count", "count(member)", "[4.5, 5.5]"});
    check_mention({"He joins a 23-man squad.", "23-man", "count", "count(man)", "[22.5, 23.5]"});
    check_mention({"The state sold a 10-year bond.", "10-year", "duration", "year", "[9.5, 10.5]"});
    check_mention({"The firm got a 30-day deadline.", "30-day", "duration", "d", "[29.5, 30.5]"});
    // A plural compound counts itself, not its first number; an idiom is no count.
    check_mention({"He made five three-pointers in the half.", "five three-pointers", "count", "count(three-pointers)",
                   "[4.5, 5.5]"});
    check_not_a_quantity("It was a one-time payment.", "one-time", "none");
}
