// What every factrec command needs from the file system.
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>

namespace factrec_cli {

// The bytes of a file, or of standard input for "-"; on failure, nullopt and why in `problem`.
inline std::optional<std::string> read_input(const std::string& path, std::string& problem) {
    if (path == "-") {
        std::ostringstream content;
        content << std::cin.rdbuf();
        if (std::cin.bad()) {
            problem = "cannot read standard input";
            return std::nullopt;
        }
        return content.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        problem = "cannot read '" + path + "': it is a directory";
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        problem = "cannot read '" + path + "': " + std::strerror(errno);
        return std::nullopt;
    }
    std::ostringstream content;
    content << in.rdbuf();
    if (in.bad()) {
        problem = "cannot read '" + path + "'";
        return std::nullopt;
    }
    return content.str();
}

} // namespace factrec_cli
