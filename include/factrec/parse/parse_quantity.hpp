#pragma once

#include <factrec/core/result.hpp>
#include <factrec/parse/detail/interpretation.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/english.hpp>
#include <factrec/parse/scan.hpp>

#include <string>
#include <string_view>

namespace factrec {

/// Reads one phrase that is a single figure, all of it: "about $1.6 billion", "up to 400
/// troops", "160 million to 230 million tons". The error's offset is where reading stopped.
/// Pack is the language (parse/english.hpp).
template <Number N = exact_number, class Pack = parse::english>
result<basic_quantity<N>> parse_quantity(std::string_view phrase, const precision_policy& precision = {});

template <Number N, class Pack>
result<basic_quantity<N>> parse_quantity(std::string_view phrase, const precision_policy& precision) {
    std::size_t first = parse::detail::skip_spaces(phrase, 0);
    std::size_t last = parse::detail::skip_spaces_back(phrase, phrase.size());
    if (first >= last) return error{"expected a quantity, found nothing", first};
    for (std::size_t i = first; i < last; ++i) {
        std::size_t word_end = i;
        while (word_end < last && parse::detail::is_letter(phrase[word_end])) ++word_end;
        const std::size_t character = static_cast<unsigned char>(phrase[i]) >= 0x80
                                          ? parse::detail::utf8_sequence_length(phrase.substr(0, last), i)
                                          : 0;
        const bool starts =
            character > 1
                ? Pack::character_starts_figure(phrase.substr(0, last), i, character)
                : parse::detail::follows_word_break(phrase, i) &&
                      (parse::detail::is_digit(phrase[i]) ||
                       (word_end > i && Pack::figure_words().contains_any_case(phrase.substr(i, word_end - i)) &&
                        Pack::word_starts_figure(phrase, i, word_end)));
        if (!starts) {
            if (word_end > i) i = word_end - 1;
            if (character > 1) i += character - 1;
            continue;
        }
        auto o = Pack::read(phrase.substr(0, last), first, i);
        if (o.failure) return *o.failure;
        if (!o.found) return error{"not a quantity (a name, code, ordinal, clock time or label)", i};
        const auto& r = *o.found;
        if (r.begin != first) return error{"unexpected words before the figure", first};
        if (r.end != last)
            return error{"unexpected text after the figure: '" +
                             std::string(phrase.substr(r.end, std::min<std::size_t>(last - r.end, 40))) + "'",
                         r.end};
        quantity q = parse::detail::quantity_for(r, phrase, precision);
        if constexpr (std::is_same_v<N, exact_number>)
            return q;
        else
            return basic_quantity<N>{interval_cast<N>(q.value), std::move(q.unit), std::move(q.written), q.qualifier};
    }
    return error{"expected a figure (digits or a number in words)", first};
}

} // namespace factrec
