// factrec against Z3 on random linear models: consistency, minimal conflicts, the optimal
// repair's weight (MaxSMT) and every range after the repair, open or closed ends included.
#include <factrec/model.hpp>
#include <factrec/solve.hpp>

#include <doctest/doctest.h>
#include <z3++.h>

#include <random>
#include <set>
#include <string>
#include <vector>

using namespace factrec;

namespace {

struct z3_model {
    z3::context& ctx;
    const model& m;
    std::vector<z3::expr> vars;

    z3_model(z3::context& c, const model& model_) : ctx(c), m(model_) {
        for (const fact& f : m.facts()) vars.push_back(ctx.real_const(f.id.c_str()));
    }
    z3::expr number(const exact_number& x) const { return ctx.real_val(x.str().c_str()); }
    z3::expr domains() const {
        z3::expr all = ctx.bool_val(true);
        for (std::size_t i = 0; i < vars.size(); ++i)
            if (m.facts()[i].unit.dimension() == dimension::money) all = all && vars[i] >= 0;
        return all;
    }
    z3::expr relation_expr(const relation& r, bool closure) const {
        z3::expr sum = ctx.real_val(0);
        for (const auto& [f, a] : r.terms) sum = sum + number(a) * vars[f];
        z3::expr c = number(r.constant);
        switch (r.cmp) {
        case comparison::less: return closure ? sum <= c : sum < c;
        case comparison::less_equal: return sum <= c;
        case comparison::equal: return sum == c;
        case comparison::greater_equal: return sum >= c;
        case comparison::greater: return closure ? sum >= c : sum > c;
        }
        return ctx.bool_val(true);
    }
    z3::expr claim_expr(const model_claim& c, bool closure) const {
        z3::expr x = vars[c.fact];
        z3::expr e = ctx.bool_val(true);
        if (c.value.is_empty()) return ctx.bool_val(false);
        const auto& lo = c.value.lower();
        const auto& hi = c.value.upper();
        if (!lo.infinite) e = e && ((lo.open && !closure) ? x > number(lo.value) : x >= number(lo.value));
        if (!hi.infinite) e = e && ((hi.open && !closure) ? x < number(hi.value) : x <= number(hi.value));
        return e;
    }
    z3::expr relations_expr(bool closure, const std::set<std::string>* only = nullptr) const {
        z3::expr all = ctx.bool_val(true);
        for (const relation& r : m.relations())
            if (!only || only->contains(r.id)) all = all && relation_expr(r, closure);
        return all;
    }
    z3::expr claims_expr(const std::set<std::string>& ids, bool closure) const {
        z3::expr all = ctx.bool_val(true);
        for (const auto& c : m.claims())
            if (ids.contains(c.id)) all = all && claim_expr(c, closure);
        return all;
    }
    // One solver for the model's many questions, each asked between push and pop: a solver made
    // for each question cost Z3 more than answering it (the test took eight minutes of CI, now half a minute).
    mutable z3::solver solver{ctx};
    bool satisfiable(const z3::expr& e) const {
        solver.push();
        solver.add(e);
        const bool sat = solver.check() == z3::sat;
        solver.pop();
        return sat;
    }
};

exact_number from_z3(const z3::expr& e) { return parse_exact_number(Z3_get_numeral_string(e.ctx(), e)).value(); }

struct generated {
    model m;
    bool strict = false;
};

generated random_model(std::mt19937& random) {
    generated g;
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    g.strict = pick(0, 1) == 1;
    int facts = pick(2, 5);
    bool money = pick(0, 9) < 3; // non-negative domains
    for (int i = 0; i < facts; ++i)
        REQUIRE(g.m.add_fact("x" + std::to_string(i), money ? unit::money("USD") : unit::plain()));
    int relations = pick(1, 4);
    static const comparison strict_ops[] = {comparison::less, comparison::less_equal, comparison::equal,
                                            comparison::greater_equal, comparison::greater};
    static const comparison plain_ops[] = {comparison::less_equal, comparison::equal, comparison::greater_equal,
                                           comparison::less_equal};
    for (int r = 0; r < relations; ++r) {
        linear_expression e;
        int terms = pick(2, std::min(3, facts));
        std::set<int> used;
        while (static_cast<int>(used.size()) < terms) used.insert(pick(0, facts - 1));
        for (int f : used) {
            static const int coefficients[] = {-2, -1, -1, 1, 1, 1, 2};
            e += coefficients[pick(0, 6)] * fact_ref{static_cast<std::size_t>(f)};
        }
        relation_expression rel = e <= linear_expression(pick(-5, 5));
        rel.cmp = g.strict ? strict_ops[pick(0, 4)] : plain_ops[pick(0, 3)];
        REQUIRE(g.m.add_relation("r" + std::to_string(r), rel));
    }
    int claims = pick(2, 8);
    for (int c = 0; c < claims; ++c) {
        int f = pick(0, facts - 1);
        bool lo_inf = pick(0, 9) == 0, hi_inf = pick(0, 9) == 0;
        int lo = pick(-6, 6), hi = lo + pick(0, 6);
        bool lo_open = g.strict && pick(0, 2) == 0, hi_open = g.strict && pick(0, 2) == 0;
        if (lo == hi) lo_open = hi_open = false;
        interval value = interval::from_bounds({exact_number(lo), lo_inf, lo_open || lo_inf},
                                               {exact_number(hi), hi_inf, hi_open || hi_inf});
        std::string id = "c" + std::to_string(c);
        REQUIRE(g.m.add_claim(id, g.m.facts()[f].id, value, pick(1, 3)));
        // Other sources repeating the figure: one statement with several claims.
        if (pick(0, 3) == 0)
            for (int copy = pick(1, 6); copy > 0; --copy)
                REQUIRE(g.m.add_claim(id + "/" + std::to_string(copy), g.m.facts()[f].id, value, pick(1, 3)));
    }
    return g;
}

// A model shaped as reconcile builds one for dated stories (reconcile/detail/series.hpp): series
// facts with a variable per date (non-negative reals, as Z3 checks reals), a cumulative fact's dates ordered by hard
// `<=` relations, an undated value free of the dated ones, relations that hold per date, and claims that
// mostly rise with the dates but sometimes fall or disagree on one date.
generated random_dated_model(std::mt19937& random) {
    generated g;
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random); };
    const int dates = pick(2, 5);
    const bool related = pick(0, 1) == 1;
    const int series = related ? 3 : pick(1, 2);
    std::vector<std::vector<std::size_t>> variable(static_cast<std::size_t>(series));
    std::vector<bool> cumulative(static_cast<std::size_t>(series));
    std::vector<std::size_t> undated(static_cast<std::size_t>(series), 0);
    for (int s = 0; s < series; ++s) {
        const std::string name = "s" + std::to_string(s);
        cumulative[s] = pick(0, 3) != 0;
        for (int d = 0; d < dates; ++d)
            variable[s].push_back(g.m.add_fact(name + "@2023-09-1" + std::to_string(d), unit::money("USD"))->index);
        undated[s] = g.m.add_fact(name + "@undated", unit::money("USD"))->index;
        if (!cumulative[s]) continue;
        auto order = [&](std::size_t a, std::size_t b) {
            REQUIRE(g.m.add_relation("cumulative:" + g.m.facts()[a].id + "<=" + g.m.facts()[b].id,
                                     linear_expression(fact_ref{a}) <= linear_expression(fact_ref{b})));
        };
        for (int d = 1; d < dates; ++d)
            if (pick(0, 5) != 0) order(variable[s][d - 1], variable[s][d]); // sometimes a revision restarts it
    }
    if (related) // s0 + s1 = s2 on every date and on the undated values
        for (int d = 0; d <= dates; ++d) {
            auto at = [&](int s) { return fact_ref{d == dates ? undated[s] : variable[s][d]}; };
            REQUIRE(g.m.add_relation("sum@" + std::to_string(d), at(0) + at(1) == linear_expression(at(2))));
        }
    const int claims = pick(3, 10);
    for (int c = 0; c < claims; ++c) {
        const int s = pick(0, series - 1), d = pick(0, dates);
        const std::size_t f = d == dates ? undated[s] : variable[s][d];
        int figure = 10 * (d == dates ? pick(0, dates) : d) + pick(-4, 8);
        if (figure < 0) figure = 0;
        interval value = pick(0, 3) == 0   ? interval::closed(figure, figure + pick(0, 5))
                         : pick(0, 4) == 0 ? interval::greater_than(figure)
                                           : interval::closed(figure, figure);
        const std::string id = "c" + std::to_string(c);
        REQUIRE(g.m.add_claim(id, g.m.facts()[f].id, value, pick(1, 3)));
        // Outlets repeating a day's toll: one statement of that date with several claims.
        if (pick(0, 3) == 0)
            for (int copy = pick(1, 4); copy > 0; --copy)
                REQUIRE(g.m.add_claim(id + "/" + std::to_string(copy), g.m.facts()[f].id, value, pick(1, 3)));
    }
    return g;
}

struct differential_counts {
    int inconsistent = 0, strict = 0, cyclic = 0, hard = 0, conflicts_checked = 0, ranges_checked = 0;
    int z3_optimum_refuted = 0; // range ends where Z3's optimizer was wrong and satisfiability decided
};

// Consistency, each minimal conflict, the repair's weight and every range end, against Z3.
void check_against_z3(z3::context& ctx, const generated& g, differential_counts& counts) {
    solution s = solve(g.m);
    z3_model z(ctx, g.m);
    counts.strict += g.strict;
    counts.cyclic += s.statistics.cyclic_clusters > 0;

    std::set<std::string> all_claims;
    for (const auto& c : g.m.claims()) all_claims.insert(c.id);
    bool relations_alone = z.satisfiable(z.domains() && z.relations_expr(false));
    if (!relations_alone) {
        ++counts.hard;
        CHECK_FALSE(s.consistent);
        // A minimal set of the relations that cannot hold together, found before any claim.
        REQUIRE_FALSE(s.contradictory_relations.empty());
        std::vector<std::size_t> found = contradictory_relations(g.m);
        REQUIRE(found.size() == s.contradictory_relations.size());
        std::set<std::string> contradictory(s.contradictory_relations.begin(), s.contradictory_relations.end());
        CHECK_FALSE(z.satisfiable(z.domains() && z.relations_expr(false, &contradictory)));
        for (const std::string& left_out : s.contradictory_relations) {
            std::set<std::string> rest = contradictory;
            rest.erase(left_out);
            CHECK(z.satisfiable(z.domains() && z.relations_expr(false, &rest)));
        }
        return;
    }
    CHECK(s.contradictory_relations.empty());
    CHECK(contradictory_relations(g.m).empty());
    bool consistent = z.satisfiable(z.domains() && z.relations_expr(false) && z.claims_expr(all_claims, false));
    REQUIRE(s.consistent == consistent);
    counts.inconsistent += !consistent;

    // Conflicts are over statements: all the claims of each, set aside together.
    auto claims_of = [&](std::size_t statement) {
        const auto& ids = s.statements[statement].claims;
        return std::set<std::string>(ids.begin(), ids.end());
    };
    std::set<std::string> in_statements;
    for (const auto& st : s.statements) in_statements.insert(st.claims.begin(), st.claims.end());
    CHECK(in_statements == all_claims);
    for (const conflict& c : s.conflicts) {
        ++counts.conflicts_checked;
        std::set<std::string> ids(c.claims.begin(), c.claims.end());
        std::set<std::string> needed(c.relations.begin(), c.relations.end());
        CHECK_FALSE(z.satisfiable(z.domains() && z.relations_expr(false) && z.claims_expr(ids, false)));
        CHECK_FALSE(z.satisfiable(z.domains() && z.relations_expr(false, &needed) && z.claims_expr(ids, false)));
        if (c.one_fact) {
            // A group of one fact's statements through no relation: each can hold alone, and
            // each clashes with another of the group with the fact's domain alone.
            REQUIRE(c.statements.size() >= 2);
            for (std::size_t a : c.statements) {
                CHECK(z.satisfiable(z.domains() && z.claims_expr(claims_of(a), false)));
                bool clashes = false;
                for (std::size_t b : c.statements) {
                    std::set<std::string> pair = claims_of(a);
                    pair.merge(claims_of(b));
                    clashes = clashes || (a != b && !z.satisfiable(z.domains() && z.claims_expr(pair, false)));
                }
                CHECK(clashes);
            }
            continue;
        }
        for (std::size_t left_out : c.statements) {
            std::set<std::string> rest = ids;
            for (const std::string& id : claims_of(left_out)) rest.erase(id);
            CHECK(z.satisfiable(z.domains() && z.relations_expr(false) && z.claims_expr(rest, false)));
        }
    }
    CHECK(s.complete);

    // The repair weighs what Z3's MaxSMT optimum weighs, and what remains is consistent.
    z3::optimize maxsmt(ctx);
    maxsmt.add(z.domains() && z.relations_expr(false));
    for (const auto& c : g.m.claims()) maxsmt.add_soft(z.claim_expr(c, false), to_exact_string(c.weight).c_str());
    REQUIRE(maxsmt.check() == z3::sat);
    z3::model best = maxsmt.get_model();
    exact_number optimum = 0;
    for (const auto& c : g.m.claims())
        if (best.eval(z.claim_expr(c, false), true).is_false()) optimum += c.weight;
    CHECK(s.rejected_weight == optimum);
    std::set<std::string> kept = all_claims;
    for (const auto& r : s.rejected) kept.erase(r);
    REQUIRE(z.satisfiable(z.domains() && z.relations_expr(false) && z.claims_expr(kept, false)));

    // Each range end: Z3's optimum over the closure, then whether the strict problem attains it.
    for (std::size_t f = 0; f < g.m.facts().size(); ++f) {
        const fact_range& mine = s.facts[f];
        CAPTURE(mine.fact);
        CAPTURE(to_string(mine.range));
        CHECK(mine.exact);
        for (bool upper : {false, true}) {
            ++counts.ranges_checked;
            z3::optimize opt(ctx);
            opt.add(z.domains() && z.relations_expr(true) && z.claims_expr(kept, true));
            z3::optimize::handle h = upper ? opt.maximize(z.vars[f]) : opt.minimize(z.vars[f]);
            REQUIRE(opt.check() == z3::sat);
            z3::expr end = upper ? opt.upper(h) : opt.lower(h);
            const auto& bound = upper ? mine.range.upper() : mine.range.lower();
            const z3::expr closure = z.domains() && z.relations_expr(true) && z.claims_expr(kept, true);
            auto beyond = [&](const exact_number& x) {
                return z.satisfiable(closure && (upper ? z.vars[f] > z.number(x) : z.vars[f] < z.number(x)));
            };
            // Z3 4.8's optimizer can report a finite optimum for an objective with no bound (a
            // fact tied only through a sum with a free fact); when a point lies beyond its
            // optimum, factrec's end is checked by satisfiability alone.
            if (end.is_numeral() && beyond(from_z3(end))) {
                ++counts.z3_optimum_refuted;
                if (bound.infinite) {
                    CHECK(beyond(exact_number(upper ? 1000000000 : -1000000000)));
                } else {
                    CHECK_FALSE(beyond(bound.value));
                    CHECK(z.satisfiable(closure && z.vars[f] == z.number(bound.value)));
                }
                continue;
            }
            if (!end.is_numeral()) {
                CHECK(bound.infinite);
                continue;
            }
            REQUIRE_FALSE(bound.infinite);
            exact_number value = from_z3(end);
            CHECK(bound.value == value);
            bool attained = z.satisfiable(z.domains() && z.relations_expr(false) && z.claims_expr(kept, false) &&
                                          z.vars[f] == z.number(value));
            CHECK(bound.open == !attained);
        }
    }
}

} // namespace

TEST_CASE("factrec agrees with Z3 on 2,000 random linear models") {
    std::mt19937 random(4);
    z3::context ctx;
    differential_counts counts;
    const int models = 2000;
    for (int trial = 0; trial < models; ++trial) {
        CAPTURE(trial);
        check_against_z3(ctx, random_model(random), counts);
    }
    MESSAGE("models: " << models << ", inconsistent: " << counts.inconsistent
                       << ", with strict bounds: " << counts.strict << ", with cycles: " << counts.cyclic
                       << ", hard contradictions: " << counts.hard << ", conflicts checked: "
                       << counts.conflicts_checked << ", range ends: " << counts.ranges_checked
                       << " (Z3 optimum refuted: " << counts.z3_optimum_refuted << ")");
    CHECK(counts.inconsistent > models / 10);
    CHECK(counts.strict > models / 4);
    CHECK(counts.cyclic > models / 10);
}

TEST_CASE("factrec agrees with Z3 on 400 random dated models with cumulative orders") {
    std::mt19937 random(14);
    z3::context ctx;
    differential_counts counts;
    const int models = 400;
    for (int trial = 0; trial < models; ++trial) {
        CAPTURE(trial);
        check_against_z3(ctx, random_dated_model(random), counts);
    }
    MESSAGE("dated models: " << models << ", inconsistent: " << counts.inconsistent << ", conflicts checked: "
                             << counts.conflicts_checked << ", range ends: " << counts.ranges_checked
                             << " (Z3 optimum refuted: " << counts.z3_optimum_refuted << ")");
    CHECK(counts.inconsistent > models / 10);
    CHECK(counts.inconsistent < models * 9 / 10);
    CHECK(counts.conflicts_checked > models / 5);
}
