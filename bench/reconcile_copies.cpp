// A big story: the five example articles (examples/japan_deal) copied under 10, 50, 200 and
// 1,000 distinct sources, each copy a new outlet saying the same thing, and one copy in twenty
// with one figure changed ($550 billion read as $560 billion). Prints the time and the peak
// memory of each size, and whether the conflicts found, as statements, are the same at every
// size: the cost of a story should grow with the number of distinct readings, not of outlets.
// One thread. Peak memory is the process's so far: sizes run in increasing order, and one size
// per run (`factrec_bench_reconcile_copies examples/japan_deal 1000`) gives that size's own.
// Exit status 1, with the differences on standard error, when the conflicts differ.
//
//   factrec_bench_reconcile_copies [EXAMPLE_DIR] [SIZES...]
#include <factrec/reconcile.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "bench_support.hpp"

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

struct original {
    std::string name;
    std::string text;
};

// Article k is original k % 5; from the sixth on under a source of its own, and every
// twentieth of those with its first "$550 billion" read as "$560 billion".
std::vector<factrec::article> copies(const std::vector<original>& originals, std::size_t count, std::size_t& changed) {
    std::vector<factrec::article> out;
    changed = 0;
    for (std::size_t k = 0; k < count; ++k) {
        const original& o = originals[k % originals.size()];
        std::string text = o.text;
        if (k >= originals.size()) {
            const std::size_t end_of_source = text.find('\n');
            text.insert(end_of_source, " " + std::to_string(k));
            if ((k - originals.size()) % 20 == 0) {
                const std::size_t at = text.find("$550 billion");
                if (at != std::string::npos) {
                    text.replace(at, 12, "$560 billion");
                    ++changed;
                }
            }
        }
        auto a = factrec::read_article(std::to_string(k) + "-" + o.name, std::move(text));
        if (!a) {
            std::fprintf(stderr, "%s\n", a.error().message.c_str());
            std::exit(2);
        }
        out.push_back(std::move(*a));
    }
    return out;
}

// The conflicts as statements: each a set of (fact, interval read), with its relations.
std::set<std::string> conflicts_as_statements(const factrec::reconciliation& r) {
    std::set<std::string> out;
    const auto& s = r.pass.solution;
    for (const auto& c : s.conflicts) {
        std::set<std::string> members;
        for (std::size_t k : c.statements) {
            const factrec::bound_claim* b = r.find_claim(s.statements[k].claims.front());
            members.insert(s.statements[k].fact + " " + (b ? factrec::to_string(b->value) : std::string("?")));
        }
        std::string text = c.one_fact ? "group:" : "conflict:";
        for (const auto& m : members) text += " [" + m + "]";
        for (const auto& rel : c.relations) text += " " + rel;
        out.insert(text);
    }
    return out;
}

} // namespace

int main(int argc, char** argv) {
    std::filesystem::path dir = argc > 1 ? argv[1] : "examples/japan_deal";
    std::vector<std::size_t> sizes;
    for (int i = 2; i < argc; ++i) sizes.push_back(std::strtoul(argv[i], nullptr, 10));
    if (sizes.empty()) sizes = {10, 50, 200, 1000};
    std::vector<original> originals;
    for (const auto& entry : std::filesystem::directory_iterator(dir))
        if (entry.path().extension() == ".txt") originals.push_back({entry.path().filename().string(), ""});
    std::sort(originals.begin(), originals.end(), [](const original& a, const original& b) { return a.name < b.name; });
    for (auto& o : originals) o.text = slurp(dir / o.name);
    const std::string facts_text = slurp(dir / "deal.facts");
    if (originals.empty() || facts_text.empty()) {
        std::fprintf(stderr, "no articles or no deal.facts in %s\n", dir.string().c_str());
        return 2;
    }

    std::printf("| articles | changed | claims | statements | conflicts | set aside | time | peak memory |\n");
    std::printf("|---|---|---|---|---|---|---|---|\n");
    std::optional<std::set<std::string>> first;
    std::size_t first_size = 0;
    bool same = true;
    for (std::size_t size : sizes) {
        std::size_t changed = 0;
        auto articles = copies(originals, size, changed);
        auto facts = factrec::parse_facts_file(facts_text, "deal.facts");
        if (!facts) {
            std::fprintf(stderr, "%s\n", facts.error().message.c_str());
            return 2;
        }
        factrec::reconcile_options options;
        options.solve.threads = 1;
        auto start = std::chrono::steady_clock::now();
        auto r = factrec::reconcile(std::move(*facts), std::move(articles), options);
        double seconds = factrec_bench::seconds_since(start);
        if (!r) {
            std::fprintf(stderr, "%s\n", r.error().message.c_str());
            return 2;
        }
        const auto& s = r->pass.solution;
        auto conflicts = conflicts_as_statements(*r);
        if (changed == 0) {
            std::fprintf(stderr, "FAIL: %zu articles hold no changed copy; the benchmark needs one\n", size);
            same = false;
        } else if (!first) {
            first = conflicts;
            first_size = size;
        } else if (*first != conflicts) {
            same = false;
            std::fprintf(stderr, "FAIL: the conflicts at %zu articles are not those at %zu\n", size, first_size);
            for (const auto& c : *first)
                if (!conflicts.contains(c)) std::fprintf(stderr, "  missing at %zu: %s\n", size, c.c_str());
            for (const auto& c : conflicts)
                if (!first->contains(c)) std::fprintf(stderr, "  new at %zu: %s\n", size, c.c_str());
        }
        std::printf("| %zu | %zu | %zu | %zu | %zu%s | %zu claims | %.3f s | %.0f MiB |\n", size, changed,
                    r->pass.binding.claims.size(), s.statements.size(), s.conflicts.size(),
                    s.conflicts_complete ? "" : " (listing incomplete)", s.rejected.size(), seconds,
                    static_cast<double>(factrec_bench::peak_rss_kib()) / 1024.0);
        std::fflush(stdout);
    }
    std::printf("the same conflicts, as statements, at every size: %s\n", same ? "yes" : "NO (see standard error)");
    return same ? 0 : 1;
}
