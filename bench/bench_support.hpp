#pragma once
// What every benchmark prints besides its own figures: wall time and peak memory.
#include <chrono>
#include <fstream>
#include <string>

namespace factrec_bench {

inline double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The process's peak resident memory in KiB (Linux's VmHWM), or -1 where /proc has no such line.
inline long peak_rss_kib() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

} // namespace factrec_bench
