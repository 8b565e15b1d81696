#include <factrec/core.hpp>

#include <iostream>
#include <string_view>

int main() {
    using factrec::interval;
    auto read = [](std::string_view text) { return factrec::parse_interval(text).value(); };

    // Billions of US dollars. Journalists round, so "$490 billion" means [489.5, 490.5].
    const interval pledge = read("[549.5, 550.5]");    // "a $550 billion pledge"
    const interval committed = read("[489.5, 490.5]"); // "$490 billion already committed"
    const interval eyed = read("[0, 400]");            // "eyeing up to $400 billion"

    std::cout << "still to commit:   " << pledge - committed << '\n';
    std::cout << "committed + eyed:  " << committed + eyed << '\n';

    // Two reports of one figure agree only if their intervals meet.
    const interval other_report = interval::greater_than(500); // "more than $500 billion committed"
    std::cout << "reports agree on:  " << intersect(committed, other_report) << '\n';
}
