#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/result.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <ostream>
#include <stdexcept>
#include <string>
#include <string_view>

namespace factrec {

/// What a unit measures. Units convert only within one dimension; money in one currency and a
/// count of one kind of thing are each a dimension of their own (see unit).
enum class dimension {
    money,
    count,
    share,
    mass,
    length,
    volume,
    duration,
    calendar_year,
    plain,
    speed,
    temperature,
    data,
    frequency,
    power,
    energy,
    area,
    charge,
};

/// "money", "count", "share", ...: the enumerator's name.
constexpr std::string_view to_string(dimension d) noexcept {
    switch (d) {
    case dimension::money: return "money";
    case dimension::count: return "count";
    case dimension::share: return "share";
    case dimension::mass: return "mass";
    case dimension::length: return "length";
    case dimension::volume: return "volume";
    case dimension::duration: return "duration";
    case dimension::calendar_year: return "calendar year";
    case dimension::plain: return "plain number";
    case dimension::speed: return "speed";
    case dimension::temperature: return "temperature";
    case dimension::data: return "data";
    case dimension::frequency: return "frequency";
    case dimension::power: return "power";
    case dimension::energy: return "energy";
    case dimension::area: return "area";
    case dimension::charge: return "charge";
    }
    return "unknown";
}

namespace core::detail {

/// Active ISO 4217 codes plus the funds and metals codes, so that a typo such as "UDS" is caught.
inline constexpr std::string_view iso_4217_codes =
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP "
    "BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB "
    "EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY "
    "KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR "
    "MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB "
    "RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD "
    "TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF XAG XAU XBA XBB XBC XBD XCD XDR "
    "XOF XPD XPF XPT XSU XTS XUA XXX YER ZAR ZMW ZWG ZWL";

inline bool is_iso_4217(std::string_view code) {
    if (code.size() != 3) return false;
    for (std::size_t i = 0; i + 3 <= iso_4217_codes.size(); i += 4)
        if (iso_4217_codes.substr(i, 3) == code) return true;
    return false;
}

/// A physical unit: its size in the dimension's base unit (kg, m, litre, second, m/s, byte, Hz,
/// W, J, m², coulomb) as an exact interval, because some names ("ton", "month", "year") do not say
/// exactly how much they are. Prefixed data units are decimal, as the SI and storage makers use
/// them (1 GB = 10^9 bytes); the binary ones have names of their own (GiB).
struct physical_unit {
    std::string_view symbol;
    std::string_view aliases; ///< space-separated, lower case
    dimension kind;
    std::string_view factor_lo;
    std::string_view factor_hi;
};

inline constexpr std::array<physical_unit, 69> physical_units{{
    {"kg", "kilogram kilograms kilo kilos", dimension::mass, "1", "1"},
    {"g", "gram grams", dimension::mass, "1/1000", "1/1000"},
    {"mg", "milligram milligrams", dimension::mass, "1/1000000", "1/1000000"},
    {"t", "tonne tonnes metric_ton metric_tons", dimension::mass, "1000", "1000"},
    {"short_ton", "short_tons us_ton", dimension::mass, "907.18474", "907.18474"},
    {"long_ton", "long_tons imperial_ton", dimension::mass, "1016.0469088", "1016.0469088"},
    {"ton", "tons", dimension::mass, "907.18474", "1016.0469088"},
    {"lb", "pound_mass lbs", dimension::mass, "0.45359237", "0.45359237"},
    {"oz", "ounce ounces", dimension::mass, "0.028349523125", "0.028349523125"},
    {"m", "metre metres meter meters", dimension::length, "1", "1"},
    {"km", "kilometre kilometres kilometer kilometers", dimension::length, "1000", "1000"},
    {"cm", "centimetre centimetres centimeter centimeters", dimension::length, "1/100", "1/100"},
    {"mm", "millimetre millimetres millimeter millimeters", dimension::length, "1/1000", "1/1000"},
    {"in", "inch inches", dimension::length, "0.0254", "0.0254"},
    {"yd", "yard yards", dimension::length, "0.9144", "0.9144"},
    {"ft", "foot feet", dimension::length, "0.3048", "0.3048"},
    {"mi", "mile miles", dimension::length, "1609.344", "1609.344"},
    {"nmi", "nautical_mile nautical_miles", dimension::length, "1852", "1852"},
    // The IAU's light-year: a Julian year of light, 9,460,730,472,580,800 m exactly.
    {"ly", "light_year light_years", dimension::length, "9460730472580800", "9460730472580800"},
    {"l", "litre litres liter liters", dimension::volume, "1", "1"},
    {"ml", "millilitre millilitres milliliter milliliters", dimension::volume, "1/1000", "1/1000"},
    {"m3", "cubic_metre cubic_metres cubic_meter cubic_meters", dimension::volume, "1000", "1000"},
    {"gal", "gallon gallons us_gallon", dimension::volume, "3.785411784", "3.785411784"},
    {"bbl", "barrel barrels", dimension::volume, "158.987294928", "158.987294928"},
    {"s", "second seconds", dimension::duration, "1", "1"},
    {"min", "minute minutes", dimension::duration, "60", "60"},
    {"h", "hour hours", dimension::duration, "3600", "3600"},
    {"d", "day days", dimension::duration, "86400", "86400"},
    {"week", "weeks", dimension::duration, "604800", "604800"},
    // Calendar months and years vary in length; their size in seconds is a range.
    {"month", "months", dimension::duration, "2419200", "2678400"},
    {"year", "years yr", dimension::duration, "31536000", "31622400"},
    {"fortnight", "fortnights", dimension::duration, "1209600", "1209600"},
    // Ten and a hundred calendar years, as wide as the years they hold.
    {"decade", "decades", dimension::duration, "315360000", "316224000"},
    {"century", "centuries", dimension::duration, "3153600000", "3162240000"},
    {"m/s", "metres_per_second meters_per_second", dimension::speed, "1", "1"},
    {"km/h", "kph kmph kilometres_per_hour kilometers_per_hour", dimension::speed, "5/18", "5/18"},
    {"mph", "miles_per_hour", dimension::speed, "0.44704", "0.44704"},
    {"kn", "knot knots", dimension::speed, "463/900", "463/900"},
    {"B", "byte bytes", dimension::data, "1", "1"},
    {"kB", "kilobyte kilobytes", dimension::data, "1000", "1000"},
    {"MB", "megabyte megabytes", dimension::data, "1000000", "1000000"},
    {"GB", "gigabyte gigabytes", dimension::data, "1000000000", "1000000000"},
    {"TB", "terabyte terabytes", dimension::data, "1000000000000", "1000000000000"},
    {"PB", "petabyte petabytes", dimension::data, "1000000000000000", "1000000000000000"},
    {"KiB", "kibibyte kibibytes", dimension::data, "1024", "1024"},
    {"MiB", "mebibyte mebibytes", dimension::data, "1048576", "1048576"},
    {"GiB", "gibibyte gibibytes", dimension::data, "1073741824", "1073741824"},
    {"TiB", "tebibyte tebibytes", dimension::data, "1099511627776", "1099511627776"},
    {"Hz", "hertz", dimension::frequency, "1", "1"},
    {"kHz", "kilohertz", dimension::frequency, "1000", "1000"},
    {"MHz", "megahertz", dimension::frequency, "1000000", "1000000"},
    {"GHz", "gigahertz", dimension::frequency, "1000000000", "1000000000"},
    {"W", "watt watts", dimension::power, "1", "1"},
    {"kW", "kilowatt kilowatts", dimension::power, "1000", "1000"},
    {"MW", "megawatt megawatts", dimension::power, "1000000", "1000000"},
    {"GW", "gigawatt gigawatts", dimension::power, "1000000000", "1000000000"},
    {"J", "joule joules", dimension::energy, "1", "1"},
    {"Wh", "watt_hour watt_hours", dimension::energy, "3600", "3600"},
    {"kWh", "kilowatt_hour kilowatt_hours", dimension::energy, "3600000", "3600000"},
    {"MWh", "megawatt_hour megawatt_hours", dimension::energy, "3600000000", "3600000000"},
    {"GWh", "gigawatt_hour gigawatt_hours", dimension::energy, "3600000000000", "3600000000000"},
    {"TWh", "terawatt_hour terawatt_hours", dimension::energy, "3600000000000000", "3600000000000000"},
    {"m2", "square_metre square_metres square_meter square_meters", dimension::area, "1", "1"},
    {"km2", "square_kilometre square_kilometres square_kilometer square_kilometers", dimension::area, "1000000",
     "1000000"},
    {"ha", "hectare hectares", dimension::area, "10000", "10000"},
    {"acre", "acres", dimension::area, "4046.8564224", "4046.8564224"},
    {"sq_mi", "square_mile square_miles", dimension::area, "2589988.110336", "2589988.110336"},
    // Electric charge, in coulombs: a battery's capacity ("5,000mAh").
    {"Ah", "ampere_hour ampere_hours amp_hour amp_hours", dimension::charge, "3600", "3600"},
    {"mAh", "milliampere_hour milliampere_hours milliamp_hour milliamp_hours", dimension::charge, "3.6", "3.6"},
}};

inline std::string lower_case(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

inline bool word_listed(std::string_view list, std::string_view word) {
    while (!list.empty()) {
        std::size_t space = list.find(' ');
        if (list.substr(0, space) == word) return true;
        if (space == std::string_view::npos) break;
        list.remove_prefix(space + 1);
    }
    return false;
}

} // namespace core::detail

/// What a figure measures. Units of one dimension convert exactly; money never converts
/// between currencies and a count never converts between the things counted.
class unit {
public:
    /// Money in a currency, by its ISO 4217 code ("USD"); the code is not checked here
    /// (from_symbol checks it).
    static unit money(std::string_view iso_code) {
        std::string code(iso_code);
        std::transform(code.begin(), code.end(), code.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        if (!core::detail::is_iso_4217(code))
            throw std::invalid_argument("'" + std::string(iso_code) + "' is not an ISO 4217 currency code");
        return unit(dimension::money, std::move(code));
    }
    /// A count of things: count("ships") is written count(ships).
    static unit count(std::string_view counted) {
        std::string noun = core::detail::lower_case(counted);
        return unit(dimension::count, std::move(noun));
    }
    /// A share in per cent: "%".
    static unit percent() { return unit(dimension::share, "%"); }
    /// A plain number: "1".
    static unit plain() { return unit(dimension::plain, "1"); }
    /// A year of the calendar (2025), which never multiplies: "calendar_year".
    static unit calendar_year() { return unit(dimension::calendar_year, "calendar_year"); }
    /// Degrees Celsius ("degC") or Fahrenheit ("degF"). A temperature scale has its own zero,
    /// so converting one into the other is no multiplication, which is all a factor says: the
    /// two are kept apart as two currencies are, and a story that gives both states each.
    static unit temperature(std::string_view scale) {
        if (scale != "degC" && scale != "degF")
            throw std::invalid_argument("'" + std::string(scale) + "' is not a temperature scale (degC, degF)");
        return unit(dimension::temperature, std::string(scale));
    }

    /// "USD", "count(missiles)", "%", "t", "short_ton", "km", "bbl", "year", "1", "calendar_year".
    template <class = void>
    static result<unit> from_symbol(std::string_view symbol) {
        std::string_view trimmed = symbol;
        while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.front()))) trimmed.remove_prefix(1);
        while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.remove_suffix(1);
        // A change in a share is in percentage points, numbers of the share's own unit.
        if (trimmed == "%" || trimmed == "percent" || trimmed == "pp" || trimmed == "percentage_points")
            return percent();
        if (trimmed == "1" || trimmed == "number") return plain();
        if (trimmed == "calendar_year") return calendar_year();
        if (trimmed == "degC" || trimmed == "degF") return temperature(trimmed);
        if (trimmed.starts_with("count(") && trimmed.ends_with(")")) {
            std::string_view noun = trimmed.substr(6, trimmed.size() - 7);
            if (noun.empty()) return error{"count() needs the thing counted, as in count(missiles)", 6};
            return count(noun);
        }
        if (trimmed.size() == 3 &&
            std::all_of(trimmed.begin(), trimmed.end(), [](unsigned char c) { return std::isupper(c); })) {
            if (core::detail::is_iso_4217(trimmed)) return money(trimmed);
            return error{"'" + std::string(trimmed) + "' is not an ISO 4217 currency code", 0};
        }
        // A symbol as written first ("MB" is a megabyte), then in any case ("mb"), then a name.
        for (const auto& p : core::detail::physical_units)
            if (p.symbol == trimmed) return unit(p);
        std::string key = core::detail::lower_case(trimmed);
        std::replace(key.begin(), key.end(), ' ', '_');
        for (const auto& p : core::detail::physical_units) {
            if (core::detail::lower_case(p.symbol) == key || core::detail::word_listed(p.aliases, key)) return unit(p);
        }
        std::string known;
        for (const auto& p : core::detail::physical_units) (known += ' ') += p.symbol;
        return error{"unknown unit '" + std::string(symbol) +
                         "': expected an ISO 4217 code (USD), count(noun), %, 1, calendar_year, degC, degF, or one "
                         "of" +
                         known,
                     0};
    }

    /// What it measures.
    [[nodiscard]] factrec::dimension dimension() const noexcept { return dimension_; }
    /// "USD", "ships" (for count(ships)), "%", "km".
    [[nodiscard]] const std::string& symbol() const noexcept { return symbol_; }
    /// Size in the dimension's base unit; lower < upper for units of uncertain size ("ton").
    ///@{
    [[nodiscard]] const exact_number& factor_lower() const noexcept { return size_ ? size_->lower : one(); }
    [[nodiscard]] const exact_number& factor_upper() const noexcept { return size_ ? size_->upper : one(); }
    ///@}
    /// factor_lower() == factor_upper(): not "ton", "month" or "year".
    [[nodiscard]] bool has_exact_size() const { return factor_lower() == factor_upper(); }

    /// Same dimension and symbol.
    friend bool operator==(const unit& a, const unit& b) {
        return a.dimension_ == b.dimension_ && a.symbol_ == b.symbol_;
    }

private:
    /// A physical unit's size is parsed once into a table shared by every copy: a unit is a
    /// word and a pointer, cheap to copy into each of the many mentions that carry it.
    struct size_in_base {
        exact_number lower;
        exact_number upper;
    };
    template <class = void>
    static const size_in_base& size_of(const core::detail::physical_unit& p) {
        static const auto sizes = [] {
            std::array<size_in_base, core::detail::physical_units.size()> table;
            for (std::size_t i = 0; i < table.size(); ++i)
                table[i] = {parse_exact_number(core::detail::physical_units[i].factor_lo).value(),
                            parse_exact_number(core::detail::physical_units[i].factor_hi).value()};
            return table;
        }();
        return sizes[static_cast<std::size_t>(&p - core::detail::physical_units.data())];
    }
    static const exact_number& one() {
        static const exact_number value(1);
        return value;
    }

    unit(factrec::dimension d, std::string symbol) : dimension_(d), symbol_(std::move(symbol)) {}
    template <class = void>
    explicit unit(const core::detail::physical_unit& p) : dimension_(p.kind), symbol_(p.symbol), size_(&size_of(p)) {}

    /// Physical units of one dimension convert into each other, and counts 1:1 whatever they
    /// count (which figures a count fact takes is the binder's business: noun classes); any other
    /// unit (a currency, %) only into itself.
    friend bool commensurable(const unit& a, const unit& b) {
        return a.dimension_ == b.dimension_ &&
               ((a.size_ && b.size_) ||
                (!a.size_ && !b.size_ && (a.symbol_ == b.symbol_ || a.dimension_ == factrec::dimension::count)));
    }

    factrec::dimension dimension_;
    std::string symbol_;
    const size_in_base* size_ = nullptr; ///< null: a unit of size one in its own base
};

/// The unit as a facts file writes it: "USD", "count(ships)", "%".
inline std::string to_string(const unit& u) {
    switch (u.dimension()) {
    case dimension::count: return "count(" + u.symbol() + ")";
    default: return u.symbol();
    }
}

/// A unit as a facts file writes it: `USD`, `count(ships)`, `%`, `km`.
inline std::ostream& operator<<(std::ostream& out, const unit& u) { return out << to_string(u); }

namespace core::detail {

inline std::string describe(const unit& u) {
    return "'" + to_string(u) + "' (" + std::string(to_string(u.dimension())) + ")";
}

inline std::string incompatibility(const unit& from, const unit& to) {
    if (from.dimension() == dimension::money && to.dimension() == dimension::money)
        return "cannot convert " + from.symbol() + " to " + to.symbol() +
               ": currencies are never converted silently; state the exchange rate as a claim or relation";
    if (from.dimension() == dimension::count && to.dimension() == dimension::count)
        return "cannot convert a count of " + from.symbol() + " to a count of " + to.symbol();
    return "cannot convert " + describe(from) + " to " + describe(to) + ": the dimensions differ";
}

} // namespace core::detail

/// The factor that turns a value in `from` into a value in `to`: exact for units of exact
/// size, an exact interval when either unit's size is uncertain.
template <class = void>
result<interval> conversion_factor(const unit& from, const unit& to) {
    if (!commensurable(from, to)) return error{core::detail::incompatibility(from, to), 0};
    // A unit of uncertain size is still the same size as itself.
    if (from == to) return interval::point(1);
    return interval::closed(from.factor_lower() / to.factor_upper(), from.factor_upper() / to.factor_lower());
}

/// A value in `from` as a value in `to`, exactly: 1 short_ton is [0.90718474, 0.90718474] t, and
/// a unit of uncertain size widens the interval ("ton" is between a short and a long ton).
/// An error, naming both units, when they measure different things (USD and EUR, tons and km).
template <Number N>
result<basic_interval<N>> convert(const basic_interval<N>& value, const unit& from, const unit& to) {
    result<interval> factor = conversion_factor(from, to);
    if (!factor) return factor.error();
    if (factor->is_point() && factor->lower().value == 1) return value;
    return value * interval_cast<N>(*factor);
}

} // namespace factrec
