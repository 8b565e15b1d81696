#pragma once

#include <factrec/core/number.hpp>

#include <string>

namespace factrec {

// Who published a claim (the article). Trust weights are what a repair pays to set a claim aside.
struct publisher {
    std::string name;
    std::string url;
    std::string date; // YYYY-MM-DD, YYYY-MM or YYYY when known; empty when unknown
    exact_number trust{1};

    friend bool operator==(const publisher&, const publisher&) = default;
};

// Who said it inside the article ("the White House", "Lutnick", "North Korea").
struct speaker {
    std::string name;
    exact_number trust{1};

    friend bool operator==(const speaker&, const speaker&) = default;
};

} // namespace factrec
