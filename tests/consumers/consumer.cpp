#include <factrec/core.hpp>

#include <iostream>

int main() {
    using factrec::interval;
    const interval sum = interval::closed(1, 2) + interval::closed(3, 4);
    std::cout << "[1, 2] + [3, 4] = " << sum << '\n';
    return sum == interval::closed(4, 6) ? 0 : 1;
}
