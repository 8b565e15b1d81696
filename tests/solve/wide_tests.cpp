// Wide disagreement: many readings of one fact, many sources repeating one reading, and the
// large models that used to take minutes. Each test case is its own ctest test with a timeout
// of a few seconds (tests/solve/CMakeLists.txt), so a return of the slow path fails the run
// without a timed assertion. Answers are checked against brute force on small instances.
#include <factrec/model.hpp>
#include <factrec/report/solution_json.hpp>
#include <factrec/solve.hpp>

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace factrec;

namespace {

// A name and a number, appended rather than concatenated: g++ 12 warns wrongly (-Wrestrict)
// about `"x" + std::to_string(i)` once inlined.
std::string named(const char* prefix, long number) {
    std::string out = prefix;
    out += std::to_string(number);
    return out;
}

const fact_range& range_of(const solution& s, std::string_view id) {
    auto it = std::find_if(s.facts.begin(), s.facts.end(), [&](const fact_range& f) { return f.fact == id; });
    REQUIRE(it != s.facts.end());
    return *it;
}

// min over x of the summed distances from x to the points: the gap of a group of point readings.
exact_number least_total_distance(const std::vector<exact_number>& points) {
    std::optional<exact_number> best;
    for (const exact_number& x : points) {
        exact_number total = 0;
        for (const exact_number& p : points) total += p < x ? exact_number(x - p) : exact_number(p - x);
        if (!best || total < *best) best = total;
    }
    return *best;
}

// n different figures for one budget, each from its own source; figure `heavy` has trust 5.
model differing_figures(int n, int heavy) {
    model m;
    REQUIRE(m.add_fact("budget", unit::money("USD")));
    for (int i = 0; i < n; ++i)
        REQUIRE(m.add_claim(named("s", i) + ":1", "budget", interval::point(1000 + 10 * i), i == heavy ? 5 : 1 + i % 3,
                            named("source ", i)));
    return m;
}

void check_differing_figures(int n) {
    const int heavy = n / 2 + 1;
    solution s = solve(differing_figures(n, heavy));
    CHECK_FALSE(s.consistent);
    CHECK(s.complete);
    CHECK(s.repair_optimal);
    REQUIRE(s.statements.size() == static_cast<std::size_t>(n));
    // One group for the fact, not n (n - 1) / 2 pairs.
    REQUIRE(s.conflicts.size() == 1);
    const conflict& c = s.conflicts[0];
    CHECK(c.one_fact);
    CHECK(c.relations.empty());
    CHECK(c.statements.size() == static_cast<std::size_t>(n));
    std::vector<exact_number> points;
    exact_number total = 0;
    for (int i = 0; i < n; ++i) {
        points.emplace_back(1000 + 10 * i);
        total += i == heavy ? 5 : 1 + i % 3;
    }
    REQUIRE(c.gap);
    CHECK(*c.gap == least_total_distance(points));
    // The heaviest reading is kept, every other one set aside.
    CHECK(s.rejected.size() == static_cast<std::size_t>(n - 1));
    CHECK(std::find(s.rejected.begin(), s.rejected.end(), named("s", heavy) + ":1") == s.rejected.end());
    CHECK(s.rejected_weight == total - 5);
    CHECK(range_of(s, "budget").range == interval::point(1000 + 10 * heavy));
}

// Brute force over one fact's statements: a set can hold when its intervals, within the domain
// and rounded inward for a whole fact, share a point.
struct one_fact_case {
    bool whole = false;
    std::vector<interval> values;
    std::vector<int> weights;
};

interval inward(const interval& v, bool whole) {
    interval in = intersect(v, interval::at_least(0));
    if (in.is_empty() || !whole) return in;
    auto lo = in.lower();
    auto hi = in.upper();
    if (!lo.infinite) {
        exact_number up = lo.value.ceil();
        if (lo.open && up == lo.value) up += 1;
        lo = {up, false, false};
    }
    if (!hi.infinite) {
        exact_number down = hi.value.floor();
        if (hi.open && down == hi.value) down -= 1;
        hi = {down, false, false};
    }
    return interval::from_bounds(lo, hi);
}

bool holds(const one_fact_case& k, std::uint32_t subset) {
    interval common = interval::whole();
    for (std::size_t i = 0; i < k.values.size(); ++i)
        if (subset >> i & 1) common = intersect(common, inward(k.values[i], k.whole));
    return !common.is_empty() || subset == 0;
}

interval random_interval(std::mt19937& rng) {
    auto number = [&] { return exact_number(static_cast<int>(rng() % 13)) / 2; };
    exact_number a = number(), b = number();
    if (b < a) std::swap(a, b);
    basic_bound<exact_number> lo{a, rng() % 6 == 0, rng() % 3 == 0};
    basic_bound<exact_number> hi{b, rng() % 6 == 0, rng() % 3 == 0};
    if (rng() % 9 == 0) lo = {exact_number(-1), false, false}; // below the domain of a count or money
    interval v = interval::from_bounds(lo, hi);
    return v.is_empty() ? interval::point(a) : v;
}

} // namespace

TEST_CASE("64 different figures for one fact: one group, the heaviest kept") { check_differing_figures(64); }

TEST_CASE("100 different figures for one fact: one group, the heaviest kept") { check_differing_figures(100); }

TEST_CASE("one fact, random readings with repeats: repair, ranges and conflicts agree with brute force") {
    std::mt19937 rng(15);
    for (int round = 0; round < 400; ++round) {
        CAPTURE(round);
        one_fact_case k;
        k.whole = round % 2 == 1;
        const int distinct = 1 + static_cast<int>(rng() % 7);
        std::vector<interval> readings;
        readings.reserve(static_cast<std::size_t>(distinct));
        for (int i = 0; i < distinct; ++i) readings.push_back(random_interval(rng));
        model m;
        REQUIRE(m.add_fact("x", k.whole ? unit::count("people") : unit::money("USD")));
        // Claims repeat the readings: statements are the distinct ones, with summed weights.
        const int claims = distinct + static_cast<int>(rng() % 6);
        std::vector<interval> distinct_values;
        std::vector<int> distinct_weights;
        for (int c = 0; c < claims; ++c) {
            const interval& v = readings[c < distinct ? c : rng() % distinct];
            const int w = 1 + static_cast<int>(rng() % 3);
            REQUIRE(m.add_claim(named("c", c), "x", v, w));
            auto at = std::find(distinct_values.begin(), distinct_values.end(), v);
            if (at == distinct_values.end()) {
                distinct_values.push_back(v);
                distinct_weights.push_back(w);
            } else {
                distinct_weights[at - distinct_values.begin()] += w;
            }
        }
        k.values = distinct_values;
        k.weights = distinct_weights;
        solution s = solve(m);
        REQUIRE(s.statements.size() == k.values.size());
        const std::uint32_t all = (1u << k.values.size()) - 1;
        int best_kept = -1;
        int total = 0;
        for (int w : k.weights) total += w;
        for (std::uint32_t subset = 0; subset <= all; ++subset) {
            if (!holds(k, subset)) continue;
            int kept = 0;
            for (std::size_t i = 0; i < k.values.size(); ++i)
                if (subset >> i & 1) kept += k.weights[i];
            best_kept = std::max(best_kept, kept);
        }
        CHECK(s.rejected_weight == exact_number(total - best_kept));
        CHECK(s.repair_optimal);
        CHECK(s.complete);
        CHECK(s.consistent == holds(k, all));
        // Statements come in the order of their first claims, the order of distinct_values.
        for (std::size_t i = 0; i < k.values.size(); ++i) {
            const std::string first = s.statements[i].claims.front();
            auto claim =
                std::find_if(m.claims().begin(), m.claims().end(), [&](const model_claim& c) { return c.id == first; });
            CHECK(claim->value == k.values[i]);
        }
        std::uint32_t kept = all;
        for (const std::string& id : s.rejected)
            for (std::size_t i = 0; i < s.statements.size(); ++i)
                if (std::find(s.statements[i].claims.begin(), s.statements[i].claims.end(), id) !=
                    s.statements[i].claims.end())
                    kept &= ~(1u << i);
        CHECK(holds(k, kept));
        // The minimal conflicts the solution lists or stands for, against brute force (in one
        // dimension a minimal conflict has one or two statements).
        std::set<std::vector<std::size_t>> expected, reported;
        for (std::size_t i = 0; i < k.values.size(); ++i) {
            if (!holds(k, 1u << i)) {
                expected.insert({i});
                continue;
            }
            for (std::size_t j = i + 1; j < k.values.size(); ++j)
                if (holds(k, 1u << j) && !holds(k, 1u << i | 1u << j)) expected.insert({i, j});
        }
        for (const conflict& c : s.conflicts) {
            CHECK(c.relations.empty());
            std::vector<std::size_t> st = c.statements;
            std::sort(st.begin(), st.end());
            if (!c.one_fact) {
                reported.insert(st);
                continue;
            }
            CHECK(st.size() >= 2);
            for (std::size_t a = 0; a < st.size(); ++a)
                for (std::size_t b = a + 1; b < st.size(); ++b)
                    if (!holds(k, 1u << st[a] | 1u << st[b])) reported.insert({st[a], st[b]});
        }
        CHECK(reported == expected);
    }
}

TEST_CASE("two facts through a relation, random readings: the repair is optimal and every minimal conflict "
          "is listed or stands in a group") {
    std::mt19937 rng(1513);
    for (int round = 0; round < 60; ++round) {
        CAPTURE(round);
        model m;
        fact_ref x = m.add_fact("x", unit::money("USD")).value();
        fact_ref y = m.add_fact("y", unit::money("USD")).value();
        REQUIRE(m.add_relation("x_within_y", x <= y));
        const int n = 3 + static_cast<int>(rng() % 5);
        std::vector<std::pair<std::string, interval>> readings;
        std::vector<int> weights;
        for (int i = 0; i < n; ++i) {
            const char* fact = rng() % 2 ? "x" : "y";
            interval v = interval::point(static_cast<int>(rng() % 6));
            const int w = 1 + static_cast<int>(rng() % 3);
            REQUIRE(m.add_claim(named("c", i), fact, v, w));
            // A repeat of a reading joins its statement.
            if (rng() % 3 == 0) REQUIRE(m.add_claim(named("c", i) + "b", fact, v, 1));
        }
        solution s = solve(m);
        const std::size_t k = s.statements.size();
        REQUIRE(k <= 16);
        auto sub_model = [&](std::uint32_t subset) {
            model sub;
            fact_ref sx = sub.add_fact("x", unit::money("USD")).value();
            fact_ref sy = sub.add_fact("y", unit::money("USD")).value();
            REQUIRE(sub.add_relation("x_within_y", sx <= sy));
            for (std::size_t i = 0; i < k; ++i) {
                if (!(subset >> i & 1)) continue;
                const auto& first = *std::find_if(m.claims().begin(), m.claims().end(), [&](const model_claim& c) {
                    return c.id == s.statements[i].claims.front();
                });
                REQUIRE(sub.add_claim(first.id, s.statements[i].fact, first.value, 1));
            }
            return sub;
        };
        std::vector<char> holds_subset(1u << k);
        for (std::uint32_t subset = 0; subset < (1u << k); ++subset) {
            // Through one linear relation the exact check decides; no conflict means it can hold.
            holds_subset[subset] = static_cast<char>(solve(sub_model(subset)).consistent);
        }
        exact_number best = -1;
        for (std::uint32_t subset = 0; subset < (1u << k); ++subset) {
            if (!holds_subset[subset]) continue;
            exact_number kept = 0;
            for (std::size_t i = 0; i < k; ++i)
                if (subset >> i & 1) kept += s.statements[i].weight;
            if (kept > best) best = kept;
        }
        exact_number total = 0;
        for (const auto& st : s.statements) total += st.weight;
        CHECK(s.rejected_weight == total - best);
        CHECK(s.repair_optimal);
        std::set<std::uint32_t> minimal, reported;
        for (std::uint32_t subset = 1; subset < (1u << k); ++subset) {
            if (holds_subset[subset]) continue;
            bool is_minimal = true;
            for (std::size_t i = 0; i < k; ++i)
                if (subset >> i & 1) is_minimal = is_minimal && holds_subset[subset & ~(1u << i)];
            if (is_minimal) minimal.insert(subset);
        }
        for (const conflict& c : s.conflicts) {
            std::uint32_t mask = 0;
            for (std::size_t i : c.statements) mask |= 1u << i;
            if (!c.one_fact) {
                reported.insert(mask);
                continue;
            }
            for (std::size_t a : c.statements)
                for (std::size_t b : c.statements)
                    if (a < b && !holds_subset[1u << a | 1u << b]) reported.insert(1u << a | 1u << b);
        }
        CHECK(reported == minimal);
        CHECK(s.conflicts_complete);
    }
}

TEST_CASE("forty sources repeating one figure are one statement, weighing forty") {
    model m;
    fact_ref committed = m.add_fact("committed", unit::money("USD")).value();
    fact_ref eyed = m.add_fact("eyed", unit::money("USD")).value();
    REQUIRE(m.add_relation("committed_within_eyed", committed <= eyed));
    for (int i = 0; i < 40; ++i)
        REQUIRE(m.add_claim(named("outlet-", i) + ":10", "committed", interval::closed(4895, 4905), 1,
                            named("Outlet ", i)));
    for (int i = 0; i < 3; ++i)
        REQUIRE(m.add_claim(named("doubter-", i) + ":20", "eyed", interval::closed(0, 4000), 1, named("Doubter ", i)));
    REQUIRE(m.add_claim("odd-one:30", "committed", interval::point(5500), 1, "Odd One"));
    solution s = solve(m);
    REQUIRE(s.statements.size() == 3);
    CHECK(s.statements[0].claims.size() == 40);
    CHECK(s.statements[0].weight == 40);
    CHECK(s.statements[1].claims.size() == 3);
    // One conflict through the relation for each reading of committed against the doubters',
    // whatever the number of sources, and the group of the two readings of committed.
    REQUIRE(s.conflicts.size() == 3);
    std::size_t through = 0, groups = 0;
    for (const conflict& c : s.conflicts) {
        if (c.one_fact) {
            ++groups;
            CHECK(c.claims.size() == 41);
            CHECK(c.statements == std::vector<std::size_t>{0, 2});
        } else {
            ++through;
            CHECK(c.relations == std::vector<std::string>{"committed_within_eyed"});
            CHECK(c.claims.size() == (c.statements.front() == 0 ? 43u : 4u));
        }
    }
    CHECK(through == 2);
    CHECK(groups == 1);
    // The three doubters and the odd one out weigh less than the forty.
    CHECK(s.rejected_weight == 4);
    CHECK(s.rejected.size() == 4);
    CHECK(s.complete);
}

TEST_CASE("an 80-fact cycle with one empty claim") {
    model m;
    std::vector<fact_ref> x;
    x.reserve(80);
    for (int i = 0; i < 80; ++i) x.push_back(m.add_fact(named("x", i), unit::plain()).value());
    for (int i = 0; i + 1 < 80; ++i) REQUIRE(m.add_relation(named("step", i), x[i] <= x[i + 1]));
    REQUIRE(m.add_relation("around", x[79] <= x[0] + 1000));
    for (int i = 0; i < 80; ++i)
        REQUIRE(m.add_claim(named("c", i), named("x", i),
                            i == 40 ? interval::empty() : interval::closed(10 * i, 10 * i + 5)));
    solution s = solve(m);
    CHECK_FALSE(s.consistent);
    REQUIRE(s.conflicts.size() == 1);
    CHECK(s.conflicts[0].claims == std::vector<std::string>{"c40"});
    CHECK(s.conflicts[0].relations.empty());
    CHECK(s.rejected == std::vector<std::string>{"c40"});
    CHECK(s.complete);
    CHECK(range_of(s, "x40").range == interval::closed(390, 415));
}

TEST_CASE("a 400-fact cyclic model with corrupted figures") {
    model m;
    std::vector<fact_ref> x;
    const int n = 400;
    x.reserve(n);
    for (int i = 0; i < n; ++i) x.push_back(m.add_fact(named("x", i), unit::money("USD")).value());
    for (int i = 0; i + 1 < n; ++i) REQUIRE(m.add_relation(named("step", i), x[i] <= x[i + 1]));
    // Chords close cycles all along the chain: one cyclic cluster of every fact.
    for (int i = 0; i + 7 < n; i += 7) REQUIRE(m.add_relation(named("chord", i), x[i + 7] <= x[i] + 100));
    std::set<int> corrupted;
    for (int i = 0; i < n; ++i) {
        const bool bad = i % 37 == 5;
        if (bad) corrupted.insert(i);
        REQUIRE(m.add_claim(named("a", i), named("x", i),
                            interval::closed(10 * i + (bad ? 300 : 0), 10 * i + (bad ? 300 : 0) + 2), 1));
        REQUIRE(m.add_claim(named("b", i), named("x", i), interval::closed(10 * i, 10 * i + 2), 2));
    }
    solution s = solve(m);
    CHECK_FALSE(s.consistent);
    // Each corrupted figure disagrees with its fact's other reading, and the heavier one stays.
    CHECK(s.rejected.size() == corrupted.size());
    for (const std::string& id : s.rejected) CHECK(id.front() == 'a');
    CHECK(s.rejected_weight == static_cast<int>(corrupted.size()));
    CHECK(s.repair_optimal);
    for (int i : corrupted) CHECK(range_of(s, named("x", i)).range.contains(exact_number(10 * i + 1)));
}

TEST_CASE("a 1,000-fact ordering chain with 100 conflicting figures each") {
    model m;
    const int n = 1000, figures = 100;
    std::vector<fact_ref> x;
    x.reserve(n);
    for (int i = 0; i < n; ++i) x.push_back(m.add_fact(named("x", i), unit::money("USD")).value());
    for (int i = 0; i + 1 < n; ++i) REQUIRE(m.add_relation(named("step", i), x[i] <= x[i + 1]));
    int added = 0;
    // Figure 0 of each fact comes from three sources; on every 50th fact that reading is above
    // the next fact's heavy reading, which the relation catches.
    for (int i = 0; i < n; ++i)
        for (int f = 0; f < figures; ++f) {
            int value = 1000 * i + 5 * f + (f == 0 && i % 50 == 7 ? 1002 : 0);
            for (int copy = 0; copy < (f == 0 ? 3 : 1); ++copy)
                added += m.add_claim(named("s", copy) + named("-", f) + named(":", i), named("x", i),
                                     interval::point(value), 1)
                             .has_value();
        }
    REQUIRE(added == n * (figures + 2));
    solve_options options;
    // A group for each fact, and the conflicts through relations.
    options.max_conflicts = 2 * static_cast<std::size_t>(n);
    auto start = std::chrono::steady_clock::now();
    solution s = solve(m, options);
    MESSAGE("solved in " << std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() << " s: "
                         << "conflicts " << s.statistics.conflict_seconds << " s, repair "
                         << s.statistics.repair_seconds << " s, ranges " << s.statistics.range_seconds << " s");
    CHECK_FALSE(s.consistent);
    CHECK(s.statements.size() == static_cast<std::size_t>(n * figures));
    std::size_t groups = 0, through = 0;
    for (const conflict& c : s.conflicts) (c.one_fact ? groups : through) += 1;
    CHECK(groups == static_cast<std::size_t>(n));
    CHECK(through == 20);
    CHECK(s.repair_optimal);
    // Each fact keeps one reading and sets aside the other 99 (weight 99 when it keeps its heavy
    // reading); of each clashing pair of heavy readings one fact keeps a single reading instead,
    // setting aside 101.
    const exact_number per_fact = figures - 1;
    CHECK(s.rejected_weight == per_fact * n + 20 * 2);
}

TEST_CASE("past the deadline: what was found is listed, nothing is set aside, ranges are outer bounds") {
    model m;
    fact_ref committed = m.add_fact("committed", unit::money("USD")).value();
    fact_ref eyed = m.add_fact("eyed", unit::money("USD")).value();
    REQUIRE(m.add_relation("committed_within_eyed", committed <= eyed));
    REQUIRE(m.add_relation("eyed_ceiling", eyed <= 10000));
    REQUIRE(m.add_claim("a", "committed", interval::point(4900)));
    REQUIRE(m.add_claim("b", "eyed", interval::closed(0, 4000)));
    solution full = solve(m);
    REQUIRE_FALSE(full.consistent);
    REQUIRE(full.complete);

    solve_options late;
    late.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    std::size_t reported = 0;
    late.progress = [&](const solve_progress& p) { reported = p.components_solved; };
    solution cut = solve(m, late);
    CHECK(reported == 1);
    CHECK(cut.time_limit_reached);
    CHECK_FALSE(cut.complete);
    CHECK_FALSE(cut.consistency_proven);
    CHECK(cut.incomplete_reason.find("time limit") != std::string::npos);
    CHECK(cut.rejected.empty());
    // Every range still holds what the full solution found.
    for (const char* id : {"committed", "eyed"}) {
        const interval& outer = range_of(cut, id).range;
        const interval& exact = range_of(full, id).range;
        CHECK(intersect(outer, exact) == exact);
        CHECK_FALSE(range_of(cut, id).exact);
    }
    CHECK(range_of(cut, "eyed").range == interval::closed(0, 10000));

    solve_options early;
    early.deadline = std::chrono::steady_clock::now() + std::chrono::hours(1);
    solution in_time = solve(m, early);
    CHECK_FALSE(in_time.time_limit_reached);
    CHECK(in_time.complete);
    CHECK(in_time.rejected == full.rejected);
}

TEST_CASE("components solved on several threads give the solution of one thread, byte for byte") {
    model m;
    std::mt19937 rng(7);
    // Forty stories of five facts in a chain, each its own component, with clashing figures.
    for (int story = 0; story < 40; ++story) {
        std::vector<fact_ref> x;
        x.reserve(5);
        for (int i = 0; i < 5; ++i) x.push_back(m.add_fact(named("s", story) + named("x", i), unit::plain()).value());
        for (int i = 0; i + 1 < 5; ++i) REQUIRE(m.add_relation(named("s", story) + named("step", i), x[i] <= x[i + 1]));
        for (int c = 0; c < 12; ++c) {
            int f = static_cast<int>(rng() % 5);
            int at = static_cast<int>(rng() % 40);
            REQUIRE(m.add_claim(named("s", story) + named("c", c), named("s", story) + named("x", f),
                                interval::closed(at, at + static_cast<int>(rng() % 4)),
                                1 + static_cast<int>(rng() % 3)));
        }
    }
    solve_options one, several;
    one.threads = 1;
    several.threads = 4;
    std::size_t calls = 0, last = 0;
    several.progress = [&](const solve_progress& p) {
        ++calls;
        last = p.components_solved;
    };
    const std::string alone = solution_json(solve(m, one));
    CHECK(alone.find("\"consistent\":false") != std::string::npos);
    CHECK(solution_json(solve(m, several)) == alone);
    CHECK(calls == 40);
    CHECK(last == 40);
}

TEST_CASE("each component solved alone and merged gives the whole model's solution, byte for byte") {
    // Stories whose facts, claims and relations are interleaved in the model, so that every
    // index of a component differs from its index in the whole: chains with clashing figures,
    // a soft relation, a product, a fact alone, a sum whose items exceed its total.
    model m;
    std::mt19937 rng(11);
    const int stories = 12;
    for (int i = 0; i < 5; ++i)
        for (int story = 0; story < stories; ++story)
            REQUIRE(m.add_fact(named("s", story) + named("x", i), unit::plain()));
    REQUIRE(m.add_fact("alone", unit::plain()));
    for (int i = 0; i + 1 < 5; ++i)
        for (int story = stories - 1; story >= 0; --story) {
            std::string x = named("s", story) + named("x", i), y = named("s", story) + named("x", i + 1);
            std::string id = named("s", story) + named("step", i);
            if (story % 4 == 1 && i == 0) {
                REQUIRE(add_relation(m, id, x + " = " + y + " * " + named("s", story) + "x4"));
            } else if (story % 4 == 2 && i == 3) {
                REQUIRE(add_relation(m, id, x + " + " + named("s", story) + "x0 <= " + y, exact_number(1, 2)));
            } else {
                REQUIRE(add_relation(m, id, x + " <= " + y));
            }
        }
    for (int c = 0; c < 10; ++c)
        for (int story = 0; story < stories; ++story) {
            int f = static_cast<int>(rng() % 5);
            int at = static_cast<int>(rng() % 30);
            REQUIRE(m.add_claim(named("s", story) + named("c", c), named("s", story) + named("x", f),
                                interval::closed(at, at + static_cast<int>(rng() % 3)),
                                1 + static_cast<int>(rng() % 3)));
            // a repeated reading: one statement with two sources
            if (c == 3)
                REQUIRE(m.add_claim(named("s", story) + "again", named("s", story) + named("x", f),
                                    interval::closed(at, at + 1), 1));
        }
    REQUIRE(m.add_claim("alone1", "alone", interval::point(3)));
    REQUIRE(m.add_claim("alone2", "alone", interval::point(4)));

    for (std::size_t max_conflicts : {std::size_t{1000}, std::size_t{7}}) {
        CAPTURE(max_conflicts);
        solve_options options;
        options.threads = 1;
        options.max_conflicts = max_conflicts;
        const solution whole = solve(m, options);
        const std::string expected = solution_json(whole);
        CHECK_FALSE(whole.consistent);

        std::vector<model_component> parts = split_components(m);
        CHECK(parts.size() == static_cast<std::size_t>(stories + 1));
        std::size_t facts = 0, claims = 0, relations = 0;
        std::vector<solution> solved;
        for (const model_component& part : parts) {
            // A value of its own: its model names its facts by id and holds nothing else.
            REQUIRE_FALSE(part.model.facts().empty());
            CHECK(part.model.facts().front().id == m.facts()[part.facts.front()].id);
            facts += part.model.facts().size();
            claims += part.model.claims().size();
            relations += part.model.relations().size();
            model copy = part.model; // solved from a copy: nothing refers back to the whole
            solved.push_back(solve(copy, options));
        }
        CHECK(facts == m.facts().size());
        CHECK(claims == m.claims().size());
        CHECK(relations == m.relations().size());
        auto merged = merge_solutions(m, parts, solved, options);
        REQUIRE_MESSAGE(merged, (merged ? "" : merged.error().message));
        CHECK(solution_json(*merged) == expected);
        CHECK(merged->incomplete_reason == whole.incomplete_reason);
        CHECK(merged->complete == whole.complete);
        if (max_conflicts == 7) CHECK_FALSE(merged->conflicts_complete);

        // Solutions that do not fit the components are an error, not a wrong merge.
        solved.pop_back();
        CHECK_FALSE(merge_solutions(m, parts, solved, options));
    }
}
