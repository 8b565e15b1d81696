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

/// How the two sides of a relation compare.
enum class comparison {
    less,          ///< `<`
    less_equal,    ///< `<=`
    equal,         ///< `=`
    greater_equal, ///< `>=`
    greater        ///< `>`
};

/// The operator as relations write it: "<", "<=", "=", ">=", ">".
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

/// A fact of a model, by position; obtained from basic_model::add_fact or find_fact. Only
/// meaningful with the model that issued it.
struct fact_ref {
    std::size_t index = 0; ///< Position in basic_model::facts().
};

/// sum of coefficient * fact, plus a constant; coefficients are exact, whatever the model's
/// number type, because they are written, not measured. Built with the operators of this
/// namespace: `2 * a + b - 5`.
class linear_expression {
public:
    linear_expression() = default; ///< Zero: no terms, constant 0.
    /// The fact itself, coefficient 1 (implicit, so that `a + b` works on fact_refs).
    template <class = void>
    linear_expression(fact_ref f) {
        terms_[f.index] = 1;
    }
    /// A constant, exactly.
    linear_expression(exact_number constant) : constant_(std::move(constant)) {}
    /// A constant from a built-in number; a double is taken at its exact binary value (0.1 is
    /// not 1/10), so write exact constants as exact_number or integers.
    template <class Arithmetic>
    requires std::is_arithmetic_v<Arithmetic> linear_expression(Arithmetic constant) : constant_(to_exact(constant)) {}

    /// fact index -> coefficient; never holds a zero coefficient.
    [[nodiscard]] const std::map<std::size_t, exact_number>& terms() const noexcept { return terms_; }
    /// The constant term.
    [[nodiscard]] const exact_number& constant() const noexcept { return constant_; }

    /// Adds `other` term by term; terms that cancel are removed.
    template <class = void>
    linear_expression& operator+=(const linear_expression& other) {
        return add(other, 1);
    }
    /// Subtracts `other` term by term; terms that cancel are removed.
    template <class = void>
    linear_expression& operator-=(const linear_expression& other) {
        return add(other, -1);
    }
    /// Multiplies every coefficient and the constant by `factor`; by 0 gives zero.
    template <class = void>
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
    template <class = void>
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

/// y * z or y / z, the right-hand side of a product or ratio relation.
struct product_expression {
    fact_ref left;         ///< The first factor, or the dividend.
    fact_ref right;        ///< The second factor, or the divisor (never zero in a solution).
    bool is_ratio = false; ///< True for left / right, false for left * right.
};

enum class relation_kind { linear, product, ratio };

/// A relation before it is named and added to a model: either `linear cmp 0`, or
/// `result = left * right` / `result = left / right`. Built by the comparison operators of
/// this namespace or by parse_relation.
struct relation_expression {
    relation_kind kind = relation_kind::linear; ///< Which of the forms it has.
    linear_expression linear;                   ///< Linear only: the relation is `linear cmp 0`.
    comparison cmp = comparison::equal;         ///< Linear only: how `linear` compares with 0.
    fact_ref result{};                          ///< Product and ratio only: the fact that equals the product.
    product_expression product{};               ///< Product and ratio only: the right-hand side.
    /// A constant was written with '%': add_relation then requires the facts to be shares.
    bool constant_in_percent = false;
};

template <class = void>
linear_expression operator+(linear_expression a, const linear_expression& b) {
    return a += b;
}
template <class = void>
linear_expression operator-(linear_expression a, const linear_expression& b) {
    return a -= b;
}
template <class = void>
linear_expression operator-(linear_expression a) {
    return a *= exact_number(-1);
}
template <class = void>
linear_expression operator*(const exact_number& factor, linear_expression a) {
    return a *= factor;
}
template <class = void>
linear_expression operator*(linear_expression a, const exact_number& factor) {
    return a *= factor;
}
template <class Arithmetic>
requires std::is_arithmetic_v<Arithmetic> linear_expression operator*(Arithmetic factor, const fact_ref& f) {
    linear_expression scaled(f);
    return scaled *= linear_expression(factor).constant();
}
template <class Arithmetic>
requires std::is_arithmetic_v<Arithmetic> linear_expression operator*(const fact_ref& f, Arithmetic factor) {
    return factor * f;
}

template <class = void>
product_expression operator*(fact_ref left, fact_ref right) {
    return {left, right, false};
}
template <class = void>
product_expression operator/(fact_ref left, fact_ref right) {
    return {left, right, true};
}

namespace model_detail {
template <class = void>
relation_expression compare(const linear_expression& a, const linear_expression& b, comparison cmp) {
    relation_expression r;
    r.linear = a - b;
    r.cmp = cmp;
    return r;
}
} // namespace model_detail

template <class = void>
relation_expression operator<(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::less);
}
template <class = void>
relation_expression operator<=(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::less_equal);
}
template <class = void>
relation_expression operator==(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::equal);
}
template <class = void>
relation_expression operator>=(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::greater_equal);
}
template <class = void>
relation_expression operator>(const linear_expression& a, const linear_expression& b) {
    return model_detail::compare(a, b, comparison::greater);
}
template <class = void>
relation_expression operator==(fact_ref a, fact_ref b) {
    return model_detail::compare(a, b, comparison::equal);
}

template <class = void>
relation_expression operator==(fact_ref result, const product_expression& p) {
    relation_expression r;
    r.kind = p.is_ratio ? relation_kind::ratio : relation_kind::product;
    r.result = result;
    r.product = p;
    return r;
}
template <class = void>
relation_expression operator==(const product_expression& p, fact_ref result) {
    return result == p;
}

template <class = void>
linear_expression sum(std::span<const fact_ref> facts) {
    linear_expression total;
    for (const fact_ref& f : facts) total += f;
    return total;
}
template <class = void>
linear_expression sum(const std::vector<fact_ref>& facts) {
    return sum(std::span<const fact_ref>(facts));
}
template <class = void>
linear_expression sum(std::initializer_list<fact_ref> facts) {
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
