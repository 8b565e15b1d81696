#pragma once

#include <factrec/core/quantity.hpp>
#include <factrec/parse/detail/fast/letter_run_filter.hpp>
#include <factrec/parse/detail/fast/word_set.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/mention.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace factrec::parse::detail {

template <std::size_t Size>
bool listed(const word_set<Size>& words, std::string_view word) {
    return words.contains(word);
}

// Lower-cases a short word into a buffer; longer words are never in a table.
struct lower_word {
    std::array<char, max_word_bytes> buffer;
    std::size_t size = 0;
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init): only the first size bytes are written or read
    explicit lower_word(std::string_view w) noexcept : size(std::min(w.size(), buffer.size())) {
        for (std::size_t i = 0; i < size; ++i) buffer[i] = to_lower(w[i]);
    }
    [[nodiscard]] std::string_view view() const noexcept { return {buffer.data(), size}; }
};

// Whether `text`, in any case, is in `words`.
template <std::size_t Size>
bool listed_any_case(const word_set<Size>& words, std::string_view text) {
    return words.contains_any_case(text);
}

// Words that can start a figure in words; the scanner checks each word start against these.
// "twice" is two times, as "three times" is; "doubled", "tripled", "quadrupled" and "halved"
// are changes by a multiple (multiple_verbs).
inline constexpr word_set<43> number_words{std::array<std::string_view, 43>{
    "a",      "billions", "doubled", "dozens", "eight",      "eighteen", "eighty",   "eleven",    "fifteen",
    "fifty",  "five",     "forty",   "four",   "fourteen",   "half",     "halved",   "hundreds",  "millions",
    "nine",   "nineteen", "ninety",  "one",    "quadrupled", "scores",   "seven",    "seventeen", "seventy",
    "single", "six",      "sixteen", "sixty",  "ten",        "tens",     "thirteen", "thirty",    "thousands",
    "three",  "tripled",  "twelve",  "twenty", "twice",      "two",      "zero"}};

// Currency codes that may be written against the digits ("EUR12.50", "USD40"): the first pass
// stops at them as at number words.
inline constexpr std::array<std::string_view, 9> attachable_currency_codes{"AUD", "CAD", "CHF", "CNY", "EUR",
                                                                           "GBP", "INR", "JPY", "USD"};

// The words where a figure can start, for the first pass's filter: the number words and the
// currency codes above, in lower case (the filter ignores case).
inline constexpr word_set<number_words.words().size() + attachable_currency_codes.size()> figure_lead_words{[] {
    std::array<std::string_view, number_words.words().size() + attachable_currency_codes.size()> all{};
    std::size_t count = 0;
    for (std::string_view w : number_words.words()) all[count++] = w;
    for (std::string_view code : {"aud", "cad", "chf", "cny", "eur", "gbp", "inr", "jpy", "usd"})
        all[count++] = std::string_view(code);
    std::sort(all.begin(), all.end());
    return all;
}()};

// Whether the capitals s[i, word_end) are a currency code written right against digits.
inline bool currency_code_against_digits(std::string_view s, std::size_t i, std::size_t word_end) noexcept {
    if (word_end - i != 3 || word_end >= s.size() || !is_digit(s[word_end])) return false;
    const std::string_view code = s.substr(i, 3);
    return std::find(attachable_currency_codes.begin(), attachable_currency_codes.end(), code) !=
           attachable_currency_codes.end();
}

// Vague plurals read as ranges ("hundreds of" is 200 to 999; README, "Vague amounts"); `high`
// 0 has no upper bound ("dozens of" is at least 24). `factor` is what the word multiplies in
// "tens of millions": a million.
struct vague_plural {
    std::string_view word;
    std::int64_t low;
    std::int64_t high;
    std::int64_t factor;
};
inline constexpr std::array<vague_plural, 7> vague_plurals{{
    {"dozens", 24, 0, 12},
    {"scores", 40, 0, 20},
    {"tens", 10, 99, 10},
    {"hundreds", 200, 999, 100},
    {"thousands", 2'000, 9'999, 1'000},
    {"millions", 2'000'000, 9'999'999, 1'000'000},
    {"billions", 2'000'000'000, 9'999'999'999, 1'000'000'000},
}};

// Fractions in words after "a" or a small number: "a third of", "two-thirds of".
struct fraction_word {
    std::string_view word;
    std::int64_t denominator;
};
inline constexpr std::array<fraction_word, 18> fraction_words{{
    {"third", 3},
    {"thirds", 3},
    {"quarter", 4},
    {"quarters", 4},
    {"fourth", 4},
    {"fourths", 4},
    {"fifth", 5},
    {"fifths", 5},
    {"sixth", 6},
    {"sixths", 6},
    {"seventh", 7},
    {"sevenths", 7},
    {"eighth", 8},
    {"eighths", 8},
    {"ninth", 9},
    {"ninths", 9},
    {"tenth", 10},
    {"tenths", 10},
}};

struct scale_word {
    std::string_view word;
    std::int64_t factor;
    bool attached_only; // "$1.6B", "10k": only right after the digits
};
// "hundred" and "dozen" also scale the figure before them when the numeral grammar has not
// taken them into it: "5 hundred", "two dozen", "one and a half hundred". Words are matched
// in any case ("bn" reads "Bn" and "BN"); the letters attached to digits only as listed,
// since "5m" is five metres and "$5M" five million.
// "lakh" and "crore" are the Indian system's 10^5 and 10^7 ("Rs 20 crore", "1.5 lakh
// people"), and a larger scale after a smaller one multiplies it: "1.5 lakh crore" is 1.5 x 10^12.
inline constexpr std::array<scale_word, 22> scale_words{{
    {"trillion", 1'000'000'000'000, false},
    {"billion", 1'000'000'000, false},
    {"million", 1'000'000, false},
    {"thousand", 1'000, false},
    {"hundred", 100, false},
    {"dozen", 12, false},
    {"lakhs", 100'000, false},
    {"lakh", 100'000, false},
    {"crores", 10'000'000, false},
    {"crore", 10'000'000, false},
    {"bn", 1'000'000'000, false},
    {"mln", 1'000'000, false},
    {"mn", 1'000'000, false},
    {"tn", 1'000'000'000'000, false},
    {"trn", 1'000'000'000'000, false},
    {"k", 1'000, true},
    {"K", 1'000, true},
    {"M", 1'000'000, true},
    {"B", 1'000'000'000, true},
    {"b", 1'000'000'000, true},
    {"T", 1'000'000'000'000, true},
    {"m", 1'000'000, true},
}};

// A unit after a figure. Short symbols are case-sensitive ("m" is a metre, "M" a million).
// A unit that is a fraction of another is read in that one, exactly: "75 cents" is 0.75 USD,
// "20 pence" 0.20 GBP (`divisor`). "cents" alone are US cents; "euro cents" are euros.
struct unit_word {
    std::string_view phrase; // words separated by one space
    mention_kind kind;
    std::string_view symbol; // ISO code, "%" or a core unit symbol
    bool case_sensitive = false;
    std::int64_t divisor = 1;
};
inline constexpr auto unit_words = std::to_array<unit_word>({
    {"percentage points", mention_kind::share, "%"},
    {"percentage point", mention_kind::share, "%"},
    {"per cent", mention_kind::share, "%"},
    {"percent", mention_kind::share, "%"},
    {"pct", mention_kind::share, "%"},
    {"pence", mention_kind::money, "GBP", false, 100},
    {"pennies", mention_kind::money, "GBP", false, 100},
    {"penny", mention_kind::money, "GBP", false, 100},
    {"u.s. dollars", mention_kind::money, "USD"},
    {"us dollars", mention_kind::money, "USD"},
    {"dollars", mention_kind::money, "USD"},
    {"dollar", mention_kind::money, "USD"},
    {"yen", mention_kind::money, "JPY"},
    {"euro cents", mention_kind::money, "EUR", false, 100},
    {"euros", mention_kind::money, "EUR"},
    {"euro", mention_kind::money, "EUR"},
    {"pounds sterling", mention_kind::money, "GBP"},
    {"pounds", mention_kind::money, "GBP"},
    {"pound", mention_kind::money, "GBP"},
    {"sterling", mention_kind::money, "GBP"},
    {"yuan", mention_kind::money, "CNY"},
    {"renminbi", mention_kind::money, "CNY"},
    {"rupees", mention_kind::money, "INR"},
    {"rupee", mention_kind::money, "INR"},
    {"cents", mention_kind::money, "USD", false, 100},
    {"cent", mention_kind::money, "USD", false, 100},
    {"USD", mention_kind::money, "USD", true},
    {"JPY", mention_kind::money, "JPY", true},
    {"EUR", mention_kind::money, "EUR", true},
    {"GBP", mention_kind::money, "GBP", true},
    {"CNY", mention_kind::money, "CNY", true},
    {"INR", mention_kind::money, "INR", true},
    {"CAD", mention_kind::money, "CAD", true},
    {"AUD", mention_kind::money, "AUD", true},
    {"CHF", mention_kind::money, "CHF", true},
    {"metric tons", mention_kind::mass, "t"},
    {"metric ton", mention_kind::mass, "t"},
    {"tonnes", mention_kind::mass, "t"},
    {"tonne", mention_kind::mass, "t"},
    {"short tons", mention_kind::mass, "short_ton"},
    {"short ton", mention_kind::mass, "short_ton"},
    {"long tons", mention_kind::mass, "long_ton"},
    {"long ton", mention_kind::mass, "long_ton"},
    {"tons", mention_kind::mass, "ton"},
    {"ton", mention_kind::mass, "ton"},
    {"kilograms", mention_kind::mass, "kg"},
    {"kilogram", mention_kind::mass, "kg"},
    {"kilos", mention_kind::mass, "kg"},
    {"kilo", mention_kind::mass, "kg"},
    {"kg", mention_kind::mass, "kg", true},
    {"grams", mention_kind::mass, "g"},
    {"gram", mention_kind::mass, "g"},
    {"g", mention_kind::mass, "g", true},
    {"milligrams", mention_kind::mass, "mg"},
    {"milligram", mention_kind::mass, "mg"},
    {"mg", mention_kind::mass, "mg", true},
    {"lbs", mention_kind::mass, "lb", true},
    {"lb", mention_kind::mass, "lb", true},
    {"ounces", mention_kind::mass, "oz"},
    {"ounce", mention_kind::mass, "oz"},
    {"oz", mention_kind::mass, "oz", true},
    {"feet", mention_kind::length, "ft"},
    {"foot", mention_kind::length, "ft"},
    {"ft", mention_kind::length, "ft", true},
    {"nautical miles", mention_kind::length, "nmi"},
    {"miles per hour", mention_kind::speed, "mph"},
    {"miles an hour", mention_kind::speed, "mph"},
    {"mph", mention_kind::speed, "mph"},
    {"miles", mention_kind::length, "mi"},
    {"mile", mention_kind::length, "mi"},
    {"mi", mention_kind::length, "mi", true},
    {"kilometres per hour", mention_kind::speed, "km/h"},
    {"kilometers per hour", mention_kind::speed, "km/h"},
    {"kilometres an hour", mention_kind::speed, "km/h"},
    {"kilometers an hour", mention_kind::speed, "km/h"},
    {"km/h", mention_kind::speed, "km/h", true},
    {"kph", mention_kind::speed, "km/h"},
    {"kmph", mention_kind::speed, "km/h"},
    {"knots", mention_kind::speed, "kn"},
    {"kilometres", mention_kind::length, "km"},
    {"kilometers", mention_kind::length, "km"},
    {"kilometre", mention_kind::length, "km"},
    {"kilometer", mention_kind::length, "km"},
    {"km\xC2\xB2", mention_kind::area, "km2", true},
    {"km", mention_kind::length, "km", true},
    {"kilowatt-hours", mention_kind::energy, "kWh"},
    {"kilowatt hours", mention_kind::energy, "kWh"},
    {"kilowatt-hour", mention_kind::energy, "kWh"},
    {"kilowatt hour", mention_kind::energy, "kWh"},
    {"kWh", mention_kind::energy, "kWh", true},
    {"kilowatts", mention_kind::power, "kW"},
    {"kilowatt", mention_kind::power, "kW"},
    {"kW", mention_kind::power, "kW", true},
    {"kilohertz", mention_kind::frequency, "kHz"},
    {"kHz", mention_kind::frequency, "kHz", true},
    {"kilobytes", mention_kind::data, "kB"},
    {"kB", mention_kind::data, "kB", true},
    {"KB", mention_kind::data, "kB", true},
    {"metres per second", mention_kind::speed, "m/s"},
    {"meters per second", mention_kind::speed, "m/s"},
    {"metres", mention_kind::length, "m"},
    {"meters", mention_kind::length, "m"},
    {"metre", mention_kind::length, "m"},
    {"meter", mention_kind::length, "m"},
    {"m/s", mention_kind::speed, "m/s", true},
    {"m\xC2\xB2", mention_kind::area, "m2", true},
    {"m", mention_kind::length, "m", true},
    {"millimetres", mention_kind::length, "mm"},
    {"millimeters", mention_kind::length, "mm"},
    {"mm", mention_kind::length, "mm", true},
    {"millilitres", mention_kind::volume, "ml"},
    {"milliliters", mention_kind::volume, "ml"},
    {"ml", mention_kind::volume, "ml", true},
    {"megawatt-hours", mention_kind::energy, "MWh"},
    {"megawatt hours", mention_kind::energy, "MWh"},
    {"MWh", mention_kind::energy, "MWh", true},
    {"megawatts", mention_kind::power, "MW"},
    {"megawatt", mention_kind::power, "MW"},
    {"MW", mention_kind::power, "MW", true},
    {"megahertz", mention_kind::frequency, "MHz"},
    {"MHz", mention_kind::frequency, "MHz", true},
    {"megabytes", mention_kind::data, "MB"},
    {"MB", mention_kind::data, "MB", true},
    {"MiB", mention_kind::data, "MiB", true},
    {"centimetres", mention_kind::length, "cm"},
    {"centimeters", mention_kind::length, "cm"},
    {"cm", mention_kind::length, "cm", true},
    {"celsius", mention_kind::temperature, "degC"},
    {"centigrade", mention_kind::temperature, "degC"},
    {"C", mention_kind::temperature, "degC", true},
    {"cubic metres", mention_kind::volume, "m3"},
    {"cubic meters", mention_kind::volume, "m3"},
    {"light years", mention_kind::length, "ly"},
    {"light-years", mention_kind::length, "ly"},
    {"light year", mention_kind::length, "ly"},
    {"light-year", mention_kind::length, "ly"},
    {"inches", mention_kind::length, "in"},
    {"inch", mention_kind::length, "in"},
    {"yards", mention_kind::length, "yd"},
    {"yard", mention_kind::length, "yd"},
    {"barrels", mention_kind::volume, "bbl"},
    {"barrel", mention_kind::volume, "bbl"},
    {"bbl", mention_kind::volume, "bbl", true},
    {"litres", mention_kind::volume, "l"},
    {"liters", mention_kind::volume, "l"},
    {"litre", mention_kind::volume, "l"},
    {"liter", mention_kind::volume, "l"},
    {"gallons", mention_kind::volume, "gal"},
    {"gallon", mention_kind::volume, "gal"},
    {"gigawatt-hours", mention_kind::energy, "GWh"},
    {"gigawatt hours", mention_kind::energy, "GWh"},
    {"GWh", mention_kind::energy, "GWh", true},
    {"gigawatts", mention_kind::power, "GW"},
    {"gigawatt", mention_kind::power, "GW"},
    {"GW", mention_kind::power, "GW", true},
    {"gigahertz", mention_kind::frequency, "GHz"},
    {"GHz", mention_kind::frequency, "GHz", true},
    {"gigabytes", mention_kind::data, "GB"},
    {"GB", mention_kind::data, "GB", true},
    {"GiB", mention_kind::data, "GiB", true},
    {"terawatt-hours", mention_kind::energy, "TWh"},
    {"terawatt hours", mention_kind::energy, "TWh"},
    {"TWh", mention_kind::energy, "TWh", true},
    {"terabytes", mention_kind::data, "TB"},
    {"TB", mention_kind::data, "TB", true},
    {"TiB", mention_kind::data, "TiB", true},
    {"petabytes", mention_kind::data, "PB"},
    {"PB", mention_kind::data, "PB", true},
    {"watts", mention_kind::power, "W"},
    {"watt", mention_kind::power, "W"},
    {"W", mention_kind::power, "W", true},
    {"hertz", mention_kind::frequency, "Hz"},
    {"Hz", mention_kind::frequency, "Hz", true},
    {"degrees celsius", mention_kind::temperature, "degC"},
    {"degrees centigrade", mention_kind::temperature, "degC"},
    {"degrees fahrenheit", mention_kind::temperature, "degF"},
    {"degree celsius", mention_kind::temperature, "degC"},
    {"degree fahrenheit", mention_kind::temperature, "degF"},
    {"degrees C", mention_kind::temperature, "degC", true},
    {"degrees F", mention_kind::temperature, "degF", true},
    {"fahrenheit", mention_kind::temperature, "degF"},
    {"F", mention_kind::temperature, "degF", true},
    {"square kilometres", mention_kind::area, "km2"},
    {"square kilometers", mention_kind::area, "km2"},
    {"square kilometre", mention_kind::area, "km2"},
    {"square kilometer", mention_kind::area, "km2"},
    {"square miles", mention_kind::area, "sq_mi"},
    {"square mile", mention_kind::area, "sq_mi"},
    {"square metres", mention_kind::area, "m2"},
    {"square meters", mention_kind::area, "m2"},
    {"sq km", mention_kind::area, "km2"},
    {"sq mi", mention_kind::area, "sq_mi"},
    {"hectares", mention_kind::area, "ha"},
    {"hectare", mention_kind::area, "ha"},
    {"acres", mention_kind::area, "acre"},
    {"acre", mention_kind::area, "acre"},
    {"years", mention_kind::duration, "year"},
    {"year", mention_kind::duration, "year"},
    {"months", mention_kind::duration, "month"},
    {"month", mention_kind::duration, "month"},
    {"weeks", mention_kind::duration, "week"},
    {"week", mention_kind::duration, "week"},
    {"days", mention_kind::duration, "d"},
    {"day", mention_kind::duration, "d"},
    {"hours", mention_kind::duration, "h"},
    {"hour", mention_kind::duration, "h"},
    {"minutes", mention_kind::duration, "min"},
    {"minute", mention_kind::duration, "min"},
    {"seconds", mention_kind::duration, "s"},
    {"second", mention_kind::duration, "s"},
    {"decades", mention_kind::duration, "decade"},
    {"decade", mention_kind::duration, "decade"},
    {"centuries", mention_kind::duration, "century"},
    {"century", mention_kind::duration, "century"},
    {"fortnights", mention_kind::duration, "fortnight"},
    {"fortnight", mention_kind::duration, "fortnight"},
    {"milliampere-hours", mention_kind::charge, "mAh"},
    {"milliamp-hours", mention_kind::charge, "mAh"},
    {"milliamp hours", mention_kind::charge, "mAh"},
    {"mAh", mention_kind::charge, "mAh", true},
    {"ampere-hours", mention_kind::charge, "Ah"},
    {"amp-hours", mention_kind::charge, "Ah"},
    {"amp hours", mention_kind::charge, "Ah"},
    {"Ah", mention_kind::charge, "Ah", true},
});

// unit_words by first letter, in table order (so longer phrases still come first): the
// reader tries only the units that start like the word after the figure.
inline constexpr std::size_t most_units_per_letter = 48;
struct units_starting_with {
    std::array<std::uint8_t, most_units_per_letter> index{};
    std::size_t count = 0;
};
inline constexpr auto unit_words_by_letter = [] {
    std::array<units_starting_with, 26> table{};
    for (std::size_t i = 0; i < unit_words.size(); ++i) {
        auto& letter = table[static_cast<std::size_t>(to_lower(unit_words[i].phrase.front()) - 'a')];
        letter.index[letter.count++] = static_cast<std::uint8_t>(i);
    }
    return table;
}();

// The first runs of letters of the unit phrases, and of the scale words written apart from the
// digits: most words after a figure are nouns counted ("17 citizens"), which the reader turns
// away on these filters before it tries each unit or scale that starts with the same letter.
inline constexpr letter_run_filter unit_word_starts = [] {
    letter_run_filter filter;
    for (const auto& u : unit_words) filter.add(u.phrase);
    return filter;
}();
inline constexpr letter_run_filter spaced_scale_word_starts = [] {
    letter_run_filter filter;
    for (const auto& w : scale_words)
        if (!w.attached_only) filter.add(w.word);
    return filter;
}();

// What may follow "a" in a figure ("a third of", "a million", "a kilogram", "a dozen"): the
// first run of letters of every fraction word, scale word and unit phrase, and "hundred" and
// "dozen", which the numeral grammar reads after "a". Most words after "a" in news ("a figure",
// "a timetable") start none of them, and the reader turns them away on this filter alone.
inline constexpr letter_run_filter words_after_a = [] {
    letter_run_filter filter;
    for (const auto& f : fraction_words) filter.add(f.word);
    for (const auto& s : scale_words) filter.add(s.word);
    for (const auto& u : unit_words) filter.add(u.phrase);
    filter.add("hundred");
    filter.add("dozen");
    return filter;
}();

struct currency_sign {
    std::string_view sign; // as written right before the digits
    std::string_view code;
};
// Longest first, so that "US$" wins over "$".
inline constexpr std::array<currency_sign, 13> currency_signs{{
    {"U.S.$", "USD"},
    {"US$", "USD"},
    {"HK$", "HKD"},
    {"NZ$", "NZD"},
    {"AU$", "AUD"},
    {"C$", "CAD"},
    {"A$", "AUD"},
    {"S$", "SGD"},
    {"$", "USD"},
    {"\xE2\x82\xAC", "EUR"},
    {"\xC2\xA3", "GBP"},
    {"\xC2\xA5", "JPY"},
    {"\xE2\x82\xB9", "INR"},
}};
// Where "$" alone is among currency_signs.
inline constexpr std::size_t plain_dollar_sign = [] {
    std::size_t i = 0;
    while (currency_signs[i].sign != "$") ++i;
    return i;
}();
// Written as a word before the figure: "USD 200", "US $550".
inline constexpr std::array<currency_sign, 9> currency_codes_before{{
    {"USD", "USD"},
    {"EUR", "EUR"},
    {"JPY", "JPY"},
    {"GBP", "GBP"},
    {"CNY", "CNY"},
    {"CAD", "CAD"},
    {"AUD", "AUD"},
    {"CHF", "CHF"},
    {"INR", "INR"},
}};

struct qualifier_phrase {
    std::string_view phrase;
    qualifier meaning;
    // A verb of headlines ("toll passes 3,000"): a bound only where the figure is a level, not
    // a tally ("passed 52-48") or the literal object of the verb ("passed 12 laws").
    bool verb = false;
};
inline constexpr std::array<qualifier_phrase, 90> qualifier_phrases{{
    {"exactly", qualifier::exactly},
    {"precisely", qualifier::exactly},
    {"just", qualifier::exactly}, // "just over" and "just under" end in other words
    {"about", qualifier::approximately},
    {"around", qualifier::approximately},
    {"approximately", qualifier::approximately},
    {"roughly", qualifier::approximately},
    {"some", qualifier::approximately},
    {"circa", qualifier::approximately},
    {"an estimated", qualifier::approximately},
    {"more than", qualifier::more_than},
    {"over", qualifier::more_than},
    {"above", qualifier::more_than},
    {"exceeding", qualifier::more_than},
    {"in excess of", qualifier::more_than},
    {"upwards of", qualifier::more_than},
    {"just over", qualifier::more_than},
    {"well over", qualifier::more_than},
    {"greater than", qualifier::more_than},
    {"at least", qualifier::at_least},
    {"no less than", qualifier::at_least},
    {"no fewer than", qualifier::at_least},
    {"not less than", qualifier::at_least},
    {"a minimum of", qualifier::at_least},
    {"less than", qualifier::less_than},
    {"under", qualifier::less_than},
    {"below", qualifier::less_than},
    {"fewer than", qualifier::less_than},
    {"well under", qualifier::less_than},
    {"well below", qualifier::less_than},
    {"at most", qualifier::at_most},
    {"no more than", qualifier::at_most},
    {"not more than", qualifier::at_most},
    {"a maximum of", qualifier::at_most},
    {"within", qualifier::at_most},
    {"up to", qualifier::up_to},
    {"as much as", qualifier::up_to},
    {"as many as", qualifier::up_to},
    {"as high as", qualifier::up_to},
    {"nearly", qualifier::nearly},
    {"almost", qualifier::nearly},
    {"just under", qualifier::nearly},
    {"just below", qualifier::nearly},
    {"just shy of", qualifier::nearly},
    {"passes", qualifier::more_than, true},
    {"passed", qualifier::more_than, true},
    {"passing", qualifier::more_than, true},
    {"surpassed", qualifier::more_than, true},
    {"surpasses", qualifier::more_than, true},
    {"surpassing", qualifier::more_than, true},
    {"tops", qualifier::more_than, true},
    {"topped", qualifier::more_than, true},
    {"topping", qualifier::more_than, true},
    {"exceeds", qualifier::more_than, true},
    {"exceeded", qualifier::more_than, true},
    {"crossed", qualifier::more_than, true},
    {"crosses", qualifier::more_than, true},
    {"crossing", qualifier::more_than, true},
    {"eclipsed", qualifier::more_than, true},
    {"eclipses", qualifier::more_than, true},
    {"climbs past", qualifier::more_than, true},
    {"climbed past", qualifier::more_than, true},
    {"rose past", qualifier::more_than, true},
    {"rises past", qualifier::more_than, true},
    {"surged past", qualifier::more_than, true},
    {"moved past", qualifier::more_than, true},
    {"went past", qualifier::more_than, true},
    {"edged past", qualifier::more_than, true},
    {"crept past", qualifier::more_than, true},
    {"pushed past", qualifier::more_than, true},
    {"passed the", qualifier::more_than, true},
    {"passes the", qualifier::more_than, true},
    {"crossed the", qualifier::more_than, true},
    {"crosses the", qualifier::more_than, true},
    {"surpassed the", qualifier::more_than, true},
    {"topped the", qualifier::more_than, true},
    {"tops the", qualifier::more_than, true},
    {"exceeded the", qualifier::more_than, true},
    {"nears", qualifier::nearly, true},
    {"neared", qualifier::nearly, true},
    {"nearing", qualifier::nearly, true},
    {"approaching", qualifier::nearly, true},
    {"approaches", qualifier::nearly, true},
    {"approached", qualifier::nearly, true},
    {"close to", qualifier::nearly},
    {"top", qualifier::more_than, true},  // not after a determiner: "the top 10"
    {"past", qualifier::more_than, true}, // "weakened past 150"; not "the past 12 months", "half past 3"
    {"surpass", qualifier::more_than, true},
    {"exceed", qualifier::more_than, true},
    {"capped at", qualifier::at_most},
}};

// The qualifier phrases split into words once, last word first, as the reader matches them
// going back from the figure.
struct qualifier_words {
    std::array<std::string_view, 4> last_first{};
    std::size_t count = 0;
    qualifier meaning = qualifier::none;
    bool verb = false;
};
inline constexpr auto qualifier_phrase_words = [] {
    std::array<qualifier_words, qualifier_phrases.size()> table{};
    for (std::size_t i = 0; i < qualifier_phrases.size(); ++i) {
        std::string_view rest = qualifier_phrases[i].phrase;
        std::array<std::string_view, 4> words{};
        std::size_t count = 0;
        while (!rest.empty()) {
            std::size_t space = rest.find(' ');
            words[count++] = rest.substr(0, space);
            rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
        }
        for (std::size_t k = 0; k < count; ++k) table[i].last_first[k] = words[count - 1 - k];
        table[i].count = count;
        table[i].meaning = qualifier_phrases[i].meaning;
        table[i].verb = qualifier_phrases[i].verb;
    }
    return table;
}();

// The last word of every qualifier phrase: a figure whose preceding word is none of these
// has no qualifier, and the phrases are not tried.
inline constexpr word_set<52> qualifier_last_words{std::array<std::string_view, 52>{
    "about",      "above",     "almost",   "approached", "approaches", "approaching", "approximately",
    "around",     "as",        "at",       "below",      "circa",      "crossed",     "crosses",
    "crossing",   "eclipsed",  "eclipses", "estimated",  "exactly",    "exceed",      "exceeded",
    "exceeding",  "exceeds",   "just",     "least",      "most",       "neared",      "nearing",
    "nearly",     "nears",     "of",       "over",       "passed",     "passes",      "passing",
    "past",       "precisely", "roughly",  "some",       "surpass",    "surpassed",   "surpasses",
    "surpassing", "than",      "the",      "to",         "top",        "topped",      "topping",
    "tops",       "under",     "within"}};

// The phrases that end in each of qualifier_last_words, longest first: the reader takes the
// first that the words before a figure match, and tries only those that end as they do.
inline constexpr std::size_t most_qualifiers_per_last_word = 12;
struct qualifiers_ending_with {
    std::array<std::uint8_t, most_qualifiers_per_last_word> index{};
    std::size_t count = 0;
};
inline constexpr auto qualifier_phrases_by_last_word = [] {
    std::array<qualifiers_ending_with, qualifier_last_words.words().size()> table{};
    for (std::size_t length = 4; length > 0; --length)
        for (std::size_t i = 0; i < qualifier_phrase_words.size(); ++i) {
            const qualifier_words& q = qualifier_phrase_words[i];
            if (q.count != length) continue;
            std::size_t last = qualifier_last_words.index_any_case(q.last_first[0]);
            if (last == qualifier_last_words.words().size())
                throw "qualifier_last_words must hold the last word of every qualifier phrase";
            if (table[last].count == most_qualifiers_per_last_word) throw "raise most_qualifiers_per_last_word";
            table[last].index[table[last].count++] = static_cast<std::uint8_t>(i);
        }
    return table;
}();

inline constexpr word_set<24> month_names{std::array<std::string_view, 24>{
    "apr", "april",   "aug",      "august", "dec",     "december", "feb",  "february",
    "jan", "january", "jul",      "july",   "jun",     "june",     "mar",  "march",
    "may", "nov",     "november", "oct",    "october", "sep",      "sept", "september"}};

// Capitalised words that make the number after them a name or a label ("Game 3"): products
// and models ("Windows 11", "Boeing 737 Max 8"), indexes ("FTSE 100"), seats and gates. Also
// "iPhone", "iPad" and "iOS", which are capitalised on their second letter.
inline constexpr word_set<91> label_words{std::array<std::string_view, 91>{
    "ASX",    "Act",     "Amendment",   "Annex",      "Apartment", "Apollo",     "Apt",      "Article",     "Bay",
    "Big",    "Block",   "Boeing",      "Book",       "Building",  "CAC",        "Category", "Channel",     "Chapter",
    "Class",  "Complex", "DAX",         "District",   "Episode",   "Exit",       "Ext",      "Extension",   "FTSE",
    "Falcon", "Fig",     "Figure",      "Flight",     "Flip",      "Fold",       "Formula",  "Fortune",     "Galaxy",
    "Game",   "Gate",    "Grade",       "Highway",    "ISO",       "Interstate", "Item",     "Level",       "Line",
    "Llama",  "Max",     "Mk",          "Model",      "Nasdaq",    "Nifty",      "Nikkei",   "No",          "Nos",
    "Number", "Page",    "Part",        "Phase",      "Pier",      "Pixel",      "Platform", "PlayStation", "Precinct",
    "Pro",    "Prop",    "Proposition", "Resolution", "Room",      "Round",      "Route",    "Row",         "Russell",
    "Season", "Seat",    "Section",     "Series",     "Stage",     "Stoxx",      "Suite",    "Table",       "Terminal",
    "Title",  "Track",   "Version",     "Vol",        "Ward",      "Windows",    "Xbox",     "iOS",         "iPad",
    "iPhone"}};

// Lower-case words before a number that make it a name, not an amount: "call extension 4417",
// "in room 5", "flight 212", "bus route 38" ("214 rooms" is a count).
inline constexpr word_set<14> lower_label_words{
    std::array<std::string_view, 14>{"apartment", "apt", "ext", "extension", "flight", "gate", "highway", "interstate",
                                     "pier", "platform", "room", "route", "suite", "terminal"}};

// Words shortly before "555-0134" that make it a telephone number, not the range 555 to 134.
inline constexpr word_set<15> phone_words{
    std::array<std::string_view, 15>{"call", "calling", "dial", "dialing", "dialling", "fax", "helpline", "hotline",
                                     "line", "number", "phone", "reach", "ring", "telephone", "text"}};

// Nouns after a tally ("a 52-48 vote", "a 6-3 ruling", "a 61-40 record"): two counts set side
// by side, never a range.
inline constexpr word_set<11> tally_nouns{std::array<std::string_view, 11>{
    "decision", "majority", "margin", "record", "ruling", "split", "tally", "verdict", "vote", "votes", "win"}};

// Verbs before a tally: "voted 9-4", "ruled 2-1", "split 5-4", "went 12-5".
inline constexpr word_set<6> tally_verbs{
    std::array<std::string_view, 6>{"finished", "ruled", "split", "stand", "voted", "went"}};

// Words after a model number that make it part of the name: "the 737 Max", "the 787-9 Dreamliner".
inline constexpr word_set<7> model_suffix_words{
    std::array<std::string_view, 7>{"Dreamliner", "MAX", "Max", "Neo", "Pro", "Ultra", "neo"}};

// Words after "8K" or "4K" that make it a screen's resolution, not eight thousand.
inline constexpr word_set<16> resolution_nouns{std::array<std::string_view, 16>{
    "camera", "cameras", "display", "displays", "footage", "monitor", "monitors", "resolution", "screen", "screens",
    "television", "televisions", "tv", "tvs", "video", "videos"}};

// All-capital words before a number that are places or blocs, not a maker or a model's name:
// "the US 500 million" stays a figure where "ATR 72" does not.
inline constexpr word_set<10> capital_words_not_names{
    std::array<std::string_view, 10>{"CI", "EU", "GDP", "NHS", "UAE", "UK", "UN", "US", "USA", "USD"}};

// Changes said by a multiple: "doubled" is up 100%, "halved" down 50%.
struct multiple_verb {
    std::string_view word;
    std::int64_t percent;
    bool rises;
};
inline constexpr std::array<multiple_verb, 4> multiple_verbs{{
    {"doubled", 100, true},
    {"tripled", 200, true},
    {"quadrupled", 300, true},
    {"halved", 50, false},
}};

// Durations longer than a year, read in years or weeks when no numeral is written: "a decade"
// is 10 years, "half a century" 50, "a fortnight" 2 weeks, as a reader checks them.
struct long_duration {
    std::string_view symbol;
    std::string_view in;
    std::int64_t factor;
};
inline constexpr std::array<long_duration, 3> long_durations{{
    {"decade", "year", 10},
    {"century", "year", 100},
    {"fortnight", "week", 2},
}};

// Words before a four-digit number that make it a calendar year.
inline constexpr word_set<20> year_lead_words{std::array<std::string_view, 20>{
    "after", "before", "between", "by",     "circa",  "during", "early",   "from", "in",    "late",
    "mid",   "of",     "since",   "spring", "summer", "the",    "through", "to",   "until", "year"}};

// The words right before a figure that change how it is read, each found with one lookup:
// the last word of a qualifier, "from", "between", "by", a word that makes a four-digit
// number a year. The reader asks all of these of the same word.
enum prefix_role : std::uint8_t {
    ends_qualifier = 1,
    starts_from = 2,
    starts_between = 4,
    marks_change_by = 8,
    leads_year = 16,
};
struct prefix_word_roles {
    std::uint8_t roles = 0;
    std::uint8_t qualifier_last = 0; // its place in qualifier_last_words, when it ends a qualifier
};

namespace lexicon_detail {
inline constexpr std::array<std::string_view, 3> range_and_change_words{"between", "by", "from"};

// Every word of the lists, sorted, with those in several lists repeated.
template <std::size_t... Sizes>
constexpr auto sorted_concatenation(const std::array<std::string_view, Sizes>&... lists) {
    std::array<std::string_view, (Sizes + ...)> all{};
    std::size_t count = 0;
    ((std::copy(lists.begin(), lists.end(), all.begin() + count), count += lists.size()), ...);
    std::sort(all.begin(), all.end());
    return all;
}
inline constexpr auto prefix_word_repeats =
    sorted_concatenation(qualifier_last_words.words(), year_lead_words.words(), range_and_change_words);
inline constexpr std::size_t prefix_word_count = [] {
    auto all = prefix_word_repeats;
    return static_cast<std::size_t>(std::unique(all.begin(), all.end()) - all.begin());
}();
inline constexpr auto prefix_word_list = [] {
    auto all = prefix_word_repeats;
    const auto distinct_end = std::unique(all.begin(), all.end());
    std::array<std::string_view, prefix_word_count> distinct{};
    std::copy(all.begin(), distinct_end, distinct.begin());
    return distinct;
}();
} // namespace lexicon_detail

inline constexpr word_set<lexicon_detail::prefix_word_count> prefix_words{lexicon_detail::prefix_word_list};

// prefix_words' roles, in the order of prefix_words.words().
inline constexpr auto prefix_word_roles_table = [] {
    std::array<prefix_word_roles, lexicon_detail::prefix_word_count> table{};
    for (std::size_t i = 0; i < table.size(); ++i) {
        std::string_view w = prefix_words.words()[i];
        std::size_t last = qualifier_last_words.index_any_case(w);
        if (last != qualifier_last_words.words().size()) {
            table[i].roles |= ends_qualifier;
            table[i].qualifier_last = static_cast<std::uint8_t>(last);
        }
        if (w == "from") table[i].roles |= starts_from;
        if (w == "between") table[i].roles |= starts_between;
        if (w == "by") table[i].roles |= marks_change_by;
        if (year_lead_words.contains(w)) table[i].roles |= leads_year;
    }
    return table;
}();

// The roles of a word before a figure, in any case; none for a word in no list.
inline prefix_word_roles roles_of_prefix_word(std::string_view text) noexcept {
    std::size_t i = prefix_words.index_any_case(text);
    return i == prefix_words.words().size() ? prefix_word_roles{} : prefix_word_roles_table[i];
}

// Verbs before "from X to Y" that make it a change between two figures, not a range.
inline constexpr word_set<32> change_verbs{std::array<std::string_view, 32>{
    "climbed", "climbing", "cut",    "cutting", "declined", "declining", "dropped",    "dropping",
    "fallen",  "falling",  "fell",   "grew",    "growing",  "increased", "increasing", "jumped",
    "lowered", "lowering", "moved",  "raised",  "raising",  "reduced",   "reducing",   "risen",
    "rising",  "rose",     "shrank", "slashed", "slipped",  "soared",    "surged",     "went"}};

// Words that make a figure a change of what it measures ("rose 4.2%", "up 7%", "a 2.8% drop",
// "an increase of 5%", "cut by 3%") or the value a change reached ("rose to 3,145"), and
// which way it went.
namespace change_word {
inline constexpr std::uint8_t rises = 1;
inline constexpr std::uint8_t falls = 2;
inline constexpr std::uint8_t needs_by = 4;  // "cut by 5%" is a change, "cut 500 jobs" a value
inline constexpr std::uint8_t noun = 8;      // after the figure or before "of": "a 5% rise", "a rise of 5%"
inline constexpr std::uint8_t particle = 16; // "up 7%", "down 3 percent"
inline constexpr std::uint8_t verb = 32;     // "rose 4.2%", "rose by", "rose to", "rose from"
// "lost 2.1%", "lost 412 points" are falls; "lost 40 containers" counts what was lost.
inline constexpr std::uint8_t not_of_counts = 64;
// "the river rose 3 metres": a level that moved, where "climbed 4,300 metres" is a distance.
inline constexpr std::uint8_t moves_level = 128;
} // namespace change_word
inline constexpr word_set<166> change_words{std::array<std::string_view, 166>{
    "above",       "adjusted", "advanced",  "advances",  "below",       "bigger",   "boost",     "boosted",
    "brighter",    "changed",  "cheaper",   "climb",     "climbed",     "climbing", "climbs",    "colder",
    "contraction", "cooler",   "cut",       "cuts",      "cutting",     "decline",  "declined",  "declines",
    "declining",   "decrease", "decreased", "decreases", "decreasing",  "dip",      "dipped",    "dips",
    "down",        "downturn", "drop",      "dropped",   "dropping",    "drops",    "eased",     "eases",
    "easing",      "extra",    "fall",      "fallen",    "falling",     "falls",    "faster",    "fell",
    "gain",        "gained",   "gaining",   "gains",     "grew",        "grow",     "growing",   "grown",
    "grows",       "growth",   "heavier",   "higher",    "hike",        "hiked",    "hotter",    "improved",
    "improves",    "increase", "increased", "increases", "increasing",  "jump",     "jumped",    "jumping",
    "jumps",       "larger",   "less",      "lifted",    "lighter",     "longer",   "lose",      "loses",
    "losing",      "lost",     "lower",     "lowered",   "lowering",    "more",     "moved",     "narrow",
    "narrowed",    "narrows",  "plummeted", "plunge",    "plunged",     "plunges",  "plunging",  "raise",
    "raised",      "raises",   "raising",   "rallied",   "rallies",     "rally",    "rebounded", "reduced",
    "reduces",     "reducing", "reduction", "retreated", "revised",     "rise",     "risen",     "rises",
    "rising",      "rose",     "sank",      "shed",      "shifted",     "shorter",  "shrank",    "shrinking",
    "shrinks",     "shrunk",   "sink",      "sinks",     "skyrocketed", "slashed",  "slid",      "slide",
    "slides",      "sliding",  "slipped",   "slips",     "slower",      "slump",    "slumped",   "slumps",
    "smaller",     "soar",     "soared",    "soaring",   "soars",       "spike",    "spiked",    "stronger",
    "surge",       "surged",   "surges",    "surging",   "trim",        "trimmed",  "trims",     "tumble",
    "tumbled",     "tumbles",  "tumbling",  "up",        "upped",       "uptick",   "upturn",    "warmer",
    "weaker",      "went",     "widen",     "widened",   "widens",      "worsened"}};
inline constexpr std::array<std::uint8_t, 166> change_word_flags{
    change_word::noun | change_word::rises,                                             // above
    change_word::verb | change_word::needs_by,                                          // adjusted
    change_word::verb | change_word::rises,                                             // advanced
    change_word::verb | change_word::rises,                                             // advances
    change_word::noun | change_word::falls,                                             // below
    change_word::noun | change_word::rises,                                             // bigger
    change_word::noun | change_word::rises,                                             // boost
    change_word::verb | change_word::needs_by | change_word::rises,                     // boosted
    change_word::noun | change_word::rises,                                             // brighter
    change_word::verb | change_word::needs_by,                                          // changed
    change_word::noun | change_word::falls,                                             // cheaper
    change_word::verb | change_word::noun | change_word::rises,                         // climb
    change_word::verb | change_word::rises,                                             // climbed
    change_word::verb | change_word::rises,                                             // climbing
    change_word::verb | change_word::rises,                                             // climbs
    change_word::noun | change_word::falls,                                             // colder
    change_word::noun | change_word::falls,                                             // contraction
    change_word::noun | change_word::falls,                                             // cooler
    change_word::verb | change_word::noun | change_word::needs_by | change_word::falls, // cut
    change_word::verb | change_word::noun | change_word::needs_by | change_word::falls, // cuts
    change_word::verb | change_word::needs_by | change_word::falls,                     // cutting
    change_word::verb | change_word::noun | change_word::falls,                         // decline
    change_word::verb | change_word::falls,                                             // declined
    change_word::verb | change_word::falls,                                             // declines
    change_word::verb | change_word::falls,                                             // declining
    change_word::verb | change_word::noun | change_word::falls,                         // decrease
    change_word::verb | change_word::falls,                                             // decreased
    change_word::verb | change_word::falls,                                             // decreases
    change_word::verb | change_word::falls,                                             // decreasing
    change_word::verb | change_word::noun | change_word::falls,                         // dip
    change_word::verb | change_word::falls,                                             // dipped
    change_word::verb | change_word::falls,                                             // dips
    change_word::particle | change_word::falls,                                         // down
    change_word::noun | change_word::falls,                                             // downturn
    change_word::verb | change_word::noun | change_word::falls,                         // drop
    change_word::verb | change_word::falls,                                             // dropped
    change_word::verb | change_word::falls,                                             // dropping
    change_word::verb | change_word::falls,                                             // drops
    change_word::verb | change_word::falls,                                             // eased
    change_word::verb | change_word::falls,                                             // eases
    change_word::verb | change_word::falls,                                             // easing
    change_word::particle | change_word::rises,                                         // extra
    change_word::verb | change_word::noun | change_word::falls,                         // fall
    change_word::verb | change_word::falls,                                             // fallen
    change_word::verb | change_word::falls,                                             // falling
    change_word::verb | change_word::falls,                                             // falls
    change_word::noun | change_word::rises,                                             // faster
    change_word::verb | change_word::falls,                                             // fell
    change_word::verb | change_word::noun | change_word::rises,                         // gain
    change_word::verb | change_word::rises,                                             // gained
    change_word::verb | change_word::rises,                                             // gaining
    change_word::verb | change_word::noun | change_word::rises,                         // gains
    change_word::verb | change_word::rises,                                             // grew
    change_word::verb | change_word::rises,                                             // grow
    change_word::verb | change_word::rises,                                             // growing
    change_word::verb | change_word::rises,                                             // grown
    change_word::verb | change_word::rises,                                             // grows
    change_word::noun | change_word::rises,                                             // growth
    change_word::noun | change_word::rises,                                             // heavier
    change_word::noun | change_word::rises,                                             // higher
    change_word::noun | change_word::rises,                                             // hike
    change_word::verb | change_word::needs_by | change_word::rises,                     // hiked
    change_word::noun | change_word::rises,                                             // hotter
    change_word::verb | change_word::needs_by,                                          // improved
    change_word::verb | change_word::needs_by,                                          // improves
    change_word::verb | change_word::noun | change_word::rises,                         // increase
    change_word::verb | change_word::rises,                                             // increased
    change_word::verb | change_word::noun | change_word::rises,                         // increases
    change_word::verb | change_word::rises,                                             // increasing
    change_word::verb | change_word::noun | change_word::rises,                         // jump
    change_word::verb | change_word::rises,                                             // jumped
    change_word::verb | change_word::rises,                                             // jumping
    change_word::verb | change_word::rises,                                             // jumps
    change_word::noun | change_word::rises,                                             // larger
    change_word::noun | change_word::falls,                                             // less
    change_word::verb | change_word::needs_by | change_word::rises,                     // lifted
    change_word::noun | change_word::falls,                                             // lighter
    change_word::noun | change_word::rises,                                             // longer
    change_word::verb | change_word::falls | change_word::not_of_counts,                // lose
    change_word::verb | change_word::falls | change_word::not_of_counts,                // loses
    change_word::verb | change_word::falls | change_word::not_of_counts,                // losing
    change_word::verb | change_word::falls | change_word::not_of_counts,                // lost
    change_word::noun | change_word::falls,                                             // lower
    change_word::verb | change_word::needs_by | change_word::falls,                     // lowered
    change_word::verb | change_word::needs_by | change_word::falls,                     // lowering
    change_word::noun | change_word::rises,                                             // more
    change_word::verb | change_word::needs_by,                                          // moved
    change_word::verb | change_word::needs_by | change_word::falls,                     // narrow
    change_word::verb | change_word::needs_by | change_word::falls,                     // narrowed
    change_word::verb | change_word::needs_by | change_word::falls,                     // narrows
    change_word::verb | change_word::falls,                                             // plummeted
    change_word::verb | change_word::noun | change_word::falls,                         // plunge
    change_word::verb | change_word::falls,                                             // plunged
    change_word::verb | change_word::falls,                                             // plunges
    change_word::verb | change_word::falls,                                             // plunging
    change_word::verb | change_word::needs_by | change_word::rises,                     // raise
    change_word::verb | change_word::needs_by | change_word::rises,                     // raised
    change_word::verb | change_word::needs_by | change_word::rises,                     // raises
    change_word::verb | change_word::needs_by | change_word::rises,                     // raising
    change_word::verb | change_word::rises,                                             // rallied
    change_word::verb | change_word::rises,                                             // rallies
    change_word::verb | change_word::noun | change_word::rises,                         // rally
    change_word::verb | change_word::rises,                                             // rebounded
    change_word::verb | change_word::needs_by | change_word::falls,                     // reduced
    change_word::verb | change_word::needs_by | change_word::falls,                     // reduces
    change_word::verb | change_word::needs_by | change_word::falls,                     // reducing
    change_word::noun | change_word::falls,                                             // reduction
    change_word::verb | change_word::falls,                                             // retreated
    change_word::verb | change_word::needs_by,                                          // revised
    change_word::verb | change_word::noun | change_word::rises,                         // rise
    change_word::verb | change_word::rises | change_word::moves_level,                  // risen
    change_word::verb | change_word::rises | change_word::moves_level,                  // rises
    change_word::verb | change_word::rises | change_word::moves_level,                  // rising
    change_word::verb | change_word::rises | change_word::moves_level,                  // rose
    change_word::verb | change_word::falls,                                             // sank
    change_word::verb | change_word::falls,                                             // shed
    change_word::verb | change_word::needs_by,                                          // shifted
    change_word::noun | change_word::falls,                                             // shorter
    change_word::verb | change_word::falls,                                             // shrank
    change_word::verb | change_word::falls,                                             // shrinking
    change_word::verb | change_word::falls,                                             // shrinks
    change_word::verb | change_word::falls,                                             // shrunk
    change_word::verb | change_word::falls,                                             // sink
    change_word::verb | change_word::falls,                                             // sinks
    change_word::verb | change_word::rises,                                             // skyrocketed
    change_word::verb | change_word::needs_by | change_word::falls,                     // slashed
    change_word::verb | change_word::falls,                                             // slid
    change_word::verb | change_word::noun | change_word::falls,                         // slide
    change_word::verb | change_word::falls,                                             // slides
    change_word::verb | change_word::falls,                                             // sliding
    change_word::verb | change_word::falls,                                             // slipped
    change_word::verb | change_word::falls,                                             // slips
    change_word::noun | change_word::falls,                                             // slower
    change_word::verb | change_word::noun | change_word::falls,                         // slump
    change_word::verb | change_word::falls,                                             // slumped
    change_word::verb | change_word::falls,                                             // slumps
    change_word::noun | change_word::falls,                                             // smaller
    change_word::verb | change_word::rises,                                             // soar
    change_word::verb | change_word::rises,                                             // soared
    change_word::verb | change_word::rises,                                             // soaring
    change_word::verb | change_word::rises,                                             // soars
    change_word::noun | change_word::rises,                                             // spike
    change_word::verb | change_word::rises,                                             // spiked
    change_word::noun | change_word::rises,                                             // stronger
    change_word::verb | change_word::noun | change_word::rises,                         // surge
    change_word::verb | change_word::rises,                                             // surged
    change_word::verb | change_word::rises,                                             // surges
    change_word::verb | change_word::rises,                                             // surging
    change_word::verb | change_word::needs_by | change_word::falls,                     // trim
    change_word::verb | change_word::needs_by | change_word::falls,                     // trimmed
    change_word::verb | change_word::needs_by | change_word::falls,                     // trims
    change_word::verb | change_word::noun | change_word::falls,                         // tumble
    change_word::verb | change_word::falls,                                             // tumbled
    change_word::verb | change_word::falls,                                             // tumbles
    change_word::verb | change_word::falls,                                             // tumbling
    change_word::particle | change_word::rises,                                         // up
    change_word::verb | change_word::needs_by | change_word::rises,                     // upped
    change_word::noun | change_word::rises,                                             // uptick
    change_word::noun | change_word::rises,                                             // upturn
    change_word::noun | change_word::rises,                                             // warmer
    change_word::noun | change_word::falls,                                             // weaker
    change_word::verb | change_word::needs_by,                                          // went
    change_word::verb | change_word::needs_by | change_word::rises,                     // widen
    change_word::verb | change_word::needs_by | change_word::rises,                     // widened
    change_word::verb | change_word::needs_by | change_word::rises,                     // widens
    change_word::verb | change_word::needs_by,                                          // worsened
};

// What a word says of the figure after (or, for a noun, before) it: change_word flags, 0 for none.
inline std::uint8_t change_word_roles(std::string_view text) noexcept {
    const std::size_t i = change_words.index_any_case(text);
    return i == change_words.words().size() ? 0 : change_word_flags[i];
}

// Verbs with "up" or "down" that do not say a change: "shut down 5 plants", "made up 40%".
inline constexpr word_set<82> phrasal_verbs{std::array<std::string_view, 82>{
    "back",    "backed", "break",  "breaks", "bring",    "brings",  "broke",    "brought", "build",  "built",
    "burned",  "burnt",  "call",   "called", "calls",    "chalked", "gave",     "give",    "gives",  "giving",
    "hand",    "handed", "held",   "hold",   "knock",    "knocked", "laid",     "lay",     "locked", "made",
    "make",    "makes",  "making", "mopped", "narrowed", "notched", "paid",     "pay",     "pays",   "pick",
    "picked",  "picks",  "piled",  "pull",   "pulled",   "put",     "puts",     "racked",  "ran",    "rounded",
    "run",     "runs",   "scale",  "scaled", "set",      "sets",    "shoot",    "shot",    "shut",   "shuts",
    "sign",    "signed", "signs",  "struck", "sum",      "summed",  "take",     "taken",   "takes",  "took",
    "tore",    "torn",   "turn",   "turned", "turns",    "voted",   "whittled", "wound",   "write",  "writes",
    "written", "wrote"}};

// Words of a match around a tally that make it a scoreline ("won 3-1", "a 2-2 draw", "beat
// Hull 24-17"), which states no quantity.
inline constexpr word_set<27> score_words{std::array<std::string_view, 27>{
    "aggregate", "beat",   "beating", "beats",     "defeat",   "defeated", "draw",   "drawn", "drew",
    "finished",  "lead",   "leads",   "led",       "lose",     "loss",     "losses", "lost",  "record",
    "rout",      "routed", "score",   "scoreline", "thrashed", "victory",  "win",    "wins",  "won"}};

// Capitalised names of events held in a year: "a Euro 2024 qualifier" names the year of the
// event, not a count of qualifiers.
inline constexpr word_set<10> event_words{std::array<std::string_view, 10>{
    "Agenda", "Copa", "Cup", "Euro", "Expo", "Games", "Olympics", "Summit", "Vision", "World"}};

// What follows a house number and a name: "221 Harbour Street".
inline constexpr word_set<10> street_words{std::array<std::string_view, 10>{
    "Avenue", "Boulevard", "Drive", "Lane", "Place", "Road", "Square", "St", "Street", "Way"}};

// Words before "over" and a span of time that make it a bound ("for over 10 years", "took over
// 3 years"); after other words it is the span ("rose 5% over three years").
inline constexpr word_set<16> words_before_over_bound{
    std::array<std::string_view, 16>{"after", "at", "be", "been", "for", "in", "is", "lasted", "lasting", "of", "spent",
                                     "take", "taken", "takes", "took", "was"}};

// Words that start a clause: a verb of change before one of them is not the verb of the figure.
inline constexpr word_set<17> clause_words{
    std::array<std::string_view, 17>{"after", "although", "and", "as", "because", "before", "but", "if", "since",
                                     "that", "though", "when", "where", "whether", "which", "while", "who"}};

// Words before "top" that make it an adjective ("the top 10"), not a headline verb.
inline constexpr word_set<13> determiners{std::array<std::string_view, 13>{
    "a", "among", "at", "from", "her", "his", "in", "its", "my", "of", "our", "the", "their"}};

// Words before "past" that make it a span of time or a clock time ("over past 3 years", "half
// past 3"), not a level gone beyond.
inline constexpr word_set<7> words_before_time_past{
    std::array<std::string_view, 7>{"during", "five", "for", "half", "over", "quarter", "ten"}};

// What "crossed the 50,000 mark" crosses: a level, where "passed the $1.2 trillion bill" passes
// a thing.
inline constexpr word_set<6> milestone_words{
    std::array<std::string_view, 6>{"barrier", "level", "line", "mark", "milestone", "threshold"}};

// Words after a figure that are no noun it counts: verbs ("15 died", "7 remain"), times and
// weekdays ("100 yesterday", "100 Sunday"), adverbs ("2,870 rather than", "9 overnight"). A
// number before one is a bare number that takes no noun from an earlier count either.
inline constexpr word_set<35> words_never_counted{std::array<std::string_view, 35>{
    "afterwards", "again",    "alone",  "altogether", "apart",    "aside",   "away",         "die",      "died",
    "dies",       "earlier",  "fled",   "friday",     "instead",  "late",    "later",        "monday",   "overall",
    "overnight",  "perished", "rather", "remain",     "remained", "remains", "respectively", "saturday", "sunday",
    "survived",   "thursday", "today",  "tomorrow",   "tonight",  "tuesday", "wednesday",    "yesterday"}};

// Adjectives that news uses as the noun counted: "200 injured", "30 missing", "15 dead" count
// the injured, the missing, the dead (each its own noun; noun_classes.hpp says which are people).
inline constexpr word_set<5> state_nouns{
    std::array<std::string_view, 5>{"dead", "hurt", "injured", "missing", "wounded"}};

// Nouns after a model number and its variant: "a 737-800 jet" names a model, no range.
inline constexpr word_set<9> aircraft_words{std::array<std::string_view, 9>{
    "aircraft", "airliner", "airliners", "jet", "jetliner", "jetliners", "jets", "plane", "planes"}};

// Words that end a noun phrase after a figure: the counted noun comes before them. Scale
// words are among them, so that "hundred" is never the thing counted.
inline constexpr word_set<182> noun_stop_words{std::array<std::string_view, 182>{
    "a",       "about",   "according", "across",  "after",    "against",   "ago",       "already",   "also",
    "am",      "amid",    "among",     "an",      "and",      "another",   "apiece",    "are",       "around",
    "as",      "at",      "barrier",   "be",      "because",  "been",      "before",    "began",     "behind",
    "being",   "between", "beyond",    "billion", "billions", "both",      "bought",    "brought",   "but",
    "by",      "came",    "can",       "come",    "could",    "crore",     "crores",    "despite",   "did",
    "do",      "does",    "done",      "dozen",   "dozens",   "during",    "each",      "even",      "every",
    "fell",    "for",     "from",      "gave",    "get",      "got",       "grew",      "had",       "has",
    "have",    "he",      "her",       "here",    "his",      "how",       "hundred",   "hundreds",  "i",
    "if",      "in",      "including", "into",    "is",       "it",        "its",       "just",      "kept",
    "lakh",    "lakhs",   "last",      "least",   "left",     "less",      "made",      "magnitude", "make",
    "many",    "mark",    "may",       "met",     "might",    "milestone", "million",   "millions",  "more",
    "most",    "much",    "must",      "my",      "near",     "never",     "next",      "no",        "nor",
    "not",     "now",     "of",        "on",      "only",     "onto",      "or",        "other",     "our",
    "out",     "over",    "paid",      "per",     "rose",     "said",      "saw",       "says",      "scores",
    "sent",    "shall",   "she",       "should",  "since",    "so",        "sold",      "spent",     "still",
    "such",    "tens",    "than",      "that",    "the",      "their",     "them",      "then",      "there",
    "these",   "they",    "this",      "those",   "thousand", "thousands", "threshold", "through",   "to",
    "told",    "too",     "toward",    "towards", "trillion", "trillions", "under",     "until",     "upon",
    "very",    "via",     "was",       "we",      "went",     "were",      "what",      "when",      "where",
    "which",   "while",   "who",       "whom",    "whose",    "why",       "will",      "with",      "within",
    "without", "worth"}};

inline bool is_noun_stop_word(std::string_view lower) {
    return listed(noun_stop_words, lower) || listed(month_names, lower);
}

// Verbs that attribute what a sentence says to its subject.
inline constexpr word_set<58> speech_verbs{std::array<std::string_view, 58>{
    "acknowledged", "added",     "adds",       "announced",  "announces",  "argued",    "argues",    "asserted",
    "asserts",      "believes",  "claim",      "claimed",    "claims",     "confirmed", "confirms",  "declared",
    "declares",     "disclosed", "emphasised", "emphasized", "estimated",  "estimates", "expects",   "explained",
    "highlighted",  "insisted",  "insists",    "maintain",   "maintained", "maintains", "noted",     "notes",
    "pledged",      "praised",   "predicted",  "predicts",   "projected",  "reported",  "reports",   "revealed",
    "said",         "say",       "says",       "stated",     "states",     "stressed",  "suggested", "suggests",
    "tells",        "testified", "told",       "tweeted",    "vowed",      "vows",      "warned",    "warns",
    "writes",       "wrote"}};

// Lower-case subjects that can say something ("the administration said").
inline constexpr word_set<46> speaking_nouns{std::array<std::string_view, 46>{
    "administration", "agency",        "aides",      "analysts",  "authorities",  "cabinet",     "chairman",
    "commission",     "company",       "court",      "diplomats", "economists",   "embassy",     "experts",
    "government",     "investigators", "lawmakers",  "leader",    "leaders",      "military",    "minister",
    "ministry",       "negotiators",   "observers",  "official",  "officials",    "organizers",  "police",
    "president",      "prosecutors",   "regulators", "report",    "researchers",  "scientists",  "secretary",
    "senator",        "source",        "sources",    "spokesman", "spokesperson", "spokeswoman", "statement",
    "study",          "survey",        "treasury",   "union"}};

} // namespace factrec::parse::detail
