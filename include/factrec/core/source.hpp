#pragma once

#include <factrec/core/number.hpp>

#include <string>

namespace factrec {

/// Who published a claim (the article). Trust weights are what a repair pays to set a claim aside.
struct publisher {
    std::string name;      ///< as the article's `source:` header (or its file name) gives it
    std::string url;       ///< the `url:` header; empty when none
    std::string date;      ///< YYYY-MM-DD, YYYY-MM or YYYY when known; empty when unknown
    exact_number trust{1}; ///< the facts file's `source ... trust`; 1 unless declared

    /// Every field equal.
    friend bool operator==(const publisher&, const publisher&) = default;
};

/// Who said it inside the article ("the White House", "Lutnick", "North Korea").
struct speaker {
    std::string name;      ///< as the article attributes the figure ("the White House", "Lutnick")
    exact_number trust{1}; ///< the facts file's `speaker ... trust`; 1 unless declared

    /// Every field equal.
    friend bool operator==(const speaker&, const speaker&) = default;
};

} // namespace factrec
