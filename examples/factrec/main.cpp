// factrec <command> [options]: dispatches to the command implementations that are present.
#include <factrec/version.hpp>

#include <iostream>
#include <string>
#include <string_view>

#if __has_include("scan_command.hpp")
#include "scan_command.hpp"
#define FACTREC_CLI_SCAN factrec_cli::run_scan_command
#else
#define FACTREC_CLI_SCAN nullptr
#endif
#if __has_include("solve_command.hpp")
#include "solve_command.hpp"
#define FACTREC_CLI_SOLVE factrec_cli::run_solve_command
#else
#define FACTREC_CLI_SOLVE nullptr
#endif
#if __has_include("suggest_command.hpp")
#include "suggest_command.hpp"
#define FACTREC_CLI_SUGGEST factrec_cli::run_suggest_command
#else
#define FACTREC_CLI_SUGGEST nullptr
#endif
#if __has_include("reconcile_command.hpp")
#include "reconcile_command.hpp"
#define FACTREC_CLI_RECONCILE factrec_cli::run_reconcile_command
#else
#define FACTREC_CLI_RECONCILE nullptr
#endif

namespace {

struct command {
    std::string_view name;
    std::string_view summary;
    int (*run)(int argc, char** argv); // nullptr: not built yet
};

constexpr command commands[] = {
    {"scan", "list the quantities that articles mention, with their byte spans", FACTREC_CLI_SCAN},
    {"solve", "solve a model given as JSON: conflicts, repair, consistent ranges", FACTREC_CLI_SOLVE},
    {"reconcile", "articles + facts file -> report (--format text|json|html; --auto drafts the facts)",
     FACTREC_CLI_RECONCILE},
    {"suggest", "articles -> a draft facts file: the figures several articles report, as facts", FACTREC_CLI_SUGGEST},
};

void print_usage(std::ostream& out) {
    out << "usage: factrec <command> [options]\n"
           "       factrec --help | --version\n\ncommands:\n";
    for (const command& c : commands)
        out << "  " << c.name << std::string(11 - c.name.size(), ' ') << c.summary << '\n';
    out << "\n'factrec <command> --help' describes a command's options.\n";
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        print_usage(std::cerr);
        return 2;
    }
    const std::string_view name = argv[1];
    if (name == "--help" || name == "-h" || name == "help") {
        print_usage(std::cout);
        return 0;
    }
    if (name == "--version") {
        std::cout << "factrec " << factrec::version_string << '\n';
        return 0;
    }
    for (const command& c : commands) {
        if (c.name != name) continue;
        if (c.run == nullptr) {
            std::cerr << "factrec: '" << name << "' is not built yet\n";
            return 2;
        }
        // The command sees its own name as argv[0], as if it were a program of its own.
        return c.run(argc - 1, argv + 1);
    }
    std::cerr << "factrec: unknown command '" << name << "'\n\n";
    print_usage(std::cerr);
    return 2;
}
