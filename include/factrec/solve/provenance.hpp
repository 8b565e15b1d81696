#pragma once

#include <factrec/model/model.hpp>
#include <factrec/solve/solution.hpp>

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// From what the solver says back to what the model was told: a solution names claims by id,
// and these find them in the model, with their source, speaker and interval. (A reconciliation
// goes further, to articles and sentences: reconcile/reconciliation.hpp.)
namespace factrec {

/// The claims of the model among `ids`, in their order: a conflict's claims, a range end's
/// lo_set_by or hi_set_by, a repair's rejected. Ids that name no claim (relations) are skipped.
template <Number N>
std::vector<const basic_model_claim<N>*> claims_named(const basic_model<N>& m, const std::vector<std::string>& ids) {
    std::unordered_map<std::string_view, const basic_model_claim<N>*> by_id;
    by_id.reserve(m.claims().size());
    for (const auto& c : m.claims()) by_id.emplace(c.id, &c);
    std::vector<const basic_model_claim<N>*> found;
    for (const std::string& id : ids)
        if (auto it = by_id.find(id); it != by_id.end()) found.push_back(it->second);
    return found;
}

/// Every claim of a conflict: each source of each statement in it. Its soft relations are in
/// conflict::relations and are not claims.
template <Number N>
std::vector<const basic_model_claim<N>*> claims_of(const basic_model<N>& m, const conflict& c) {
    return claims_named(m, c.claims);
}

/// The claims that set the low end of a fact's range: its lo_set_by without the relations.
template <Number N>
std::vector<const basic_model_claim<N>*> low_end_claims(const basic_model<N>& m, const basic_fact_range<N>& r) {
    return claims_named(m, r.lo_set_by);
}

/// The claims that set the high end of a fact's range: its hi_set_by without the relations.
template <Number N>
std::vector<const basic_model_claim<N>*> high_end_claims(const basic_model<N>& m, const basic_fact_range<N>& r) {
    return claims_named(m, r.hi_set_by);
}

} // namespace factrec
