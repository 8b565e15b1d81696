#pragma once

#include <factrec/core/number.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/source.hpp>

#include <cstddef>
#include <optional>
#include <string>

namespace factrec {

// Bytes [begin, end) of a document.
struct byte_span {
    std::size_t begin = 0;
    std::size_t end = 0;

    [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
    friend bool operator==(const byte_span&, const byte_span&) = default;
};

// One source's statement about one fact, with everything needed to find it again.
template <Number N>
struct basic_claim {
    std::string fact;
    basic_quantity<N> quantity;
    byte_span span;     // the figure in its article
    byte_span sentence; // the sentence around it
    factrec::publisher publisher;
    std::optional<factrec::speaker> speaker;

    // What setting this claim aside costs: the publisher's trust times the speaker's.
    [[nodiscard]] exact_number weight() const { return publisher.trust * (speaker ? speaker->trust : exact_number(1)); }
};

using claim = basic_claim<exact_number>;

} // namespace factrec
