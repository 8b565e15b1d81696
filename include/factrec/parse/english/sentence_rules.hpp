#pragma once

#include <factrec/parse/detail/fast/word_set.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>

#include <array>
#include <string_view>

namespace factrec::parse::detail {

// Compared as written: "No." ends no sentence, "no." may. Every month's abbreviation is here
// ("Aug. 5", "Sep. 30"), as "Jan." and "Sept." were, so that a date never ends a sentence.
inline constexpr word_set<39> abbreviations{std::array<std::string_view, 39>{
    "Apr",  "Aug", "Capt", "Co",  "Col",  "Corp", "Dec", "Dr",  "Feb", "Gen",    "Gov", "Inc", "Jan",
    "Jr",   "Jul", "Jun",  "Lt",  "Ltd",  "Mar",  "Mr",  "Mrs", "Ms",  "No",     "Nos", "Nov", "Oct",
    "Prof", "Rep", "Sen",  "Sep", "Sept", "Sgt",  "Sr",  "St",  "Vol", "approx", "est", "p",   "vs"}};

} // namespace factrec::parse::detail
