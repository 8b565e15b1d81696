#pragma once

// `factrec reconcile --explain-binding`: for every figure, the fact it went to, by which cue, at
// what cost and against which runner-up; for every figure left unbound, the noun and unit as
// read, the nearest fact it missed and why; then the cues that matched nothing.
#include <factrec/reconcile/reconciliation.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>

#include <ostream>
#include <sstream>
#include <string>

namespace factrec {

/// What `factrec reconcile --explain-binding` prints: for each figure of the articles, the
/// fact it was bound to, by which cue at what cost and which fact came next; or why no fact
/// took it; then the cues that matched nothing.
template <class = void>
inline void write_binding_explanation(std::ostream& out, const reconciliation& r) {
    const binding& b = r.pass.binding;
    auto figure_text = [&](std::size_t article, const byte_span& span) {
        return report::detail::visible_text(r.articles[article].text.substr(span.begin, span.end - span.begin));
    };
    out << "BINDING: " << b.claims.size() << " figures bound, " << b.unbound.size() << " left unbound\n";
    for (const bound_claim& c : b.claims) {
        out << "  " << report::detail::visible_text(c.id) << "  \"" << figure_text(c.article, c.claim.span) << "\" -> "
            << c.claim.fact;
        if (c.pinned)
            out << "  (pinned by a claim line)";
        else
            out << "  by cue \"" << report::detail::visible_text(c.explanation.cue) << "\" at bytes "
                << c.explanation.cue_span.begin << "-" << c.explanation.cue_span.end << ", cost " << c.explanation.cost;
        if (c.explanation.runner_up)
            out << "; runner-up " << *c.explanation.runner_up << " at cost " << *c.explanation.runner_up_cost;
        if (c.claim.quantity.unit.dimension() == dimension::count)
            out << "; noun as read \"" << report::detail::visible_text(c.claim.quantity.unit.symbol()) << "\"";
        for (const claim_copy& copy : c.copies) out << "; copy " << report::detail::visible_text(copy.id);
        out << '\n';
    }
    for (const unbound_mention& u : b.unbound) {
        out << "  " << report::detail::visible_text(r.articles[u.article].file) << ":" << u.mention.span.begin << "  \""
            << figure_text(u.article, u.mention.span) << "\" unbound (" << to_string(u.mention.kind) << " in "
            << report::detail::visible_text(to_string(u.mention.quantity.unit))
            << "): " << report::detail::visible_text(u.reason) << '\n';
    }
    for (const unmatched_cue& cue : b.unmatched_cues)
        out << "  cue \"" << report::detail::visible_text(cue.cue) << "\" of " << cue.fact
            << " matched nothing in any article\n";
}

/// write_binding_explanation, as a string.
template <class = void>
inline std::string binding_explanation_text(const reconciliation& r) {
    std::ostringstream out;
    write_binding_explanation(out, r);
    return out.str();
}

} // namespace factrec
