// Reconciling a generated story end to end (scan, bind, copies, solve, both readings): 200
// articles with about 5,000 figures and 100 facts, some of them tied by relations, a tenth of
// the articles syndicating sentences of others, a few figures wrong. Prints the time of each
// run and the peak memory. With a facts file and articles on the command line it reconciles
// those too (the five seed articles: examples/japan_deal/deal.facts and ../shared/seeds/*.txt).
//
//   factrec_bench_reconcile_story [ARTICLES] [FACTS_FILE ARTICLE...]
#include <factrec/reconcile.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "bench_support.hpp"

namespace {

struct generator {
    std::uint64_t state = 0x2545F4914F6CDD1Dull;
    std::size_t next(std::size_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    }
};

constexpr std::size_t fact_count = 100;

// A made-up place name per fact, from syllables: cues that no other sentence contains.
std::string place(std::size_t i) {
    static const char* const first[] = {"Bel", "Kor", "Mav", "Tes", "Ulm", "Dra", "Fen", "Gol", "Hask", "Lir"};
    static const char* const second[] = {"ando", "ivar", "osta", "umel", "erin", "avik", "orra", "isse", "unda", "elk"};
    return std::string(first[i % 10]) + second[(i / 10) % 10];
}

// Facts in fours: three items and their total, in money; every fifth group counts people.
std::string facts_text() {
    std::string text = "reading precision last_digit\n";
    for (std::size_t i = 0; i < fact_count; ++i) {
        bool people = (i / 4) % 5 == 4;
        text += "fact f" + std::to_string(i) + " unit " + (people ? "count(people)" : "USD") + " cues \"" + place(i) +
                "\"\n";
    }
    for (std::size_t g = 0; g + 3 < fact_count; g += 4)
        text += "relation r" + std::to_string(g) + ": f" + std::to_string(g) + " + f" + std::to_string(g + 1) + " + f" +
                std::to_string(g + 2) + " <= f" + std::to_string(g + 3) + "\n";
    return text;
}

std::size_t true_value(std::size_t fact) { return fact % 4 == 3 ? 40 + 3 * (fact % 7) : 10 + fact % 7; }

std::string sentence(std::size_t fact, generator& random) {
    bool people = (fact / 4) % 5 == 4;
    std::size_t value = true_value(fact);
    if (random.next(50) == 0) value += 1 + random.next(5); // a wrong figure now and then
    if (people) return "Officials in " + place(fact) + " said " + std::to_string(value * 100) + " residents had left. ";
    return place(fact) + " will receive $" + std::to_string(value) + " million under the plan. ";
}

std::vector<factrec::article> story(std::size_t articles, generator& random) {
    std::vector<factrec::article> out;
    std::vector<std::string> bodies;
    for (std::size_t a = 0; a < articles; ++a) {
        std::string body;
        if (a % 10 == 9 && !bodies.empty()) {
            body = bodies[random.next(bodies.size())]; // a syndicated copy
        } else {
            for (std::size_t s = 0; s < 25; ++s) {
                body += sentence(random.next(fact_count), random);
                if (s % 5 == 4) body += "\n\n";
            }
        }
        bodies.push_back(body);
        auto read = factrec::read_article("outlet" + std::to_string(a) + ".txt",
                                          "source: Outlet " + std::to_string(a) + "\n\n" + body);
        if (read) out.push_back(std::move(*read));
    }
    return out;
}

using factrec_bench::peak_rss_kib;
using factrec_bench::seconds_since;

int report(const char* what, const factrec::result<factrec::reconciliation>& r, double seconds) {
    if (!r) {
        std::fprintf(stderr, "%s: %s\n", what, r.error().message.c_str());
        return 1;
    }
    std::size_t copies = 0;
    for (const auto& c : r->pass.binding.claims) copies += c.copies.size();
    std::printf("%-22s %8zu claims %6zu copies %6zu unbound %5zu conflicts %5zu set aside  %8.3f s  peak %.1f MiB\n",
                what, r->pass.binding.claims.size(), copies, r->pass.binding.unbound.size(),
                r->pass.solution.conflicts.size(), r->pass.solution.rejected.size(), seconds,
                static_cast<double>(peak_rss_kib()) / 1024);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    std::size_t articles = argc > 1 ? static_cast<std::size_t>(std::stoul(argv[1])) : 200;
    generator random;
    auto facts = factrec::parse_facts_file(facts_text(), "story.facts");
    if (!facts) {
        std::fprintf(stderr, "%s\n", facts.error().message.c_str());
        return 1;
    }
    std::vector<factrec::article> generated = story(articles, random);
    std::size_t figures = 0;
    for (const auto& a : generated) figures += factrec::scan(a.body()).size();
    std::printf("generated story: %zu articles, %zu figures, %zu facts\n", generated.size(), figures, fact_count);
    auto start = std::chrono::steady_clock::now();
    auto r = factrec::reconcile(std::move(*facts), std::move(generated));
    if (int status = report("generated story", r, seconds_since(start))) return status;

    if (argc <= 3) return 0;
    std::ifstream facts_in(argv[2], std::ios::binary);
    std::string facts_file((std::istreambuf_iterator<char>(facts_in)), std::istreambuf_iterator<char>());
    auto given_facts = factrec::parse_facts_file(facts_file, argv[2]);
    if (!given_facts) {
        std::fprintf(stderr, "%s\n", given_facts.error().message.c_str());
        return 1;
    }
    // Sources the articles on the command line do not have would be an error: left out, as the
    // seed articles have no source headers.
    given_facts->sources.clear();
    std::vector<factrec::article> given;
    for (int i = 3; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        auto a = factrec::read_article(
            argv[i], std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()));
        if (!a) {
            std::fprintf(stderr, "%s\n", a.error().message.c_str());
            return 1;
        }
        given.push_back(std::move(*a));
    }
    start = std::chrono::steady_clock::now();
    auto seeds = factrec::reconcile(std::move(*given_facts), std::move(given));
    return report("articles given", seeds, seconds_since(start));
}
