// `factrec suggest` on a generated story of 100 articles (issue 17's bar: under one second):
// a flood covered by 100 outlets over ten days, each article a dozen news-shaped sentences
// about some of 30 places (a rising toll, the evacuated, aid, rainfall, damaged homes) with
// figures of its own in between. Prints the time of each run, the facts found and peak memory.
//
//   factrec_bench_suggest_stories [ARTICLES]
#include <factrec/suggest.hpp>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "bench_support.hpp"

namespace {

struct generator {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::size_t next(std::size_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    }
};

std::string place(std::size_t i) {
    static const char* const first[] = {"Bel", "Kor", "Mav", "Tes", "Ulm", "Dra", "Fen", "Gol", "Hask", "Lir"};
    static const char* const second[] = {"ando", "ivar", "osta", "umel", "erin", "avik"};
    return std::string(first[i % 10]) + second[(i / 10) % 6];
}

std::string article_text(std::size_t n, generator& g) {
    const std::size_t day = n % 10;
    std::string text = "source: Outlet " + std::to_string(n) + "\ndate: 2026-05-" + std::to_string(day + 10) + "\n\n";
    text += "Floods struck the northern provinces again as rivers rose after days of rain.\n";
    for (int k = 0; k < 10; ++k) {
        const std::size_t p = g.next(30);
        const std::string where = place(p);
        switch (g.next(7)) {
        case 0:
            text += "The death toll in " + where + " rose to " + std::to_string(10 + p * 3 + day * (p % 4 + 1)) +
                    ", the emergency office said.\n";
            break;
        case 1:
            text += "More than " + std::to_string(1000 + p * 150) + " residents of " + where +
                    " were evacuated from their homes.\n";
            break;
        case 2:
            text +=
                "The government released $" + std::to_string(2 + p) + " million in emergency aid for " + where + ".\n";
            break;
        case 3:
            text += "Forecasters measured " + std::to_string(120 + p * 7) + " millimetres of rain at the " + where +
                    " weather station.\n";
            break;
        case 4:
            text += "Insurers expect claims on " + std::to_string(300 + p * 40) + " damaged homes in " + where + ".\n";
            break;
        case 5:
            text += "Some " + std::to_string(50 + g.next(900)) + " volunteers arrived in " + where +
                    " on the morning train, a local official said.\n";
            break;
        default:
            text += "A bridge near " + where + " was closed after " + std::to_string(2 + g.next(40)) +
                    " cracks were found in its supports.\n";
        }
    }
    text += "Residents said they feared more rain in the coming days.\n";
    return text;
}

} // namespace

int main(int argc, char** argv) {
    const std::size_t count = argc > 1 ? static_cast<std::size_t>(std::stoul(argv[1])) : 100;
    generator g;
    std::vector<factrec::article> articles;
    std::size_t bytes = 0;
    for (std::size_t n = 0; n < count; ++n) {
        auto a = factrec::read_article("outlet_" + std::to_string(n) + ".txt", article_text(n, g));
        if (!a) {
            std::fprintf(stderr, "%s\n", a.error().message.c_str());
            return 2;
        }
        bytes += a->text.size();
        articles.push_back(std::move(*a));
    }
    std::printf("suggest on %zu generated articles (%zu bytes)\n", articles.size(), bytes);
    double best = 1e9;
    for (int run = 0; run < 3; ++run) {
        const auto start = std::chrono::steady_clock::now();
        auto drafted = factrec::suggest_facts(articles);
        const double seconds = factrec_bench::seconds_since(start);
        if (!drafted) {
            std::fprintf(stderr, "%s\n", drafted.error().message.c_str());
            return 2;
        }
        best = seconds < best ? seconds : best;
        std::printf("run %d: %.3f s, %zu facts, %zu relations, %zu singletons, %zu figures misbound, draft %zu bytes\n",
                    run + 1, seconds, drafted->facts_found.size(), drafted->relations.size(),
                    drafted->singletons.size(), drafted->misbound.size(), drafted->text.size());
    }
    std::printf("best: %.3f s (the bar: under 1 s); peak memory %ld KiB\n", best, factrec_bench::peak_rss_kib());
    return 0;
}
