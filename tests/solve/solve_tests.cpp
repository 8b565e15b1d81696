// The model, the relation language, the solver's headline examples, products (property
// test), the JSON writer and the command's model loader, in one translation unit.
#include <factrec/model.hpp>
#include <factrec/report/solution_json.hpp>
#include <factrec/solve.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <set>
#include <sstream>

#include "../../examples/factrec/model_json.hpp"

using namespace factrec;

namespace {

exact_number billions(const char* text) { return parse_exact_number(text).value() * exact_number(1000000000); }

const fact_range& range_of(const solution& s, std::string_view id) {
    auto it = std::find_if(s.facts.begin(), s.facts.end(), [&](const fact_range& f) { return f.fact == id; });
    REQUIRE(it != s.facts.end());
    return *it;
}

model committed_and_eyed(bool last_digit) {
    model m;
    fact_ref committed = m.add_fact("committed", unit::money("USD")).value();
    fact_ref eyed = m.add_fact("eyed", unit::money("USD")).value();
    interval figure =
        last_digit ? interval::closed(billions("489.5"), billions("490.5")) : interval::point(billions("490"));
    REQUIRE(m.add_claim("A.committed", "committed", figure, 1, "A", "Lutnick"));
    REQUIRE(m.add_claim("B.eyed", "eyed", interval::closed(0, billions("400")), 1, "B"));
    REQUIRE(m.add_relation("committed_within_eyed", committed <= eyed));
    return m;
}

} // namespace

model abductees(int never_entered) {
    model m;
    for (const char* id : {"abducted", "returned", "dead", "never_entered"})
        REQUIRE(m.add_fact(id, unit::count("people")));
    REQUIRE(add_relation(m, "abductees", "abducted = returned + dead + never_entered"));
    REQUIRE(m.add_claim("C.abducted", "abducted", interval::point(17)));
    REQUIRE(m.add_claim("C.returned", "returned", interval::point(5)));
    REQUIRE(m.add_claim("C.dead", "dead", interval::point(8), 1, "C", "North Korea"));
    REQUIRE(m.add_claim("C.never_entered", "never_entered", interval::point(never_entered), 1, "C", "North Korea"));
    return m;
}

TEST_CASE("the abductee arithmetic 17 = 5 + 8 + 4 is consistent") {
    solution s = solve(abductees(4));
    CHECK(s.consistent);
    CHECK(s.conflicts.empty());
    CHECK(s.rejected.empty());
    CHECK(s.complete);
    CHECK(range_of(s, "abducted").range == interval::point(17));
    CHECK(range_of(s, "abducted").exact);

    SUBCASE("and 17 = 5 + 8 + 5 is not") {
        solution bad = solve(abductees(5));
        CHECK_FALSE(bad.consistent);
        REQUIRE(bad.conflicts.size() == 1);
        CHECK(bad.conflicts[0].claims.size() == 4);
        CHECK(*bad.conflicts[0].gap == 1);
        CHECK(bad.rejected.size() == 1);
    }
}

TEST_CASE("committed $490B against eyed up to $400B: one conflict, gap 89.5B or 90B") {
    for (bool last_digit : {true, false}) {
        CAPTURE(last_digit);
        solution s = solve(committed_and_eyed(last_digit));
        CHECK_FALSE(s.consistent);
        REQUIRE(s.conflicts.size() == 1);
        const conflict& c = s.conflicts[0];
        CHECK(c.claims == std::vector<std::string>{"A.committed", "B.eyed"});
        CHECK(c.relations == std::vector<std::string>{"committed_within_eyed"});
        REQUIRE(c.gap);
        CHECK(*c.gap == (last_digit ? billions("89.5") : billions("90")));
        CHECK(s.rejected.size() == 1);
        CHECK(s.rejected_weight == 1);
        CHECK(s.repair_optimal);
        CHECK(s.complete);
    }
}

TEST_CASE("the repair sets aside the least trusted claim and explains each range end") {
    model m = committed_and_eyed(true);
    model trusted;
    fact_ref committed = trusted.add_fact("committed", unit::money("USD")).value();
    fact_ref eyed = trusted.add_fact("eyed", unit::money("USD")).value();
    REQUIRE(trusted.add_claim("A.committed", "committed", interval::closed(billions("489.5"), billions("490.5")), 3));
    REQUIRE(trusted.add_claim("B.eyed", "eyed", interval::closed(0, billions("400")), 1));
    REQUIRE(trusted.add_relation("within", committed <= eyed));
    solution s = solve(trusted);
    CHECK(s.rejected == std::vector<std::string>{"B.eyed"});
    const fact_range& e = range_of(s, "eyed");
    CHECK(e.range == interval::at_least(billions("489.5")));
    CHECK(e.lo_set_by == std::vector<std::string>{"A.committed", "within"});
    CHECK(range_of(s, "committed").hi_set_by == std::vector<std::string>{"A.committed"});
}

TEST_CASE("strict inequalities: a bound that is not attained is open") {
    model m;
    REQUIRE(m.add_fact("share", unit::percent()));
    REQUIRE(m.add_fact("other", unit::percent()));
    REQUIRE(add_relation(m, "whole", "share + other <= 100%"));
    REQUIRE(m.add_claim("A.more_than_90", "share", interval::left_open(90, 100)));
    REQUIRE(m.add_claim("E.90_rounded", "share", interval::right_open(exact_number(895, 10), exact_number(905, 10))));
    solution s = solve(m);
    CHECK(s.consistent);
    CHECK(range_of(s, "share").range == interval::open(90, exact_number(905, 10)));
    CHECK(range_of(s, "other").range == interval::right_open(0, 10));

    SUBCASE("read exactly, 90% and more than 90% conflict with no gap to close") {
        model exact;
        REQUIRE(exact.add_fact("share", unit::percent()));
        REQUIRE(exact.add_claim("A", "share", interval::left_open(90, 100)));
        REQUIRE(exact.add_claim("E", "share", interval::point(90)));
        solution t = solve(exact);
        REQUIRE(t.conflicts.size() == 1);
        CHECK(*t.conflicts[0].gap == 0);
    }
}

TEST_CASE("cycles: the simplex finds what propagation alone cannot") {
    model m;
    for (const char* id : {"x", "y", "z"}) REQUIRE(m.add_fact(id, unit::plain()));
    REQUIRE(add_relation(m, "r1", "x + y <= 10"));
    REQUIRE(add_relation(m, "r2", "x - y <= 2"));
    REQUIRE(add_relation(m, "r3", "z = x + y"));
    REQUIRE(add_relation(m, "r4", "z >= 2*x"));
    REQUIRE(m.add_claim("cy", "y", interval::closed(0, 20)));
    REQUIRE(m.add_claim("cz", "z", interval::closed(0, 5)));
    solution s = solve(m);
    CHECK(s.consistent);
    CHECK(range_of(s, "x").range == interval::closed(-20, exact_number(5, 2)));
    CHECK(range_of(s, "x").exact);
    CHECK(s.statistics.cyclic_clusters == 1);
}

TEST_CASE("terminates on cycles that propagation would follow forever") {
    model m;
    REQUIRE(m.add_fact("x", unit::plain()));
    REQUIRE(m.add_fact("y", unit::plain()));
    REQUIRE(add_relation(m, "r1", "x <= y - 1"));
    REQUIRE(add_relation(m, "r2", "y <= x - 1"));
    solution s = solve(m);
    CHECK_FALSE(s.consistent);
    REQUIRE(s.conflicts.size() == 1);
    CHECK(s.conflicts[0].claims.empty());
    CHECK(s.conflicts[0].relations == std::vector<std::string>{"r1", "r2"});
    CHECK(s.contradictory_relations == std::vector<std::string>{"r1", "r2"});
    CHECK_FALSE(s.complete);
}

TEST_CASE("soft relations may be set aside like claims") {
    model m;
    fact_ref a = m.add_fact("a", unit::plain()).value();
    fact_ref b = m.add_fact("b", unit::plain()).value();
    REQUIRE(m.add_relation("a_below_b", a <= b, exact_number(1, 2)));
    REQUIRE(m.add_claim("ca", "a", interval::point(5), 2));
    REQUIRE(m.add_claim("cb", "b", interval::point(3), 2));
    solution s = solve(m);
    REQUIRE(s.conflicts.size() == 1);
    CHECK(s.conflicts[0].claims == std::vector<std::string>{"ca", "cb"});
    CHECK(s.conflicts[0].relations == std::vector<std::string>{"a_below_b"});
    CHECK(s.rejected == std::vector<std::string>{"a_below_b"});
    CHECK(s.rejected_weight == exact_number(1, 2));
}

TEST_CASE("all minimal conflicts are enumerated, and the repair hits them all") {
    model m;
    fact_ref t = m.add_fact("total", unit::money("USD")).value();
    fact_ref p = m.add_fact("part", unit::money("USD")).value();
    REQUIRE(m.add_relation("part_of_total", p <= t));
    REQUIRE(m.add_claim("t1", "total", interval::point(10)));
    REQUIRE(m.add_claim("t2", "total", interval::closed(9, 11)));
    REQUIRE(m.add_claim("p1", "part", interval::point(20)));
    REQUIRE(m.add_claim("p2", "part", interval::closed(19, 21)));
    solution s = solve(m);
    CHECK(s.conflicts.size() == 4);
    CHECK(s.conflicts_complete);
    CHECK(s.rejected_weight == 2);
    CHECK(s.repair_optimal);
}

TEST_CASE("integer facts round their bounds inward") {
    model m;
    REQUIRE(m.add_fact("troops", unit::count("troops")));
    REQUIRE(m.add_fact("half", unit::count("troops")));
    REQUIRE(add_relation(m, "r", "2*troops = half"));
    REQUIRE(m.add_claim("c", "half", interval::closed(exact_number(3), exact_number(9))));
    solution s = solve(m);
    CHECK(range_of(s, "troops").range == interval::closed(2, 4));
}

TEST_CASE("products give sound outer ranges: every sampled solution lies inside (property)") {
    std::mt19937 random(20251028);
    int checked_points = 0, witnessed = 0;
    for (int trial = 0; trial < 60; ++trial) {
        model m;
        for (const char* id : {"v", "n", "p", "w", "u"}) REQUIRE(m.add_fact(id, unit::plain()));
        REQUIRE(add_relation(m, "product", trial % 2 ? "v = n * p" : "p = v / n"));
        REQUIRE(add_relation(m, "sum", "w = v + u"));
        // Claims around a hidden solution, so that the model is consistent.
        std::uniform_int_distribution<int> digit(-9, 9), width(0, 6);
        exact_number n0 = digit(random), p0 = digit(random), u0 = digit(random);
        if (trial % 2 == 0 && n0 == 0) n0 = 1;
        exact_number v0 = n0 * p0, w0 = v0 + u0;
        std::map<std::string, exact_number> hidden{{"v", v0}, {"n", n0}, {"p", p0}, {"w", w0}, {"u", u0}};
        for (const auto& [id, x] : hidden)
            REQUIRE(m.add_claim("c_" + id, id, interval::closed(x - width(random), x + width(random))));
        solution s = solve(m);
        REQUIRE(s.consistent);
        witnessed += s.consistency_proven;
        for (const auto& f : s.facts) CHECK_FALSE(f.exact);
        // Sample n, p, u on a grid of halves inside their claims; keep the true solutions.
        auto claim_of = [&](const std::string& id) {
            auto it = std::find_if(m.claims().begin(), m.claims().end(),
                                   [&](const model_claim& c) { return c.id == "c_" + id; });
            return it->value;
        };
        std::uniform_int_distribution<int> step(-20, 20);
        for (int sample = 0; sample < 800; ++sample) {
            exact_number n = n0 + exact_number(step(random), 4), p = p0 + exact_number(step(random), 4),
                         u = u0 + exact_number(step(random), 4);
            if (trial % 2 == 0 && n == 0) continue;
            exact_number v = n * p, w = v + u;
            std::map<std::string, exact_number> point{{"v", v}, {"n", n}, {"p", p}, {"w", w}, {"u", u}};
            bool solution_point = true;
            for (const auto& [id, x] : point) solution_point = solution_point && claim_of(id).contains(x);
            if (!solution_point) continue;
            ++checked_points;
            for (const auto& [id, x] : point) CHECK(range_of(s, id).range.contains(x));
        }
    }
    CHECK(checked_points > 300);
    MESSAGE("consistency proven by a solution in " << witnessed << " of 60 models");
}

TEST_CASE("a cycle of products ends: bounds too long to be useful are left out, soundly") {
    // Found by the model fuzzer (its input, but for the keys "lo#" and "lo_ohi", which the loader
    // ignored then and refuses now; without them the model is the same). p = n * p narrows p by n's range on every
    // revision, doubling the digits of p's bounds each time, and the enumeration of conflicts
    // revises it again for every subset it checks: this took 32 s under the sanitizers before
    // bounds past 1,024 bits were left out, and gave ranges whose ends ran to thousands of bits.
    const char* text =
        R"json({"facts":[{"id":"v","unit":"USD"},{"id":"n","unit":"count(missiles)"},{"id":"p","unit":"USD"},{"id":"s","unit":"%"},{"id":"x","unit":"1","signed":true},{"id":"y","unit":"1","signed":true}],
 "claims":[{"id":"cwe1","fact":"v","lo":"1.55e9","hi":"1.65e9","weight":"1"},
    {"id":"c1","fact":"v","hi":"1.65e9","weight":"1"},
           {"id":"c2","fact":"n","lo":"380","hi":"420","lo_open":true,"weight":"1"},
           {"id":"c8","fact":"s","lo":"90","hi":null,"weight":"1"},
           {"id":"c0","fact":"x","lo":"-2/3","hi":"2","weight":"1"}],
 "relations":[{"id":"price","expr":"p = n * p"},{"id":"cycle1","expr":"x <= y - 0"},{"id":"cycle2","expr":"y <= x - 1","weight":"2"},{"id":"r","expr":"p = v / n"}]})json";
    model m;
    REQUIRE_FALSE(factrec_cli::load_model(nlohmann::json::parse(text), m));
    const solution s = solve(m);
    CHECK_FALSE(s.consistent);
    auto bits = [](const exact_number& x) {
        using boost::multiprecision::denominator;
        using boost::multiprecision::numerator;
        boost::multiprecision::cpp_int n =
            numerator(x) < 0 ? boost::multiprecision::cpp_int(-numerator(x)) : numerator(x);
        return std::max(n == 0 ? 0u : boost::multiprecision::msb(n), boost::multiprecision::msb(denominator(x)));
    };
    for (const auto& f : s.facts) {
        INFO(f.fact);
        if (f.fact == "v" || f.fact == "n" || f.fact == "p") CHECK_FALSE(f.exact);
        if (!f.range.lower().infinite) CHECK(bits(f.range.lower().value) <= 2048);
        if (!f.range.upper().infinite) CHECK(bits(f.range.upper().value) <= 2048);
    }
}

TEST_CASE("the tomahawk unit price follows from some 400 missiles and $1.6 billion") {
    model m;
    REQUIRE(m.add_fact("deal_value", unit::money("USD")));
    REQUIRE(m.add_fact("count", unit::count("missiles")));
    REQUIRE(m.add_fact("unit_price", unit::money("USD")));
    fact_ref value = *m.find_fact("deal_value"), count = *m.find_fact("count"), price = *m.find_fact("unit_price");
    REQUIRE(m.add_relation("value_is_count_times_price", value == count * price));
    REQUIRE(m.add_claim("E.value", "deal_value", interval::closed(billions("1.55"), billions("1.65"))));
    REQUIRE(m.add_claim("E.count", "count", interval::closed(380, 420)));
    solution s = solve(m);
    const fact_range& p = range_of(s, "unit_price");
    CHECK(p.range == interval::closed(exact_number(1550000000, 420), exact_number(1650000000, 380)));
    CHECK_FALSE(p.exact);
}

TEST_CASE("an inexact number type gives outward-rounded ranges marked inexact") {
    basic_model<double> m;
    REQUIRE(m.add_fact("a", unit::plain()));
    REQUIRE(m.add_fact("b", unit::plain()));
    REQUIRE(add_relation(m, "r", "3*a = b"));
    REQUIRE(m.add_claim("cb", "b", basic_interval<double>::closed(0.0, 1.0)));
    basic_solution<double> s = solve(m);
    const auto& a = s.facts[0];
    CHECK_FALSE(a.exact);
    CHECK(a.range.lower().value <= 0.0);
    CHECK(number_traits<double>::to_exact(a.range.upper().value) >= exact_number(1, 3));
    CHECK(a.range.upper().value < 0.3334);
}

TEST_CASE("the model checks units and names") {
    model m;
    fact_ref usd = m.add_fact("usd", unit::money("USD")).value();
    fact_ref eur = m.add_fact("eur", unit::money("EUR")).value();
    fact_ref kg = m.add_fact("kg", unit::from_symbol("kg").value()).value();
    fact_ref t = m.add_fact("t", unit::from_symbol("t").value()).value();
    auto mixed = m.add_relation("mixed", usd <= eur);
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().message.find("mixed") != std::string::npos);
    CHECK(mixed.error().message.find("currencies") != std::string::npos);
    REQUIRE(m.add_relation("mass", kg <= t));
    CHECK(m.relations().back().terms[1].second == -1000);
    CHECK_FALSE(m.add_fact("usd", unit::plain()));
    CHECK_FALSE(m.add_claim("x", "nothing", interval::point(1)));
    CHECK_FALSE(add_relation(m, "pct", "usd <= 5%"));
}

TEST_CASE("the relation language") {
    model m;
    for (const char* id : {"a", "b", "c", "total", "v", "n", "p"}) REQUIRE(m.add_fact(id, unit::plain()));
    auto r = parse_relation("a + b + 2*c = total", m);
    REQUIRE(r);
    CHECK(r->linear.terms().size() == 4);
    CHECK(r->linear.terms().at(2) == 2);
    CHECK(r->linear.terms().at(3) == -1);
    auto s = parse_relation("sum(a, b) <= 332e9 - c", m);
    REQUIRE(s);
    CHECK(s->linear.constant() == -exact_number(332000000000));
    CHECK(s->cmp == comparison::less_equal);
    auto product = parse_relation("v = n * p", m);
    REQUIRE(product);
    CHECK(product->kind == relation_kind::product);
    CHECK(parse_relation("v = n / p", m)->kind == relation_kind::ratio);
    CHECK(parse_relation("a - -b > 1.5e-1", m)->linear.terms().at(1) == 1);
    auto unknown = parse_relation("a <= zebra", m);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().offset == 5);
    auto broken = parse_relation("a <= * b", m);
    REQUIRE_FALSE(broken);
    CHECK(broken.error().offset == 5);
    CHECK_FALSE(parse_relation("a + v = n * p", m));
    CHECK_FALSE(parse_relation("a b", m));
    // The signs ≤ and ≥ are the only non-ASCII the language takes; any other byte is an error
    // at its own offset (a byte past 0x7f once reached std::isspace as a negative char).
    auto less_equal = parse_relation("a \xe2\x89\xa4 b + c", m);
    REQUIRE(less_equal);
    CHECK(less_equal->cmp == comparison::less_equal);
    auto greater_equal = parse_relation("total\xe2\x89\xa5"
                                        "a",
                                        m);
    REQUIRE(greater_equal);
    CHECK(greater_equal->cmp == comparison::greater_equal);
    auto unknown_after_sign = parse_relation("a \xe2\x89\xa4 zebra", m);
    REQUIRE_FALSE(unknown_after_sign);
    CHECK(unknown_after_sign.error().offset == 6);
    for (const char* text : {"a \xe2\x82\xac= b", "a <= b \xff",
                             "\xc3\xa9"
                             "t\xc3\xa9 = a",
                             "a = b\xe2\x89"}) {
        auto foreign = parse_relation(text, m);
        REQUIRE_FALSE(foreign);
        CHECK(foreign.error().message.find("non-ASCII byte 0x") != std::string::npos);
        CHECK(static_cast<unsigned char>(std::string_view(text)[foreign.error().offset]) >= 0x80);
    }
    auto built = sum({*m.find_fact("a"), *m.find_fact("b")}) <= *m.find_fact("total");
    CHECK(built.linear.terms().size() == 3);
}

TEST_CASE("from a conflict and a range end back to the model's claims, with their sources") {
    const model m = committed_and_eyed(true);
    const solution s = solve(m);
    REQUIRE(s.conflicts.size() == 1);
    const auto claims = claims_of(m, s.conflicts[0]);
    REQUIRE(claims.size() == 2);
    CHECK(claims[0]->id == "A.committed");
    CHECK(claims[0]->source == "A");
    CHECK(claims[0]->speaker == "Lutnick");
    CHECK(claims[1]->source == "B");
    CHECK(claims[1]->value == interval::closed(0, billions("400")));
    // The claim kept sets an end of its fact's range; relations among the ids are skipped.
    for (const fact_range& f : s.facts) {
        std::vector<std::string> lo_claims;
        for (const auto& id : f.lo_set_by)
            if (id.find('.') != std::string::npos) lo_claims.push_back(id);
        std::vector<std::string> found;
        for (const auto* c : low_end_claims(m, f)) found.push_back(c->id);
        CHECK(found == lo_claims);
    }
    const std::string kept = s.rejected[0] == "A.committed" ? "B.eyed" : "A.committed";
    bool kept_sets_an_end = false;
    for (const fact_range& f : s.facts)
        for (const auto* c : high_end_claims(m, f)) kept_sets_an_end = kept_sets_an_end || c->id == kept;
    for (const fact_range& f : s.facts)
        for (const auto* c : low_end_claims(m, f)) kept_sets_an_end = kept_sets_an_end || c->id == kept;
    CHECK(kept_sets_an_end);
    CHECK(claims_named(m, {"committed_within_eyed", "no such claim"}).empty());
}

TEST_CASE("solution JSON has the fields issue 4 names, exact numbers as strings") {
    solution s = solve(committed_and_eyed(false));
    std::string text = solution_json(s);
    nlohmann::json j = nlohmann::json::parse(text);
    // Who wrote the document and in which layout, first (docs/schema/solve.schema.json).
    CHECK(text.starts_with("{\"factrec\":\"" FACTREC_VERSION_STRING "\",\"schema\":1,"));
    CHECK(j["schema"] == solution_json_schema);
    CHECK(j["consistent"] == false);
    CHECK(j["complete"] == true);
    REQUIRE(j["conflicts"].size() == 1);
    CHECK(j["conflicts"][0]["gap"] == "90000000000");
    CHECK(j["conflicts"][0]["claims"] == nlohmann::json({"A.committed", "B.eyed"}));
    CHECK(j["facts"][0]["range"]["lo"] == "0");
    CHECK(j["facts"][0]["range"]["exact"] == true);
    CHECK(j["facts"][1]["range"]["hi"].is_null() == (s.rejected[0] == "B.eyed"));
    CHECK(j["rejected"].size() == 1);

    std::ostringstream escaped;
    report::detail::json_writer w(escaped);
    w.begin_object().key("a\"b").value(std::string_view("line\nbreak\x01")).end_object();
    CHECK(escaped.str() == "{\"a\\\"b\":\"line\\nbreak\\u0001\"}");
}

TEST_CASE("the solve command's loader names the place of bad input") {
    auto load = [](const char* text) {
        model m;
        auto problem = factrec_cli::load_model(nlohmann::json::parse(text), m);
        return problem ? problem->where : std::string("ok");
    };
    CHECK(load(R"({"facts":[{"id":"a","unit":"USD"}],"claims":[{"id":"c","fact":"a","lo":"1","hi":null}]})") == "ok");
    CHECK(load(R"({"facts":[{"id":"a","unit":"UDS"}]})") == "facts[0].unit");
    CHECK(
        load(
            R"({"facts":[{"id":"a","unit":"USD"}],"claims":[{"id":"c","fact":"a"},{"id":"d","fact":"a","lo":"x1"}]})") ==
        "claims[1].lo");
    CHECK(load(R"({"facts":[{"id":"a","unit":"USD"}],"claims":[{"id":"c","fact":"b"}]})") == "claims[0].fact");
    CHECK(load(R"({"facts":[{"id":"a","unit":"USD"}],"relations":[{"id":"r","expr":"a <= b"}]})") ==
          "relations[0].expr");
    CHECK(load(R"({"facts":{}})") == "facts");
}

TEST_CASE("the solve command's loader is strict: unknown and repeated keys, numbers, empty claims") {
    struct outcome {
        std::string where, message;
    };
    auto load = [](std::string_view text) {
        model m;
        auto problem = factrec_cli::load_model_json(text, m);
        return problem ? outcome{problem->where, problem->message} : outcome{"ok", ""};
    };
    const std::string fact = R"({"facts":[{"id":"ship","unit":"t"}],)";
    CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"1","hi":"2","hi_open":true}]})").where == "ok");

    SUBCASE("a number beyond a double is a located error, not an exception") {
        outcome huge = load(fact + R"("claims":[{"id":"c","fact":"ship","lo":1e400}]})");
        CHECK(huge.where == "claims[0].lo");
        CHECK(huge.message.find("1e400") != std::string::npos);
        CHECK(load(R"({"facts":[-1e999]})").where == "facts[0]");
        // A float JSON can hold is still not exact: the loader asks for a string.
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":0.1}]})").where == "claims[0].lo");
    }
    SUBCASE("text that is not JSON names its byte") {
        outcome broken = load(R"({"facts": [ {"id": "a",, }]})");
        CHECK(broken.where == "byte 23"); // the second comma
        CHECK(broken.message.find("not JSON") != std::string::npos);
        CHECK(load("").where.starts_with("byte"));
        CHECK(load("{\"facts\":[{\"id\":\"\xff\"}]}").where.starts_with("byte"));
    }
    SUBCASE("an unknown key is named with its path and the keys the object takes") {
        outcome typo = load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"1","hi":"2","hi_opne":true}]})");
        CHECK(typo.where == "claims[0].hi_opne");
        CHECK(typo.message.find("did you mean 'hi_open'") != std::string::npos);
        CHECK(typo.message.find("lo_open") != std::string::npos);
        outcome section = load(fact + R"("relation":[{"id":"r","expr":"ship <= 5"}]})");
        CHECK(section.where == "relation");
        CHECK(section.message.find("did you mean 'relations'") != std::string::npos);
        CHECK(load(R"({"facts":[{"id":"a","unit":"t","whole":true}]})").where == "facts[0].whole");
        CHECK(load(fact + R"("relations":[{"id":"r","expr":"ship <= 5","wieght":"2"}]})").where ==
              "relations[0].wieght");
        outcome far = load(R"({"facts":[],"comment":"x"})");
        CHECK(far.where == "comment");
        CHECK(far.message.find("did you mean") == std::string::npos);
    }
    SUBCASE("a key given twice is an error, at any depth") {
        outcome sections = load(fact + R"("claims":[],"claims":[{"id":"c","fact":"ship","lo":"1"}]})");
        CHECK(sections.where == "claims");
        CHECK(sections.message.find("twice") != std::string::npos);
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"1","lo":"5"}]})").where == "claims[0].lo");
        CHECK(load(R"({"facts":[{"id":"a","unit":"t"},{"id":"b","unit":"t","unit":"kg"}]})").where == "facts[1].unit");
        // The same key in two different objects is no repetition.
        CHECK(load(R"({"facts":[{"id":"a","unit":"t"},{"id":"b","unit":"t"}]})").where == "ok");
    }
    SUBCASE("an empty claim interval is an error") {
        outcome reversed = load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"5","hi":"3"}]})");
        CHECK(reversed.where == "claims[0]");
        CHECK(reversed.message.find("greater than hi") != std::string::npos);
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"3","hi":"3","lo_open":true}]})").where ==
              "claims[0]");
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"3","hi":"3"}]})").where == "ok");
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"-1/3","hi":"-1/4"}]})").where == "ok");
    }
    SUBCASE("wrong types are named") {
        CHECK(load(R"({"facts":[{"id":"a","unit":"t","integer":"yes"}]})").where == "facts[0].integer");
        CHECK(load(R"({"facts":[{"id":5,"unit":"t"}]})").where == "facts[0].id");
        CHECK(load(R"([1, 2])").where == "$");
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","weight":"-1"}]})").where == "claims[0].weight");
        CHECK(load(fact + R"("claims":[{"id":"c","fact":"ship","lo":"1e99999"}]})").where == "claims[0].lo");
    }
}

namespace {

unit unit_of(const char* symbol) { return unit::from_symbol(symbol).value(); }

// Facts, then one relation between them named after the first of them.
model related(std::initializer_list<std::pair<const char*, unit>> facts, const char* relation_text) {
    model m;
    for (const auto& [id, u] : facts) REQUIRE(m.add_fact(id, u));
    REQUIRE(add_relation(m, facts.begin()->first, relation_text));
    return m;
}

} // namespace

TEST_CASE("products and ratios convert units exactly") {
    SUBCASE("two containers of 1,000 kg are a 2 t cargo") {
        model m = related({{"cargo", unit_of("t")}, {"containers", unit::count("containers")}, {"each", unit_of("kg")}},
                          "cargo = containers * each");
        REQUIRE(m.relations().back().scale == exact_number(1, 1000));
        REQUIRE(m.add_claim("a.containers", "containers", interval::point(2)));
        REQUIRE(m.add_claim("a.each", "each", interval::point(1000)));
        solution before_cargo = solve(m);
        CHECK(before_cargo.consistent);
        CHECK(range_of(before_cargo, "cargo").range == interval::point(2));
        // "2,000 kg", read in the fact's unit.
        REQUIRE(
            m.add_claim("b.cargo", "cargo", interval::closed(exact_number(19995, 10000), exact_number(20005, 10000))));
        solution s = solve(m);
        CHECK(s.consistent);
        CHECK(s.conflicts.empty());
        CHECK(range_of(s, "cargo").range == interval::point(2));
        CHECK(range_of(s, "each").range == interval::point(1000));
    }
    SUBCASE("a share in % is a hundred times the ratio") {
        model m = related({{"export_share", unit::percent()}, {"exported", unit_of("kg")}, {"harvest", unit_of("t")}},
                          "export_share = exported / harvest");
        REQUIRE(m.add_claim("exported", "exported", interval::point(500)));
        REQUIRE(m.add_claim("harvest", "harvest", interval::point(2)));
        solution s = solve(m);
        CHECK(s.consistent);
        CHECK(range_of(s, "export_share").range == interval::point(25));
        REQUIRE(
            m.add_claim("a quarter", "export_share", interval::closed(exact_number(245, 10), exact_number(255, 10))));
        CHECK(solve(m).consistent);
        model wrong = m;
        REQUIRE(wrong.add_claim("a third", "export_share", interval::point(33)));
        CHECK_FALSE(solve(wrong).consistent);
    }
    SUBCASE("a per-item figure divides by a count; miles by feet is a plain number") {
        model m;
        REQUIRE(m.add_fact("route", unit_of("km")));
        REQUIRE(m.add_fact("stops", unit::count("stops")));
        REQUIRE(m.add_fact("spacing", unit_of("m")));
        REQUIRE(m.add_fact("route_ft", unit_of("ft")));
        REQUIRE(m.add_fact("times", unit::plain()));
        REQUIRE(add_relation(m, "spacing", "spacing = route / stops"));
        REQUIRE(add_relation(m, "times", "times = route / route_ft"));
        REQUIRE(m.add_claim("route", "route", interval::point(3)));
        REQUIRE(m.add_claim("stops", "stops", interval::point(12)));
        REQUIRE(m.add_claim("route_ft", "route_ft", interval::point(1000)));
        solution s = solve(m);
        CHECK(range_of(s, "spacing").range == interval::point(250));
        CHECK(range_of(s, "times").range == interval::point(exact_number(3000) / exact_number(3048, 10)));
    }
    SUBCASE("a unit of uncertain size is taken where it cancels, and nowhere else") {
        model m;
        REQUIRE(m.add_fact("cargo", unit_of("ton")));
        REQUIRE(m.add_fact("each", unit_of("ton")));
        REQUIRE(m.add_fact("each_kg", unit_of("kg")));
        REQUIRE(m.add_fact("n", unit::count("ships")));
        REQUIRE(m.add_fact("months", unit_of("month")));
        REQUIRE(m.add_fact("days", unit_of("d")));
        REQUIRE(add_relation(m, "cancels", "cargo = n * each"));
        CHECK(m.relations().back().scale == 1);
        auto mixed = add_relation(m, "mixed", "cargo = n * each_kg");
        REQUIRE_FALSE(mixed);
        CHECK(mixed.error().message.find("'mixed'") != std::string::npos);
        CHECK(mixed.error().message.find("'ton'") != std::string::npos);
        CHECK_FALSE(add_relation(m, "per_month", "days = months / n"));
    }
    SUBCASE("a battery's charge in mAh and Ah converts exactly, and into no energy") {
        model m = related({{"pack", unit_of("Ah")}, {"cells", unit::count("cells")}, {"cell", unit_of("mAh")}},
                          "pack = cells * cell");
        CHECK(m.relations().back().scale == exact_number(1, 1000));
        REQUIRE(m.add_claim("cells", "cells", interval::point(4)));
        REQUIRE(m.add_claim("cell", "cell", interval::point(5000)));
        solution s = solve(m);
        CHECK(range_of(s, "pack").range == interval::point(20));
        REQUIRE(m.add_fact("stored", unit_of("kWh")));
        auto energy = add_relation(m, "energy", "stored = cells * cell");
        REQUIRE_FALSE(energy);
        CHECK(energy.error().message.find("'energy'") != std::string::npos);
    }
}

TEST_CASE("products and ratios of unlike units are errors that name the relation and the units") {
    model m;
    REQUIRE(m.add_fact("v", unit::money("USD")));
    REQUIRE(m.add_fact("p", unit::money("EUR")));
    REQUIRE(m.add_fact("q", unit_of("t")));
    REQUIRE(m.add_fact("len", unit_of("m")));
    REQUIRE(m.add_fact("n", unit::count("items")));
    REQUIRE(m.add_fact("share", unit::percent()));
    REQUIRE(m.add_fact("year", unit::calendar_year()));
    REQUIRE(m.add_fact("usd2", unit::money("USD")));
    auto refused = [&](const char* id, const char* text, const std::vector<std::string>& words) {
        CAPTURE(text);
        auto added = add_relation(m, id, text);
        REQUIRE_FALSE(added);
        CHECK(added.error().message.find(std::string("'") + id + "'") != std::string::npos);
        for (const auto& w : words) CHECK(added.error().message.find(w) != std::string::npos);
    };
    refused("priced_in_euros", "v = q * p", {"q (t)", "p (EUR)"});
    refused("wrong_currency", "v = n * p", {"money in EUR", "v (USD)"});
    refused("mass_as_money", "v = n * q", {"mass", "money in USD"});
    refused("area", "len = len * len", {"only one factor"});
    refused("dollars_squared", "v = v * usd2", {"only one factor"});
    refused("per_ton", "v = v / q", {"v (USD)", "q (t)"});
    refused("ratio_with_unit", "share = v / usd2 / n", {});
    refused("ratio_kept_dimension", "v = v / usd2", {"no dimension"});
    refused("years", "n = year * share", {"calendar year"});
    refused("years_apart", "n = year / n", {"calendar year"});
    // The same shapes in agreeing units are accepted.
    CHECK(add_relation(m, "value", "v = n * usd2"));
    CHECK(add_relation(m, "part", "share = usd2 / v"));
    CHECK(add_relation(m, "discounted", "v = share * usd2"));
    CHECK(add_relation(m, "per_item", "v = usd2 / n"));
}

TEST_CASE("a ratio's divisor is never zero") {
    auto ratio_model = [](const interval& x, const interval& z, std::optional<interval> r) {
        model m = related({{"r", unit::plain()}, {"x", unit::plain()}, {"z", unit::plain()}}, "r = x / z");
        REQUIRE(m.add_claim("cx", "x", x));
        REQUIRE(m.add_claim("cz", "z", z));
        if (r) REQUIRE(m.add_claim("cr", "r", *r));
        return m;
    };
    SUBCASE("0 / 0 is not 5") {
        solution s = solve(ratio_model(interval::point(0), interval::point(0), interval::point(5)));
        CHECK_FALSE(s.consistent);
        // The divisor's claim alone contradicts the relation, and 0 = 5 * z needs z = 0 too.
        std::set<std::vector<std::string>> found;
        for (const conflict& c : s.conflicts) found.insert(c.claims);
        CHECK(found == std::set<std::vector<std::string>>{{"cz"}, {"cx", "cr"}});
        CHECK(s.rejected_weight == 2);
    }
    SUBCASE("0 / (a divisor near zero, but not zero) is 0, not 5") {
        solution s =
            solve(ratio_model(interval::point(0), interval::closed(0, exact_number(1, 2)), interval::point(5)));
        CHECK_FALSE(s.consistent);
        REQUIRE(s.conflicts.size() == 1);
        CHECK(s.conflicts[0].claims == std::vector<std::string>{"cx", "cr"});
        // Without the claim on x, r = 5 and a divisor in (0, 1/2] put x in (0, 5/2].
        model m = ratio_model(interval::whole(), interval::closed(0, exact_number(1, 2)), interval::point(5));
        CHECK(range_of(solve(m), "x").range == interval::left_open(0, exact_number(5, 2)));
    }
    SUBCASE("a divisor whose claim reaches zero has zero taken out, open") {
        solution s = solve(ratio_model(interval::point(1), interval::closed(0, 2), std::nullopt));
        CHECK(s.consistent);
        CHECK(range_of(s, "z").range == interval::left_open(0, 2));
        CHECK(range_of(s, "r").range == interval::at_least(exact_number(1, 2)));
        for (const auto& f : s.facts) CHECK_FALSE(f.exact);
    }
    SUBCASE("a whole divisor starts at one") {
        model m = related({{"per_ship", unit_of("t")}, {"total", unit_of("t")}, {"ships", unit::count("ships")}},
                          "per_ship = total / ships");
        REQUIRE(m.add_claim("total", "total", interval::point(12)));
        REQUIRE(m.add_claim("ships", "ships", interval::closed(0, 4)));
        solution s = solve(m);
        CHECK(range_of(s, "ships").range == interval::closed(1, 4));
        CHECK(range_of(s, "per_ship").range == interval::closed(3, 12));
    }
}

TEST_CASE("a model in mixed units solves as the same model in base units, exactly (property)") {
    // A cargo story: n containers of `each`, a part of the cargo and the rest, the part's share,
    // a route split into n legs, a price per container. Each fact gets a random unit of its
    // dimension; the same model written by hand in kg, m, USD and shares as fractions must give
    // the same ranges, repair and conflicts.
    struct choice {
        const char* symbol;
        exact_number size; // of one unit, in the base unit
    };
    const std::vector<choice> masses{
        {"kg", 1}, {"g", exact_number(1, 1000)}, {"t", 1000}, {"lb", exact_number(45359237, 100000000)}};
    const std::vector<choice> lengths{{"m", 1}, {"km", 1000}, {"ft", exact_number(3048, 10000)}};
    struct fact_spec {
        const char* id;
        char kind; // m: mass, l: length, n: count, u: USD, s: share
    };
    const std::vector<fact_spec> specs{{"n", 'n'},     {"each", 'm'},  {"cargo", 'm'}, {"part", 'm'},  {"rest", 'm'},
                                       {"share", 's'}, {"route", 'l'}, {"leg", 'l'},   {"price", 'u'}, {"value", 'u'}};
    const std::vector<std::pair<const char*, const char*>> relations{
        {"load", "cargo = n * each"}, {"split", "part + rest = cargo"}, {"part_share", "share = part / cargo"},
        {"legs", "leg = route / n"},  {"priced", "value = n * price"},  {"heavier", "each <= cargo"}};
    std::mt19937 random(20261206);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    int inconsistent = 0, ranges_compared = 0, proven = 0;
    for (int trial = 0; trial < 150; ++trial) {
        CAPTURE(trial);
        model mixed, base;
        std::map<std::string, exact_number> size;
        for (const fact_spec& f : specs) {
            switch (f.kind) {
            case 'm': {
                const choice& c = masses[pick(0, 3)];
                REQUIRE(mixed.add_fact(f.id, unit_of(c.symbol)));
                REQUIRE(base.add_fact(f.id, unit_of("kg")));
                size[f.id] = c.size;
                break;
            }
            case 'l': {
                const choice& c = lengths[pick(0, 2)];
                REQUIRE(mixed.add_fact(f.id, unit_of(c.symbol)));
                REQUIRE(base.add_fact(f.id, unit_of("m")));
                size[f.id] = c.size;
                break;
            }
            case 'n':
                REQUIRE(mixed.add_fact(f.id, unit::count("containers")));
                REQUIRE(base.add_fact(f.id, unit::count("containers")));
                size[f.id] = 1;
                break;
            case 'u':
                REQUIRE(mixed.add_fact(f.id, unit::money("USD")));
                REQUIRE(base.add_fact(f.id, unit::money("USD")));
                size[f.id] = 1;
                break;
            case 's':
                REQUIRE(mixed.add_fact(f.id, unit::percent()));
                // By hand: a share is a fraction, within [0, 1] like the % fact within [0, 100].
                REQUIRE(base.add_fact(f.id, unit::plain()));
                REQUIRE(add_relation(base, "share_at_least_0", "share >= 0"));
                REQUIRE(add_relation(base, "share_at_most_1", "share <= 1"));
                size[f.id] = exact_number(1, 100);
                break;
            }
        }
        for (const auto& [id, text] : relations) {
            REQUIRE(add_relation(mixed, id, text));
            REQUIRE(add_relation(base, id, text));
        }
        // Scale 1 everywhere in base units: the hand conversion needs no factor.
        for (const relation& r : base.relations()) REQUIRE(r.scale == 1);
        // A hidden solution in base units; claims around it (a few pushed off, to conflict).
        std::map<std::string, exact_number> hidden;
        hidden["n"] = pick(1, 6);
        hidden["each"] = pick(1, 9) * 100;
        hidden["cargo"] = hidden["n"] * hidden["each"];
        hidden["part"] = exact_number(pick(0, 10), 10) * hidden["cargo"];
        hidden["rest"] = hidden["cargo"] - hidden["part"];
        hidden["share"] = hidden["part"] / hidden["cargo"];
        hidden["route"] = pick(1, 30) * 1000;
        hidden["leg"] = hidden["route"] / hidden["n"];
        hidden["price"] = pick(1, 50);
        hidden["value"] = hidden["n"] * hidden["price"];
        int claim_count = 0;
        for (const fact_spec& f : specs) {
            if (pick(0, 9) < 3) continue;
            const exact_number& h = hidden[f.id];
            exact_number unit_width = f.kind == 's' ? exact_number(1, 100) : exact_number(h == 0 ? 1 : h / 10);
            exact_number lo = h - unit_width * pick(0, 2), hi = h + unit_width * pick(0, 2);
            if (pick(0, 9) == 0) lo += unit_width * 5, hi += unit_width * 5;
            bool lo_open = pick(0, 3) == 0 && lo != hi, hi_open = pick(0, 3) == 0 && lo != hi;
            interval in_base = interval::from_bounds({lo, false, lo_open}, {hi, false, hi_open});
            interval in_unit = in_base * interval::point(exact_number(1) / size[f.id]);
            std::string id = "c" + std::to_string(claim_count++);
            exact_number weight = pick(1, 3);
            REQUIRE(mixed.add_claim(id, f.id, in_unit, weight));
            REQUIRE(base.add_claim(id, f.id, in_base, weight));
        }
        const solution a = solve(mixed), b = solve(base);
        REQUIRE(a.consistent == b.consistent);
        inconsistent += !a.consistent;
        proven += a.consistent && a.consistency_proven;
        CHECK(a.rejected == b.rejected);
        CHECK(a.rejected_weight == b.rejected_weight);
        REQUIRE(a.conflicts.size() == b.conflicts.size());
        for (std::size_t k = 0; k < a.conflicts.size(); ++k) CHECK(a.conflicts[k].claims == b.conflicts[k].claims);
        for (const fact_spec& f : specs) {
            CAPTURE(f.id);
            const fact_range& in_unit = range_of(a, f.id);
            const fact_range& in_base = range_of(b, f.id);
            CAPTURE(to_string(in_unit.range));
            CAPTURE(to_string(in_base.range));
            CHECK(in_unit.range * interval::point(size[f.id]) == in_base.range);
            CHECK(in_unit.exact == in_base.exact);
            ++ranges_compared;
        }
    }
    CHECK(inconsistent > 10);
    CHECK(ranges_compared == 1500);
    // The search for a solution is greedy: it may miss one (then consistency is "not proven").
    MESSAGE("consistent with a solution found: " << proven << " of " << 150 - inconsistent);
    CHECK(proven > 0);
}

TEST_CASE("hard relations that cannot hold together are found, as a minimal set, before any claim") {
    model m;
    for (const char* id : {"budget", "spent", "left"}) REQUIRE(m.add_fact(id, unit::money("USD")));
    REQUIRE(add_relation(m, "spent_within_budget", "spent <= budget"));
    REQUIRE(add_relation(m, "min_budget", "budget >= 200e6"));
    REQUIRE(add_relation(m, "left_over", "left = budget - spent"));
    REQUIRE(add_relation(m, "max_budget", "budget <= 100e6"));
    REQUIRE(add_relation(m, "soft_cap", "budget <= 50e6", exact_number(1)));
    CHECK(contradictory_relations(m) == std::vector<std::size_t>{1, 3});
    // A real claim conflict is in the model too; the contradiction comes first, whatever the claims.
    REQUIRE(m.add_claim("a.spent", "spent", interval::point(7)));
    REQUIRE(m.add_claim("b.spent", "spent", interval::point(9)));
    solution s = solve(m);
    CHECK_FALSE(s.consistent);
    CHECK(s.contradictory_relations == std::vector<std::string>{"min_budget", "max_budget"});
    CHECK(describe_contradictory_relations(s.contradictory_relations) ==
          "relations 'min_budget' and 'max_budget' cannot hold together");

    SUBCASE("without the contradiction, nothing is reported and the claims conflict as usual") {
        model fine;
        for (const char* id : {"budget", "spent"}) REQUIRE(fine.add_fact(id, unit::money("USD")));
        REQUIRE(add_relation(fine, "spent_within_budget", "spent <= budget"));
        REQUIRE(add_relation(fine, "min_budget", "budget >= 200e6"));
        // Soft relations may contradict hard ones: they are set aside like claims.
        REQUIRE(add_relation(fine, "soft_cap", "budget <= 50e6", exact_number(1)));
        CHECK(contradictory_relations(fine).empty());
        CHECK(solve(fine).contradictory_relations.empty());
    }
    SUBCASE("a cycle of three, with an innocent relation on the same facts") {
        model cycle;
        for (const char* id : {"a", "b", "c"}) REQUIRE(cycle.add_fact(id, unit::plain()));
        REQUIRE(add_relation(cycle, "ab", "a <= b"));
        REQUIRE(add_relation(cycle, "sum", "a + b + c <= 1000"));
        REQUIRE(add_relation(cycle, "bc", "b <= c"));
        REQUIRE(add_relation(cycle, "ca", "c <= a - 1"));
        CHECK(contradictory_relations(cycle) == std::vector<std::size_t>{0, 2, 3});
        CHECK(describe_contradictory_relations({"ab", "bc", "ca"}) ==
              "relations 'ab', 'bc' and 'ca' cannot hold together");
    }
    SUBCASE("one relation against the facts' domains") {
        model negative;
        REQUIRE(negative.add_fact("deficit", unit::money("USD")));
        REQUIRE(add_relation(negative, "shortfall", "deficit <= -5"));
        CHECK(contradictory_relations(negative) == std::vector<std::size_t>{0});
        CHECK(describe_contradictory_relations({"shortfall"}).starts_with("relation 'shortfall' cannot hold with"));
    }
    SUBCASE("through a ratio's non-zero divisor") {
        model ratio = related({{"r", unit::plain()}, {"x", unit::plain()}, {"z", unit::plain()}}, "r = x / z");
        REQUIRE(add_relation(ratio, "no_divisor", "z = 0"));
        CHECK(contradictory_relations(ratio) == std::vector<std::size_t>{0, 1});
    }
    SUBCASE("the solve command's loader refuses such a model, naming the relations") {
        model loaded;
        auto problem = factrec_cli::load_model_json(
            R"({"facts":[{"id":"budget","unit":"USD"}],"relations":[{"id":"min_budget","expr":"budget >= 200e6"},)"
            R"({"id":"max_budget","expr":"budget <= 100e6"}]})",
            loaded);
        REQUIRE(problem);
        CHECK(problem->where == "relations[0]");
        CHECK(problem->message.starts_with("relations 'min_budget' and 'max_budget' cannot hold together"));
        CHECK(problem->message.find("relations[1] max_budget: budget <= 100e6") != std::string::npos);
    }
}

TEST_CASE("with products, consistent is said only of claims a solution satisfies") {
    // x = y * w with w = -y makes x = -y^2, never positive; interval propagation cannot see it.
    model m = related({{"x", unit::plain()}, {"y", unit::plain()}, {"w", unit::plain()}}, "x = y * w");
    REQUIRE(add_relation(m, "opposite", "y + w = 0"));
    REQUIRE(m.add_claim("cy", "y", interval::closed(-2, 3)));
    model positive = m;
    REQUIRE(positive.add_claim("cx", "x", interval::point(1)));
    solution s = solve(positive);
    CHECK(s.conflicts.empty());
    CHECK_FALSE(s.consistency_proven);
    CHECK_FALSE(s.complete);
    CHECK(s.incomplete_reason.find("not proven") != std::string::npos);
    // x = -4 is possible (y = 2, w = -2): a solution is found and the verdict stands.
    REQUIRE(m.add_claim("cx", "x", interval::point(-4)));
    solution t = solve(m);
    CHECK(t.consistent);
    CHECK(t.consistency_proven);
    CHECK(t.complete);
    // Each range is still a sound outer bound around that solution.
    CHECK(range_of(t, "y").range.contains(exact_number(2)));
    CHECK(range_of(t, "w").range.contains(exact_number(-2)));

    SUBCASE("the tomahawk price: a solution at once") {
        model deal =
            related({{"value", unit::money("USD")}, {"count", unit::count("missiles")}, {"price", unit::money("USD")}},
                    "value = count * price");
        REQUIRE(deal.add_claim("value", "value", interval::closed(billions("1.55"), billions("1.65"))));
        REQUIRE(deal.add_claim("count", "count", interval::closed(380, 420)));
        solution d = solve(deal);
        CHECK(d.consistency_proven);
        CHECK(d.complete);
    }
}
