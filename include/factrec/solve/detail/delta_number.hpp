#pragma once

#include <factrec/core/number.hpp>
#include <factrec/solve/detail/layer_namespace.hpp>

namespace factrec::solve_detail {

// real + delta * δ for an infinitesimal δ > 0: a strict bound x < c becomes x <= c - δ, so the
// simplex handles strict inequalities exactly, and an optimum with a δ part is not attained.
struct delta_number {
    rational real{0};
    rational delta{0};

    friend bool operator==(const delta_number&, const delta_number&) = default;
    friend bool operator<(const delta_number& a, const delta_number& b) {
        return a.real < b.real || (a.real == b.real && a.delta < b.delta);
    }
    friend bool operator>(const delta_number& a, const delta_number& b) { return b < a; }
    friend bool operator<=(const delta_number& a, const delta_number& b) { return !(b < a); }
    friend bool operator>=(const delta_number& a, const delta_number& b) { return !(a < b); }
    friend delta_number operator+(const delta_number& a, const delta_number& b) {
        return {a.real + b.real, a.delta + b.delta};
    }
    friend delta_number operator-(const delta_number& a, const delta_number& b) {
        return {a.real - b.real, a.delta - b.delta};
    }
    friend delta_number operator*(const delta_number& a, const rational& k) { return {a.real * k, a.delta * k}; }
    friend delta_number operator/(const delta_number& a, const rational& k) { return {a.real / k, a.delta / k}; }
    delta_number& operator+=(const delta_number& b) {
        real += b.real;
        delta += b.delta;
        return *this;
    }
};

} // namespace factrec::solve_detail
