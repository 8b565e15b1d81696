#pragma once

// Copies count once: one sentence printed by several outlets (a wire story syndicated) is one
// claim with several sources, whose cost to set aside is the highest of their trusts, not the sum.
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/reconciliation.hpp>

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace factrec::reconcile_detail {

// Letters and digits of a text, ASCII in lower case: the same sentence whatever its spacing,
// punctuation or quotation marks. Bytes past ASCII are kept as they are.
template <class = void>
inline std::string copy_key(std::string_view text) {
    std::string key;
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'))
            key += c;
        else if (c >= 'A' && c <= 'Z')
            key += static_cast<char>(c - 'A' + 'a');
    }
    return key;
}

// Folds the claims whose sentence, fact, figure and date are the same in several articles into
// the first of them (in article order); the others become its copies. The same words on two
// dates are two claims of a series fact: "the toll stood at 300" printed on the 3rd and again on
// the 10th says what the toll was on each day, and a running total is checked on both. A
// timeless fact has one value whatever the day, so its copies merge across dates.
template <class = void>
inline void merge_copies(const facts_file& facts, const std::vector<article>& articles, binding& bound) {
    std::map<std::tuple<std::string, std::string, std::string, std::string>, std::size_t> first_of;
    std::vector<bound_claim> kept;
    auto series_fact = [&](const std::string& id) {
        const fact_declaration* f = facts.find_fact(id);
        return f && f->series != series_kind::timeless;
    };
    for (bound_claim& c : bound.claims) {
        const std::string& text = articles[c.article].text;
        auto key = std::tuple(c.claim.fact,
                              copy_key(std::string_view(text).substr(c.claim.sentence.begin,
                                                                     c.claim.sentence.end - c.claim.sentence.begin)),
                              copy_key(c.quote), series_fact(c.claim.fact) ? c.time.date.value_or("") : "");
        auto found = first_of.find(key);
        if (found != first_of.end() && kept[found->second].article != c.article &&
            std::none_of(kept[found->second].copies.begin(), kept[found->second].copies.end(),
                         [&](const claim_copy& copy) { return copy.article == c.article; })) {
            kept[found->second].copies.push_back(
                {c.id, c.article, c.claim.publisher.name, c.claim.weight(), c.claim.span});
            continue;
        }
        if (found == first_of.end()) first_of.emplace(std::move(key), kept.size());
        kept.push_back(std::move(c));
    }
    bound.claims = std::move(kept);
}

} // namespace factrec::reconcile_detail
