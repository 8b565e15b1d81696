#pragma once

#include <optional>
#include <string>

namespace factrec {

/// When a claim says its figure held, and whether a later figure replaced it. Plain data: the
/// dating itself is in reconcile/detail/dating.hpp.
struct claim_time {
    std::optional<std::string> date; ///< YYYY-MM-DD; none when undated
    std::string dated_by;            ///< "article", "sentence", or empty when undated
    std::string phrase;              ///< the words of its sentence that dated it, or tried to
    /// Marked by its sentence as an earlier figure ("up from 5,200", "initially 48") without a day
    /// of its own: it says what the fact was at some unknown earlier time, so it takes no part.
    bool earlier = false;
    /// A forecast ("will reach 900 by next Tuesday", a day after its article's date): it says what
    /// someone expects, not what the fact was on any day, so it takes no part.
    bool forecast = false;
    /// A revision ("revised the toll to 3,958 from 11,300") replaced this figure: it takes no
    /// part in conflicts or ranges. The revising claim's id and its words.
    std::optional<std::string> superseded_by;
    std::string superseded_words; ///< The revising sentence's words, when superseded_by is set.

    /// True when the claim counts in conflicts and ranges: neither earlier, a forecast nor
    /// superseded.
    [[nodiscard]] bool takes_part() const noexcept { return !earlier && !forecast && !superseded_by; }
};

} // namespace factrec
