// Reconciliation models (sum trees with cross-links, 20 sources, 1-3 claims per fact, 5% of
// claims corrupted, deterministic seeds) and the solver's time per phase at 1,023, 10,000 and
// 100,000 facts, plus the 1,023-fact model's ranges from Z3 (one optimisation per bound).
//
//   solve_vs_z3 [--sizes 1023,10000,100000] [--story-facts N] [--no-z3] [--seed N] [--threads N]
//
// A model is a set of stories, each a sum tree of --story-facts facts (default 1,023, a tree of
// depth 10; the last story takes what is left; 0 puts every fact in one tree). In a story, fact
// i sums facts 2i+1 and 2i+2. Cross-links: one for every 8 facts, "a <= b" between a fact and
// another in the subtree of its grandparent (a cousin or an uncle), oriented so that the hidden
// truth satisfies it: every one closes a cycle, which the simplex must handle; one in 64
// cross-links instead joins two random facts anywhere in the story (cycles through the root,
// which merge into one large cluster). Stories share no relation: each is its own component,
// as the stories of a news archive are.
#include <factrec/model.hpp>
#include <factrec/solve.hpp>

#include <z3++.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.hpp"

using namespace factrec;

namespace {

struct generated_model {
    model m;
    std::size_t cross_links = 0, global_links = 0, corrupted = 0;
};

generated_model generate(std::size_t facts, std::size_t story_facts, unsigned seed) {
    generated_model g;
    std::mt19937_64 random(seed);
    auto uniform = [&](long lo, long hi) { return std::uniform_int_distribution<long>(lo, hi)(random); };
    if (story_facts == 0) story_facts = facts;
    std::vector<long> truth(facts, 0);
    std::vector<fact_ref> refs;
    for (std::size_t i = 0; i < facts; ++i)
        refs.push_back(g.m.add_fact("f" + std::to_string(i), unit::money("USD")).value());
    std::size_t link_id = 0;
    for (std::size_t first = 0; first < facts; first += story_facts) {
        const std::size_t size = std::min(story_facts, facts - first);
        // Within a story, position p is fact first + p.
        auto at = [&](std::size_t p) { return first + p; };
        for (std::size_t p = size; p-- > 0;) {
            std::size_t left = 2 * p + 1, right = 2 * p + 2;
            if (left >= size)
                truth[at(p)] = uniform(1, 1000);
            else
                truth[at(p)] = truth[at(left)] + (right < size ? truth[at(right)] : 0);
        }
        for (std::size_t p = 0; p < size; ++p) {
            std::size_t left = 2 * p + 1, right = 2 * p + 2;
            if (left >= size) continue;
            linear_expression parts = refs[at(left)];
            if (right < size) parts += refs[at(right)];
            (void)g.m.add_relation("sum" + std::to_string(at(p)), refs[at(p)] == parts).value();
        }
        if (size < 8) continue;
        std::set<std::pair<std::size_t, std::size_t>> linked;
        for (std::size_t k = 0; k < size / 8; ++k, ++link_id) {
            std::size_t a = static_cast<std::size_t>(uniform(3, static_cast<long>(size) - 1)), b = a;
            bool global = k % 64 == 63;
            if (global) {
                b = static_cast<std::size_t>(uniform(1, static_cast<long>(size) - 1));
            } else {
                std::size_t grandparent = ((a - 1) / 2 - 1) / 2;
                // A random descendant of the grandparent at depth 1 or 2 below it.
                std::size_t child = 2 * grandparent + 1 + static_cast<std::size_t>(uniform(0, 1));
                b = uniform(0, 1) && 2 * child + 2 < size ? 2 * child + 1 + static_cast<std::size_t>(uniform(0, 1))
                                                          : child;
            }
            if (a == b || b >= size || linked.contains({std::min(a, b), std::max(a, b)})) continue;
            // Ancestors contain their descendants: a link between them adds no cycle worth having.
            auto is_ancestor = [](std::size_t up, std::size_t down) {
                while (down > up) down = (down - 1) / 2;
                return down == up;
            };
            if (is_ancestor(a, b) || is_ancestor(b, a)) continue;
            linked.insert({std::min(a, b), std::max(a, b)});
            std::size_t low = truth[at(a)] <= truth[at(b)] ? at(a) : at(b), high = low == at(a) ? at(b) : at(a);
            (void)g.m.add_relation("link" + std::to_string(link_id), refs[low] <= refs[high]).value();
            ++g.cross_links;
            g.global_links += global;
        }
    }
    std::vector<exact_number> trust;
    for (int s = 0; s < 20; ++s) trust.push_back(exact_number(uniform(1, 4)));
    std::size_t claim_id = 0;
    for (std::size_t i = 0; i < facts; ++i) {
        long claims = uniform(1, 3);
        std::set<long> sources;
        while (static_cast<long>(sources.size()) < claims) sources.insert(uniform(0, 19));
        for (long s : sources) {
            exact_number t = truth[i];
            if (uniform(0, 99) < 5) { // corrupted: a misread or a wrong figure
                t = uniform(0, 1) ? exact_number(t * uniform(15, 30) / 10) : exact_number(t * uniform(2, 6) / 10);
                ++g.corrupted;
            }
            exact_number r = t * uniform(0, 5) / 100; // rounding of the written figure
            interval value;
            switch (uniform(0, 9)) {
            case 0:
            case 1:
            case 2:
            case 3: value = interval::point(t); break;
            case 4:
            case 5:
            case 6: value = interval::closed(t - r, t + r); break;
            case 7:
            case 8: value = interval::closed(0, t + r); break;         // "up to"
            default: value = interval::greater_than(t - r - 1); break; // "more than"
            }
            (void)g.m
                .add_claim("c" + std::to_string(claim_id++), "f" + std::to_string(i), value,
                           trust[static_cast<std::size_t>(s)], "source" + std::to_string(s))
                .value();
        }
    }
    return g;
}

using factrec_bench::peak_rss_kib;
using factrec_bench::seconds_since;

// Z3's tightest range of every fact, one optimisation per bound, on the claims factrec kept.
// Returns the number of ends that differ from factrec's.
std::size_t z3_ranges(const model& m, const solution& s, double& elapsed) {
    z3::context ctx;
    std::vector<z3::expr> x;
    for (const fact& f : m.facts()) x.push_back(ctx.real_const(f.id.c_str()));
    auto num = [&](const exact_number& v) { return ctx.real_val(v.str().c_str()); };
    std::set<std::string> rejected(s.rejected.begin(), s.rejected.end());
    z3::expr_vector closure(ctx), strict(ctx);
    for (std::size_t i = 0; i < x.size(); ++i) closure.push_back(x[i] >= 0), strict.push_back(x[i] >= 0);
    for (const relation& r : m.relations()) {
        z3::expr sum = ctx.real_val(0);
        for (const auto& [f, a] : r.terms) sum = sum + num(a) * x[f];
        z3::expr e = r.cmp == comparison::equal ? sum == num(r.constant) : sum <= num(r.constant);
        closure.push_back(e), strict.push_back(e);
    }
    for (const auto& c : m.claims()) {
        if (rejected.contains(c.id)) continue;
        const auto& lo = c.value.lower();
        const auto& hi = c.value.upper();
        if (!lo.infinite)
            closure.push_back(x[c.fact] >= num(lo.value)),
                strict.push_back(lo.open ? x[c.fact] > num(lo.value) : x[c.fact] >= num(lo.value));
        if (!hi.infinite)
            closure.push_back(x[c.fact] <= num(hi.value)),
                strict.push_back(hi.open ? x[c.fact] < num(hi.value) : x[c.fact] <= num(hi.value));
    }
    auto start = std::chrono::steady_clock::now();
    std::size_t differences = 0;
    // One optimiser holds the model; each objective is pushed and popped, as a Z3 user would.
    z3::optimize opt(ctx);
    for (const auto& e : closure) opt.add(e);
    z3::solver attained(ctx);
    for (const auto& e : strict) attained.add(e);
    for (std::size_t i = 0; i < x.size(); ++i) {
        for (bool upper : {false, true}) {
            opt.push();
            auto h = upper ? opt.maximize(x[i]) : opt.minimize(x[i]);
            bool solved = opt.check() == z3::sat;
            z3::expr end = solved ? (upper ? opt.upper(h) : opt.lower(h)) : ctx.real_val(0);
            opt.pop();
            if (!solved) {
                ++differences;
                continue;
            }
            const auto& mine = upper ? s.facts[i].range.upper() : s.facts[i].range.lower();
            if (!end.is_numeral()) {
                differences += !mine.infinite;
                continue;
            }
            exact_number value = parse_exact_number(Z3_get_numeral_string(ctx, end)).value();
            attained.push();
            attained.add(x[i] == num(value));
            bool closed = attained.check() == z3::sat;
            attained.pop();
            differences += mine.infinite || mine.value != value || mine.open == closed;
        }
    }
    elapsed = seconds_since(start);
    return differences;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::size_t> sizes{1023, 10000, 100000};
    bool with_z3 = true;
    unsigned seed = 2025;
    std::size_t story_facts = 1023;
    solve_options options;
    options.threads = 1; // one core unless asked: the figures in the README are for one
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--no-z3"))
            with_z3 = false;
        else if (!std::strcmp(argv[i], "--seed") && i + 1 < argc)
            seed = static_cast<unsigned>(std::stoul(argv[++i]));
        else if (!std::strcmp(argv[i], "--story-facts") && i + 1 < argc)
            story_facts = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--threads") && i + 1 < argc)
            options.threads = std::stoul(argv[++i]);
        else if (!std::strcmp(argv[i], "--sizes") && i + 1 < argc) {
            sizes.clear();
            std::stringstream list(argv[++i]);
            std::string item;
            while (std::getline(list, item, ',')) sizes.push_back(std::stoul(item));
        } else {
            std::cerr << "usage: solve_vs_z3 [--sizes 1023,10000,100000] [--story-facts N] [--no-z3] [--seed N] "
                         "[--threads N]\n";
            return 2;
        }
    }
    std::printf("%8s %7s %6s %6s %8s %10s %9s %9s %9s %9s %9s %9s\n", "facts", "claims", "links", "bad", "conflicts",
                "rejected", "clusters", "conflict_s", "repair_s", "ranges_s", "total_s", "peak_MiB");
    for (std::size_t n : sizes) {
        generated_model g = generate(n, story_facts, seed);
        auto start = std::chrono::steady_clock::now();
        solution s = solve(g.m, options);
        double total = seconds_since(start);
        std::printf("%8zu %7zu %6zu %6zu %8zu %10zu %9zu %9.3f %9.3f %9.3f %9.3f %9.1f\n", n, g.m.claims().size(),
                    g.cross_links, g.corrupted, s.conflicts.size(), s.rejected.size(), s.statistics.cyclic_clusters,
                    s.statistics.conflict_seconds, s.statistics.repair_seconds, s.statistics.range_seconds, total,
                    static_cast<double>(peak_rss_kib()) / 1024);
        std::printf("         components: %zu; largest cyclic cluster: %zu facts; global links: %zu; repair optimal: "
                    "%s; complete: %s\n",
                    s.statistics.components, s.statistics.largest_cyclic_cluster, g.global_links,
                    s.repair_optimal ? "yes" : "no", s.complete ? "yes" : "no");
        if (!s.repair_optimal)
            std::printf("         repair weight %s, no repair weighs less than %s\n",
                        to_exact_string(s.rejected_weight).c_str(), to_exact_string(s.repair_lower_bound).c_str());
        std::fflush(stdout);
        if (with_z3 && n == sizes.front()) {
            double z3_seconds = 0;
            std::size_t differences = z3_ranges(g.m, s, z3_seconds);
            std::printf("z3: %zu range ends in %.2f s (ranges only; factrec did everything in %.3f s): ratio %.0fx, "
                        "differing ends: %zu\n",
                        2 * n, z3_seconds, total, z3_seconds / total, differences);
        }
    }
}
