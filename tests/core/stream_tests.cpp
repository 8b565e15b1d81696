// operator<< for the vocabulary types: what each writes is documented beside it, and a program
// that logs a claim or a mention gets that text, word for word.
#include <factrec/core.hpp>
#include <factrec/parse/mention.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

namespace {

template <class T>
std::string streamed(const T& x) {
    std::ostringstream out;
    out << x;
    return out.str();
}

factrec::exact_number exact(const char* text) { return factrec::parse_exact_number(text).value(); }

factrec::quantity committed() {
    factrec::quantity q;
    q.value = factrec::interval::closed(exact("489.5e9"), exact("490.5e9"));
    q.unit = factrec::unit::money("USD");
    q.written = "$490 billion";
    return q;
}

} // namespace

TEST_CASE("units, numbers, intervals and spans stream as the reports write them") {
    CHECK(streamed(factrec::unit::money("USD")) == "USD");
    CHECK(streamed(factrec::unit::count("ships")) == "count(ships)");
    CHECK(streamed(factrec::unit::percent()) == "%");
    CHECK(streamed(factrec::exact_number(1, 3)) == "1/3");
    CHECK(streamed(factrec::exact_number(-7)) == "-7");
    CHECK(streamed(factrec::interval::greater_than(500)) == "(500, inf)");
    CHECK(streamed(factrec::byte_span{115, 127}) == "115-127");
}

TEST_CASE("a quantity streams with its words and its qualifier") {
    factrec::quantity q = committed();
    CHECK(streamed(q) == "[489500000000, 490500000000] USD \"$490 billion\"");
    q.qualifier = factrec::qualifier::more_than;
    q.value = factrec::interval::greater_than(exact("490e9"));
    q.written = "more than $490 billion";
    CHECK(streamed(q) == "(490000000000, inf) USD \"more than $490 billion\" (more_than)");
    q.written.clear();
    CHECK(streamed(q) == "(490000000000, inf) USD (more_than)");
}

TEST_CASE("a claim streams with its fact, publisher, speaker and span") {
    factrec::claim c;
    c.fact = "committed";
    c.quantity = committed();
    c.span = {115, 127};
    c.publisher.name = "Harbor Ledger";
    CHECK(streamed(c) == "committed: [489500000000, 490500000000] USD \"$490 billion\", Harbor Ledger, bytes 115-127");
    c.speaker = factrec::speaker{"Lutnick", 1};
    CHECK(streamed(c) ==
          "committed: [489500000000, 490500000000] USD \"$490 billion\", Harbor Ledger quoting Lutnick, bytes 115-127");
}

TEST_CASE("a mention streams as a line of scan's text output, without the file") {
    factrec::mention m;
    m.span = {17, 29};
    m.kind = factrec::mention_kind::money;
    m.quantity = committed();
    CHECK(streamed(m) == "17-29 money [489500000000, 490500000000] USD \"$490 billion\"");
    m.speaker = "White House";
    CHECK(streamed(m) == "17-29 money [489500000000, 490500000000] USD \"$490 billion\", speaker White House");
    m.speaker.reset();
    m.role = factrec::figure_role::change;
    m.direction = factrec::change_direction::down;
    m.converts = factrec::byte_span{3, 9};
    CHECK(streamed(m) == "17-29 money [489500000000, 490500000000] USD \"$490 billion\", change down, converts 3-9");
}
