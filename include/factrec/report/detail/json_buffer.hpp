#pragma once

#include <factrec/core/number.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

// JSON pieces appended to a string that the caller writes out in large blocks: the writer of
// `factrec scan --format jsonl`, which emits hundreds of thousands of small objects a second.
// Each piece is written exactly as json_writer and to_exact_string write it; only the way there
// is shorter (no stream call per field, no cpp_int per number, no escaping pass over text that
// needs none).
namespace factrec::report::detail {

// `text` as a JSON string literal, byte for byte what append_json_string writes. Text of
// printable ASCII other than '"' and '\\', nearly every figure and name, is copied at once.
template <class = void>
inline void append_json_text(std::string& out, std::string_view text) {
    auto as_is = [](char c) {
        const auto byte = static_cast<unsigned char>(c);
        return byte >= 0x20 && byte < 0x7F && c != '"' && c != '\\';
    };
    // Eight bytes at a time: whether one is a control, DEL or past ASCII, a quote or a backslash.
    // A test may say yes for a byte next to one that is; never no for one that is.
    constexpr std::uint64_t ones = 0x0101010101010101, top_bits = 0x80 * ones;
    auto any_zero_byte = [](std::uint64_t w) { return ((w - ones) & ~w & top_bits) != 0; };
    std::size_t i = 0;
    for (; i + 8 <= text.size(); i += 8) {
        std::uint64_t w = 0;
        std::memcpy(&w, text.data() + i, sizeof w);
        const bool below_space = ((w - 0x20 * ones) & ~w & top_bits) != 0;
        const bool del_or_past_ascii = ((w | (w + ones)) & top_bits) != 0;
        if (below_space || del_or_past_ascii || any_zero_byte(w ^ ('"' * ones)) || any_zero_byte(w ^ ('\\' * ones)))
            break;
    }
    const bool copy_as_is = std::all_of(text.begin() + static_cast<std::ptrdiff_t>(i), text.end(), as_is);
    if (!copy_as_is) {
        append_json_string(out, text);
        return;
    }
    out += '"';
    out.append(text);
    out += '"';
}

template <class = void>
inline void append_unsigned(std::string& out, std::uint64_t n) {
    char digits[20];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

template <class = void>
inline void append_signed(std::string& out, std::int64_t n) {
    char digits[21];
    const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
    out.append(digits, static_cast<std::size_t>(end - digits));
}

// `x` as to_exact_string writes it: a terminating decimal in full ("489500000000", "0.05",
// "-12.5"), any other value as "p/q". A value in machine words is written from them; only a
// larger one, or one whose decimal does not fit 64 bits, goes through to_exact_string.
template <class = void>
inline void append_exact_decimal(std::string& out, const exact_number& x) {
    if (!x.is_small()) {
        out += to_exact_string(x);
        return;
    }
    const std::int64_t numerator = x.small_numerator();
    const std::int64_t denominator = x.small_denominator();
    if (denominator == 1) {
        append_signed(out, numerator);
        return;
    }
    auto rest = static_cast<std::uint64_t>(denominator);
    unsigned twos = 0, fives = 0;
    while (rest % 2 == 0) rest /= 2, ++twos;
    while (rest % 5 == 0) rest /= 5, ++fives;
    if (rest != 1) {
        append_signed(out, numerator);
        out += '/';
        append_signed(out, denominator);
        return;
    }
    const unsigned places = std::max(twos, fives);
    constexpr unsigned largest_power_in_64_bits = 19;
    std::uint64_t scale = 1;
    for (unsigned i = 0; i < places && places < largest_power_in_64_bits; ++i) scale *= 10;
    const std::uint64_t magnitude = numerator < 0 ? std::uint64_t{0} - static_cast<std::uint64_t>(numerator)
                                                  : static_cast<std::uint64_t>(numerator);
    std::uint64_t scaled = 0;
    if (places >= largest_power_in_64_bits ||
        __builtin_mul_overflow(magnitude, scale / static_cast<std::uint64_t>(denominator), &scaled)) {
        out += to_exact_string(x);
        return;
    }
    if (numerator < 0) out += '-';
    char digits[20];
    auto length = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, scaled).ptr - digits);
    if (length <= places) {
        out += "0.";
        out.append(places - length, '0');
        out.append(digits, length);
        return;
    }
    out.append(digits, length - places);
    out += '.';
    out.append(digits + (length - places), places);
}

} // namespace factrec::report::detail
