// A program's translation unit that uses the reconcile API through the full headers: facts file,
// articles, reconcile, text report. bench/compile_time.sh compiles it header-only and with
// FACTREC_COMPILED (the templates then come from factrec::compiled and are only declared here);
// with FACTREC_COMPILED=ON ctest also links it against that library and runs it
// (compiled.reconcile_api).
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace {

std::string contents(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return std::move(text).str();
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    auto facts = factrec::parse_facts_file(contents(argv[1]), argv[1]);
    if (!facts) {
        std::cerr << facts.error().message << '\n';
        return 2;
    }
    std::vector<factrec::article> articles;
    for (int i = 2; i < argc; ++i) {
        auto a = factrec::read_article(argv[i], contents(argv[i]));
        if (!a) {
            std::cerr << a.error().message << '\n';
            return 2;
        }
        articles.push_back(std::move(*a));
    }
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    if (!r) {
        std::cerr << r.error().message << '\n';
        return 2;
    }
    factrec::write_text_report(std::cout, *r);
    return r->pass.solution.conflicts.empty() ? 0 : 1;
}
