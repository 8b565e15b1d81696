#pragma once

// Formatters for the vocabulary types, for std::format and for {fmt}. Opt in by including this
// header, as {fmt} users opt in with <fmt/ostream.h>: each formats a value exactly as its
// operator<< writes it (documented beside each type), and takes the options of a string
// ("{:>30}", "{:.20}").
//   std::format("{} in {}", q, u)    when the standard library has <format> (__cpp_lib_format;
//                                    not libstdc++ 12, so not compiled by factrec's own CI)
//   fmt::format("{} in {}", q, u)    when <fmt/format.h> can be included (Debian's libfmt-dev)
// Enumerations are left out: they have to_string, and {fmt} 9 already maps them to integers.
#include <factrec/core.hpp>
#include <factrec/parse/mention.hpp>
#include <factrec/version.hpp>

#include <concepts>
#include <sstream>
#include <string>
#include <version>

namespace factrec::format_detail {

template <class T>
struct is_vocabulary_template : std::false_type {};
template <Number N>
struct is_vocabulary_template<basic_interval<N>> : std::true_type {};
template <Number N>
struct is_vocabulary_template<basic_quantity<N>> : std::true_type {};
template <Number N>
struct is_vocabulary_template<basic_claim<N>> : std::true_type {};
template <Number N>
struct is_vocabulary_template<basic_mention<N>> : std::true_type {};

// The class types of the vocabulary that operator<< writes.
template <class T>
concept formattable_vocabulary = std::same_as<T, unit> || std::same_as<T, rational> || std::same_as<T, byte_span> ||
    is_vocabulary_template<T>::value;

template <formattable_vocabulary T>
std::string streamed(const T& x) {
    std::ostringstream out;
    out << x;
    return std::move(out).str();
}

} // namespace factrec::format_detail

#if defined(__cpp_lib_format)
#include <format>

template <factrec::format_detail::formattable_vocabulary T>
struct std::formatter<T, char> : std::formatter<std::string_view, char> {
    template <class Context>
    auto format(const T& x, Context& context) const {
        const std::string text = factrec::format_detail::streamed(x);
        return std::formatter<std::string_view, char>::format(std::string_view(text), context);
    }
};
#endif

#if __has_include(<fmt/format.h>)
#include <fmt/format.h>

template <factrec::format_detail::formattable_vocabulary T>
struct fmt::formatter<T, char> : fmt::formatter<fmt::string_view, char> {
    template <class Context>
    auto format(const T& x, Context& context) const {
        const std::string text = factrec::format_detail::streamed(x);
        return fmt::formatter<fmt::string_view, char>::format(fmt::string_view(text), context);
    }
};
#endif
