#include "story_input.hpp"

#include <factrec/reconcile.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace factrec_fuzz {

std::optional<factrec::result<factrec::reconciliation>> reconcile_story(const story& s, const story_limits& limits) {
    if (s.articles.size() > limits.articles) return std::nullopt;
    auto facts = factrec::parse_facts_file(s.facts, facts_file_name);
    if (!facts) return factrec::result<factrec::reconciliation>(facts.error());
    if (facts->facts.size() > limits.facts || facts->relations.size() > limits.relations) return std::nullopt;
    std::vector<factrec::article> articles;
    std::size_t figures = 0;
    for (const story_article& a : s.articles) {
        auto read = factrec::read_article(a.file, a.text);
        if (!read) return factrec::result<factrec::reconciliation>(read.error());
        figures += factrec::scan(read->body()).size();
        articles.push_back(std::move(*read));
    }
    if (figures > limits.figures) return std::nullopt;
    factrec::reconcile_options options;
    options.solve.max_conflicts = 32;
    return factrec::reconcile(std::move(*facts), std::move(articles), options);
}

std::size_t figures_in(const factrec::article& a, const factrec::precision_policy& precision) {
    factrec::scan_options scanning;
    scanning.precision = precision;
    return factrec::scan(a.body(), scanning).size();
}

} // namespace factrec_fuzz
