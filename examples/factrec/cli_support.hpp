// What every factrec command needs: its options parsed alike, inputs read under the library's
// input policy (factrec/reconcile/input.hpp), and output written whole or not at all.
#pragma once

#include <factrec/core.hpp>
#include <factrec/reconcile/input.hpp>
#include <factrec/report/detail/safe_text.hpp>
#include <factrec/solve/solver.hpp>
#include <factrec/version.hpp>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <sys/stat.h>
#include <system_error>
#include <unistd.h>
#include <vector>

namespace factrec_cli {

inline constexpr std::string_view exit_status_text =
    "Exit status: 0 consistent (scan: done), 1 conflicts found, 2 unusable input or a failed write.";

// "64M", "256MiB", "1G", "4096": a size in bytes; K, M and G are powers of 1024.
inline std::optional<std::size_t> parse_size(std::string_view text) {
    std::size_t digits = 0;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    if (digits == 0 || digits > 12) return std::nullopt;
    std::size_t value = std::stoull(std::string(text.substr(0, digits)));
    std::string_view suffix = text.substr(digits);
    std::size_t shift = 0;
    if (!suffix.empty()) {
        char unit = static_cast<char>(suffix.front() | 0x20);
        shift = unit == 'k' ? 10 : unit == 'm' ? 20 : unit == 'g' ? 30 : 64;
        if (shift == 64) return std::nullopt;
        suffix.remove_prefix(1);
        if (suffix != "" && suffix != "B" && suffix != "iB") return std::nullopt;
    }
    if (value == 0 || value > (std::size_t{1} << 40) >> shift) return std::nullopt;
    return value << shift;
}

// "exact", "last-digit" or "relative:R" (R a fraction or a percentage); false if it is none.
inline bool parse_precision(const std::string& text, factrec::precision_policy::mode& mode,
                            std::optional<factrec::exact_number>& relative) {
    using m = factrec::precision_policy::mode;
    if (text == "exact") {
        mode = m::exact;
    } else if (text == "last-digit" || text == "last_digit") {
        mode = m::last_digit;
    } else if (text.starts_with("relative:")) {
        std::string r = text.substr(9);
        bool percent = !r.empty() && r.back() == '%';
        if (percent) r.pop_back();
        auto parsed = factrec::parse_exact_number(r);
        if (!parsed) return false;
        factrec::exact_number tolerance = percent ? factrec::exact_number(*parsed / 100) : *parsed;
        if (tolerance < 0 || tolerance >= 1) return false;
        mode = m::relative;
        relative = tolerance;
    } else {
        return false;
    }
    return true;
}

inline constexpr std::string_view precision_help =
    "--precision takes exact, last-digit or relative:R with R in [0, 1) or a percentage, such as relative:0.02 or "
    "relative:2%";

// The options every command shares: --max-input-size and -o/--output.
struct common_options {
    factrec::input_limits limits{factrec::default_max_input_size, "--max-input-size"};
    std::optional<std::string> max_input_size_text;
    std::optional<std::string> output; // "-" or absent: standard output
};

inline void add_common_options(CLI::App& app, common_options& common) {
    app.add_option("--max-input-size", common.max_input_size_text,
                   "refuse an input larger than SIZE bytes; K, M and G suffixes (powers of 1024) [default: " +
                       factrec::describe_size(factrec::default_max_input_size) + "]")
        ->type_name("SIZE");
    app.add_option("-o,--output", common.output, "write to OUT instead of standard output ('-': standard output)")
        ->type_name("OUT");
    app.set_version_flag("--version", std::string("factrec ") + factrec::version_string,
                         "print factrec's version and exit");
}

// The options of the commands that solve: --max-conflicts, --time-limit and --quiet, and the
// progress line on standard error.
struct solving_options {
    std::size_t max_conflicts = factrec::solve_options{}.max_conflicts;
    std::optional<double> time_limit; // seconds
    bool quiet = false;
};

inline void add_solving_options(CLI::App& app, solving_options& solving) {
    app.add_option("--max-conflicts", solving.max_conflicts,
                   "list at most N conflicts; the output says when more exist [default: " +
                       std::to_string(solving.max_conflicts) + "]")
        ->type_name("N");
    app.add_option("--time-limit", solving.time_limit,
                   "stop searching after S seconds and report what was found, marked incomplete with the reason")
        ->check(CLI::PositiveNumber)
        ->type_name("S");
    app.add_flag("-q,--quiet", solving.quiet, "no progress line on standard error");
}

// A line on standard error saying how far the run has come, rewritten in place: only when
// standard error is a terminal, the run has taken more than a second, and --quiet is not given,
// so that pipes and logs never see it.
class progress_line {
public:
    progress_line(std::string command, bool quiet)
        : command_(std::move(command)), shown_(!quiet && isatty(STDERR_FILENO) != 0),
          start_(std::chrono::steady_clock::now()) {}
    progress_line(const progress_line&) = delete;
    progress_line& operator=(const progress_line&) = delete;
    ~progress_line() { clear(); }

    void show(const std::string& what) {
        if (!shown_ || std::chrono::steady_clock::now() - start_ < std::chrono::seconds(1)) return;
        std::string text = command_ + ": " + what;
        std::cerr << '\r' << text << std::string(text.size() < width_ ? width_ - text.size() : 0, ' ') << std::flush;
        width_ = std::max(width_, text.size());
    }
    void clear() {
        if (width_ == 0) return;
        std::cerr << '\r' << std::string(width_, ' ') << '\r' << std::flush;
        width_ = 0;
    }

private:
    std::string command_;
    bool shown_;
    std::chrono::steady_clock::time_point start_;
    std::size_t width_ = 0;
};

// The solver's options from the command line, reporting progress on `line`.
inline factrec::solve_options solver_options(const solving_options& solving, progress_line& line,
                                             std::string prefix = {}) {
    factrec::solve_options options;
    options.max_conflicts = solving.max_conflicts;
    if (solving.time_limit)
        options.deadline =
            std::chrono::steady_clock::now() + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                                                   std::chrono::duration<double>(*solving.time_limit));
    options.progress = [&line, prefix = std::move(prefix)](const factrec::solve_progress& p) {
        line.show(prefix + std::to_string(p.components_solved) + " of " + std::to_string(p.components) +
                  " components solved, " + std::to_string(p.conflicts) + " conflicts found");
    };
    return options;
}

// Parses the command line; nullopt to go on, or the exit status (0 after --help, 2 on an error).
inline std::optional<int> parse_command_line(CLI::App& app, common_options& common, int argc, char** argv) {
    const std::string name = app.get_name();
    app.footer(std::string(exit_status_text));
    // Extras are collected rather than thrown, so that an unknown option is named as such even
    // when a required option is missing too.
    app.allow_extras(true);
    std::optional<std::string> parse_error;
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp&) {
        std::cout << app.help();
        return 0;
    } catch (const CLI::CallForVersion& e) {
        std::cout << e.what() << '\n';
        return 0;
    } catch (const CLI::ParseError& e) {
        parse_error = e.what();
        // "--facts: At Most 1 required but received 2" says it in CLI11's words; say it in ours.
        for (const CLI::Option* option : app.get_options())
            if (option->get_expected_max() == 1 && option->count() > 1)
                parse_error =
                    option->get_name() + " is given " + std::to_string(option->count()) + " times; it takes one value";
    }
    std::vector<std::string> extras = app.remaining();
    std::erase(extras, "--"); // CLI11 keeps the separator among the extras
    if (!extras.empty()) {
        const std::string& first = extras.front();
        parse_error =
            (first.starts_with("-") && first != "-" ? "unknown option '" : "unexpected argument '") + first + "'";
    }
    if (parse_error) {
        std::cerr << name << ": " << *parse_error << "\nRun '" << name << " --help' for the options.\n";
        return 2;
    }
    if (common.max_input_size_text) {
        auto size = parse_size(*common.max_input_size_text);
        if (!size) {
            std::cerr << name << ": --max-input-size takes a size such as 64M, 1G or 1048576, not '"
                      << *common.max_input_size_text << "'\n";
            return 2;
        }
        common.limits.max_bytes = *size;
    }
    if (common.output && common.output->empty()) {
        std::cerr << name << ": -o needs a file name ('-' for standard output)\n";
        return 2;
    }
    return std::nullopt;
}

// The bytes of a file, or of standard input for "-"; on failure, nullopt and why in `problem`.
inline std::optional<std::string> read_input(const std::string& path, const factrec::input_limits& limits,
                                             std::string& problem) {
    auto content = factrec::read_input(path, limits);
    if (!content) {
        problem = content.error().message;
        return std::nullopt;
    }
    return std::move(*content);
}

// A file name is bytes, not text: one that is not UTF-8 is written in JSON with U+FFFD for each
// invalid byte (json_writer), so the document stays valid but the name no longer opens the
// file. Said on standard error, once per name, so that the change is never silent.
inline void warn_about_file_names(std::string_view command, const std::vector<std::string>& paths) {
    for (const std::string& path : paths) {
        const std::size_t bad = factrec::reconcile_detail::first_invalid_utf8(path);
        if (bad == std::string_view::npos) continue;
        std::cerr << command << ": warning: the file name '" << factrec::report::detail::visible_text(path)
                  << "' is not UTF-8 (byte " << bad
                  << "); JSON output shows each invalid byte as U+FFFD, so the name there does not open the file\n";
    }
}

// Whether writing to `output` would destroy one of `inputs`: the same path, or the same file
// under another name (a link, "./a.txt").
inline std::optional<std::string> output_overwrites_input(const std::optional<std::string>& output,
                                                          const std::vector<std::string>& inputs) {
    if (!output || *output == "-") return std::nullopt;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path out = fs::weakly_canonical(*output, ec);
    for (const std::string& in : inputs) {
        if (in == "-") {
            // `< a.txt -o a.txt`: standard input is the file the output would replace.
            struct stat standard_input {
            }, target{};
            if (::fstat(STDIN_FILENO, &standard_input) == 0 && ::stat(output->c_str(), &target) == 0 &&
                S_ISREG(standard_input.st_mode) && standard_input.st_dev == target.st_dev &&
                standard_input.st_ino == target.st_ino)
                return "-o '" + *output + "' is the file given on standard input; the report would overwrite it";
            continue;
        }
        std::error_code e1, e2;
        bool same = in == *output || (!ec && fs::weakly_canonical(in, e1) == out && !e1) ||
                    (fs::exists(*output, e2) && fs::equivalent(in, *output, e1) && !e1);
        if (same) return "-o '" + *output + "' is one of the inputs; the report would overwrite it";
    }
    return std::nullopt;
}

// Where a command's output goes. A regular file is written to a temporary file beside it and
// renamed over it when complete: an error or a full disk leaves the old file as it was. Standard
// output, devices and pipes are written in place, and every write is checked.
class output_target {
public:
    output_target() = default;
    output_target(const output_target&) = delete;
    output_target& operator=(const output_target&) = delete;
    ~output_target() {
        if (!temporary_.empty()) {
            file_.close();
            std::error_code ec;
            std::filesystem::remove(temporary_, ec);
        }
    }

    // Opens the target; false with the reason in `problem`.
    bool open(const std::optional<std::string>& path, std::string& problem) {
        if (!path || *path == "-") return true;
        path_ = *path;
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::file_status status = fs::status(path_, ec);
        if (fs::is_symlink(fs::symlink_status(path_, ec)) && !fs::exists(status)) {
            // Writing through a link that leads nowhere would replace the link with a file.
            problem = "cannot write '" + path_ + "': it is a link to a file that does not exist or a loop of links";
            return false;
        }
        if (fs::is_directory(status)) {
            problem = "cannot write '" + path_ + "': it is a directory";
            return false;
        }
        // Renaming would replace a file that may not be written; say so, as writing it would.
        if (fs::is_regular_file(status) && ::access(path_.c_str(), W_OK) != 0) {
            problem = "cannot write '" + path_ + "': " + std::strerror(errno);
            return false;
        }
        if (fs::exists(status) && !fs::is_regular_file(status)) {
            file_.open(path_, std::ios::binary); // a device or a pipe: there is nothing to rename over
        } else {
            // Through a link, the file it names is replaced, not the link.
            fs::path target =
                fs::is_symlink(fs::symlink_status(path_, ec)) ? fs::weakly_canonical(path_, ec) : fs::path(path_);
            if (ec) target = path_;
            target_ = target.string();
            fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
            std::string pattern = (dir / ("." + target.filename().string() + ".factrec-XXXXXX")).string();
            int fd = ::mkstemp(pattern.data());
            if (fd < 0) {
                problem = "cannot write '" + path_ + "': " + std::strerror(errno);
                return false;
            }
            // mkstemp makes the file private: the output keeps the mode of the file it replaces, or
            // gets the mode a new file would get.
            struct stat existing {};
            mode_t mask = ::umask(0);
            ::umask(mask);
            mode_t mode = ::stat(target_.c_str(), &existing) == 0 ? existing.st_mode & 07777 : 0666 & ~mask;
            (void)::fchmod(fd, mode);
            ::close(fd);
            temporary_ = pattern;
            file_.open(temporary_, std::ios::binary | std::ios::trunc);
        }
        if (!file_) {
            problem = "cannot write '" + path_ + "': " + std::strerror(errno);
            return false;
        }
        return true;
    }

    std::ostream& stream() { return path_.empty() ? std::cout : static_cast<std::ostream&>(file_); }

    // Flushes and, for a file, renames it into place; false with the reason in `problem`.
    bool commit(std::string& problem) {
        std::ostream& out = stream();
        out.flush();
        const std::string name = path_.empty() ? std::string("standard output") : "'" + path_ + "'";
        if (!out) {
            problem = "cannot write to " + name + (errno ? std::string(": ") + std::strerror(errno) : "");
            return false;
        }
        if (path_.empty()) return true;
        file_.close();
        if (!file_) {
            problem = "cannot write to " + name + (errno ? std::string(": ") + std::strerror(errno) : "");
            return false;
        }
        if (!temporary_.empty()) {
            std::error_code ec;
            std::filesystem::rename(temporary_, target_, ec);
            if (ec) {
                problem = "cannot write to " + name + ": " + ec.message();
                return false;
            }
            temporary_.clear();
        }
        return true;
    }

private:
    std::string path_;   // as given; empty: standard output
    std::string target_; // the file renamed over: path_, or the file a link names
    std::string temporary_;
    std::ofstream file_;
};

} // namespace factrec_cli
