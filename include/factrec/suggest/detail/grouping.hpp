#pragma once

// Figures of several articles that speak of one thing: same key, compatible magnitudes, shared
// context, and no rival names (distinct_subjects: two companies' equal projects). Pairs are merged best first; a group
// takes a figure only if every figure it holds is compatible with it in magnitude and, on average, in context.
#include <factrec/suggest/detail/layer_namespace.hpp>
#include <factrec/suggest/detail/story.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace factrec::suggest::detail {

template <class = void>
inline bool magnitudes_fit(const story_figure& a, const story_figure& b, const suggest_options& o) {
    const double t = o.same_day_tolerance;
    if (a.low * (1 - t) <= b.high * (1 + t) && b.low * (1 - t) <= a.high * (1 + t)) return true;
    // A running count grows: a later day's figure may be larger, within the growth factor.
    if (!a.day || !b.day || *a.day == *b.day || bucket_of(a.key) != "count") return false;
    const story_figure& earlier = *a.day < *b.day ? a : b;
    const story_figure& later = *a.day < *b.day ? b : a;
    return earlier.middle() > 0 && later.middle() > earlier.middle() &&
           later.middle() / earlier.middle() <= o.growth_factor;
}

// The same figure as read ("$550 billion" and "$550-billion") is strong evidence of one fact
// when the words around agree at all: it counts this much towards the similarity.
inline constexpr double same_value_bonus = 0.15;

template <class = void>
inline bool same_value(const story_figure& a, const story_figure& b) {
    auto near = [](double x, double y) { return std::abs(x - y) <= 1e-9 * std::max(std::abs(x), std::abs(y)); };
    // "up to $100 billion" states the number "$100 billion" does: the bound within the other as read
    if (a.bound_only != b.bound_only) {
        const story_figure& bound = a.bound_only ? a : b;
        const story_figure& other = a.bound_only ? b : a;
        return other.low <= bound.high * (1 + 1e-9) && bound.high <= other.high * (1 + 1e-9);
    }
    return near(a.low, b.low) && near(a.high, b.high);
}

// The same figure beside the same specific names ("Westinghouse") is one subject's figure,
// however differently the sentences around it run: up to this much more.
inline constexpr double same_name_bonus = 0.1;

template <class = void>
inline double pair_score(const story& s, const story_figure& a, const story_figure& b) {
    if (!same_value(a, b)) return similarity(a, b);
    return similarity(a, b) + same_value_bonus + same_name_bonus * shared_names(s, a, b);
}

// Two figures of one article are one fact only when they say the same (their intervals meet as
// read) in different sentences: an itemised list is never one fact.
template <class = void>
inline bool may_share_group(const story& s, std::size_t x, std::size_t y) {
    const story_figure& a = s.figures[x];
    const story_figure& b = s.figures[y];
    if (a.article != b.article) return true;
    if (s.mention_of(a).sentence == s.mention_of(b).sentence) return false;
    return a.low <= b.high && b.low <= a.high;
}

using figure_groups = std::vector<std::vector<std::size_t>>; // indices into story::figures

template <class = void>
inline figure_groups group_figures(const story& s, const suggest_options& o) {
    std::map<std::string, std::vector<std::size_t>> by_key;
    for (std::size_t i = 0; i < s.figures.size(); ++i) by_key[bucket_of(s.figures[i].key)].push_back(i);
    struct scored_pair {
        double score;
        std::size_t a, b;
    };
    std::vector<scored_pair> pairs;
    for (const auto& [key, members] : by_key)
        for (std::size_t x = 0; x < members.size(); ++x)
            for (std::size_t y = x + 1; y < members.size(); ++y) {
                const story_figure& a = s.figures[members[x]];
                const story_figure& b = s.figures[members[y]];
                if (a.article == b.article || !keys_fit(a.key, b.key) || !magnitudes_fit(a, b, o) ||
                    distinct_subjects(s, a, b))
                    continue;
                const double score = pair_score(s, a, b);
                if (score >= o.min_similarity) pairs.push_back({score, members[x], members[y]});
            }
    std::sort(pairs.begin(), pairs.end(), [](const scored_pair& x, const scored_pair& y) {
        return std::tie(y.score, x.a, x.b) < std::tie(x.score, y.a, y.b);
    });
    std::vector<std::size_t> group_of(s.figures.size());
    figure_groups groups(s.figures.size());
    for (std::size_t i = 0; i < s.figures.size(); ++i) group_of[i] = i, groups[i] = {i};
    for (const scored_pair& p : pairs) {
        std::size_t ga = group_of[p.a], gb = group_of[p.b];
        if (ga == gb) continue;
        bool fits = true;
        double total = 0;
        for (std::size_t x : groups[ga])
            for (std::size_t y : groups[gb]) {
                fits = fits && keys_fit(s.figures[x].key, s.figures[y].key) &&
                       magnitudes_fit(s.figures[x], s.figures[y], o) && may_share_group(s, x, y) &&
                       !distinct_subjects(s, s.figures[x], s.figures[y]);
                total += pair_score(s, s.figures[x], s.figures[y]);
            }
        const double average = total / static_cast<double>(groups[ga].size() * groups[gb].size());
        if (!fits || average < o.min_similarity / 2) continue;
        if (groups[ga].size() < groups[gb].size()) std::swap(ga, gb);
        for (std::size_t y : groups[gb]) group_of[y] = ga;
        groups[ga].insert(groups[ga].end(), groups[gb].begin(), groups[gb].end());
        groups[gb].clear();
    }
    figure_groups out;
    for (auto& g : groups) {
        std::set<std::size_t> articles;
        for (std::size_t i : g) articles.insert(s.figures[i].article);
        if (articles.size() < 2) continue;
        std::sort(g.begin(), g.end());
        out.push_back(std::move(g));
    }
    // In the order the story first states them.
    std::sort(out.begin(), out.end(), [&](const auto& x, const auto& y) {
        const story_figure& a = s.figures[x.front()];
        const story_figure& b = s.figures[y.front()];
        return std::tie(a.article, a.mention) < std::tie(b.article, b.mention);
    });
    return out;
}

// A running total: figures of three or more days, and over pairs of figures of different days,
// the later is higher far more often than lower (at most one pair in four goes down, which a
// disputed figure may do).
template <class = void>
inline bool rises_with_dates(const story& s, const std::vector<std::size_t>& group) {
    std::set<long> days;
    for (std::size_t x : group)
        if (s.figures[x].day) days.insert(*s.figures[x].day);
    if (days.size() < 3) return false; // two days make no trend: a figure and its correction
    std::size_t up = 0, down = 0;
    for (std::size_t x : group)
        for (std::size_t y : group) {
            const story_figure& a = s.figures[x];
            const story_figure& b = s.figures[y];
            if (!a.day || !b.day || *a.day >= *b.day) continue;
            if (b.middle() > a.middle())
                ++up;
            else if (b.middle() < a.middle())
                ++down;
        }
    return up > 0 && down * 3 <= up;
}

} // namespace factrec::suggest::detail
