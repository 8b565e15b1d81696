#pragma once
// INTERIM, until the parse layer reads headline verbs itself (issue 14, item 6, helper
// `direction`): "the death toll has surpassed 3,000" is read as more than 3,000. Applies only to
// a figure the scanner read without a qualifier, so it does nothing once the scanner reads the
// verb; remove it then.

#include <factrec/parse.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace factrec::detail {

template <class Deferred = void> // compiled only where it is called: see the README on compile time
inline void read_rising_total_verbs(const facts_file& facts, const std::vector<article>& articles, binding& bound,
                                    const precision_policy& precision) {
    static constexpr std::string_view verbs[] = {"surpassed",    "surpasses",   "passed",    "passes",    "topped",
                                                 "tops",         "exceeded",    "exceeds",   "crossed",   "crosses",
                                                 "climbed past", "climbs past", "rose past", "rises past"};
    for (bound_claim& c : bound.claims) {
        if (c.claim.quantity.qualifier != qualifier::none) continue;
        const std::string& text = articles[c.article].text;
        std::string_view before =
            std::string_view(text).substr(c.claim.sentence.begin, c.claim.span.begin - c.claim.sentence.begin);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        for (std::string_view verb : verbs) {
            if (!before.ends_with(verb)) continue;
            std::size_t at = before.size() - verb.size();
            if (at > 0 && before[at - 1] != ' ') continue;
            auto more = parse_quantity("more than " + c.quote, precision);
            const fact_declaration* f = facts.find_fact(c.claim.fact);
            if (!more || !f) break;
            // a bare number or count is bound as read; anything else in the fact's unit
            const bool as_read = c.value == c.claim.quantity.value;
            auto value = as_read ? result<interval>(more->value) : convert(more->value, more->unit, f->unit);
            if (!value) break;
            c.claim.quantity = *more;
            c.value = *value;
            c.reading = "\"" + std::string(verb) + "\" read as more than the figure";
            break;
        }
    }
}

} // namespace factrec::detail
