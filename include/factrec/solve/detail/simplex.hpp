#pragma once

#include <factrec/solve/detail/delta_number.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace factrec::solve_detail {

// One bound of a simplex variable, named in explanations.
struct simplex_bound_ref {
    std::size_t variable;
    bool upper;
};

// The general simplex of Dutertre and de Moura ("A fast linear-arithmetic solver for
// DPLL(T)", 2006) over exact delta-rationals: every row defines a slack variable
// s = sum(a * x); all variables carry bounds, which may change between calls while the
// tableau (the basis) stays: that is the warm start. Bland's rule (smallest index, on both
// the entering and the leaving side) makes cycling impossible. The tableau is sparse: each
// row keeps its nonzero coefficients in column order, and each column the rows it may occur
// in, so a pivot costs what the rows it touches hold rather than rows times columns; the
// cyclic parts of a large story stay affordable.
template <class = void>
class basic_simplex {
public:
    explicit basic_simplex(std::size_t structural_count)
        : lower_(structural_count), upper_(structural_count), value_(structural_count), row_of_(structural_count, npos),
          columns_(structural_count) {}

    // Adds s = sum(coefficient * x) and returns the index of s.
    std::size_t add_row(const std::vector<std::pair<std::size_t, rational>>& terms) {
        std::size_t slack = lower_.size();
        lower_.emplace_back();
        upper_.emplace_back();
        row_of_.push_back(rows_.size());
        columns_.emplace_back();
        sparse_row row;
        delta_number total;
        for (const auto& [variable, coefficient] : terms) {
            // Express the row in the current nonbasic variables.
            if (row_of_[variable] == npos)
                row = combine(row, coefficient, {{variable, rational(1)}});
            else
                row = combine(row, coefficient, rows_[row_of_[variable]]);
            total += value_[variable] * coefficient;
        }
        for (const auto& e : row) columns_[e.column].push_back(rows_.size());
        value_.push_back(total);
        rows_.push_back(std::move(row));
        basic_.push_back(slack);
        return slack;
    }

    [[nodiscard]] std::size_t variable_count() const noexcept { return lower_.size(); }

    void set_bounds(std::size_t variable, std::optional<delta_number> lower, std::optional<delta_number> upper) {
        lower_[variable] = std::move(lower);
        upper_[variable] = std::move(upper);
    }

    [[nodiscard]] const delta_number& value(std::size_t variable) const { return value_[variable]; }

    // Finds values within all bounds; false leaves the violated row in explanation().
    bool check() {
        explanation_.clear();
        for (std::size_t v = 0; v < variable_count(); ++v) {
            if (row_of_[v] != npos) continue;
            if (lower_[v] && value_[v] < *lower_[v])
                update(v, *lower_[v]);
            else if (upper_[v] && value_[v] > *upper_[v])
                update(v, *upper_[v]);
        }
        for (;;) {
            std::size_t violated = npos;
            bool below = false;
            for (std::size_t v = 0; v < variable_count() && violated == npos; ++v) {
                if (row_of_[v] == npos) continue;
                if (lower_[v] && value_[v] < *lower_[v])
                    violated = v, below = true;
                else if (upper_[v] && value_[v] > *upper_[v])
                    violated = v, below = false;
            }
            if (violated == npos) return true;
            const sparse_row& row = rows_[row_of_[violated]];
            std::size_t entering = npos;
            for (const auto& e : row) {
                bool increase = (e.coefficient.sign() > 0) == below;
                if (increase ? can_increase(e.column) : can_decrease(e.column)) {
                    entering = e.column;
                    break;
                }
            }
            if (entering == npos) {
                explanation_.push_back({violated, !below});
                for (const auto& e : row) explanation_.push_back({e.column, (e.coefficient.sign() > 0) == below});
                return false;
            }
            pivot_and_update(violated, entering, below ? *lower_[violated] : *upper_[violated]);
        }
    }

    // Optimum of one variable after a successful check(): nullopt when unbounded; otherwise
    // explanation() lists the bounds that hold it there.
    std::optional<delta_number> optimize(std::size_t objective, bool maximize) {
        explanation_.clear();
        for (;;) {
            std::size_t entering = npos;
            int direction = 0;
            if (row_of_[objective] == npos) {
                if (maximize ? !can_increase(objective) : !can_decrease(objective)) {
                    explanation_.push_back({objective, maximize});
                    return value_[objective];
                }
                entering = objective;
                direction = maximize ? 1 : -1;
            } else {
                const sparse_row& row = rows_[row_of_[objective]];
                for (const auto& e : row) {
                    int wanted = ((e.coefficient.sign() > 0) == maximize) ? 1 : -1;
                    if (wanted > 0 ? can_increase(e.column) : can_decrease(e.column)) {
                        entering = e.column, direction = wanted;
                        break;
                    }
                }
                if (entering == npos) {
                    for (const auto& e : row)
                        explanation_.push_back({e.column, (e.coefficient.sign() > 0) == maximize});
                    return value_[objective];
                }
            }
            // Ratio test; ties go to the smallest variable index.
            std::optional<delta_number> step;
            std::size_t blocking = npos;
            auto consider = [&](std::size_t variable, const delta_number& limit) {
                if (!step || limit < *step || (limit == *step && variable < blocking))
                    step = limit, blocking = variable;
            };
            if (direction > 0 && upper_[entering]) consider(entering, *upper_[entering] - value_[entering]);
            if (direction < 0 && lower_[entering]) consider(entering, value_[entering] - *lower_[entering]);
            for (std::size_t r : rows_with(entering)) {
                const rational& a = *coefficient(r, entering);
                std::size_t b = basic_[r];
                bool rises = (a.sign() > 0) == (direction > 0);
                if (rises && upper_[b]) consider(b, (*upper_[b] - value_[b]) / abs(a));
                if (!rises && lower_[b]) consider(b, (value_[b] - *lower_[b]) / abs(a));
            }
            if (!step) return std::nullopt;
            if (blocking == entering) {
                update(entering, direction > 0 ? *upper_[entering] : *lower_[entering]);
            } else {
                bool rises = (coefficient(row_of_[blocking], entering)->sign() > 0) == (direction > 0);
                pivot_and_update(blocking, entering, rises ? *upper_[blocking] : *lower_[blocking]);
            }
        }
    }

    [[nodiscard]] const std::vector<simplex_bound_ref>& explanation() const noexcept { return explanation_; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    struct entry {
        std::size_t column = 0;
        rational coefficient;
    };
    using sparse_row = std::vector<entry>; // nonzero coefficients, by column

    // x + a * y, zeros dropped.
    static sparse_row combine(const sparse_row& x, const rational& a, const sparse_row& y) {
        sparse_row out;
        out.reserve(x.size() + y.size());
        std::size_t i = 0, j = 0;
        while (i < x.size() || j < y.size()) {
            if (j == y.size() || (i < x.size() && x[i].column < y[j].column)) {
                out.push_back(x[i++]);
            } else if (i == x.size() || y[j].column < x[i].column) {
                out.push_back({y[j].column, a * y[j].coefficient});
                ++j;
            } else {
                rational sum = x[i].coefficient + a * y[j].coefficient;
                if (!sum.is_zero()) out.push_back({x[i].column, std::move(sum)});
                ++i, ++j;
            }
        }
        return out;
    }

    const rational* coefficient(std::size_t r, std::size_t column) const {
        const sparse_row& row = rows_[r];
        auto it = std::lower_bound(row.begin(), row.end(), column,
                                   [](const entry& e, std::size_t c) { return e.column < c; });
        return it != row.end() && it->column == column ? &it->coefficient : nullptr;
    }

    // The rows whose coefficient of `column` is nonzero, each once: add_row and pivot keep
    // the lists exact.
    const std::vector<std::size_t>& rows_with(std::size_t column) const { return columns_[column]; }

    bool can_increase(std::size_t v) const { return !upper_[v] || value_[v] < *upper_[v]; }
    bool can_decrease(std::size_t v) const { return !lower_[v] || value_[v] > *lower_[v]; }

    void update(std::size_t nonbasic, const delta_number& target) {
        delta_number change = target - value_[nonbasic];
        for (std::size_t r : rows_with(nonbasic)) value_[basic_[r]] += change * *coefficient(r, nonbasic);
        value_[nonbasic] = target;
    }

    void pivot_and_update(std::size_t basic, std::size_t entering, const delta_number& target) {
        std::size_t r = row_of_[basic];
        delta_number theta = (target - value_[basic]) / *coefficient(r, entering);
        value_[basic] = target;
        value_[entering] += theta;
        for (std::size_t i : rows_with(entering))
            if (i != r) value_[basic_[i]] += theta * *coefficient(i, entering);
        pivot(r, entering);
    }

    // basic = a*entering + rest  becomes  entering = basic/a - rest/a, substituted everywhere.
    void pivot(std::size_t r, std::size_t entering) {
        std::size_t leaving = basic_[r];
        rational inverse = rational(1) / *coefficient(r, entering);
        rational minus_inverse = -inverse;
        sparse_row solved;
        solved.reserve(rows_[r].size() + 1);
        bool placed = false;
        for (const auto& e : rows_[r]) {
            if (!placed && leaving < e.column) solved.push_back({leaving, inverse}), placed = true;
            if (e.column != entering) solved.push_back({e.column, e.coefficient * minus_inverse});
        }
        if (!placed) solved.push_back({leaving, inverse});
        // Every row but r loses `entering`, which turns basic: its list ends empty.
        std::vector<std::size_t> others = std::move(columns_[entering]);
        for (std::size_t i : others) {
            if (i == r) continue;
            rational factor = *coefficient(i, entering);
            sparse_row without;
            without.reserve(rows_[i].size());
            for (const auto& e : rows_[i])
                if (e.column != entering) without.push_back(e);
            sparse_row merged = combine(without, factor, solved);
            // Columns new to this row learn of it, and columns that cancelled out forget it:
            // lists left to grow would hold a row once per time its column came back.
            std::size_t k = 0;
            for (const auto& e : merged) {
                while (k < without.size() && without[k].column < e.column) ++k;
                if (k == without.size() || without[k].column != e.column) columns_[e.column].push_back(i);
            }
            k = 0;
            for (const auto& e : without) {
                while (k < merged.size() && merged[k].column < e.column) ++k;
                if (k == merged.size() || merged[k].column != e.column) {
                    std::vector<std::size_t>& list = columns_[e.column];
                    auto found = std::find(list.begin(), list.end(), i);
                    if (found != list.end()) *found = list.back(), list.pop_back();
                }
            }
            rows_[i] = std::move(merged);
        }
        columns_[leaving].push_back(r);
        columns_[entering].clear();
        rows_[r] = std::move(solved);
        basic_[r] = entering;
        row_of_[entering] = r;
        row_of_[leaving] = npos;
    }

    std::vector<std::optional<delta_number>> lower_, upper_;
    std::vector<delta_number> value_;
    std::vector<std::size_t> row_of_;
    std::vector<sparse_row> rows_;
    std::vector<std::size_t> basic_;
    std::vector<std::vector<std::size_t>> columns_; // by variable: rows it may occur in
    std::vector<simplex_bound_ref> explanation_;
};
// The simplex is a template only so that its bodies are compiled where a solve is, not in every
// translation unit that includes the solver.
using simplex = basic_simplex<>;

} // namespace factrec::solve_detail
