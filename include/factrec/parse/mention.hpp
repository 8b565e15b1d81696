#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/result.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

// What a mention measures. `year` is a calendar year ("in 2026"); `date` is a day or month
// ("October 28, 2025"), reported so that it is never mistaken for a count. The physical kinds
// after `number` are those of core's dimensions of the same names.
enum class mention_kind {
    money,
    count,
    share,
    mass,
    length,
    volume,
    duration,
    year,
    date,
    number,
    speed,
    temperature,
    data,
    frequency,
    power,
    energy,
    area,
};

constexpr std::string_view to_string(mention_kind k) noexcept {
    switch (k) {
    case mention_kind::money: return "money";
    case mention_kind::count: return "count";
    case mention_kind::share: return "share";
    case mention_kind::mass: return "mass";
    case mention_kind::length: return "length";
    case mention_kind::volume: return "volume";
    case mention_kind::duration: return "duration";
    case mention_kind::year: return "year";
    case mention_kind::date: return "date";
    case mention_kind::number: return "number";
    case mention_kind::speed: return "speed";
    case mention_kind::temperature: return "temperature";
    case mention_kind::data: return "data";
    case mention_kind::frequency: return "frequency";
    case mention_kind::power: return "power";
    case mention_kind::energy: return "energy";
    case mention_kind::area: return "area";
    }
    return "unknown";
}

// One figure found in a document. For a date, the quantity is its year (whole() when the
// date names none) in calendar_year units.
template <Number N>
struct basic_mention {
    byte_span span;
    byte_span sentence;
    basic_quantity<N> quantity;
    mention_kind kind = mention_kind::number;
    std::optional<std::string> speaker;
};

using mention = basic_mention<exact_number>;

struct scan_options {
    precision_policy precision{};
    bool attribute_speakers = true;
};

// Mentions in document order, and what was skipped on the way (invalid UTF-8, figures too
// long to be real); a diagnostic never stops the scan.
template <Number N>
struct basic_scan_result {
    std::vector<basic_mention<N>> mentions;
    std::vector<error> diagnostics;
    precision_policy precision; // how every figure here was read

    [[nodiscard]] auto begin() const noexcept { return mentions.begin(); }
    [[nodiscard]] auto end() const noexcept { return mentions.end(); }
    [[nodiscard]] std::size_t size() const noexcept { return mentions.size(); }
    [[nodiscard]] bool empty() const noexcept { return mentions.empty(); }
    const basic_mention<N>& operator[](std::size_t i) const { return mentions[i]; }
};

using scan_result = basic_scan_result<exact_number>;

} // namespace factrec
