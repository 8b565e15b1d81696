#pragma once

#include <factrec/core/number.hpp>
#include <factrec/model/detail/layer_namespace.hpp>

#include <concepts>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <span>
#include <string>
#include <type_traits>
#include <vector>

namespace factrec {

enum class comparison { less, less_equal, equal, greater_equal, greater };

constexpr std::string_view to_string(comparison c) noexcept {
    switch (c) {
    case comparison::less: return "<";
    case comparison::less_equal: return "<=";
    case comparison::equal: return "=";
    case comparison::greater_equal: return ">=";
    case comparison::greater: return ">";
    }
    return "?";
}

// The operators live in their own namespace, found by argument-dependent lookup on
// fact_ref, so that they never take part in comparisons of plain numbers elsewhere.
namespace expressions {

// A fact of a model, by position; obtained from basic_model::add_fact or find_fact.
struct fact_ref {
    std::size_t index = 0;
};

// sum of coefficient * fact, plus a constant; coefficients are exact, whatever the model's
// number type, because they are written, not measured.
class linear_expression {
public:
    linear_expression() = default;
    linear_expression(fact_ref f) { terms_[f.index] = 1; }
    linear_expression(exact_number constant) : constant_(std::move(constant)) {}
    template <class Arithmetic>
    requires std::is_arithmetic_v<Arithmetic> linear_expression(Arithmetic constant) : constant_(to_exact(constant)) {}

    [[nodiscard]] const std::map<std::size_t, exact_number>& terms() const noexcept { return terms_; }
    [[nodiscard]] const exact_number& constant() const noexcept { return constant_; }

    linear_expression& operator+=(const linear_expression& other) { return add(other, 1); }
    linear_expression& operator-=(const linear_expression& other) { return add(other, -1); }
    linear_expression& operator*=(const exact_number& factor) {
        if (factor == 0) return *this = linear_expression();
        for (auto& [fact, coefficient] : terms_) coefficient *= factor;
        constant_ *= factor;
        return *this;
    }

private:
    template <class Arithmetic>
    static exact_number to_exact(Arithmetic value) {
        if constexpr (std::is_floating_point_v<Arithmetic>)
            return number_traits<double>::to_exact(static_cast<double>(value));
        else
            return exact_number(value);
    }
    linear_expression& add(const linear_expression& other, int sign) {
        for (const auto& [fact, coefficient] : other.terms_) {
            exact_number& mine = terms_[fact];
            mine += sign * coefficient;
            if (mine == 0) terms_.erase(fact);
        }
        constant_ += sign * other.constant_;
        return *this;
    }

    std::map<std::size_t, exact_number> terms_;
    exact_number constant_{0};
};

// y * z or y / z, the right-hand side of a product or ratio relation.
struct product_expression {
    fact_ref left;
    fact_ref right;
    bool is_ratio = false;
};

enum class relation_kind { linear, product, ratio };

// A relation before it is named and added to a model: either `linear cmp 0`, or
// `result = left * right` / `result = left / right`.
struct relation_expression {
    relation_kind kind = relation_kind::linear;
    linear_expression linear; // linear: the relation is `linear cmp 0`
    comparison cmp = comparison::equal;
    fact_ref result{};
    product_expression product{};
    bool constant_in_percent = false; // a constant was written with '%'
};

inline linear_expression operator+(linear_expression a, const linear_expression& b) { return a += b; }
inline linear_expression operator-(linear_expression a, const linear_expression& b) { return a -= b; }
inline linear_expression operator-(linear_expression a) { return a *= exact_number(-1); }
inline linear_expression operator*(const exact_number& factor, linear_expression a) { return a *= factor; }
inline linear_expression operator*(linear_expression a, const exact_number& factor) { return a *= factor; }
template <class Arithmetic>
requires std::is_arithmetic_v<Arithmetic> linear_expression operator*(Arithmetic factor, const fact_ref& f) {
    linear_expression scaled(f);
    return scaled *= linear_expression(factor).constant();
}
template <class Arithmetic>
requires std::is_arithmetic_v<Arithmetic> linear_expression operator*(const fact_ref& f, Arithmetic factor) {
    return factor * f;
}

inline product_expression operator*(fact_ref left, fact_ref right) { return {left, right, false}; }
inline product_expression operator/(fact_ref left, fact_ref right) { return {left, right, true}; }

namespace model_detail {
inline relation_expression compare(const linear_expression& a, const linear_expression& b, comparison cmp) {
    relation_expression r;
    r.linear = a - b;
    r.cmp = cmp;
    return r;
}
} // namespace model_detail

inline relation_expression operator<(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::less);
}
inline relation_expression operator<=(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::less_equal);
}
inline relation_expression operator==(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::equal);
}
inline relation_expression operator>=(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::greater_equal);
}
inline relation_expression operator>(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::greater);
}
inline relation_expression operator==(fact_ref a, fact_ref b) { return model_detail::compare(a, b, comparison::equal); }

inline relation_expression operator==(fact_ref result, const product_expression& p) {
    relation_expression r;
    r.kind = p.is_ratio ? relation_kind::ratio : relation_kind::product;
    r.result = result;
    r.product = p;
    return r;
}
inline relation_expression operator==(const product_expression& p, fact_ref result) { return result == p; }

inline linear_expression sum(std::span<const fact_ref> facts) {
    linear_expression total;
    for (const fact_ref& f : facts) total += f;
    return total;
}
inline linear_expression sum(const std::vector<fact_ref>& facts) { return sum(std::span<const fact_ref>(facts)); }
inline linear_expression sum(std::initializer_list<fact_ref> facts) {
    return sum(std::span<const fact_ref>(facts.begin(), facts.size()));
}

} // namespace expressions

using expressions::fact_ref;
using expressions::linear_expression;
using expressions::product_expression;
using expressions::relation_expression;
using expressions::relation_kind;
using expressions::sum;

} // namespace factrec
