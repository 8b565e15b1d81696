#pragma once

#include <factrec/parse/detail/layer_namespace.hpp>

#include <string>

namespace factrec::parse::detail {

// The binding layer compares counted nouns in the singular: "troops" counts what "troop" does.
inline std::string singular(std::string noun) {
    if (noun.size() > 3 && noun.ends_with("ies")) return noun.substr(0, noun.size() - 3) + "y";
    if (noun.size() > 1 && noun.ends_with('s') && !noun.ends_with("ss")) noun.pop_back();
    return noun;
}

} // namespace factrec::parse::detail
