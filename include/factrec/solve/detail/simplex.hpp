#pragma once

#include <factrec/solve/detail/delta_number.hpp>

#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace factrec::detail {

// One bound of a simplex variable, named in explanations.
struct simplex_bound_ref {
    std::size_t variable;
    bool upper;
};

// The general simplex of Dutertre and de Moura ("A fast linear-arithmetic solver for
// DPLL(T)", 2006) over exact delta-rationals: every row defines a slack variable
// s = sum(a * x); all variables carry bounds, which may change between calls while the
// tableau (the basis) stays: that is the warm start. Bland's rule (smallest index, on both
// the entering and the leaving side) makes cycling impossible. The tableau is dense: the
// solver hands it only the cyclic parts of a problem, which are small.
class simplex {
public:
    explicit simplex(std::size_t structural_count)
        : lower_(structural_count), upper_(structural_count), value_(structural_count), row_of_(structural_count, npos) {}

    // Adds s = sum(coefficient * x) and returns the index of s.
    std::size_t add_row(const std::vector<std::pair<std::size_t, fast_rational>>& terms) {
        std::size_t slack = lower_.size();
        lower_.emplace_back();
        upper_.emplace_back();
        row_of_.push_back(rows_.size());
        for (auto& row : rows_) row.resize(slack + 1);
        std::vector<fast_rational> row(slack + 1);
        delta_number total;
        for (const auto& [variable, coefficient] : terms) {
            // Express the row in the current nonbasic variables.
            if (row_of_[variable] == npos) {
                row[variable] += coefficient;
            } else {
                const auto& defining = rows_[row_of_[variable]];
                for (std::size_t j = 0; j < defining.size(); ++j)
                    if (!defining[j].is_zero()) row[j] += coefficient * defining[j];
            }
            total += value_[variable] * coefficient;
        }
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
            if (lower_[v] && value_[v] < *lower_[v]) update(v, *lower_[v]);
            else if (upper_[v] && value_[v] > *upper_[v]) update(v, *upper_[v]);
        }
        for (;;) {
            std::size_t violated = npos;
            bool below = false;
            for (std::size_t v = 0; v < variable_count() && violated == npos; ++v) {
                if (row_of_[v] == npos) continue;
                if (lower_[v] && value_[v] < *lower_[v]) violated = v, below = true;
                else if (upper_[v] && value_[v] > *upper_[v]) violated = v, below = false;
            }
            if (violated == npos) return true;
            const auto& row = rows_[row_of_[violated]];
            std::size_t entering = npos;
            for (std::size_t j = 0; j < row.size() && entering == npos; ++j) {
                if (row[j].is_zero()) continue;
                bool increase = (row[j] > 0) == below;
                if (increase ? can_increase(j) : can_decrease(j)) entering = j;
            }
            if (entering == npos) {
                explanation_.push_back({violated, !below});
                for (std::size_t j = 0; j < row.size(); ++j)
                    if (!row[j].is_zero()) explanation_.push_back({j, (row[j] > 0) == below});
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
                const auto& row = rows_[row_of_[objective]];
                for (std::size_t j = 0; j < row.size() && entering == npos; ++j) {
                    if (row[j].is_zero()) continue;
                    int wanted = ((row[j] > 0) == maximize) ? 1 : -1;
                    if (wanted > 0 ? can_increase(j) : can_decrease(j)) entering = j, direction = wanted;
                }
                if (entering == npos) {
                    for (std::size_t j = 0; j < row.size(); ++j)
                        if (!row[j].is_zero()) explanation_.push_back({j, (row[j] > 0) == maximize});
                    return value_[objective];
                }
            }
            // Ratio test; ties go to the smallest variable index.
            std::optional<delta_number> step;
            std::size_t blocking = npos;
            auto consider = [&](std::size_t variable, const delta_number& limit) {
                if (!step || limit < *step || (limit == *step && variable < blocking)) step = limit, blocking = variable;
            };
            if (direction > 0 && upper_[entering]) consider(entering, *upper_[entering] - value_[entering]);
            if (direction < 0 && lower_[entering]) consider(entering, value_[entering] - *lower_[entering]);
            for (std::size_t r = 0; r < rows_.size(); ++r) {
                const fast_rational& a = rows_[r][entering];
                if (a.is_zero()) continue;
                std::size_t b = basic_[r];
                bool rises = (a > 0) == (direction > 0);
                if (rises && upper_[b]) consider(b, (*upper_[b] - value_[b]) / abs(a));
                if (!rises && lower_[b]) consider(b, (value_[b] - *lower_[b]) / abs(a));
            }
            if (!step) return std::nullopt;
            if (blocking == entering) {
                update(entering, direction > 0 ? *upper_[entering] : *lower_[entering]);
            } else {
                bool rises = (rows_[row_of_[blocking]][entering] > 0) == (direction > 0);
                pivot_and_update(blocking, entering, rises ? *upper_[blocking] : *lower_[blocking]);
            }
        }
    }

    [[nodiscard]] const std::vector<simplex_bound_ref>& explanation() const noexcept { return explanation_; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    bool can_increase(std::size_t v) const { return !upper_[v] || value_[v] < *upper_[v]; }
    bool can_decrease(std::size_t v) const { return !lower_[v] || value_[v] > *lower_[v]; }

    void update(std::size_t nonbasic, const delta_number& target) {
        delta_number change = target - value_[nonbasic];
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            const fast_rational& a = rows_[r][nonbasic];
            if (!a.is_zero()) value_[basic_[r]] += change * a;
        }
        value_[nonbasic] = target;
    }

    void pivot_and_update(std::size_t basic, std::size_t entering, const delta_number& target) {
        std::size_t r = row_of_[basic];
        fast_rational a = rows_[r][entering];
        delta_number theta = (target - value_[basic]) / a;
        value_[basic] = target;
        value_[entering] += theta;
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (i == r) continue;
            const fast_rational& c = rows_[i][entering];
            if (!c.is_zero()) value_[basic_[i]] += theta * c;
        }
        pivot(r, entering);
    }

    // basic = a*entering + rest  becomes  entering = basic/a - rest/a, substituted everywhere.
    void pivot(std::size_t r, std::size_t entering) {
        std::size_t leaving = basic_[r];
        auto& row = rows_[r];
        fast_rational inverse = fast_rational(1) / row[entering];
        for (auto& c : row)
            if (!c.is_zero()) c *= -inverse;
        row[entering] = 0;
        row[leaving] = inverse;
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            if (i == r) continue;
            auto& other = rows_[i];
            if (other[entering].is_zero()) continue;
            fast_rational factor = other[entering];
            other[entering] = 0;
            for (std::size_t j = 0; j < row.size(); ++j)
                if (!row[j].is_zero()) other[j] += factor * row[j];
        }
        basic_[r] = entering;
        row_of_[entering] = r;
        row_of_[leaving] = npos;
    }

    std::vector<std::optional<delta_number>> lower_, upper_;
    std::vector<delta_number> value_;
    std::vector<std::size_t> row_of_;
    std::vector<std::vector<fast_rational>> rows_;
    std::vector<std::size_t> basic_;
    std::vector<simplex_bound_ref> explanation_;
};

} // namespace factrec::detail
