#pragma once

// English count-noun classes: nouns that count the same things, so that a count of one of them
// is a count of the others (1:1). "11,300 dead", "3,958 deaths" and "170 victims" are counts of
// people; a fact declared `unit count(people)` takes them all. Words are lemmas (singular, lower
// case); plurals are folded onto them by noun_lemma().
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace factrec::english {

/// A set of count nouns that count the same things. Views of static strings: the classes are
/// compile-time data.
struct noun_class {
    std::string_view name; ///< What the class counts, as `unit count(NAME)` writes it: "people".
    /// Lemmas that belong to the class wherever they are read.
    std::string_view members; ///< space-separated
    /// Lemmas that join the class only when the fact itself names one of them: "casualties"
    /// mixes the dead and the injured, so a count of people takes it only when the fact says so.
    std::string_view only_when_named;
};

// Who a count of people takes: every noun that names people by what they are or do ("6
// children", "40 passengers", "12 firefighters"). The injured and the missing are people too,
// but a story counts them apart from its toll of the dead: "30 dead, 200 injured, 15 missing"
// are three counts, so they are nouns of their own ("injured" with "wounded" and "hurt"), and a
// count of people does not take them.
inline constexpr std::array<noun_class, 2> noun_classes{{
    {"people",
     "people person individual resident citizen civilian victim dead death fatality life survivor worker member "
     "staff official troop soldier child man woman adult passenger firefighter student pupil patient employee "
     "migrant refugee tourist villager miner pilgrim",
     "casualty"},
    {"injured", "injured wounded hurt", ""},
}};

// Plurals that do not end in a plain -s, and words whose -s is not a plural.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 8> irregular_lemmas{{
    {"people", "people"},
    {"persons", "person"},
    {"lives", "life"},
    {"staff", "staff"},
    {"dead", "dead"},
    {"men", "man"},
    {"women", "woman"},
    {"children", "child"},
}};

// The lemma of a counted noun: lower case, singular.
inline std::string noun_lemma(std::string_view noun) {
    std::string word;
    for (char c : noun) word += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const auto& [plural, lemma] : irregular_lemmas)
        if (word == plural) return std::string(lemma);
    if (word.size() > 3 && word.ends_with("ies")) return word.substr(0, word.size() - 3) + "y";
    if (word.size() > 1 && word.ends_with('s') && !word.ends_with("ss")) word.pop_back();
    return word;
}

} // namespace factrec::english
