#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/result.hpp>

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

/// What a mention measures. `year` is a calendar year ("in 2026"); `date` is a day or month
/// ("October 28, 2025"), reported so that it is never mistaken for a count; `number` is a
/// plain number with no unit. The physical kinds after `number` are those of core's
/// dimensions of the same names.
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
    charge,
};

/// The enumerator's name ("money", "count", ...), as scan's text and JSON output write it.
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
    case mention_kind::charge: return "charge";
    }
    return "unknown";
}

/// What a figure says of the thing it measures. A `change` is by how much it moved ("rose
/// 4.2%", "up $3 million", "a 2.8% drop"), never its value; `from` and `to` are the values it
/// moved between ("slid from $41,200 to $39,870", "rose to 3,145"); `value` is everything else.
enum class figure_role : std::uint8_t { value, change, from, to };

/// "value", "change", "from" or "to".
constexpr std::string_view to_string(figure_role r) noexcept {
    switch (r) {
    case figure_role::value: return "value";
    case figure_role::change: return "change";
    case figure_role::from: return "from";
    case figure_role::to: return "to";
    }
    return "unknown";
}

/// Which way a change went, for a change and the values it moved between; `none` for a
/// value, or when the words give no direction.
enum class change_direction : std::uint8_t { none, up, down };

/// "none", "up" or "down".
constexpr std::string_view to_string(change_direction d) noexcept {
    switch (d) {
    case change_direction::none: return "none";
    case change_direction::up: return "up";
    case change_direction::down: return "down";
    }
    return "unknown";
}

/// One figure found in a document. For a date, the quantity is its year (whole() when the
/// date names none) in calendar_year units. Spans are byte offsets into the scanned text,
/// which the mention does not keep: pair it with that text to quote it.
/// @tparam N the number type of the quantity's interval.
template <Number N>
struct basic_mention {
    byte_span span;             ///< The figure's words, unit and scale included ("$490 billion").
    byte_span sentence;         ///< The sentence it is in.
    basic_quantity<N> quantity; ///< What the words mean: an interval as wide as their rounding, in a unit.
    mention_kind kind = mention_kind::number;            ///< What it measures.
    figure_role role = figure_role::value;               ///< A value, a change, or an end of a change.
    change_direction direction = change_direction::none; ///< Which way a change went.
    std::optional<std::string> speaker; ///< Who the sentence attributes it to, when attribution found one.
    /// The figure this one restates in other units, in brackets right after it ("300 kilometres
    /// (185 miles)"): one figure said twice, whose rounded forms need not agree.
    std::optional<byte_span> converts;
    /// In a table of one figure a line, the line naming the row ("Labour" above "412"); empty
    /// (begin == end) when the figure is in running text.
    byte_span row_label{};
};

/// A mention with exact rational bounds: what scan returns by default.
using mention = basic_mention<exact_number>;

/// A mention as one line of `factrec scan`'s text output, without the file: its span, kind
/// and quantity, then what it is to other figures and who said it when known:
/// `17-29 money [489500000000, 490500000000] USD "$490 billion", speaker White House`;
/// a change adds `, change down`, a conversion `, converts 8-22`.
template <Number N>
std::ostream& operator<<(std::ostream& out, const basic_mention<N>& m) {
    out << m.span << ' ' << to_string(m.kind) << ' ' << m.quantity;
    if (m.role != figure_role::value) {
        out << ", " << to_string(m.role);
        if (m.direction != change_direction::none) out << ' ' << to_string(m.direction);
    }
    if (m.converts) out << ", converts " << *m.converts;
    if (m.speaker) out << ", speaker " << *m.speaker;
    return out;
}

/// How scan reads figures.
struct scan_options {
    precision_policy precision{}; ///< How round figures and "about" widen into intervals.
    /// Look for who said each figure ("..., the minister said"); off saves time when speakers
    /// do not matter.
    bool attribute_speakers = true;
};

/// Mentions in document order, and what was skipped on the way (invalid UTF-8, figures too
/// long to be real); a diagnostic never stops the scan. Iterates over its mentions.
template <Number N>
struct basic_scan_result {
    std::vector<basic_mention<N>> mentions; ///< In document order, by start offset.
    std::vector<error> diagnostics;         ///< What was skipped, each with its byte offset.
    precision_policy precision;             ///< How every figure here was read.

    /// The first mention.
    [[nodiscard]] auto begin() const noexcept { return mentions.begin(); }
    /// Past the last mention.
    [[nodiscard]] auto end() const noexcept { return mentions.end(); }
    /// How many mentions were found.
    [[nodiscard]] std::size_t size() const noexcept { return mentions.size(); }
    /// True when no figure was found.
    [[nodiscard]] bool empty() const noexcept { return mentions.empty(); }
    /// The i-th mention; i must be below size() (unchecked).
    const basic_mention<N>& operator[](std::size_t i) const { return mentions[i]; }
};

/// The result of scanning with exact rational bounds.
using scan_result = basic_scan_result<exact_number>;

} // namespace factrec
