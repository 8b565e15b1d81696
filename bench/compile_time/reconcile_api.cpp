// A program's translation unit that uses the reconcile API through the full headers: facts file,
// articles, reconcile, text report. bench/compile_time.sh compiles it header-only and with
// FACTREC_COMPILED (the templates then come from factrec::compiled and are only declared here).
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>

#include <iostream>
#include <string>
#include <utility>
#include <vector>

int main(int argc, char** argv) {
    if (argc < 3) return 2;
    auto facts = factrec::parse_facts_file(argv[1], "story.facts");
    if (!facts) return 2;
    std::vector<factrec::article> articles;
    for (int i = 2; i < argc; ++i) {
        auto a = factrec::read_article("article.txt", argv[i]);
        if (!a) return 2;
        articles.push_back(std::move(*a));
    }
    auto r = factrec::reconcile(std::move(*facts), std::move(articles));
    if (!r) return 2;
    factrec::write_text_report(std::cout, *r);
    return r->pass.solution.conflicts.empty() ? 0 : 1;
}
