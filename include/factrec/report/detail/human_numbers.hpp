#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/unit.hpp>
#include <factrec/report/detail/layer_namespace.hpp>

#include <string>

namespace factrec::report::detail {

// A scale a reader expects for this magnitude: 489500000000 USD reads as "489.5 billion".
struct scale {
    exact_number factor{1};
    const char* word = "";
};

template <class = void>
inline scale scale_for(const exact_number& magnitude) {
    exact_number m = magnitude < 0 ? exact_number(-magnitude) : magnitude;
    if (m >= exact_number(1000000000000LL)) return {exact_number(1000000000000LL), " trillion"};
    if (m >= exact_number(1000000000)) return {exact_number(1000000000), " billion"};
    if (m >= exact_number(1000000)) return {exact_number(1000000), " million"};
    return {};
}

// The scale for a value of this unit: every unit reads in words ("160 million t", "1.2 billion
// kWh") except a share, whose "%" already scales it, and a calendar year, which is a name.
template <class = void>
inline scale scale_in_words(const unit& u, const exact_number& magnitude) {
    if (u.dimension() == dimension::share || u.dimension() == dimension::calendar_year) return {};
    return scale_for(magnitude);
}

// Exact when the decimal is short, else four significant figures marked with "≈".
template <class = void>
inline std::string short_decimal(const exact_number& x) {
    std::string exact = to_exact_string(x);
    if (exact.find('/') == std::string::npos && exact.size() <= 12) return exact;
    using boost::multiprecision::cpp_int;
    exact_number magnitude = x < 0 ? exact_number(-x) : x;
    int shift = 0;
    while (magnitude >= 10000 && shift > -40) {
        magnitude /= 10;
        --shift;
    }
    while (magnitude < 1000 && magnitude != 0 && shift < 40) {
        magnitude *= 10;
        ++shift;
    }
    cpp_int rounded = (magnitude.numerator() * 2 + magnitude.denominator()) / (2 * magnitude.denominator());
    exact_number approx(rounded);
    for (int i = 0; i < shift; ++i) approx /= 10;
    for (int i = 0; i > shift; --i) approx *= 10;
    std::string text = to_exact_string(approx);
    return std::string("≈") + (x < 0 ? "-" : "") + text;
}

template <class = void>
inline std::string unit_suffix(const unit& u) {
    switch (u.dimension()) {
    case dimension::money: return " " + u.symbol();
    case dimension::share: return "%";
    case dimension::count: return " " + u.symbol().substr(0, u.symbol().find('|')); // a class: its first noun
    case dimension::plain:
    case dimension::calendar_year: return "";
    default: return " " + u.symbol();
    }
}

// "[489.5, 490.5] billion USD", "(90, 90.5]%", "[380, 420] missiles", "[0, inf)".
template <class = void>
inline std::string human_interval(const interval& x, const unit& u) {
    if (x.is_empty()) return "no value (empty)";
    exact_number magnitude = 0;
    for (const auto* b : {&x.lower(), &x.upper()})
        if (!b->infinite) magnitude = std::max(magnitude, b->value < 0 ? exact_number(-b->value) : b->value);
    scale s = scale_in_words(u, magnitude);
    auto end = [&](const basic_bound<exact_number>& b, const char* infinity) {
        return b.infinite ? std::string(infinity) : short_decimal(b.value / s.factor);
    };
    std::string text = std::string(x.lower().open ? "(" : "[") + end(x.lower(), "-inf");
    if (x.is_point()) return end(x.lower(), "") + s.word + unit_suffix(u);
    text += ", " + end(x.upper(), "inf") + (x.upper().open ? ")" : "]");
    return text + s.word + unit_suffix(u);
}

template <class = void>
inline std::string human_amount(const exact_number& x, const unit& u) {
    scale s = scale_in_words(u, x);
    return short_decimal(x / s.factor) + s.word + unit_suffix(u);
}

} // namespace factrec::report::detail
