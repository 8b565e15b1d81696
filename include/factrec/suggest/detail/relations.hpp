#pragma once

// Relations the sentences of one article state between their figures: an itemised list and its
// total (in one sentence or spread over up to four adjacent ones), a part of a whole ("of whom",
// "including", in one sentence or "Twelve of them ..." in the next), shares of one whole, a count
// times a price. Each says which sentences suggested it.
#include <factrec/suggest/detail/layer_namespace.hpp>
#include <factrec/suggest/detail/story.hpp>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factrec::suggest::detail {

enum class relation_shape { sum, part, shares, product };

struct found_relation {
    relation_shape shape;
    std::size_t whole = 0;              // the total, the whole or the value (unused for shares)
    std::vector<std::size_t> parts;     // figure indices
    std::vector<std::size_t> sentences; // figure indices whose sentences suggested it
};

template <class = void>
inline std::string lower_ascii(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return out;
}

// Within rounding: the items' intervals, summed, meet the total's (each read with the precision
// policy, so "$1.2 billion" is 1.15 to 1.25 billion), with a hair of slack for binary doubles.
template <class = void>
inline bool sums_to(const story& s, const std::vector<std::size_t>& parts, std::size_t total) {
    const story_figure& t = s.figures[total];
    if (t.bound_only) return false;
    double low = 0, high = 0, middle = 0;
    for (std::size_t p : parts) {
        if (s.figures[p].bound_only) return false;
        low += s.figures[p].low, high += s.figures[p].high, middle += s.figures[p].middle();
    }
    // as written (84 + 61 + 38 + 17 = 200), within half a percent, and within the intervals as read
    return std::abs(middle - t.middle()) <= 0.005 * t.middle() && low <= t.high * (1 + 1e-9) &&
           high >= t.low * (1 - 1e-9);
}

inline constexpr std::string_view part_markers[] = {"of whom",    "including", "among them",  "of them",
                                                    "among whom", "of which",  "among those", "of those"};

template <class = void>
inline bool has_part_marker(std::string_view lower) {
    return std::any_of(std::begin(part_markers), std::end(part_markers),
                       [&](std::string_view m) { return !factrec::suggest::detail::find_cue(lower, m).empty(); });
}

// Sentences an itemised list may spread over, the total's included.
inline constexpr std::size_t max_list_sentences = 4;

template <class = void>
inline std::vector<found_relation> find_relations(const story& s) {
    std::vector<found_relation> out;
    // Figures by article, then by sentence, in order.
    std::vector<std::vector<std::vector<std::size_t>>> sentences(s.scans.size());
    for (std::size_t i = 0; i < s.figures.size(); ++i) {
        const story_figure& f = s.figures[i];
        auto& of_article = sentences[f.article];
        if (of_article.empty() ||
            !(s.mention_of(s.figures[of_article.back().front()]).sentence == s.mention_of(f).sentence))
            of_article.emplace_back();
        of_article.back().push_back(i);
    }
    // Two sentences with figures, one after the other in their article, at most one sentence
    // without figures between them.
    auto adjacent = [&](const std::vector<std::size_t>& earlier, const std::vector<std::size_t>& later) {
        const mention& a = s.mention_of(s.figures[earlier.front()]);
        const mention& b = s.mention_of(s.figures[later.front()]);
        if (b.sentence.begin < a.sentence.end) return false;
        const std::string_view gap = std::string_view(s.article_of(s.figures[earlier.front()]).text)
                                         .substr(a.sentence.end, b.sentence.begin - a.sentence.end);
        std::size_t ends = 0; // the first sentence's own end, and at most one whole sentence
        for (std::size_t i = 0; i < gap.size(); ++i)
            ends += (gap[i] == '.' || gap[i] == '!' || gap[i] == '?') &&
                            (i + 1 == gap.size() || gap[i + 1] == ' ' || gap[i + 1] == '\n')
                        ? 1
                        : 0;
        return ends <= 2;
    };
    auto same_key = [&](const std::vector<std::size_t>& figures, const std::string& key) {
        std::vector<std::size_t> out;
        for (std::size_t i : figures)
            if (bucket_of(s.figures[i].key) == key) out.push_back(i);
        return out;
    };
    for (const auto& of_article : sentences) {
        for (std::size_t k = 0; k < of_article.size(); ++k) {
            const std::vector<std::size_t>& here = of_article[k];
            std::vector<std::string> keys;
            for (std::size_t i : here)
                if (std::find(keys.begin(), keys.end(), bucket_of(s.figures[i].key)) == keys.end())
                    keys.push_back(bucket_of(s.figures[i].key));
            for (const std::string& key : keys) {
                std::vector<std::size_t> figures = same_key(here, key);
                // itemised parts: in the sentence, or spread over it and the next sentences of the
                // article ("$2 billion for X. A further $1.5 billion goes to Y. In total ... $3.5
                // billion"), the total first or last
                for (std::size_t span = 0; span < max_list_sentences && k + span < of_article.size(); ++span) {
                    if (span > 0 && !adjacent(of_article[k + span - 1], of_article[k + span])) break;
                    std::vector<std::size_t> all, first_of_each;
                    for (std::size_t j = k; j <= k + span; ++j) {
                        std::vector<std::size_t> these = j == k ? figures : same_key(of_article[j], key);
                        if (these.empty()) continue;
                        first_of_each.push_back(these.front());
                        all.insert(all.end(), these.begin(), these.end());
                    }
                    if (all.size() < 3) continue;
                    std::size_t total = *std::max_element(all.begin(), all.end(), [&](std::size_t x, std::size_t y) {
                        return s.figures[x].middle() < s.figures[y].middle();
                    });
                    const bool total_first = std::find(figures.begin(), figures.end(), total) != figures.end();
                    const std::vector<std::size_t> last = same_key(of_article[k + span], key);
                    const bool total_last = std::find(last.begin(), last.end(), total) != last.end();
                    if (span > 0 && !total_first && !total_last) continue;
                    if (std::any_of(all.begin(), all.end(), [&](std::size_t i) {
                            return i != total && !keys_fit(s.figures[i].key, s.figures[total].key);
                        }))
                        continue;
                    std::vector<std::size_t> parts;
                    for (std::size_t i : all)
                        if (i != total) parts.push_back(i);
                    if (!sums_to(s, parts, total)) continue;
                    out.push_back({relation_shape::sum, total, parts, first_of_each});
                    break;
                }
                // a part of a whole in one sentence: "48 dead, including 12 children", "46 injured,
                // 12 of them critically", "Of the 46 injured, 12 ..."
                const std::string_view text = s.article_of(s.figures[here.front()]).text;
                for (std::size_t x = 0; x + 1 < figures.size(); ++x) {
                    const mention& a = s.mention_of(s.figures[figures[x]]);
                    const mention& b = s.mention_of(s.figures[figures[x + 1]]);
                    const std::string between = lower_ascii(text.substr(a.span.end, b.span.begin - a.span.end));
                    const std::string after =
                        lower_ascii(text.substr(b.span.end, std::min<std::size_t>(12, b.sentence.end - b.span.end)));
                    const std::string lead =
                        lower_ascii(text.substr(a.sentence.begin, a.span.begin - a.sentence.begin));
                    const bool marked = has_part_marker(between) || after.starts_with(" of them") ||
                                        after.starts_with(" of whom") || after.starts_with(" of those") ||
                                        (x == 0 && (lead == "of the " || lead == "of those "));
                    if (!marked || s.figures[figures[x + 1]].low > s.figures[figures[x]].high) continue;
                    out.push_back({relation_shape::part, figures[x], {figures[x + 1]}, {figures[x]}});
                }
                // "Among them, 12 children", "Twelve of them were children": a part of the
                // previous sentence's last figure
                if (k > 0 && !figures.empty() && adjacent(of_article[k - 1], here)) {
                    std::vector<std::size_t> before = same_key(of_article[k - 1], key);
                    const std::size_t first = figures.front();
                    const mention& m = s.mention_of(s.figures[first]);
                    const std::string_view text = s.article_of(s.figures[first]).text;
                    const std::string lead =
                        lower_ascii(text.substr(m.sentence.begin, m.span.begin - m.sentence.begin));
                    const std::string after =
                        lower_ascii(text.substr(m.span.end, std::min<std::size_t>(12, m.sentence.end - m.span.end)));
                    const bool marked =
                        (has_part_marker(lead) && lead.size() < 40) ||
                        (lead.size() < 25 && (after.starts_with(" of them") || after.starts_with(" of whom") ||
                                              after.starts_with(" of those")));
                    if (!before.empty() && marked && s.figures[first].low <= s.figures[before.back()].high)
                        out.push_back({relation_shape::part, before.back(), {first}, {before.back(), first}});
                }
            }
            // shares of one whole: two or more percentages in one sentence, adding to at most 100
            std::vector<std::size_t> shares = same_key(here, "share");
            if (shares.size() >= 2) {
                double low = 0;
                for (std::size_t i : shares) low += s.figures[i].low;
                bool itemised = std::any_of(out.begin(), out.end(), [&](const found_relation& r) {
                    return r.shape == relation_shape::sum && s.figures[r.whole].key == "share" &&
                           std::find(shares.begin(), shares.end(), r.whole) != shares.end();
                });
                if (low <= 100 && !itemised) out.push_back({relation_shape::shares, 0, shares, {shares.front()}});
            }
            // a count and a price whose product is a stated value: "40 missiles at $2 million each"
            for (std::size_t c : here) {
                if (s.mention_of(s.figures[c]).kind != mention_kind::count) continue;
                if (s.figures[c].bound_only) continue;
                for (std::size_t p : here) {
                    const mention& pm = s.mention_of(s.figures[p]);
                    if (pm.kind != mention_kind::money || s.figures[p].bound_only) continue;
                    const std::string after =
                        lower_ascii(std::string_view(s.article_of(s.figures[p]).text)
                                        .substr(pm.span.end, std::min<std::size_t>(16, pm.sentence.end - pm.span.end)));
                    const bool each = after.starts_with(" each") || after.starts_with(" apiece") ||
                                      after.starts_with(" a piece") || after.starts_with(" per ") ||
                                      after.starts_with(" a unit");
                    if (!each) continue;
                    for (std::size_t v : here) {
                        if (v == p || s.figures[v].key != s.figures[p].key || s.figures[v].bound_only) continue;
                        const double low = s.figures[c].low * s.figures[p].low;
                        const double high = s.figures[c].high * s.figures[p].high;
                        if (low <= s.figures[v].high * 1.01 && high >= s.figures[v].low * 0.99)
                            out.push_back({relation_shape::product, v, {c, p}, {v}});
                    }
                }
            }
        }
    }
    return out;
}

} // namespace factrec::suggest::detail
