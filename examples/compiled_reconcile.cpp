// `factrec reconcile FACTS ARTICLE...` in a dozen lines, against factrec::compiled: this file
// includes no Boost and no template of factrec's, so it compiles in a fraction of a second. After
// the report it lists each conflict's claims from the outcome's data.
#include <factrec/compiled.hpp>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

namespace {

bool read_file(const char* path, factrec::compiled::named_text& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream text;
    text << in.rdbuf();
    out = {path, std::move(text).str()};
    return true;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: factrec_compiled_reconcile FACTS ARTICLE...\n";
        return 2;
    }
    std::vector<factrec::compiled::named_text> files(static_cast<std::size_t>(argc - 1));
    for (int i = 1; i < argc; ++i) {
        if (!read_file(argv[i], files[static_cast<std::size_t>(i - 1)])) {
            std::cerr << argv[i] << ": cannot read\n";
            return 2;
        }
    }
    const std::vector<factrec::compiled::named_text> articles(files.begin() + 1, files.end());
    const factrec::compiled::reconcile_outcome r = factrec::compiled::reconcile_texts(files.front(), articles);
    if (!r.error.empty()) {
        std::cerr << r.error << '\n';
        return 2;
    }
    std::cout << r.report;
    // The same conflicts as data: each claim with its words and where they stand.
    for (std::size_t i = 0; i < r.conflicts.size(); ++i) {
        const factrec::compiled::conflict_summary& c = r.conflicts[i];
        std::cout << "\nconflict " << i + 1 << (c.gap.empty() ? "" : ", at least " + c.gap + " apart") << ":\n";
        for (const factrec::compiled::claim_summary& claim : c.claims)
            std::cout << "  " << claim.fact << " " << claim.value << "  \"" << claim.figure << "\"  " << claim.article
                      << " bytes " << claim.begin << '-' << claim.end << (claim.set_aside ? "  (set aside)" : "")
                      << '\n';
    }
    return r.conflicts.empty() ? 0 : 1;
}
