#pragma once

// The solver: components, propagation, exact simplex, conflicts, repair, explained ranges.
#include <factrec/solve/provenance.hpp>
#include <factrec/solve/solution.hpp>
#include <factrec/solve/solver.hpp>
