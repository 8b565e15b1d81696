// Figures the scanner misread before (issue 12's wrong values, found by an attacker's run):
// Indian digit grouping, month abbreviations inside a sentence, words after a figure that are
// no noun it counts, durations in seconds and minutes, model numbers, fiscal years, digit
// fractions, levels crossed, and ceilings with no noun. Every sentence is written for this suite.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "scan_support.hpp"

#ifndef FACTREC_SOURCE_DIR
#error "FACTREC_SOURCE_DIR must name the source directory (the build passes it)"
#endif

using factrec_test::any_diagnostic_containing;
using factrec_test::check_mention;
using factrec_test::describe;

namespace {

// The mention whose written words are exactly `span`, or null.
const factrec::mention* written(const factrec::scan_result& found, std::string_view text, std::string_view span) {
    return factrec_test::mention_covering(found, text, span);
}

bool any_negative_bound(const factrec::scan_result& found) {
    return std::any_of(found.begin(), found.end(), [](const factrec::mention& m) {
        return m.kind != factrec::mention_kind::date && !m.quantity.value.is_empty() &&
               (m.quantity.value.lower().infinite || m.quantity.value.lower().value.sign() < 0);
    });
}

// Mentions of one sentence share its span; those of later sentences start at or after its end.
void check_sentences_disjoint(std::string_view text) {
    const auto found = factrec::scan(text);
    REQUIRE(found.size() > 1);
    for (std::size_t i = 1; i < found.size(); ++i) {
        const auto& a = found[i - 1].sentence;
        const auto& b = found[i].sentence;
        INFO("sentences [", a.begin, ", ", a.end, ") and [", b.begin, ", ", b.end, ")");
        const bool same = a.begin == b.begin && a.end == b.end;
        CHECK((same || a.end <= b.begin));
        CHECK(a.begin <= b.begin);
    }
}

} // namespace

TEST_CASE("Indian digit grouping is one figure: a lead of 1 or 2 digits, groups of 2, a last group of 3") {
    check_mention(
        {"The trust raised Rs 3,00,000 for the shelter.", "Rs 3,00,000", "money", "INR", "[299999.5, 300000.5]"});
    check_mention({"Close to 2,75,000 pilgrims reached the town.", "Close to 2,75,000 pilgrims", "count",
                   "count(pilgrims)", "[261250, 275000)"});
    check_mention({"The board cleared 48,21,903 claims last year.", "48,21,903 claims", "count", "count(claims)",
                   "[4821902.5, 4821903.5]"});
    check_mention({"The port project will cost Rs 2,00,000 crore.", "Rs 2,00,000 crore", "money", "INR",
                   "[1999995000000, 2000005000000]"});
    check_mention({"A fund of 7,10,00,000 rupees was set aside.", "7,10,00,000 rupees", "money", "INR",
                   "[70999999.5, 71000000.5]"});
    check_mention({"As many as 3,20,000 voters were added.", "As many as 3,20,000 voters", "count", "count(voters)",
                   "[0, 320000]"});
}

TEST_CASE("an Indian grouping never leaves a piece read alone or a negative bound") {
    for (std::string_view text : {"The relief package was Rs 5,00,000 crore in all.",
                                  "Up to 4,50,000 homes lost power.", "Exactly 16,08,112 ballots were counted."}) {
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        CHECK(found.size() == 1);
        CHECK_FALSE(any_negative_bound(found));
    }
}

TEST_CASE("a comma grouping that is neither Western nor Indian is not read, and a diagnostic says so") {
    for (std::string_view text : {"The fund held 4,000,00 dollars.", "Inspectors found 1,23,45 faults.",
                                  "The list shows 1,00 entries.", "About 123,45,678 forms came in."}) {
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        CHECK(found.empty());
        CHECK(any_diagnostic_containing(found, "neither Western"));
    }
    // Western groups and lists of single digits read as before.
    check_mention({"The fund held 4,000,000 dollars.", "4,000,000 dollars", "money", "USD", "[3999999.5, 4000000.5]"});
    CHECK(factrec::scan(std::string_view("Rooms 1,2,3 were shut.")).diagnostics.empty());
}

TEST_CASE("a month's abbreviation before a day or a lower-case word ends no sentence") {
    for (std::string_view month : {"Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Jan.", "Sept."}) {
        const std::string text = "The fair opened on " + std::string(month) + " 14 and sold 6,200 tickets.";
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        const factrec::mention* tickets = written(found, text, "6,200 tickets");
        REQUIRE(tickets != nullptr);
        CHECK(tickets->sentence.begin == 0);
        const std::string lower = "Turnout in " + std::string(month) + " was 4,100 people.";
        const auto found2 = factrec::scan(lower);
        const factrec::mention* people = written(found2, lower, "4,100 people");
        REQUIRE(people != nullptr);
        CHECK(people->sentence.begin == 0);
    }
}

TEST_CASE("sentence spans of consecutive mentions never overlap and come in order") {
    check_sentences_disjoint("Rain fell on Aug. 3 and 2,000 homes flooded. By Sep. 9 the count was 2,400. On Jul. 21 "
                             "crews cleared 35 roads. Mar. 2 saw 14 landslides; Apr. 30 saw 9 more.");
    const std::string path = std::string(FACTREC_SOURCE_DIR) + "/tests/parse/data/scan_sample.txt";
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "missing ", path);
    std::ostringstream text;
    text << in.rdbuf();
    REQUIRE(text.str().size() > 100);
    check_sentences_disjoint(text.str());
}

TEST_CASE("a verb, a time word, a weekday or an adverb after a figure is not the noun it counts") {
    for (std::string_view text :
         {"Rescuers said 12 died in the slide.", "The tally reached 340 yesterday.", "Crews had found 55 Tuesday.",
          "The figure was 71 today.", "Only 4 remain in hospital.", "It stood at 900 late on Friday.",
          "They counted 2,100 rather than 2,500.", "Officials listed 610 instead.", "Another 8 perished overnight."}) {
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        REQUIRE(!found.empty());
        for (const auto& m : found) CHECK(m.kind == factrec::mention_kind::number);
    }
}

TEST_CASE("a bare number takes no noun from an earlier count across a verb, a time word or a range") {
    const std::string_view text = "The blast left 40 homeless. Later 12 died and 9 remain.";
    const auto found = factrec::scan(text);
    INFO(describe(found, text));
    for (std::string_view bare : {"12", "9"}) {
        const factrec::mention* m = written(found, text, bare);
        REQUIRE(m != nullptr);
        CHECK(m->kind == factrec::mention_kind::number);
    }
    const std::string_view ages = "The fund reached 14 villages. Most were aged 18-30, the survey said.";
    const auto found2 = factrec::scan(ages);
    INFO(describe(found2, ages));
    const factrec::mention* range = written(found2, ages, "18-30");
    REQUIRE(range != nullptr);
    CHECK(range->kind == factrec::mention_kind::number);
}

TEST_CASE("the injured, the wounded and the missing after a figure are the nouns counted") {
    check_mention({"The crash left 3 dead and 41 injured.", "41 injured", "count", "count(injured)", "[40.5, 41.5]"});
    check_mention({"Medics treated 27 wounded at the scene.", "27 wounded", "count", "count(wounded)", "[26.5, 27.5]"});
    check_mention({"By dawn 18 missing had been found.", "18 missing", "count", "count(missing)", "[17.5, 18.5]"});
    // The noun of "11 missing" does not pass to the injured after it.
    const std::string_view text = "There were 11 missing and 230 injured.";
    const auto found = factrec::scan(text);
    const factrec::mention* injured = written(found, text, "230 injured");
    REQUIRE(injured != nullptr);
    CHECK(to_string(injured->quantity.unit) == "count(injured)");
}

TEST_CASE("seconds, minutes and hours after a figure are durations") {
    check_mention({"The tremor lasted 38 seconds.", "38 seconds", "duration", "s", "[37.5, 38.5]"});
    check_mention({"The alarm sounded for one second.", "one second", "duration", "s", "[0.5, 1.5]"});
    check_mention({"Help arrived within 7 minutes.", "within 7 minutes", "duration", "min", "[0, 7]"});
    check_mention({"The outage lasted 1 minute.", "1 minute", "duration", "min", "[0.5, 1.5]"});
    check_mention({"The talks ran 5 hours.", "5 hours", "duration", "h", "[4.5, 5.5]"});
}

TEST_CASE("a model and its variant is no range") {
    for (std::string_view text : {"A Boeing 767-300 landed safely.", "The 777-200 jet was grounded.",
                                  "Two 737-900 planes were delayed.", "The airline flew an Airbus 320-200 aircraft."}) {
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        for (const auto& m : found) CHECK(m.quantity.value.is_empty() == false);
        CHECK(std::none_of(found.begin(), found.end(), [&](const factrec::mention& m) {
            return m.quantity.value.contains(factrec::exact_number(500)) ||
                   m.quantity.value.contains(factrec::exact_number(250));
        }));
    }
    // A range of the same shape with no model around it is still a range.
    check_mention({"Crowds of 300-400 people gathered.", "300-400 people", "count", "count(people)", "[299.5, 400.5]"});
}

TEST_CASE("a fiscal year written with two digits after the dash is no figure") {
    for (std::string_view text :
         {"The 2025-26 budget was tabled.", "Revenue in 2019-20 was flat.", "Targets for fiscal 2031/32 were cut."}) {
        const auto found = factrec::scan(text);
        INFO(text, " -> ", describe(found, text));
        CHECK(std::none_of(found.begin(), found.end(), [](const factrec::mention& m) {
            return m.kind == factrec::mention_kind::count || m.kind == factrec::mention_kind::number;
        }));
    }
    // Two years that do not follow each other stay a figure of some kind (a range of years).
    CHECK(!factrec::scan(std::string_view("Sales grew 2,024-2,031 units.")).empty());
}

TEST_CASE("a fraction in digits before 'of' is an exact share") {
    check_mention({"Turbines ran at 2/3 of their rating.", "2/3", "share", "%", "[200/3, 200/3]"});
    check_mention({"Nearly 3/5 of pupils passed.", "Nearly 3/5", "share", "%", "[57, 60)"});
    check_mention({"Output was 1/4 of the plan.", "1/4", "share", "%", "[25, 25]"});
}

TEST_CASE("fell below and rose above a figure give a level with its bound, not a change") {
    const std::string_view text = "The fund's assets fell below $2 trillion in May.";
    const auto found = factrec::scan(text);
    INFO(describe(found, text));
    const factrec::mention* m = written(found, text, "below $2 trillion");
    REQUIRE(m != nullptr);
    CHECK(m->role == factrec::figure_role::value);
    CHECK(to_string(m->quantity.value) == "[0, 2000000000000)");
    const std::string_view up = "Inflation rose above 6% in the spring.";
    const auto found2 = factrec::scan(up);
    INFO(describe(found2, up));
    const factrec::mention* m2 = written(found2, up, "above 6%");
    REQUIRE(m2 != nullptr);
    CHECK(m2->role == factrec::figure_role::value);
    CHECK(to_string(m2->quantity.value) == "(6, inf)");
    // A change by an amount keeps its role.
    const std::string_view by = "Inflation rose 6% in the spring.";
    const auto found3 = factrec::scan(by);
    REQUIRE(found3.size() == 1);
    CHECK(found3[0].role == factrec::figure_role::change);
}

TEST_CASE("as many as, up to and at most a bare number is [0, x], as the README's table says") {
    check_mention({"As many as 9 were seen.", "As many as 9", "number", "1", "[0, 9]"});
    check_mention({"Up to 250 could attend.", "Up to 250", "number", "1", "[0, 250]"});
    check_mention({"At most 30 will be chosen.", "At most 30", "number", "1", "[0, 30]"});
}
