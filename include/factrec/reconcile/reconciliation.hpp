#pragma once

#include <factrec/core.hpp>
#include <factrec/model/model.hpp>
#include <factrec/parse/mention.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/claim_time.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/solve/solution.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

// What a reconciliation produced, as plain data: the report layer reads these without
// pulling in the scanner's grammars or the solver's internals.
namespace factrec {

/// How a figure came to its fact (issue 13): the cue that won, where, at what cost, and the fact
/// that came next. Costs are in the binder's points (README: "How figures find their facts").
struct binding_explanation {
    std::string cue;                         ///< the phrase matched, lower case; empty for a pinned claim
    byte_span cue_span;                      ///< where the cue stands in the article
    long long cost = 0;                      ///< the pair's cost in the least-cost assignment
    std::optional<std::string> runner_up;    ///< the fact that would have taken it next, if any
    std::optional<long long> runner_up_cost; ///< and at what cost
};

/// Another article that printed the same sentence (a syndicated copy): one claim, several sources.
struct claim_copy {
    std::string id;          ///< the copy's own claim id (pacific-wire:84)
    std::size_t article = 0; ///< index into the articles
    std::string source;      ///< its article's source
    exact_number weight{1};  ///< what setting it aside would have cost alone
    byte_span span;          ///< the figure in its article
};

/// A figure bound to a fact, with everything a reader needs to find it again.
struct bound_claim {
    std::string id;          ///< "<article's id>:<byte offset>": harbor-ledger:115, 日経新聞:84, pacific-wire-2:84
    std::size_t article = 0; ///< index into the articles
    factrec::claim claim;    ///< fact, quantity as read, spans, publisher, speaker
    interval value;          ///< in the fact's unit, as the solver sees it
    std::string quote;       ///< the figure's own words
    std::string reading;     ///< how the figure was read, when not plainly ("up to" as a ceiling)
    bool pinned = false;     ///< placed by a `claim` statement rather than by a cue
    claim_time time;         ///< its date, and whether a revision replaced it (reconcile/detail/dating.hpp)
    binding_explanation explanation; ///< which cue bound it, at what cost, and the runner-up
    std::vector<claim_copy> copies;  ///< the same sentence in other articles: they count once

    /// What setting the claim aside costs: copies count once, at the highest of their trusts.
    [[nodiscard]] exact_number weight() const {
        exact_number w = claim.weight();
        for (const claim_copy& c : copies)
            if (w < c.weight) w = c.weight;
        return w;
    }
};

/// A figure that no fact took, and why: nothing the articles say is dropped silently.
struct unbound_mention {
    std::size_t article = 0;  ///< index into the articles
    factrec::mention mention; ///< the figure as the scanner read it; spans into the article's text
    std::string reason;       ///< in words ("no fact has this unit", "change", ...)
    /// The fact whose cue came nearest, and why it did not take the figure.
    ///@{
    std::optional<std::string> nearest_fact;
    std::string nearest_why;
    ///@}
    std::vector<std::string> candidates; ///< for an ambiguous figure: the facts that tied
};

/// A cue of the facts file that matched nothing in any article.
struct unmatched_cue {
    std::string fact;       ///< the fact whose cue it is
    std::string cue;        ///< as written in the facts file
    std::size_t offset = 0; ///< in the facts file
};

/// Something a reader should know that did not stop the run. `message` is whole, with its
/// place ("deal.facts:82:1: speaker ..."); file and offset say the place again for programs.
struct warning {
    std::string message;               ///< whole, with its place
    std::optional<std::string> file;   ///< the file it is about, when one
    std::optional<std::size_t> offset; ///< the byte in that file, when one
};

/// Every figure of the articles, bound to a fact or listed as unbound with the reason.
struct binding {
    std::vector<bound_claim> claims;           ///< figures bound to facts, in article order
    std::vector<unbound_mention> unbound;      ///< figures no fact took
    std::vector<std::string> notes;            ///< skipped bytes and other things the reader should know
    std::vector<unmatched_cue> unmatched_cues; ///< cues that matched nothing in any article
};

/// One full pass: the figures as read under one precision policy, bound and solved.
struct reading_pass {
    precision_policy precision; ///< how the figures were read
    factrec::binding binding;   ///< which figure went to which fact
    factrec::model model;       ///< the model solved: facts, claims, relations
    factrec::solution solution; ///< what the solver found

    /// The claim with this id (harbor-ledger:115), or nullptr. Linear in the claims.
    [[nodiscard]] const bound_claim* find_claim(std::string_view id) const {
        for (const auto& c : binding.claims)
            if (c.id == id) return &c;
        return nullptr;
    }
    /// The claims among `ids`, in their order: a range end's lo_set_by or hi_set_by, a repair's
    /// rejected, a repair alternative. Ids that name no claim (relations) are skipped.
    [[nodiscard]] std::vector<const bound_claim*> claims_named(const std::vector<std::string>& ids) const {
        std::vector<const bound_claim*> found;
        for (const std::string& id : ids)
            if (const bound_claim* c = find_claim(id)) found.push_back(c);
        return found;
    }
    /// Every claim of a conflict: each source of each statement in it. Its soft relations are
    /// in conflict::relations and are not claims.
    [[nodiscard]] std::vector<const bound_claim*> claims_of(const conflict& c) const { return claims_named(c.claims); }
    /// The consistent range of a fact (its id; for a dated fact, `FACT@DATE`), or nullptr.
    [[nodiscard]] const fact_range* range_of(std::string_view fact) const {
        for (const auto& f : solution.facts)
            if (f.fact == fact) return &f;
        return nullptr;
    }
    /// The claims that set the low end of a range: its lo_set_by without the relations.
    [[nodiscard]] std::vector<const bound_claim*> low_end_claims(const fact_range& r) const {
        return claims_named(r.lo_set_by);
    }
    /// The claims that set the high end of a range: its hi_set_by without the relations.
    [[nodiscard]] std::vector<const bound_claim*> high_end_claims(const fact_range& r) const {
        return claims_named(r.hi_set_by);
    }
    /// Whether the repair sets aside a claim about this fact: what decides that two readings differ.
    [[nodiscard]] bool sets_aside_claim_of(std::string_view fact) const {
        for (const auto& id : solution.rejected)
            if (const bound_claim* c = find_claim(id); c && c->claim.fact == fact) return true;
        return false;
    }
};

namespace reconcile_detail {

/// Bytes of an article; a span past its end (an article changed after it was read) is cut at
/// the end rather than read past it.
template <class = void>
inline std::string_view span_text(const article& a, byte_span span) {
    const std::string_view text = a.text;
    const std::size_t end = std::min(span.end, text.size());
    const std::size_t begin = std::min(span.begin, end);
    return text.substr(begin, end - begin);
}

} // namespace reconcile_detail

/// What factrec::reconcile returns: the facts file and articles as read, the pass the reports
/// lead with, the other reading when compared, and what a reader should know. The member
/// functions below go from a conflict or a range end to claims, and from a claim to its article.
struct reconciliation {
    facts_file facts;              ///< the facts file as parsed
    std::vector<article> articles; ///< in the order given; a claim's `article` indexes them
    reading_pass pass;             ///< under the facts file's reading (or --precision)
    /// The same articles under the other reading, when compared; and the facts for which
    /// sets_aside_claim_of differs between the two readings.
    ///@{
    std::optional<reading_pass> other;
    std::vector<std::string> facts_depending_on_reading;
    ///@}
    /// Other sets of claims whose setting aside costs as little as the repair's (at most 5).
    std::vector<std::vector<std::string>> repair_alternatives;
    /// Declarations nothing used, facts no figure was bound to, a file given twice.
    std::vector<warning> warnings;

    /// The claim with this id under the reading the report leads with, or nullptr.
    [[nodiscard]] const bound_claim* find_claim(std::string_view id) const { return pass.find_claim(id); }
    /// Every claim of a conflict of the leading reading (reading_pass::claims_of).
    [[nodiscard]] std::vector<const bound_claim*> claims_of(const conflict& c) const { return pass.claims_of(c); }

    // From a claim to where it stands: the article, the source and its copies, the words.
    // A claim of another reconciliation (an index past the articles) is a programming error:
    // article_of throws std::out_of_range, and the others with it.

    /// The article the claim was read from.
    [[nodiscard]] const article& article_of(const bound_claim& c) const { return articles.at(c.article); }
    /// The figure as it stands in its article (c.claim.span): "$490 billion".
    [[nodiscard]] std::string_view figure_text(const bound_claim& c) const {
        return reconcile_detail::span_text(article_of(c), c.claim.span);
    }
    /// The sentence around the figure (c.claim.sentence), as the article has it.
    [[nodiscard]] std::string_view sentence_of(const bound_claim& c) const {
        return reconcile_detail::span_text(article_of(c), c.claim.sentence);
    }
    /// The sources that printed the claim: its own first, then those of its copies (the same
    /// sentence in other articles), each once.
    [[nodiscard]] std::vector<std::string> sources_of(const bound_claim& c) const {
        std::vector<std::string> names{c.claim.publisher.name};
        for (const claim_copy& copy : c.copies)
            if (std::find(names.begin(), names.end(), copy.source) == names.end()) names.push_back(copy.source);
        return names;
    }

    /// Shown to be consistent: no conflict, and with products a solution found (exit status 0).
    [[nodiscard]] bool consistent() const { return pass.solution.consistent && pass.solution.consistency_proven; }
};

} // namespace factrec
