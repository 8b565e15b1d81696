#pragma once

// Other repairs of the least cost: when several sets of claims cost as little to set aside, the
// choice between them is the reader's, and the report says so.
#include <factrec/core/number.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/solve/solution.hpp>

#include <algorithm>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace factrec::reconcile_detail {

// Sets of elements that hit every conflict at exactly `least` total weight, other than `chosen`,
// at most `most` of them. Only meaningful when the conflicts listed are all the minimal ones: a
// set that hits every minimal conflict is then a repair.
template <class = void>
inline std::vector<std::vector<std::string>>
equal_cost_repairs(const std::vector<conflict>& conflicts, const std::map<std::string, exact_number>& weight,
                   const exact_number& least, std::vector<std::string> chosen, std::size_t most = 5) {
    std::sort(chosen.begin(), chosen.end());
    std::set<std::vector<std::string>> found;
    std::size_t nodes = 0;
    constexpr std::size_t node_limit = 200000;
    std::vector<std::string> picked;
    auto weight_of = [&](const std::string& id) {
        auto w = weight.find(id);
        return w == weight.end() ? exact_number(1) : w->second;
    };
    auto search = [&](auto& self, const exact_number& spent) -> void {
        if (found.size() > most || ++nodes > node_limit) return;
        const conflict* open = nullptr;
        for (const conflict& c : conflicts) {
            bool hit = std::any_of(c.claims.begin(), c.claims.end(), [&](const std::string& id) {
                return std::find(picked.begin(), picked.end(), id) != picked.end();
            });
            if (!hit) {
                open = &c;
                break;
            }
        }
        if (!open) {
            if (spent != least) return;
            std::vector<std::string> set = picked;
            std::sort(set.begin(), set.end());
            // Only minimal sets: a set with a needless member is not another repair.
            if (set != chosen) found.insert(set);
            return;
        }
        for (const std::string& id : open->claims) {
            exact_number next = spent + weight_of(id);
            if (least < next) continue;
            picked.push_back(id);
            self(self, next);
            picked.pop_back();
        }
    };
    search(search, exact_number(0));
    std::vector<std::vector<std::string>> out(found.begin(), found.end());
    if (out.size() > most) out.resize(most);
    return out;
}

} // namespace factrec::reconcile_detail
