#pragma once

#include <factrec/parse/detail/fast/word_set.hpp>

#include <array>
#include <string_view>

namespace factrec::detail {

// Compared as written: "No." ends no sentence, "no." may.
inline constexpr word_set<33> abbreviations{
    std::array<std::string_view, 33>{"Capt", "Co",  "Col",  "Corp", "Dec", "Dr", "Feb", "Gen",    "Gov", "Inc", "Jan",
                                     "Jr",   "Lt",  "Ltd",  "Mr",   "Mrs", "Ms", "No",  "Nos",    "Nov", "Oct", "Prof",
                                     "Rep",  "Sen", "Sept", "Sgt",  "Sr",  "St", "Vol", "approx", "est", "p",   "vs"}};

} // namespace factrec::detail
