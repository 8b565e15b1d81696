#pragma once

#include <factrec/core/claim.hpp>
#include <factrec/parse/detail/fast/first_pass.hpp>
#include <factrec/parse/detail/fast/first_pass_reference.hpp>
#include <factrec/parse/detail/fast/huge_pages.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/sentences.hpp>

#include <cstddef>
#include <string_view>
#include <vector>

namespace factrec::parse::detail {

// The ways the scanner walks a document: its tuned paths (the first pass over 64-byte bit
// masks, sentence stops found 64 bytes at a time, the result's memory in huge pages) or the
// plain ones they are tested against. Both give the same result; the scan fuzzer checks it.
struct fast_scan_paths {
    template <class Pack, class AtStart, class AtInvalid>
    static void visit_figure_starts(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
        parse::detail::visit_figure_starts<Pack>(s, at_start, at_invalid);
    }
    template <class Pack>
    static byte_span sentence_around(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
        return parse::detail::sentence_around<Pack>(s, pos, lo, hi);
    }
    template <class T>
    static void reserve_to_fill(std::vector<T>& v, std::size_t count) {
        parse::detail::reserve_to_fill(v, count);
    }
};

struct reference_scan_paths {
    template <class Pack, class AtStart, class AtInvalid>
    static void visit_figure_starts(std::string_view s, AtStart at_start, AtInvalid at_invalid) {
        parse::detail::visit_figure_starts_reference<Pack>(s, at_start, at_invalid);
    }
    template <class Pack>
    static byte_span sentence_around(std::string_view s, std::size_t pos, std::size_t lo, std::size_t hi) noexcept {
        return parse::detail::sentence_around_reference<Pack>(s, pos, lo, hi);
    }
    template <class T>
    static void reserve_to_fill(std::vector<T>& v, std::size_t count) {
        v.reserve(count);
    }
};

// Built with FACTREC_SCAN_REFERENCE, every scan takes the plain paths, and the word lists and
// byte masks their plain look-ups (word_set.hpp, byte_masks.hpp, cue_word_hash.hpp): a build
// in which no speed trick runs, for the fuzzer to compare with the usual one.
#ifdef FACTREC_SCAN_REFERENCE
using default_scan_paths = reference_scan_paths;
#else
using default_scan_paths = fast_scan_paths;
#endif

} // namespace factrec::parse::detail
