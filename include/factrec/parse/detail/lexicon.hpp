#pragma once

#include <factrec/core/quantity.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/mention.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>

namespace factrec::detail {

template <std::size_t Size>
constexpr bool sorted(const std::array<std::string_view, Size>& words) {
    for (std::size_t i = 1; i < Size; ++i)
        if (!(words[i - 1] < words[i])) return false;
    return true;
}

template <std::size_t Size>
bool listed(const std::array<std::string_view, Size>& words, std::string_view lower_word) {
    return std::binary_search(words.begin(), words.end(), lower_word);
}

// Lower-cases a short word into a buffer; longer words are never in a table.
struct lower_word {
    std::array<char, max_word_bytes> buffer{};
    std::size_t size = 0;
    explicit lower_word(std::string_view w) noexcept : size(std::min(w.size(), buffer.size())) {
        for (std::size_t i = 0; i < size; ++i) buffer[i] = to_lower(w[i]);
    }
    [[nodiscard]] std::string_view view() const noexcept { return {buffer.data(), size}; }
};

// Words that can start a figure in words; the scanner checks each word start against these.
inline constexpr std::array<std::string_view, 30> number_words{
    "a", "eight", "eighteen", "eighty", "eleven", "fifteen", "fifty", "five", "forty", "four", "fourteen", "half", "nine",
    "nineteen", "ninety", "one", "seven", "seventeen", "seventy", "six", "sixteen", "sixty", "ten", "thirteen", "thirty",
    "three", "twelve", "twenty", "two", "zero"};
static_assert(sorted(number_words));

struct scale_word {
    std::string_view word;
    int exponent;
    bool attached_only; // "$1.6B", "10k": only right after the digits
};
inline constexpr std::array<scale_word, 17> scale_words{{
    {"trillion", 12, false}, {"billion", 9, false}, {"million", 6, false}, {"thousand", 3, false},
    {"bn", 9, false}, {"mln", 6, false}, {"mn", 6, false}, {"tn", 12, false}, {"trn", 12, false},
    {"k", 3, true}, {"K", 3, true}, {"M", 6, true}, {"B", 9, true}, {"b", 9, true}, {"T", 12, true}, {"m", 6, true},
    {"Bn", 9, false},
}};

// A unit after a figure. Short symbols are case-sensitive ("m" is a metre, "M" a million).
struct unit_word {
    std::string_view phrase; // words separated by one space
    mention_kind kind;
    std::string_view symbol; // ISO code, "%" or a core unit symbol
    bool case_sensitive = false;
};
inline constexpr std::array<unit_word, 71> unit_words{{
    {"percentage points", mention_kind::share, "%"}, {"percentage point", mention_kind::share, "%"},
    {"per cent", mention_kind::share, "%"}, {"percent", mention_kind::share, "%"}, {"pct", mention_kind::share, "%"},
    {"u.s. dollars", mention_kind::money, "USD"}, {"us dollars", mention_kind::money, "USD"},
    {"dollars", mention_kind::money, "USD"}, {"dollar", mention_kind::money, "USD"},
    {"yen", mention_kind::money, "JPY"}, {"euros", mention_kind::money, "EUR"}, {"euro", mention_kind::money, "EUR"},
    {"pounds sterling", mention_kind::money, "GBP"}, {"pounds", mention_kind::money, "GBP"}, {"pound", mention_kind::money, "GBP"},
    {"sterling", mention_kind::money, "GBP"}, {"yuan", mention_kind::money, "CNY"}, {"renminbi", mention_kind::money, "CNY"},
    {"USD", mention_kind::money, "USD", true}, {"JPY", mention_kind::money, "JPY", true}, {"EUR", mention_kind::money, "EUR", true},
    {"GBP", mention_kind::money, "GBP", true}, {"CNY", mention_kind::money, "CNY", true},
    {"metric tons", mention_kind::mass, "t"}, {"metric ton", mention_kind::mass, "t"}, {"tonnes", mention_kind::mass, "t"},
    {"tonne", mention_kind::mass, "t"}, {"short tons", mention_kind::mass, "short_ton"}, {"short ton", mention_kind::mass, "short_ton"},
    {"long tons", mention_kind::mass, "long_ton"}, {"long ton", mention_kind::mass, "long_ton"}, {"tons", mention_kind::mass, "ton"},
    {"ton", mention_kind::mass, "ton"}, {"kilograms", mention_kind::mass, "kg"}, {"kilogram", mention_kind::mass, "kg"},
    {"kg", mention_kind::mass, "kg", true}, {"lbs", mention_kind::mass, "lb", true}, {"lb", mention_kind::mass, "lb", true},
    {"feet", mention_kind::length, "ft"}, {"foot", mention_kind::length, "ft"}, {"ft", mention_kind::length, "ft", true},
    {"nautical miles", mention_kind::length, "nmi"}, {"miles", mention_kind::length, "mi"}, {"mile", mention_kind::length, "mi"},
    {"mi", mention_kind::length, "mi", true},
    {"kilometres", mention_kind::length, "km"}, {"kilometers", mention_kind::length, "km"}, {"kilometre", mention_kind::length, "km"},
    {"kilometer", mention_kind::length, "km"}, {"km", mention_kind::length, "km", true},
    {"metres", mention_kind::length, "m"}, {"meters", mention_kind::length, "m"}, {"metre", mention_kind::length, "m"},
    {"meter", mention_kind::length, "m"}, {"m", mention_kind::length, "m", true},
    {"barrels", mention_kind::volume, "bbl"}, {"barrel", mention_kind::volume, "bbl"}, {"bbl", mention_kind::volume, "bbl", true},
    {"litres", mention_kind::volume, "l"}, {"liters", mention_kind::volume, "l"},
    {"years", mention_kind::duration, "year"}, {"year", mention_kind::duration, "year"},
    {"months", mention_kind::duration, "month"}, {"month", mention_kind::duration, "month"},
    {"weeks", mention_kind::duration, "week"}, {"week", mention_kind::duration, "week"},
    {"days", mention_kind::duration, "d"}, {"day", mention_kind::duration, "d"},
    {"hours", mention_kind::duration, "h"}, {"hour", mention_kind::duration, "h"},
    {"minutes", mention_kind::duration, "min"},
}};

struct currency_sign {
    std::string_view sign; // as written right before the digits
    std::string_view code;
};
// Longest first, so that "US$" wins over "$".
inline constexpr std::array<currency_sign, 13> currency_signs{{
    {"U.S.$", "USD"}, {"US$", "USD"}, {"HK$", "HKD"}, {"NZ$", "NZD"}, {"AU$", "AUD"}, {"C$", "CAD"}, {"A$", "AUD"},
    {"S$", "SGD"}, {"$", "USD"}, {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"}, {"\xC2\xA5", "JPY"}, {"\xE2\x82\xB9", "INR"},
}};
// Written as a word before the figure: "USD 200", "US $550".
inline constexpr std::array<currency_sign, 9> currency_codes_before{{
    {"USD", "USD"}, {"EUR", "EUR"}, {"JPY", "JPY"}, {"GBP", "GBP"}, {"CNY", "CNY"}, {"CAD", "CAD"}, {"AUD", "AUD"},
    {"CHF", "CHF"}, {"INR", "INR"},
}};

struct qualifier_phrase {
    std::string_view phrase;
    qualifier meaning;
};
inline constexpr std::array<qualifier_phrase, 42> qualifier_phrases{{
    {"about", qualifier::approximately}, {"around", qualifier::approximately}, {"approximately", qualifier::approximately},
    {"roughly", qualifier::approximately}, {"some", qualifier::approximately}, {"circa", qualifier::approximately},
    {"close to", qualifier::approximately}, {"an estimated", qualifier::approximately},
    {"more than", qualifier::more_than}, {"over", qualifier::more_than}, {"above", qualifier::more_than},
    {"exceeding", qualifier::more_than}, {"in excess of", qualifier::more_than}, {"upwards of", qualifier::more_than},
    {"just over", qualifier::more_than}, {"well over", qualifier::more_than}, {"greater than", qualifier::more_than},
    {"at least", qualifier::at_least}, {"no less than", qualifier::at_least}, {"no fewer than", qualifier::at_least},
    {"not less than", qualifier::at_least}, {"a minimum of", qualifier::at_least},
    {"less than", qualifier::less_than}, {"under", qualifier::less_than}, {"below", qualifier::less_than},
    {"fewer than", qualifier::less_than}, {"well under", qualifier::less_than}, {"well below", qualifier::less_than},
    {"at most", qualifier::at_most}, {"no more than", qualifier::at_most}, {"not more than", qualifier::at_most},
    {"a maximum of", qualifier::at_most}, {"within", qualifier::at_most},
    {"up to", qualifier::up_to}, {"as much as", qualifier::up_to}, {"as many as", qualifier::up_to},
    {"as high as", qualifier::up_to},
    {"nearly", qualifier::nearly}, {"almost", qualifier::nearly}, {"just under", qualifier::nearly},
    {"just below", qualifier::nearly}, {"just shy of", qualifier::nearly},
}};

inline constexpr std::array<std::string_view, 23> month_names{
    "apr", "april", "aug", "august", "dec", "december", "feb", "february", "jan", "january", "jul", "july", "jun", "june",
    "mar", "march", "may", "nov", "november", "oct", "october", "sep", "september"};
static_assert(sorted(month_names));

// Capitalised words that make the number after them a name or a label ("Game 3").
inline constexpr std::array<std::string_view, 40> label_words{
    "Act", "Amendment", "Apollo", "Article", "Block", "Building", "Category", "Channel", "Chapter", "Class", "Episode",
    "Fig", "Figure", "Flight", "Game", "Gate", "Grade", "Highway", "Interstate", "Item", "Level", "Model", "No", "Nos",
    "Number", "Page", "Part", "Phase", "Platform", "Resolution", "Room", "Round", "Route", "Season", "Section", "Stage",
    "Table", "Title", "Version", "Vol"};
static_assert(sorted(label_words));

// Words before a four-digit number that make it a calendar year.
inline constexpr std::array<std::string_view, 20> year_lead_words{
    "after", "before", "between", "by", "circa", "during", "early", "from", "in", "late", "mid", "of", "since", "spring",
    "summer", "the", "through", "to", "until", "year"};
static_assert(sorted(year_lead_words));

// Verbs before "from X to Y" that make it a change between two figures, not a range.
inline constexpr std::array<std::string_view, 32> change_verbs{
    "climbed", "climbing", "cut", "cutting", "declined", "declining", "dropped", "dropping", "fallen", "falling",
    "fell", "grew", "growing", "increased", "increasing", "jumped", "lowered", "lowering", "moved", "raised",
    "raising", "reduced", "reducing", "risen", "rising", "rose", "shrank", "slashed", "slipped", "soared", "surged",
    "went"};
static_assert(sorted(change_verbs));

// Words that end a noun phrase after a figure: the counted noun comes before them.
inline constexpr std::array<std::string_view, 129> noun_stop_words{
    "a", "about", "according", "across", "after", "against", "already", "also", "am", "among", "an", "and", "another",
    "are", "as", "at", "be", "because", "been", "before", "began", "being", "between", "both", "bought", "brought", "but",
    "by", "came", "can", "come", "could", "did", "do", "does", "done", "during", "each", "even", "every", "fell", "for",
    "from", "gave", "get", "got", "grew", "had", "has", "have", "he", "her", "here", "his", "how", "i", "if", "in",
    "into", "is", "it", "its", "just", "kept", "least", "left", "less", "made", "make", "many", "may", "met", "might",
    "more", "most", "much", "must", "my", "never", "no", "nor", "not", "now", "of", "on", "only", "or", "other", "our",
    "over", "paid", "per", "rose", "said", "saw", "says", "sent", "shall", "she", "should", "since", "so", "sold",
    "spent", "still", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "told", "too", "under", "until", "very", "via", "was", "we", "went", "were"};
static_assert(sorted(noun_stop_words));
inline constexpr std::array<std::string_view, 12> noun_stop_words_tail{
    "what", "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "within"};
static_assert(sorted(noun_stop_words_tail));

inline bool is_noun_stop_word(std::string_view lower) {
    return listed(noun_stop_words, lower) || listed(noun_stop_words_tail, lower) || listed(month_names, lower);
}

// Verbs that attribute what a sentence says to its subject.
inline constexpr std::array<std::string_view, 58> speech_verbs{
    "acknowledged", "added", "adds", "announced", "announces", "argued", "argues", "asserted", "asserts", "believes",
    "claim", "claimed", "claims", "confirmed", "confirms", "declared", "declares", "disclosed", "emphasised",
    "emphasized", "estimated", "estimates", "expects", "explained", "highlighted", "insisted", "insists", "maintain",
    "maintained", "maintains", "noted", "notes", "pledged", "praised", "predicted", "predicts", "projected",
    "reported", "reports", "revealed", "said", "say", "says", "stated", "states", "stressed", "suggested", "suggests",
    "tells", "testified", "told", "tweeted", "vowed", "vows", "warned", "warns", "writes", "wrote"};
static_assert(sorted(speech_verbs));

// Lower-case subjects that can say something ("the administration said").
inline constexpr std::array<std::string_view, 46> speaking_nouns{
    "administration", "agency", "aides", "analysts", "authorities", "cabinet", "chairman", "commission", "company",
    "court", "diplomats", "economists", "embassy", "experts", "government", "investigators", "lawmakers", "leader",
    "leaders", "military", "minister", "ministry", "negotiators", "observers", "official", "officials", "organizers",
    "police", "president", "prosecutors", "regulators", "report", "researchers", "scientists", "secretary", "senator",
    "source", "sources", "spokesman", "spokesperson", "spokeswoman", "statement", "study", "survey", "treasury",
    "union"};
static_assert(sorted(speaking_nouns));

} // namespace factrec::detail
