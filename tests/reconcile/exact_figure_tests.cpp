// "exactly", "precisely" and "just" before a figure, end to end: the claim's interval is the
// figure itself under every precision policy, and the verdict follows from that.
#include <factrec/reconcile.hpp>

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

// Two outlets report one shipment; the first with `first_figure` ("Exactly 25,000"), the second
// with "More than 25,000". Read exactly, the two cannot both hold; rounded, they can (in tonnes,
// which need not be whole as counts must).
factrec::reconciliation reconcile_shipment(const std::string& precision_line, const std::string& first_figure) {
    const std::string facts_text = precision_line + "\n"
                                                    "fact grain \"Grain shipped\" unit t cues \"of grain\"\n";
    auto facts = factrec::parse_facts_file(facts_text, "shipment.facts");
    REQUIRE_MESSAGE(facts, (facts ? "" : facts.error().message));
    std::vector<factrec::article> articles;
    for (auto [file, text] : std::vector<std::pair<std::string, std::string>>{
             {"north.txt", "source: North Gazette\n\n" + first_figure + " tonnes of grain left the port at dawn.\n"},
             {"south.txt", "source: South Daily\n\nMore than 25,000 tonnes of grain left the port by noon.\n"},
         }) {
        auto article = factrec::read_article(file, text);
        REQUIRE_MESSAGE(article, (article ? "" : article.error().message));
        articles.push_back(std::move(*article));
    }
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    REQUIRE_MESSAGE(r, (r ? "" : r.error().message));
    return std::move(*r);
}

const factrec::bound_claim& north_claim(const factrec::reconciliation& r) {
    for (const auto& c : r.pass.binding.claims)
        if (c.claim.publisher.name == "North Gazette") return c;
    FAIL("North Gazette's figure was not bound");
    throw;
}

} // namespace

TEST_CASE("an exact figure stays exact through reconcile under the last-digit and relative policies") {
    for (const std::string precision : {"reading precision last_digit", "reading precision relative 2%"}) {
        for (const std::string exact : {"Exactly 25,000", "Precisely 25,000", "Just 25,000"}) {
            CAPTURE(precision);
            CAPTURE(exact);
            const auto r = reconcile_shipment(precision, exact);
            const auto& claim = north_claim(r);
            CHECK(claim.claim.quantity.qualifier == factrec::qualifier::exactly);
            CHECK(claim.value == factrec::interval::point(factrec::exact_number(25000)));
            CHECK_FALSE(r.consistent());
        }
        // The same figure without the word is rounded as the policy says, and both reports hold.
        CAPTURE(precision);
        const auto plain = reconcile_shipment(precision, "A load of 25,000");
        CHECK(north_claim(plain).value.contains(factrec::exact_number(25000) + factrec::exact_number(1, 4)));
        CHECK(plain.consistent());
    }
}
