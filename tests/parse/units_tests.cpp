// Figures that need a unit, a currency or a reading rule of their own: Indian numbering,
// currency signs and codes on either side, SI and customary units, spoken decimals, fractions
// and "one in N", vague plurals, "one" counting a thing. Every sentence was written for this
// suite. Each case asserts the exact words read, the kind, the unit and the interval, and that
// no other mention overlaps them: a wrong value anywhere in the span fails.
#include <string>
#include <string_view>

#include "scan_support.hpp"

using factrec_test::expected_mention;

namespace {

void check_alone(const expected_mention& e) {
    factrec_test::check_mention(e);
    const auto found = factrec::scan(e.text);
    const std::size_t at = e.text.find(e.span);
    REQUIRE(at != std::string_view::npos);
    for (const auto& m : found) {
        const bool same = m.span.begin == at && m.span.end == at + e.span.size();
        const bool overlaps = m.span.begin < at + e.span.size() && at < m.span.end;
        INFO("text: ", e.text);
        INFO("found: ", factrec_test::describe(found, e.text));
        CHECK((same || !overlaps));
    }
}

void check_each_alone(const auto& cases) {
    for (const auto& c : cases) {
        CAPTURE(c.text);
        check_alone(c);
    }
}

constexpr expected_mention indian_numbering_cases[] = {
    {"Some 1.5 lakh people queued at the stadium gates.", "Some 1.5 lakh people", "count", "count(people)",
     "[142500, 157500]"},
    {"The rally drew 1.5 lakh people.", "1.5 lakh people", "count", "count(people)", "[145000, 155000]"},
    {"The bridge will cost Rs 20 crore to repair.", "Rs 20 crore", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost Rs. 20 crore to repair.", "Rs. 20 crore", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost Rs.20 crore to repair.", "Rs.20 crore", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost ₹20 crore to repair.", "₹20 crore", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost INR 20 crore to repair.", "INR 20 crore", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost 20 crore rupees to repair.", "20 crore rupees", "money", "INR", "[195e6, 205e6]"},
    {"The bridge will cost 20 crore INR to repair.", "20 crore INR", "money", "INR", "[195e6, 205e6]"},
    {"The state set aside Rs 1.2 lakh crore for roads.", "Rs 1.2 lakh crore", "money", "INR", "[1.15e12, 1.25e12]"},
    {"A farmer earns about Rs 3 lakh a year.", "about Rs 3 lakh", "money", "INR", "[285000, 315000]"},
    {"Two lakh students sat the exam.", "Two lakh students", "count", "count(students)", "[150000, 250000]"},
    {"The fund has 12 lakhs of subscribers.", "12 lakhs", "number", "1", "[1150000, 1250000]"},
    {"Tickets sold for Rs 90 each.", "Rs 90", "money", "INR", "[89.5, 90.5]"},
    {"Tickets sold for INR90 each.", "INR90", "money", "INR", "[89.5, 90.5]"},
    {"Tickets sold for 90 rupees each.", "90 rupees", "money", "INR", "[89.5, 90.5]"},
};

constexpr expected_mention currency_cases[] = {
    {"Backers put $ 40 million into the startup.", "$ 40 million", "money", "USD", "[39.5e6, 40.5e6]"},
    {"Backers put € 40 million into the startup.", "€ 40 million", "money", "EUR", "[39.5e6, 40.5e6]"},
    {"A ticket costs 15$ at the door.", "15$", "money", "USD", "[14.5, 15.5]"},
    {"A ticket costs 15 $ at the door.", "15 $", "money", "USD", "[14.5, 15.5]"},
    {"A ticket costs 30€ at the door.", "30€", "money", "EUR", "[29.5, 30.5]"},
    {"A ticket costs 30 € at the door.", "30 €", "money", "EUR", "[29.5, 30.5]"},
    {"A ticket costs €30 at the door.", "€30", "money", "EUR", "[29.5, 30.5]"},
    {"A ticket costs EUR12.50 at the door.", "EUR12.50", "money", "EUR", "[12.495, 12.505]"},
    {"A ticket costs EUR 12.50 at the door.", "EUR 12.50", "money", "EUR", "[12.495, 12.505]"},
    {"A ticket costs 12.50 EUR at the door.", "12.50 EUR", "money", "EUR", "[12.495, 12.505]"},
    {"A ticket costs USD40 at the door.", "USD40", "money", "USD", "[39.5, 40.5]"},
    {"A ticket costs 40 CHF at the door.", "40 CHF", "money", "CHF", "[39.5, 40.5]"},
    {"A stamp costs 25¢ now.", "25¢", "money", "USD", "[0.245, 0.255]"},
    {"A stamp costs 75 cents now.", "75 cents", "money", "USD", "[0.745, 0.755]"},
    {"A stamp costs one cent now.", "one cent", "money", "USD", "[0.005, 0.015]"},
    {"A stamp costs 20 pence now.", "20 pence", "money", "GBP", "[0.195, 0.205]"},
    {"A stamp costs 90 euro cents now.", "90 euro cents", "money", "EUR", "[0.895, 0.905]"},
    {"Shares closed at 212p in London.", "212p", "money", "GBP", "[2.115, 2.125]"},
    {"The club lost £3.2bn last season.", "£3.2bn", "money", "GBP", "[3.15e9, 3.25e9]"},
    {"The club lost 3.2 billion pounds sterling last season.", "3.2 billion pounds sterling", "money", "GBP",
     "[3.15e9, 3.25e9]"},
    {"A bowl of noodles is ¥500 here.", "¥500", "money", "JPY", "[499.5, 500.5]"},
    {"A bowl of noodles is 500 yen here.", "500 yen", "money", "JPY", "[499.5, 500.5]"},
    {"A bowl of noodles is 500¥ here.", "500¥", "money", "JPY", "[499.5, 500.5]"},
    {"The fine was 80 euros.", "80 euros", "money", "EUR", "[79.5, 80.5]"},
    {"The fine was 80 dollars.", "80 dollars", "money", "USD", "[79.5, 80.5]"},
};

constexpr expected_mention unit_cases[] = {
    {"The phone ships with 512GB of storage.", "512GB", "data", "GB", "[511.5, 512.5]"},
    {"The phone ships with 512 GB of storage.", "512 GB", "data", "GB", "[511.5, 512.5]"},
    {"The phone ships with 2 terabytes of storage.", "2 terabytes", "data", "TB", "[1.5, 2.5]"},
    {"Bats hear calls at 20kHz easily.", "20kHz", "frequency", "kHz", "[19.5, 20.5]"},
    {"The chip runs at 3.2 GHz.", "3.2 GHz", "frequency", "GHz", "[3.15, 3.25]"},
    {"The limit there is 80 km/h for trucks.", "80 km/h", "speed", "km/h", "[79.5, 80.5]"},
    {"The limit there is 80 kilometres per hour for trucks.", "80 kilometres per hour", "speed", "km/h",
     "[79.5, 80.5]"},
    {"The limit there is 60 mph for trucks.", "60 mph", "speed", "mph", "[59.5, 60.5]"},
    {"The limit there is 60 miles per hour for trucks.", "60 miles per hour", "speed", "mph", "[59.5, 60.5]"},
    {"Gusts reached 40 knots offshore.", "40 knots", "speed", "kn", "[39.5, 40.5]"},
    {"The town sweltered at 45 degrees Celsius.", "45 degrees Celsius", "temperature", "degC", "[44.5, 45.5]"},
    {"The town sweltered at 45°C on Monday.", "45°C", "temperature", "degC", "[44.5, 45.5]"},
    {"The town sweltered at 45 °C on Monday.", "45 °C", "temperature", "degC", "[44.5, 45.5]"},
    {"The town sweltered at 104°F on Monday.", "104°F", "temperature", "degF", "[103.5, 104.5]"},
    {"The town sweltered at 104 F on Monday.", "104 F", "temperature", "degF", "[103.5, 104.5]"},
    {"The town sweltered at 104 degrees Fahrenheit.", "104 degrees Fahrenheit", "temperature", "degF",
     "[103.5, 104.5]"},
    {"Lows fell below -5C overnight.", "below -5C", "temperature", "degC", "(-inf, -5)"},
    {"The pill holds 3 grams of salt.", "3 grams", "mass", "g", "[2.5, 3.5]"},
    {"The pill holds 1,500 milligrams of salt.", "1,500 milligrams", "mass", "mg", "[1499.5, 1500.5]"},
    {"The pill holds 500mg of salt.", "500mg", "mass", "mg", "[499.5, 500.5]"},
    {"Police seized a kilogram of heroin.", "a kilogram", "mass", "kg", "[0.5, 1.5]"},
    {"The queue stretched a mile down the road.", "a mile", "length", "mi", "[0.5, 1.5]"},
    {"The turbine makes 15 MW at full tilt.", "15 MW", "power", "MW", "[14.5, 15.5]"},
    {"The turbine makes 15 megawatts at full tilt.", "15 megawatts", "power", "MW", "[14.5, 15.5]"},
    {"Homes use 10 kWh a day on average.", "10 kWh", "energy", "kWh", "[9.5, 10.5]"},
    {"The dam yields 4 terawatt-hours a year.", "4 terawatt-hours", "energy", "TWh", "[3.5, 4.5]"},
    {"The fire burned 300 square kilometres of forest.", "300 square kilometres", "area", "km2", "[299.5, 300.5]"},
    {"The fire burned 300 km² of forest.", "300 km²", "area", "km2", "[299.5, 300.5]"},
    {"The fire burned 1,200 hectares of forest.", "1,200 hectares", "area", "ha", "[1199.5, 1200.5]"},
    {"The fire burned 5,000 acres of forest.", "5,000 acres", "area", "acre", "[4999.5, 5000.5]"},
    {"The fire burned 40 square miles of forest.", "40 square miles", "area", "sq_mi", "[39.5, 40.5]"},
    {"The tank holds 200 litres of water.", "200 litres", "volume", "l", "[199.5, 200.5]"},
    {"The tank holds 50 gallons of water.", "50 gallons", "volume", "gal", "[49.5, 50.5]"},
    {"The tank holds 750 ml of water.", "750 ml", "volume", "ml", "[749.5, 750.5]"},
    {"The wall is 30 centimetres thick.", "30 centimetres", "length", "cm", "[29.5, 30.5]"},
    {"The blade is 6 inches long.", "6 inches", "length", "in", "[5.5, 6.5]"},
    {"The probe was cooled to minus 196 degrees Celsius.", "minus 196 degrees Celsius", "temperature", "degC",
     "[-196.5, -195.5]"},
    {"The margin is plus or minus 3 percentage points.", "3 percentage points", "share", "%", "[2.5, 3.5]"},
    {"The town froze at minus 41 degrees Fahrenheit.", "minus 41 degrees Fahrenheit", "temperature", "degF",
     "[-41.5, -40.5]"},
    {"The nearest star is four point two light years away.", "four point two light years", "length", "ly",
     "[4.15, 4.25]"},
    {"Half the voters decided a week before the poll.", "a week", "duration", "week", "[0.5, 1.5]"},
    {"The ship carried food for a month.", "a month", "duration", "month", "[0.5, 1.5]"},
};

constexpr expected_mention spoken_cases[] = {
    {"The firm is valued at eight point twelve billion dollars.", "eight point twelve billion dollars", "money", "USD",
     "[8.115e9, 8.125e9]"},
    {"Sales reached one point nine billion last year.", "one point nine billion", "number", "1", "[1.85e9, 1.95e9]"},
    {"The index rose two point five percent.", "two point five percent", "share", "%", "[2.45, 2.55]"},
    {"The bill came to three point one four million euros.", "three point one four million euros", "money", "EUR",
     "[3.135e6, 3.145e6]"},
};

constexpr expected_mention fraction_cases[] = {
    {"A quarter of voters stayed home.", "A quarter", "share", "%", "[25, 25]"},
    {"Two-thirds of members backed the plan.", "Two-thirds", "share", "%", "[200/3, 200/3]"},
    {"Two thirds of members backed the plan.", "Two thirds", "share", "%", "[200/3, 200/3]"},
    {"Three-quarters of members backed the plan.", "Three-quarters", "share", "%", "[75, 75]"},
    {"One in five adults smokes.", "One in five", "share", "%", "[20, 20]"},
    {"1 in 5 adults smokes.", "1 in 5", "share", "%", "[20, 20]"},
    {"Nine out of 10 dentists agree.", "Nine out of 10", "share", "%", "[90, 90]"},
    {"One in every four homes floods.", "One in every four", "share", "%", "[25, 25]"},
    {"The budget was cut by a third.", "a third", "share", "%", "[100/3, 100/3]"},
    {"Costs rose by a fifth, the audit said.", "a fifth", "share", "%", "[20, 20]"},
    {"Half of the budget goes to schools.", "Half", "share", "%", "[50, 50]"},
    {"The staff was cut by half.", "half", "share", "%", "[50, 50]"},
    {"About a third of the ice is gone.", "About a third", "share", "%", "[95/3, 35]"},
    {"One-tenth of the herd died.", "One-tenth", "share", "%", "[10, 10]"},
    {"Thefts rose by a quarter last year.", "a quarter", "share", "%", "[25, 25]"},
    {"The firm sold less than half its stock.", "less than half", "share", "%", "[0, 50)"},
    {"The bank cut its rate by a quarter of a percentage point.", "a quarter of a percentage point", "share", "%",
     "[0.25, 0.25]"},
    {"Nearly 9 in 10 voters turned out.", "Nearly 9 in 10", "share", "%", "[85.5, 90)"},
};

constexpr expected_mention vague_cases[] = {
    {"Dozens of people were hurt.", "Dozens of people", "count", "count(people)", "[24, inf)"},
    {"Hundreds of homes lost power.", "Hundreds of homes", "count", "count(homes)", "[200, 999]"},
    {"Thousands of fans marched.", "Thousands of fans", "count", "count(fans)", "[2000, 9999]"},
    {"The scheme cost tens of millions of dollars.", "tens of millions of dollars", "money", "USD", "[10e6, 99e6]"},
    {"Tens of thousands of workers struck.", "Tens of thousands of workers", "count", "count(workers)",
     "[10000, 99000]"},
    {"Hundreds of thousands of people fled.", "Hundreds of thousands of people", "count", "count(people)",
     "[200000, 999000]"},
    {"Millions of dollars vanished.", "Millions of dollars", "money", "USD", "[2e6, 9999999]"},
    {"A deal worth hundreds of billions of dollars.", "hundreds of billions of dollars", "money", "USD",
     "[200e9, 999e9]"},
    {"Thousands of tonnes of grain rotted.", "Thousands of tonnes", "mass", "t", "[2000, 9999]"},
};

constexpr expected_mention one_cases[] = {
    {"They picked one proposal among three.", "one proposal", "count", "count(proposal)", "[0.5, 1.5]"},
    {"They picked one proposal among three.", "three", "count", "count(proposal)", "[2.5, 3.5]"},
    {"The group runs one factory in Ohio.", "one factory", "count", "count(factory)", "[0.5, 1.5]"},
    {"The group runs a single plant in Ohio.", "a single plant", "count", "count(plant)", "[0.5, 1.5]"},
    {"Only one nurse was on duty.", "one nurse", "count", "count(nurse)", "[0.5, 1.5]"},
};

} // namespace

TEST_CASE("Indian numbering: lakh, crore, Rs, ₹, INR") { check_each_alone(indian_numbering_cases); }
TEST_CASE("currency signs, codes and words on either side, cents and pence") { check_each_alone(currency_cases); }
TEST_CASE("units with prefixes and compounds, and their kinds") { check_each_alone(unit_cases); }
TEST_CASE("spoken decimals") { check_each_alone(spoken_cases); }
TEST_CASE("fractions and one in N are exact shares") { check_each_alone(fraction_cases); }
TEST_CASE("vague plurals are ranges") { check_each_alone(vague_cases); }
TEST_CASE("one counts a thing") { check_each_alone(one_cases); }

TEST_CASE("'one' in idioms is no figure") {
    for (std::string_view text :
         {"One of the pilots refused.", "No one knows the cost.", "Losses grew, according to one estimate.",
          "They helped one another.", "One day the plant closed.", "At one point the talks stalled.",
          "On the one hand, costs rose."}) {
        const auto found = factrec::scan(text);
        INFO("text: ", text, " found: ", factrec_test::describe(found, text));
        CHECK(found.empty());
    }
}

TEST_CASE("a fraction word that is an ordinal or a period is no share") {
    for (std::string_view text : {"She won a third term.", "Profits rose for three quarters.",
                                  "It was a quarter past nine.", "Half the time he was late."}) {
        const auto found = factrec::scan(text);
        INFO("text: ", text, " found: ", factrec_test::describe(found, text));
        for (const auto& m : found) CHECK(m.kind != factrec::mention_kind::share);
    }
}

TEST_CASE("'a' before a unit after a figure means per: no second figure") {
    const std::string_view text = "Rice sells for $5 a kilogram and power for 30 cents a kilowatt hour.";
    const auto found = factrec::scan(text);
    INFO("found: ", factrec_test::describe(found, text));
    REQUIRE(found.size() == 2);
    CHECK(found[0].quantity.written == "$5");
    CHECK(found[1].quantity.written == "30 cents");
}

TEST_CASE("a number or unit never takes its noun from the sentence before") {
    const std::string_view text = "It was 104 F. 3 million were without power.";
    const auto found = factrec::scan(text);
    INFO("found: ", factrec_test::describe(found, text));
    REQUIRE(found.size() == 2);
    CHECK(found[0].kind == factrec::mention_kind::temperature);
    CHECK(found[1].quantity.written == "3 million");
    CHECK(found[1].kind == factrec::mention_kind::number);
    CHECK(found[1].sentence.begin > found[0].span.end);
}

TEST_CASE("a rate after a figure or a word of frequency is no duration") {
    for (std::string_view text :
         {"They meet twice a week.", "It earns $5 billion a year.", "Drivers earn 30 dollars a day.",
          "Sales rose from a year earlier.", "The sheet loses ice a year.", "A day there lasts long."}) {
        const auto found = factrec::scan(text);
        INFO("text: ", text, " found: ", factrec_test::describe(found, text));
        for (const auto& m : found) CHECK(m.kind != factrec::mention_kind::duration);
    }
}

TEST_CASE("the far side of a tally is no share") {
    const std::string_view text = "The Yankees beat Boston 7-5 in 11 innings.";
    const auto found = factrec::scan(text);
    INFO("found: ", factrec_test::describe(found, text));
    for (const auto& m : found) CHECK(m.kind != factrec::mention_kind::share);
}

TEST_CASE("magnitude readings count nothing") {
    for (std::string_view text : {"A magnitude 7.9 quake hit Mandalay.", "A 7.9-magnitude quake hit Mandalay.",
                                  "The quake of magnitude 7.9 hit Mandalay."}) {
        const auto found = factrec::scan(text);
        INFO("text: ", text, " found: ", factrec_test::describe(found, text));
        REQUIRE(found.size() == 1);
        CHECK(found[0].kind == factrec::mention_kind::number);
        CHECK(to_string(found[0].quantity.value) == "[7.85, 7.95]");
    }
}

TEST_CASE("a sign that opens the next figure is not the unit of the one before") {
    const std::string_view text = "They printed 5 $20 bills.";
    const auto found = factrec::scan(text);
    INFO("found: ", factrec_test::describe(found, text));
    for (const auto& m : found)
        if (m.quantity.written.starts_with("5")) CHECK(m.kind != factrec::mention_kind::money);
}

TEST_CASE("units read from their symbols: exact sizes, temperatures apart") {
    using factrec::unit;
    auto km_h = unit::from_symbol("km/h");
    auto m_s = unit::from_symbol("m/s");
    REQUIRE(km_h);
    REQUIRE(m_s);
    auto factor = factrec::conversion_factor(*km_h, *m_s);
    REQUIRE(factor);
    CHECK(to_string(*factor) == "[5/18, 5/18]");
    auto gb = unit::from_symbol("GB");
    auto mb = unit::from_symbol("MB");
    REQUIRE(gb);
    REQUIRE(mb);
    CHECK(to_string(*factrec::conversion_factor(*gb, *mb)) == "[1000, 1000]");
    auto kwh = unit::from_symbol("kWh");
    auto j = unit::from_symbol("J");
    REQUIRE(kwh);
    REQUIRE(j);
    CHECK(to_string(*factrec::conversion_factor(*kwh, *j)) == "[3600000, 3600000]");
    auto c = unit::from_symbol("degC");
    auto f = unit::from_symbol("degF");
    REQUIRE(c);
    REQUIRE(f);
    CHECK(c->dimension() == factrec::dimension::temperature);
    CHECK_FALSE(factrec::conversion_factor(*c, *f));
    CHECK(factrec::conversion_factor(*c, *c));
}
