// A core header that opens the solver's internals: check_layer_namespaces.cmake must refuse it.
#pragma once
namespace factrec::solve_detail {
inline int misplaced() { return 0; }
} // namespace factrec::solve_detail
