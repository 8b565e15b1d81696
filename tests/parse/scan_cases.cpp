#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "scan_support.hpp"

using factrec_test::check_mention;
using factrec_test::check_not_a_quantity;
using factrec_test::expected_mention;

namespace {

// Written for this suite; the figures are those the seed articles carry.
constexpr expected_mention money_cases[] = {
    {"Investors had pledged $490 billion by Friday.", "$490 billion", "money", "USD", "[489.5e9, 490.5e9]"},
    {"Tokyo is inching toward a target of $550 billion.", "$550 billion", "money", "USD", "[549.5e9, 550.5e9]"},
    {"The missile order is valued at $1.6 billion.", "$1.6 billion", "money", "USD", "[1.55e9, 1.65e9]"},
    {"She unveiled a $550-billion package for American projects.", "$550-billion", "money", "USD",
     "[549.5e9, 550.5e9]"},
    {"An earlier framework set aside ~US $550 billion for factories.", "~US $550 billion", "money", "USD",
     "[522.5e9, 577.5e9]"},
    {"The bank lent US$4.7 billion to the port.", "US$4.7 billion", "money", "USD", "[4.65e9, 4.75e9]"},
    {"The fund holds USD 200 million in bonds.", "USD 200 million", "money", "USD", "[199.5e6, 200.5e6]"},
    {"Tickets cost 200 dollars each.", "200 dollars", "money", "USD", "[199.5, 200.5]"},
    {"Quarterly sales hit $1.6B in May.", "$1.6B", "money", "USD", "[1.55e9, 1.65e9]"},
    {"Quarterly sales hit $1.6 bn in May.", "$1.6 bn", "money", "USD", "[1.55e9, 1.65e9]"},
    {"Quarterly sales hit $1.6bn in May.", "$1.6bn", "money", "USD", "[1.55e9, 1.65e9]"},
    {"A loan of $5m was signed.", "$5m", "money", "USD", "[4.5e6, 5.5e6]"},
    {"A grant of $10k arrived.", "$10k", "money", "USD", "[9500, 10500]"},
    {"The budget line was ¥5 billion.", "¥5 billion", "money", "JPY", "[4.5e9, 5.5e9]"},
    {"The shrine cost 5 billion yen to rebuild.", "5 billion yen", "money", "JPY", "[4.5e9, 5.5e9]"},
    {"The fine was €300 million.", "€300 million", "money", "EUR", "[299.5e6, 300.5e6]"},
    {"Lunch was 12 euros.", "12 euros", "money", "EUR", "[11.5, 12.5]"},
    {"The club paid £45 million for him.", "£45 million", "money", "GBP", "[44.5e6, 45.5e6]"},
    {"The book sold for 45 pounds.", "45 pounds", "money", "GBP", "[44.5, 45.5]"},
    {"They spent EUR 2 billion on rail.", "EUR 2 billion", "money", "EUR", "[1.5e9, 2.5e9]"},
    {"A JPY 40 trillion budget passed.", "JPY 40 trillion", "money", "JPY", "[39.5e12, 40.5e12]"},
    {"The stimulus tab was $2 trillion.", "$2 trillion", "money", "USD", "[1.5e12, 2.5e12]"},
    {"Some $600 million goes to ports and waterways.", "Some $600 million", "money", "USD", "[570e6, 630e6]"},
    {"A further $600 million goes to ports and waterways.", "$600 million", "money", "USD", "[599.5e6, 600.5e6]"},
    {"The grit plant gets $500 million.", "$500 million", "money", "USD", "[499.5e6, 500.5e6]"},
    {"The battery plant gets $350 million.", "$350 million", "money", "USD", "[349.5e6, 350.5e6]"},
    {"The smelter gets $2 billion.", "$2 billion", "money", "USD", "[1.5e9, 2.5e9]"},
    {"Another $100 billion is for a reactor project.", "$100 billion", "money", "USD", "[99.5e9, 100.5e9]"},
    {"Each one costs about $4 million.", "about $4 million", "money", "USD", "[3.8e6, 4.2e6]"},
    {"The price was $19.99 at launch.", "$19.99", "money", "USD", "[19.985, 19.995]"},
    {"Ottawa signed a C$3 billion contract.", "C$3 billion", "money", "CAD", "[2.5e9, 3.5e9]"},
    {"Canberra paid A$2 million.", "A$2 million", "money", "AUD", "[1.5e6, 2.5e6]"},
    {"The tower was a HK$8 billion deal.", "HK$8 billion", "money", "HKD", "[7.5e9, 8.5e9]"},
    {"Fees came to $1,250,000 in all.", "$1,250,000", "money", "USD", "[1249999.5, 1250000.5]"},
    {"They set aside $0.5 billion.", "$0.5 billion", "money", "USD", "[0.45e9, 0.55e9]"},
    {"It was half a billion dollars.", "half a billion dollars", "money", "USD", "[0.45e9, 0.55e9]"},
    {"He won a million dollars.", "a million dollars", "money", "USD", "[0.5e6, 1.5e6]"},
    {"Analysts see $3 to $5 billion in losses.", "$3 to $5 billion", "money", "USD", "[2.5e9, 5.5e9]"},
    {"Analysts see $5-10 billion in losses.", "$5-10 billion", "money", "USD", "[4.5e9, 10.5e9]"},
    {"Analysts see $5–10 billion in losses.", "$5–10 billion", "money", "USD", "[4.5e9, 10.5e9]"},
    {"Analysts see $5 billion to $10 billion in losses.", "$5 billion to $10 billion", "money", "USD",
     "[4.5e9, 10.5e9]"},
    {"It will cost between $2 billion and $3 billion.", "between $2 billion and $3 billion", "money", "USD",
     "[1.5e9, 3.5e9]"},
    {"Bids ranged from $1 billion to $2 billion.", "from $1 billion to $2 billion", "money", "USD", "[0.5e9, 2.5e9]"},
    {"It is a $20 billion-plus market.", "$20 billion-plus", "money", "USD", "[20e9, inf)"},
    {"They expect $5 billion or more next year.", "$5 billion or more", "money", "USD", "[5e9, inf)"},
    {"Seats cost $40 and above at the door.", "$40 and above", "money", "USD", "[40, inf)"},
    {"Fines of 300 euros and over were handed out.", "300 euros and over", "money", "EUR", "[300, inf)"},
    {"Bonds yielding 6% or higher were sold first.", "6% or higher", "share", "%", "[6, inf)"},
    // "and over" that a figure follows starts a new clause: the first figure keeps its upper end.
    {"The fund raised $40 million and over 300 donors joined.", "$40 million", "money", "USD", "[39.5e6, 40.5e6]"},
    {"The pledge is US $550 billion.", "US $550 billion", "money", "USD", "[549.5e9, 550.5e9]"},
    {"The yuan loan was 3 billion yuan.", "3 billion yuan", "money", "CNY", "[2.5e9, 3.5e9]"},
    {"A fee of 40 USD applies.", "40 USD", "money", "USD", "[39.5, 40.5]"},
    {"Toyota has put in over $10 billion, he said.", "over $10 billion", "money", "USD", "(10e9, inf)"},
    {"Companies eye up to $400 billion in projects.", "up to $400 billion", "money", "USD", "[0, 400e9]"},
    {"Up to $332 billion goes to energy infrastructure.", "Up to $332 billion", "money", "USD", "[0, 332e9]"},
    {"Up to $25 billion is for grid equipment.", "Up to $25 billion", "money", "USD", "[0, 25e9]"},
    {"Up to $20 billion is for cooling systems.", "Up to $20 billion", "money", "USD", "[0, 20e9]"},
    {"Up to $30 billion is for data-centre power.", "Up to $30 billion", "money", "USD", "[0, 30e9]"},
    {"Up to $15 billion is for capacitors.", "Up to $15 billion", "money", "USD", "[0, 15e9]"},
    {"Up to $3 billion is for a fertilizer plant.", "Up to $3 billion", "money", "USD", "[0, 3e9]"},
    {"The total fell by $5 billion.", "$5 billion", "money", "USD", "[4.5e9, 5.5e9]"},
    {"It lost $2.25 million.", "$2.25 million", "money", "USD", "[2.245e6, 2.255e6]"},
    {"The firm earned $7 in profit per share.", "$7", "money", "USD", "[6.5, 7.5]"},
    {"It was worth nearly $1 trillion.", "nearly $1 trillion", "money", "USD", "[0.95e12, 1e12)"},
    {"Funding reached $3.5 billion, the ministry said.", "$3.5 billion", "money", "USD", "[3.45e9, 3.55e9]"},
    {"The deal is worth $12.5bn.", "$12.5bn", "money", "USD", "[12.45e9, 12.55e9]"},
    {"The deal is worth $12.5 mln.", "$12.5 mln", "money", "USD", "[12.45e6, 12.55e6]"},
    {"Debt stood at $1.2 tn.", "$1.2 tn", "money", "USD", "[1.15e12, 1.25e12]"},
    {"Debt stood at $1.2T.", "$1.2T", "money", "USD", "[1.15e12, 1.25e12]"},
    {"Revenue was $40M.", "$40M", "money", "USD", "[39.5e6, 40.5e6]"},
    {"The award was 2.5 million dollars.", "2.5 million dollars", "money", "USD", "[2.45e6, 2.55e6]"},
    {"Costs ran to 10 thousand dollars.", "10 thousand dollars", "money", "USD", "[9.5e3, 10.5e3]"},
    {"They owe 3 million U.S. dollars.", "3 million U.S. dollars", "money", "USD", "[2.5e6, 3.5e6]"},
};

constexpr expected_mention share_cases[] = {
    {"China refines more than 90% of the world's supply.", "more than 90%", "share", "%", "(90, inf)"},
    {"China holds 90% of processing capacity.", "90%", "share", "%", "[89.5, 90.5]"},
    {"America mines around 12% of the ore.", "around 12%", "share", "%", "[11.4, 12.6]"},
    {"Myanmar mines about 8% of it.", "about 8%", "share", "%", "[7.6, 8.4]"},
    {"China mines approximately 70% of the total.", "approximately 70%", "share", "%", "[66.5, 73.5]"},
    {"She wants to spend two percent of GDP on defence.", "two percent", "share", "%", "[1.5, 2.5]"},
    {"Inflation was 15 per cent in March.", "15 per cent", "share", "%", "[14.5, 15.5]"},
    {"A 15% tariff now applies.", "15%", "share", "%", "[14.5, 15.5]"},
    {"Growth slowed to 4.5 percent.", "4.5 percent", "share", "%", "[4.45, 4.55]"},
    {"Rates rose 0.25 percentage points.", "0.25 percentage points", "share", "%", "[0.245, 0.255]"},
    {"Turnout was 90 % in the north.", "90 %", "share", "%", "[89.5, 90.5]"},
    {"Reliance fell from 90% to 60% in a decade.", "90%", "share", "%", "[89.5, 90.5]"},
    {"Reliance fell from 90% to 60% in a decade.", "60%", "share", "%", "[59.5, 60.5]"},
    {"Shares ranged from 10% to 20% across firms.", "from 10% to 20%", "share", "%", "[9.5, 20.5]"},
    {"Support rose from 10% to 20% this year.", "10%", "share", "%", "[9.5, 10.5]"},
    {"Support rose from 10% to 20% this year.", "20%", "share", "%", "[19.5, 20.5]"},
    {"Margins sit between 5% and 7%.", "between 5% and 7%", "share", "%", "[4.5, 7.5]"},
    {"Margins sit at 5-7% for most.", "5-7%", "share", "%", "[4.5, 7.5]"},
    {"Margins sit at 5 to 7 percent for most.", "5 to 7 percent", "share", "%", "[4.5, 7.5]"},
    {"Output changed by -3% last quarter.", "-3%", "share", "%", "[-3.5, -2.5]"},
    {"Nearly 50% voted.", "Nearly 50%", "share", "%", "[47.5, 50)"},
    {"Less than 1% of the budget went there.", "Less than 1%", "share", "%", "[0, 1)"},
    {"Up to 40% of flights were cut.", "Up to 40%", "share", "%", "[0, 40]"},
    {"At least 30% of homes lost power.", "At least 30%", "share", "%", "[30, inf)"},
    {"No more than 25% may be foreign-owned.", "No more than 25%", "share", "%", "[0, 25]"},
    {"It is 12.75% of output.", "12.75%", "share", "%", "[12.745, 12.755]"},
    {"A tariff reduction to 15% applies.", "15%", "share", "%", "[14.5, 15.5]"},
    {"Some 3 pct of loans soured.", "Some 3 pct", "share", "%", "[2.85, 3.15]"},
    {"Fully one hundred percent agreed.", "one hundred percent", "share", "%", "[50, 150]"},
    {"Only seventy-five percent replied.", "seventy-five percent", "share", "%", "[74.5, 75.5]"},
};

constexpr expected_mention count_cases[] = {
    {"There are 50,000 U.S. troops stationed in the country.", "50,000 U.S. troops", "count", "count(troops)",
     "[49999.5, 50000.5]"},
    {"Japan will receive some 400 long-range Tomahawk cruise missiles from Washington.",
     "some 400 long-range Tomahawk cruise missiles", "count", "count(missiles)", "[380, 420]"},
    {"Officials say 17 citizens were taken.", "17 citizens", "count", "count(citizens)", "[16.5, 17.5]"},
    {"Tokyo will send 250 cherry trees to the capital.", "250 cherry trees", "count", "count(trees)", "[249.5, 250.5]"},
    {"Officials say seventeen citizens were taken.", "seventeen citizens", "count", "count(citizens)", "[16.5, 17.5]"},
    {"They planted two hundred fifty trees.", "two hundred fifty trees", "count", "count(trees)", "[249.5, 250.5]"},
    {"A dozen reporters waited outside.", "A dozen reporters", "count", "count(reporters)", "[11.5, 12.5]"},
    {"TWO HUNDRED troops arrived.", "TWO HUNDRED troops", "count", "count(troops)", "[150, 250]"},
    {"Seventeen citizens were taken.", "Seventeen citizens", "count", "count(citizens)", "[16.5, 17.5]"},
    {"One And A Half million barrels were shipped.", "One And A Half million barrels", "volume", "bbl",
     "[1.45e6, 1.55e6]"},
    {"The hall has three chandeliers hanging from gold chains.", "three chandeliers", "count", "count(chandeliers)",
     "[2.5, 3.5]"},
    {"The plant employs 5,000 workers.", "5,000 workers", "count", "count(workers)", "[4999.5, 5000.5]"},
    {"The city has 1.2 million people.", "1.2 million people", "count", "count(people)", "[1.15e6, 1.25e6]"},
    {"The fleet has twenty-one ships.", "twenty-one ships", "count", "count(ships)", "[20.5, 21.5]"},
    {"She released ninety-nine balloons.", "ninety-nine balloons", "count", "count(balloons)", "[98.5, 99.5]"},
    {"They sent two hundred soldiers.", "two hundred soldiers", "count", "count(soldiers)", "[150, 250]"},
    {"They moved half a million people.", "half a million people", "count", "count(people)", "[0.45e6, 0.55e6]"},
    {"It ordered 400 missiles.", "400 missiles", "count", "count(missiles)", "[399.5, 400.5]"},
    {"It deployed 2,000 troops.", "2,000 troops", "count", "count(troops)", "[1999.5, 2000.5]"},
    {"It deployed 1500 troops.", "1500 troops", "count", "count(troops)", "[1499.5, 1500.5]"},
    {"Japan maintains that 17 citizens were taken, five of whom came home in 2002.", "five", "count", "count(citizens)",
     "[4.5, 5.5]"},
    {"Japan lists 17 citizens as taken. North Korea says eight are dead and four others never arrived.", "eight",
     "count", "count(citizens)", "[7.5, 8.5]"},
    {"Japan lists 17 citizens as taken. North Korea says eight are dead and four others never arrived.", "four others",
     "count", "count(citizens)", "[3.5, 4.5]"},
    {"The two leaders shook hands.", "two leaders", "count", "count(leaders)", "[1.5, 2.5]"},
    {"The world's two largest economies met.", "two largest economies", "count", "count(economies)", "[1.5, 2.5]"},
    {"Some 1,200 delegates attended.", "Some 1,200 delegates", "count", "count(delegates)", "[1140, 1260]"},
    {"More than 300 flights were cancelled.", "More than 300 flights", "count", "count(flights)", "(300, inf)"},
    {"At least 12 people died.", "At least 12 people", "count", "count(people)", "[12, inf)"},
    {"Fewer than 40 students passed.", "Fewer than 40 students", "count", "count(students)", "[0, 40)"},
    {"Between 30 and 40 boats sank.", "Between 30 and 40 boats", "count", "count(boats)", "[29.5, 40.5]"},
    {"From 300 to 400 homes flooded.", "From 300 to 400 homes", "count", "count(homes)", "[299.5, 400.5]"},
    {"They hired 30-40 engineers.", "30-40 engineers", "count", "count(engineers)", "[29.5, 40.5]"},
    {"It has 12 new reactors.", "12 new reactors", "count", "count(reactors)", "[11.5, 12.5]"},
    {"Nine small modular reactors are planned.", "Nine small modular reactors", "count", "count(reactors)",
     "[8.5, 9.5]"},
    {"There were 3.5 million visitors.", "3.5 million visitors", "count", "count(visitors)", "[3.45e6, 3.55e6]"},
    {"It bought 10k licences.", "10k licences", "count", "count(licences)", "[9.5e3, 10.5e3]"},
    {"About 60 vessels docked.", "About 60 vessels", "count", "count(vessels)", "[57, 63]"},
    {"The union has 40,000-plus members.", "40,000-plus members", "count", "count(members)", "[40000, inf)"},
    {"The union has 40,000+ members.", "40,000+ members", "count", "count(members)", "[40000, inf)"},
    {"Eleven firms signed on.", "Eleven firms", "count", "count(firms)", "[10.5, 11.5]"},
    {"Thirteen envoys arrived.", "Thirteen envoys", "count", "count(envoys)", "[12.5, 13.5]"},
    {"Fourteen towns voted.", "Fourteen towns", "count", "count(towns)", "[13.5, 14.5]"},
    {"Twenty companies joined.", "Twenty companies", "count", "count(companies)", "[19.5, 20.5]"},
    {"Sixty-four teams qualified.", "Sixty-four teams", "count", "count(teams)", "[63.5, 64.5]"},
    {"Eighty-eight keys make a piano.", "Eighty-eight keys", "count", "count(keys)", "[87.5, 88.5]"},
    {"He signed six executive orders.", "six executive orders", "count", "count(orders)", "[5.5, 6.5]"},
    {"They built seven new plants.", "seven new plants", "count", "count(plants)", "[6.5, 7.5]"},
    {"Officials counted nineteen boats.", "nineteen boats", "count", "count(boats)", "[18.5, 19.5]"},
    {"It owns three hundred and five stores.", "three hundred and five stores", "count", "count(stores)",
     "[304.5, 305.5]"},
    {"A hundred protesters gathered.", "A hundred protesters", "count", "count(protesters)", "[50, 150]"},
    {"It flew 12 sorties.", "12 sorties", "count", "count(sorties)", "[11.5, 12.5]"},
    {"It has 1,000,000 subscribers.", "1,000,000 subscribers", "count", "count(subscribers)", "[999999.5, 1000000.5]"},
    {"It has 2 million subscribers.", "2 million subscribers", "count", "count(subscribers)", "[1.5e6, 2.5e6]"},
};

constexpr expected_mention physical_cases[] = {
    {"The deposit lies 18,000 feet deep.", "18,000 feet", "length", "ft", "[17999.5, 18000.5]"},
    {"It holds 160 million to 230 million tons of ore.", "160 million to 230 million tons", "mass", "ton",
     "[159.5e6, 230.5e6]"},
    {"It weighs 3 tonnes.", "3 tonnes", "mass", "t", "[2.5, 3.5]"},
    {"It shipped 40 metric tons of rice.", "40 metric tons", "mass", "t", "[39.5, 40.5]"},
    {"It shipped 12 short tons of coal.", "12 short tons", "mass", "short_ton", "[11.5, 12.5]"},
    {"It shipped 7 long tons of coal.", "7 long tons", "mass", "long_ton", "[6.5, 7.5]"},
    {"The bag holds 25 kilograms.", "25 kilograms", "mass", "kg", "[24.5, 25.5]"},
    {"The bag holds 25kg.", "25kg", "mass", "kg", "[24.5, 25.5]"},
    {"The bag holds 25 kg of flour.", "25 kg", "mass", "kg", "[24.5, 25.5]"},
    {"The tower is 300 metres tall.", "300 metres", "length", "m", "[299.5, 300.5]"},
    {"The tower is 300 meters tall.", "300 meters", "length", "m", "[299.5, 300.5]"},
    {"The tower is 300m tall.", "300m", "length", "m", "[299.5, 300.5]"},
    {"The route is 42 kilometres long.", "42 kilometres", "length", "km", "[41.5, 42.5]"},
    {"The route is 42 km long.", "42 km", "length", "km", "[41.5, 42.5]"},
    {"The route is 42km long.", "42km", "length", "km", "[41.5, 42.5]"},
    {"A marathon is 26.2 miles.", "26.2 miles", "length", "mi", "[26.15, 26.25]"},
    {"The bridge is one mile long.", "one mile", "length", "mi", "[0.5, 1.5]"},
    {"Output hit 2 million barrels a day.", "2 million barrels", "volume", "bbl", "[1.5e6, 2.5e6]"},
    {"The peak rises 5,000 feet.", "5,000 feet", "length", "ft", "[4999.5, 5000.5]"},
    {"He is 6 ft tall.", "6 ft", "length", "ft", "[5.5, 6.5]"},
    {"It weighs 10 lbs.", "10 lbs", "mass", "lb", "[9.5, 10.5]"},
    {"The trench is nearly 11 kilometers deep.", "nearly 11 kilometers", "length", "km", "[10.45, 11)"},
    {"The field is about 200 miles offshore.", "about 200 miles", "length", "mi", "[190, 210]"},
    {"Reserves are 1.5 billion barrels.", "1.5 billion barrels", "volume", "bbl", "[1.45e9, 1.55e9]"},
    {"The storage holds 300 litres.", "300 litres", "volume", "l", "[299.5, 300.5]"},
    {"The cable runs 6,000 nautical miles.", "6,000 nautical miles", "length", "nmi", "[5999.5, 6000.5]"},
    {"It weighs 2 tons.", "2 tons", "mass", "ton", "[1.5, 2.5]"},
    {"It weighs one and a half tons.", "one and a half tons", "mass", "ton", "[1.45, 1.55]"},
};

constexpr expected_mention duration_cases[] = {
    {"Within 13 years the share had fallen.", "Within 13 years", "duration", "year", "[0, 13]"},
    {"Support should flow within six months.", "within six months", "duration", "month", "[0, 6]"},
    {"The plan took 13 years.", "13 years", "duration", "year", "[12.5, 13.5]"},
    {"The review lasts six months.", "six months", "duration", "month", "[5.5, 6.5]"},
    {"It was a 13-year effort.", "13-year", "duration", "year", "[12.5, 13.5]"},
    {"It ordered a six-month review.", "six-month", "duration", "month", "[5.5, 6.5]"},
    {"Talks lasted three weeks.", "three weeks", "duration", "week", "[2.5, 3.5]"},
    {"The ban runs 90 days.", "90 days", "duration", "d", "[89.5, 90.5]"},
    {"The vote took 48 hours.", "48 hours", "duration", "h", "[47.5, 48.5]"},
    {"The flight takes 30 minutes.", "30 minutes", "duration", "min", "[29.5, 30.5]"},
    {"It lasted one year.", "one year", "duration", "year", "[0.5, 1.5]"},
    {"It lasted more than two decades and 5 years more.", "5 years", "duration", "year", "[4.5, 5.5]"},
    {"The lease runs up to 99 years.", "up to 99 years", "duration", "year", "[0, 99]"},
    {"Construction could take 5 to 7 years.", "5 to 7 years", "duration", "year", "[4.5, 7.5]"},
    {"It took about 10 days.", "about 10 days", "duration", "d", "[9.5, 10.5]"},
    {"It took almost two years.", "almost two years", "duration", "year", "[1.9, 2)"},
    {"He served 4 months.", "4 months", "duration", "month", "[3.5, 4.5]"},
    {"It was a 30-day window.", "30-day", "duration", "d", "[29.5, 30.5]"},
    {"It took one and a half years.", "one and a half years", "duration", "year", "[1.45, 1.55]"},
    {"The trip lasts 2.5 hours.", "2.5 hours", "duration", "h", "[2.45, 2.55]"},
};

constexpr expected_mention year_and_date_cases[] = {
    {"Test mining is due in 2026.", "2026", "year", "calendar_year", "[2026, 2026]"},
    {"In 2010, exports stopped.", "2010", "year", "calendar_year", "[2010, 2010]"},
    {"It recalled the 2011 earthquake.", "2011", "year", "calendar_year", "[2011, 2011]"},
    {"Extraction should start by 2027.", "2027", "year", "calendar_year", "[2027, 2027]"},
    {"Prices have doubled since 1998.", "1998", "year", "calendar_year", "[1998, 1998]"},
    {"They were taken during the 1970s.", "1970s", "year", "calendar_year", "[1970, 1979]"},
    {"Output grew over 2010-2015.", "2010-2015", "year", "calendar_year", "[2010, 2015]"},
    {"The deposit was found in 2018 off an island.", "2018", "year", "calendar_year", "[2018, 2018]"},
    {"Five returned in 2002.", "2002", "year", "calendar_year", "[2002, 2002]"},
    {"The 2011 Fukushima disaster changed policy.", "2011", "year", "calendar_year", "[2011, 2011]"},
    {"The leaders met on October 28, 2025 in Tokyo.", "October 28, 2025", "date", "calendar_year", "[2025, 2025]"},
    {"Posted 2025-10-29 at noon.", "2025-10-29", "date", "calendar_year", "[2025, 2025]"},
    {"He leaves on Wednesday (October 29) for Seoul.", "October 29", "date", "calendar_year", "(-inf, inf)"},
    {"Signed on 28 October 2025 in Tokyo.", "28 October 2025", "date", "calendar_year", "[2025, 2025]"},
    {"An earlier deal came in July 2025.", "July 2025", "date", "calendar_year", "[2025, 2025]"},
    {"Filed 10/29/2025 by the clerk.", "10/29/2025", "date", "calendar_year", "[2025, 2025]"},
    {"Due Oct. 28 at the latest.", "Oct. 28", "date", "calendar_year", "(-inf, inf)"},
    {"Shipments stopped in September 2010.", "September 2010", "date", "calendar_year", "[2010, 2010]"},
    {"It began on March 3.", "March 3", "date", "calendar_year", "(-inf, inf)"},
    {"It ended in 1945 after years of war.", "1945", "year", "calendar_year", "[1945, 1945]"},
};

constexpr expected_mention number_cases[] = {
    {"The final score was 42.", "42", "number", "1", "[41.5, 42.5]"},
    {"The ratio was -2.5 in May.", "-2.5", "number", "1", "[-2.55, -2.45]"},
    {"The index stood at 3,456.78 on close.", "3,456.78", "number", "1", "[3456.775, 3456.785]"},
    {"The rating is 7.", "7", "number", "1", "[6.5, 7.5]"},
    {"A value of 2e9 was printed.", "2e9", "number", "1", "[1.5e9, 2.5e9]"},
    {"A value of 2E9 was printed.", "2E9", "number", "1", "[1.5e9, 2.5e9]"},
    {"The index reached 12,000.", "12,000", "number", "1", "[11999.5, 12000.5]"},
    {"It grew to nearly 900.", "nearly 900", "number", "1", "[855, 900)"},
    {"The count was over 70.", "over 70", "number", "1", "(70, inf)"},
    {"Temperatures fell to −5 on Monday.", "−5", "number", "1", "[-5.5, -4.5]"},
    {"It scored 0.5.", "0.5", "number", "1", "[0.45, 0.55]"},
};

void check_all(const auto& cases) {
    for (const auto& c : cases) {
        CAPTURE(c.text);
        check_mention(c);
    }
}

} // namespace

TEST_CASE("money: currencies before and after, scales, ranges") { check_all(money_cases); }
TEST_CASE("shares: %, percent, per cent, ranges and changes") { check_all(share_cases); }
TEST_CASE("counts: the noun counted, words, anaphora") { check_all(count_cases); }
TEST_CASE("physical units: mass, length, volume") { check_all(physical_cases); }
TEST_CASE("durations are not counts") { check_all(duration_cases); }
TEST_CASE("years and dates are not counts") { check_all(year_and_date_cases); }
TEST_CASE("plain numbers") { check_all(number_cases); }

namespace {

struct qualifier_row {
    std::string_view words;
    std::string_view name;
};

// Every qualifier against every kind of figure; the expected interval follows the README table.
constexpr qualifier_row qualifier_rows[] = {
    {"about", "approximately"},   {"around", "approximately"},   {"approximately", "approximately"},
    {"roughly", "approximately"}, {"some", "approximately"},     {"close to", "nearly"},
    {"more than", "more_than"},   {"over", "more_than"},         {"above", "more_than"},
    {"exceeding", "more_than"},   {"in excess of", "more_than"}, {"upwards of", "more_than"},
    {"well over", "more_than"},   {"just over", "more_than"},    {"at least", "at_least"},
    {"no less than", "at_least"}, {"a minimum of", "at_least"},  {"up to", "up_to"},
    {"as much as", "up_to"},      {"as many as", "up_to"},       {"at most", "at_most"},
    {"no more than", "at_most"},  {"a maximum of", "at_most"},   {"less than", "less_than"},
    {"under", "less_than"},       {"below", "less_than"},        {"fewer than", "less_than"},
    {"nearly", "nearly"},         {"almost", "nearly"},          {"just under", "nearly"},
};

struct figure_row {
    std::string_view words;
    std::string_view kind;
    std::string_view unit;
    std::string_view value; // exact, as a decimal
};

constexpr figure_row figure_rows[] = {
    {"$490 billion", "money", "USD", "490e9"},
    {"90%", "share", "%", "90"},
    {"50,000 troops", "count", "count(troops)", "50000"},
    {"13 years", "duration", "year", "13"},
    {"18,000 feet", "length", "ft", "18000"},
    {"400 missiles", "count", "count(missiles)", "400"},
    {"$1.6 billion", "money", "USD", "1.6e9"},
    {"two percent", "share", "%", "2"},
    {"230 million tons", "mass", "ton", "230e6"},
};

factrec::interval expected_for(std::string_view qualifier, const factrec::exact_number& x) {
    using factrec::interval;
    factrec::exact_number t(1, 20);
    if (qualifier == "approximately") return interval::closed(x * (1 - t), x * (1 + t));
    if (qualifier == "more_than") return interval::greater_than(x);
    if (qualifier == "at_least") return interval::at_least(x);
    if (qualifier == "up_to" || qualifier == "at_most") return interval::closed(0, x);
    if (qualifier == "less_than") return interval::right_open(0, x);
    return interval::right_open(x * (1 - t), x); // nearly
}

} // namespace

TEST_CASE("every qualifier with every kind of figure") {
    std::size_t checked = 0;
    for (const auto& q : qualifier_rows) {
        for (const auto& f : figure_rows) {
            std::string phrase = std::string(q.words) + " " + std::string(f.words);
            std::string text = "Officials put it at " + phrase + " in total.";
            CAPTURE(text);
            auto found = factrec::scan(text);
            const factrec::mention* m = factrec_test::mention_covering(found, text, phrase);
            REQUIRE_MESSAGE(m != nullptr, factrec_test::describe(found, text));
            CHECK(to_string(m->kind) == f.kind);
            CHECK(to_string(m->quantity.unit) == f.unit);
            CHECK(to_string(m->quantity.qualifier) == q.name);
            CHECK(to_string(m->quantity.value) ==
                  to_string(expected_for(q.name, factrec::parse_exact_number(f.value).value())));
            ++checked;
        }
    }
    MESSAGE(checked, " qualifier cases");
}

TEST_CASE("not quantities: codes, labels, ordinals, clock times, phones, versions") {
    check_not_a_quantity("Trump arrived in a Ford F-150 pickup.", "F-150");
    check_not_a_quantity("It flies F-35 stealth jets.", "F-35");
    check_not_a_quantity("Japan likes the AP1000 reactors.", "AP1000");
    check_not_a_quantity("Power comes from ENTRA1 Energy.", "ENTRA1");
    check_not_a_quantity("We used to be No. 1 at making ships.", "1");
    check_not_a_quantity("They talked about World Series Game 3.", "3");
    check_not_a_quantity("Markets 2025-10-29 10:30", "10:30");
    check_not_a_quantity("Markets 2025-10-29 10:30", "2025-10-29");
    check_not_a_quantity("The COVID-19 pandemic hit trade.", "COVID-19");
    check_not_a_quantity("It marks the 250th anniversary.", "250th");
    check_not_a_quantity("She is the first woman to lead.", "first");
    check_not_a_quantity("Call 555-123-4567 for details.", "555-123-4567");
    check_not_a_quantity("Call (202) 456-1111 for details.", "202");
    check_not_a_quantity("Call +1 202 456 1111 for details.", "202");
    check_not_a_quantity("Update to version 1.2.3 today.", "1.2.3");
    check_not_a_quantity("It runs iOS 17.0.1 now.", "17.0.1");
    check_not_a_quantity("Meet in Room 101 later.", "101");
    check_not_a_quantity("Section 232 tariffs remain.", "232");
    check_not_a_quantity("Flight 370 vanished.", "370");
    check_not_a_quantity("The G7 summit opened.", "7");
    check_not_a_quantity("A 3D printer made it.", "3D");
    check_not_a_quantity("5G networks are spreading.", "5G");
    check_not_a_quantity("The talks start at 10am.", "10am");
    check_not_a_quantity("The talks start at 10 a.m. sharp.", "10");
    check_not_a_quantity("Stir in 1/2 cup of the batch.", "1/2"); // "1/2 of the batch" is a share
    check_not_a_quantity("Apollo 11 landed.", "11");
    check_not_a_quantity("It is the #1 seller.", "1");
    check_not_a_quantity("B-52 bombers flew over.", "52");
    check_not_a_quantity("One of the aides left.", "One");
    check_not_a_quantity("No one came.", "one");
    check_not_a_quantity("The score was 3:2 at half time.", "3:2");
    check_not_a_quantity("Read Chapter 11 first.", "11");
    check_not_a_quantity("It won the 2nd prize.", "2nd");
    check_not_a_quantity("It is the 21st century.", "21st");
    check_not_a_quantity("The MH17 inquiry closed.", "17");
    check_not_a_quantity("She drove a Model 3 home.", "3");
    check_not_a_quantity("Article 9 bans war.", "9");
    check_not_a_quantity("They met at 7:45 pm.", "7:45");
    check_not_a_quantity("Sign up at example.com/page2 now.", "2");
}

// "$10-5 billion": a reader sees one figure, the span between 5 and 10 billion written high
// end first, so a descending pair of digits joined by a bare dash is one range when it carries
// a currency, a unit or a scale. A bare tally ("voted 52-48") and a scoreline ("won 3-1") are
// no figures (change_tests.cpp, careful_reader_tests.cpp).
TEST_CASE("a descending dashed range with a currency, unit or scale is one range") {
    check_mention({"Analysts see $10-5 billion in losses.", "$10-5 billion", "money", "USD", "[4.5e9, 10.5e9]"});
    check_mention({"Analysts see $10-$5 billion in losses.", "$10-$5 billion", "money", "USD", "[4.5e9, 10.5e9]"});
    check_mention({"Margins sit at 7-5% for most.", "7-5%", "share", "%", "[4.5, 7.5]"});
    check_mention(
        {"The field holds 12-10 million barrels.", "12-10 million barrels", "volume", "bbl", "[9.5e6, 12.5e6]"});
}

TEST_CASE("a tally is neither a range nor a negative number") {
    check_not_a_quantity("The Senate voted 52-48 on Tuesday.", "52-48", "none");
    check_not_a_quantity("The home side won 3-1.", "3-1", "none");
}

// "the two" stands for things the article has already named; it states no quantity. A number
// in words right after "the", "these" or "those" with no noun of its own is not reported;
// with a noun it is a count as before.
TEST_CASE("an anaphoric 'the two' is no figure") {
    check_not_a_quantity("Tensions between the two are easing, officials said.", "two");
    check_not_a_quantity("The two met in the State Guest House.", "two");
    check_not_a_quantity("Both sides, and the three of them, agreed.", "three");
    check_not_a_quantity("Those two said nothing.", "two");
    check_mention(
        {"Talks between the two governments resumed.", "two governments", "count", "count(governments)", "[1.5, 2.5]"});
}

// "one hundred and one hundred" is two hundreds, not 101 with "hundred" as the thing counted;
// "hundred" and "dozen" after a figure scale it.
TEST_CASE("'one hundred and one hundred' is two figures, and no scale word is a noun") {
    std::string_view text = "They sent one hundred and one hundred more came later.";
    auto found = factrec::scan(text);
    INFO("found: ", factrec_test::describe(found, text));
    REQUIRE(found.size() == 2);
    for (const auto& m : found) {
        CHECK(text.substr(m.span.begin, m.span.end - m.span.begin) == "one hundred");
        CHECK(to_string(m.quantity.unit) == "1");
        CHECK(to_string(m.quantity.value) == "[50, 150]");
    }
    CHECK_FALSE(factrec::parse_quantity("one hundred and one hundred"));
    for (std::string_view phrase : {"one hundred hundred", "two hundred and two hundred",
                                    "one hundred and five hundred", "seven million hundreds"}) {
        auto again = factrec::scan(phrase);
        INFO("phrase: ", phrase, " found: ", factrec_test::describe(again, phrase));
        for (const auto& m : again) CHECK(to_string(m.quantity.unit).find("count(") == std::string::npos);
    }
    check_mention({"The plant has 5 hundred workers.", "5 hundred workers", "count", "count(workers)", "[450, 550]"});
    check_mention({"She bought two dozen eggs.", "two dozen eggs", "count", "count(eggs)", "[18, 30]"});
    check_mention(
        {"It cost one and a half hundred dollars.", "one and a half hundred dollars", "money", "USD", "[145, 155]"});
}

namespace {

std::string repeated(std::string_view piece, std::size_t times) {
    std::string out;
    out.reserve(piece.size() * times);
    for (std::size_t i = 0; i < times; ++i) out += piece;
    return out;
}

} // namespace

// Absurd input is an error value or a plain reading, never a hang: every case here took
// minutes, or would with a quadratic step, before the limits on digits, decimal places and
// exponents and before each figure stopped measuring the whole token after it.
TEST_CASE("pathological input is an error, and quick") {
    struct pathological {
        std::string_view name;
        std::string text;
        std::string_view error; // what parse_quantity says; empty when the input reads
    };
    const pathological cases[] = {
        {"huge exponent", "1e999999999 billion", "exponent is larger than 64"},
        {"a million digits", std::string(1'000'000, '7'), "more than 64 significant digits"},
        {"a million zeros after the point", "0." + std::string(1'000'000, '0') + "1%", "more than 64 decimal places"},
        {"a million digits in groups", "1" + repeated(",000", 250'000), "more than 64 significant digits"},
        {"deep nesting", repeated("(", 200'000) + "5%" + repeated(")", 200'000), "unexpected words before the figure"},
        {"a figure in every token", repeated("1,", 200'000), "unexpected text after the figure"},
        {"a long run of hundreds", repeated("one hundred and ", 50'000), "unexpected text after the figure"},
    };
    for (const auto& c : cases) {
        CAPTURE(c.name);
        // A slow path shows as the suite's ctest timeout, not as a timed assertion here.
        auto found = factrec::scan(c.text);
        auto phrase = factrec::parse_quantity(c.text);
        REQUIRE_FALSE(phrase);
        CHECK(phrase.error().message.find(c.error) != std::string::npos);
        CHECK(std::all_of(found.begin(), found.end(),
                          [&](const factrec::mention& m) { return m.span.end <= c.text.size(); }));
    }
    CHECK(factrec::scan("It cost 1e999999999 billion dollars.").empty());
    CHECK_FALSE(factrec::scan(std::string(1'000'000, '7')).diagnostics.empty());
}

namespace {

bool same_scan(const factrec::scan_result& a, const factrec::scan_result& b) {
    if (a.size() != b.size() || !(a.diagnostics == b.diagnostics)) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto &x = a[i], &y = b[i];
        if (!(x.span == y.span) || !(x.sentence == y.sentence) || x.kind != y.kind || x.speaker != y.speaker ||
            !(x.quantity.value == y.quantity.value) || !(x.quantity.unit == y.quantity.unit) ||
            x.quantity.written != y.quantity.written || x.quantity.qualifier != y.quantity.qualifier)
            return false;
    }
    return true;
}

} // namespace

// The scanner reads at the places its first pass listed instead of walking the text again;
// on text where that could go out of step (figures inside figures' tokens, resumption in the
// middle of words and digit runs) both must give the same mentions.
TEST_CASE("reading from the listed places equals walking the text again") {
    constexpr std::string_view pieces[] = {
        "$",          "US$",     "€",        "1",       "5",         "17",      "90",
        "400",        "1,000",   "50,000",   "1.6",     "2026",      "10:30",   "555-123-4567",
        "1.2.3",      "F-150",   "AP1000",   "one",     "two",       "five",    "seventeen",
        "twenty-one", "hundred", "thousand", "billion", "bn",        "m",       "a",
        "the",        "dozen",   "half",     "and",     "to",        "from",    "between",
        "-",          "–",       "%",        "percent", "tons",      "years",   "troops",
        "citizens",   "whom",    "others",   "said",    "according", "Reuters", "White",
        "House",      "No.",     "Game",     ".",       ",",         "“",       "”",
        "\n",         "about",   "more",     "than",    "up",        "nearly",  "-plus",
        "+",          "or",      "October",  "28",      "1970s",     "3D",      "250th"};
    std::uint64_t state = 0x2545F4914F6CDD1Dull;
    auto next = [&](std::size_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    };
    std::size_t compared = 0;
    for (int document = 0; document < 300; ++document) {
        std::string text;
        for (std::size_t words = 20 + next(200); words > 0; --words) {
            text += pieces[next(std::size(pieces))];
            if (next(4) != 0) text += ' ';
        }
        CAPTURE(text);
        auto listed =
            factrec::parse::detail::scanner(text, {}).run(factrec::parse::detail::scanner::second_pass::listed_starts);
        auto walked = factrec::parse::detail::scanner(text, {}).run(factrec::parse::detail::scanner::second_pass::walk);
        CHECK(same_scan(listed, walked));
        compared += listed.size();
    }
    CHECK(compared > 1000);
}

// A result kept across scans is replaced whole: after a longer document with invalid UTF-8, a
// shorter one leaves no mention or diagnostic of the first behind, and gives what a new
// result would.
TEST_CASE("scanning into a kept result gives what a new result gives") {
    const std::string first =
        "Up to $332 billion, \xFF 50,000 U.S. troops and 17 citizens, officials said. More than 90%.";
    const std::string second = "Japan will buy some 400 Tomahawk missiles.";
    factrec::scan_result kept;
    factrec::scan(first, kept);
    REQUIRE(kept.size() == factrec::scan(first).size());
    REQUIRE_FALSE(kept.diagnostics.empty());
    factrec::scan_options exact;
    exact.precision.rounding = factrec::precision_policy::mode::exact;
    factrec::scan(second, kept, exact);
    CHECK(same_scan(kept, factrec::scan(second, exact)));
    CHECK(kept.diagnostics.empty());
    CHECK(kept.precision == exact.precision);
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].quantity.unit == factrec::unit::count("missiles"));

    factrec::basic_scan_result<double> kept_in_doubles;
    factrec::scan(first, kept_in_doubles);
    factrec::scan(second, kept_in_doubles);
    REQUIRE(kept_in_doubles.size() == 1);
    CHECK(kept_in_doubles[0].quantity.value.contains(400.0));
}
