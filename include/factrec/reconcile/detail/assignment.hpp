#pragma once

// The least-cost one-to-one pairing of a sentence's figures with the cue occurrences in it
// (the Hungarian method), every figure free to stay unbound at a fixed cost.
#include <factrec/reconcile/detail/layer_namespace.hpp>

#include <cstddef>
#include <limits>
#include <vector>

namespace factrec::reconcile_detail {

inline constexpr long long no_pairing = std::numeric_limits<long long>::max() / 4;

struct assignment {
    std::vector<long> column_of_row; // -1: the row stays unbound
    long long total = 0;
};

// cost[row][column]; no_pairing forbids a pair. A row that pairs with nothing costs `unbound`.
template <class = void>
inline assignment least_cost_assignment(const std::vector<std::vector<long long>>& cost, std::size_t columns,
                                        long long unbound) {
    const std::size_t n = cost.size();
    assignment out;
    out.column_of_row.assign(n, -1);
    if (n == 0) return out;
    // Columns: the real ones, then one "unbound" column per row.
    const std::size_t m = columns + n;
    auto at = [&](std::size_t row, std::size_t column) -> long long {
        if (column >= columns) return unbound;
        long long c = cost[row][column];
        return c >= no_pairing ? no_pairing : c;
    };
    // 1-based potentials as in the classic O(n^2 m) formulation.
    std::vector<long long> u(n + 1, 0), v(m + 1, 0);
    std::vector<std::size_t> p(m + 1, 0), way(m + 1, 0);
    for (std::size_t i = 1; i <= n; ++i) {
        p[0] = i;
        std::size_t j0 = 0;
        std::vector<long long> minv(m + 1, std::numeric_limits<long long>::max());
        std::vector<bool> used(m + 1, false);
        do {
            used[j0] = true;
            std::size_t i0 = p[j0], j1 = 0;
            long long delta = std::numeric_limits<long long>::max();
            for (std::size_t j = 1; j <= m; ++j) {
                if (used[j]) continue;
                long long cur = at(i0 - 1, j - 1) - u[i0] - v[j];
                if (cur < minv[j]) minv[j] = cur, way[j] = j0;
                if (minv[j] < delta) delta = minv[j], j1 = j;
            }
            for (std::size_t j = 0; j <= m; ++j) {
                if (used[j])
                    u[p[j]] += delta, v[j] -= delta;
                else
                    minv[j] -= delta;
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            std::size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    for (std::size_t j = 1; j <= m; ++j) {
        if (p[j] == 0) continue;
        std::size_t row = p[j] - 1;
        out.total += at(row, j - 1);
        if (j - 1 < columns) out.column_of_row[row] = static_cast<long>(j - 1);
    }
    return out;
}

} // namespace factrec::reconcile_detail
