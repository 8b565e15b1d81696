#pragma once

#include <factrec/core/number.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/source.hpp>

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>

namespace factrec {

/// Bytes [begin, end) of a document.
struct byte_span {
    std::size_t begin = 0; ///< the first byte
    std::size_t end = 0;   ///< one past the last byte

    /// end - begin.
    [[nodiscard]] std::size_t size() const noexcept { return end - begin; }
    /// Same begin and end.
    friend bool operator==(const byte_span&, const byte_span&) = default;
    /// `115-127`, as the reports write a span.
    friend std::ostream& operator<<(std::ostream& out, const byte_span& s) { return out << s.begin << '-' << s.end; }
};

/// One source's statement about one fact, with everything needed to find it again.
template <Number N>
struct basic_claim {
    std::string fact;                        ///< the id of the fact it is about
    basic_quantity<N> quantity;              ///< the figure as read, in its own unit
    byte_span span;                          ///< the figure in its article
    byte_span sentence;                      ///< the sentence around it
    factrec::publisher publisher;            ///< who published it
    std::optional<factrec::speaker> speaker; ///< who said it, when the article attributes it

    /// What setting this claim aside costs: the publisher's trust times the speaker's.
    [[nodiscard]] exact_number weight() const { return publisher.trust * (speaker ? speaker->trust : exact_number(1)); }
};

/// A claim in exact numbers: what the reconcile pipeline binds.
using claim = basic_claim<exact_number>;

/// `committed: [489500000000, 490500000000] USD "$490 billion", Harbor Ledger quoting Lutnick,
/// bytes 115-127`: the fact, the quantity, who published it (and who said it), and where.
template <Number N>
std::ostream& operator<<(std::ostream& out, const basic_claim<N>& c) {
    out << c.fact << ": " << c.quantity << ", " << c.publisher.name;
    if (c.speaker) out << " quoting " << c.speaker->name;
    return out << ", bytes " << c.span;
}

} // namespace factrec
