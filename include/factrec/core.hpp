#pragma once

// The vocabulary: exact numbers, intervals, units, quantities, sources and claims.
#include <factrec/core/claim.hpp>
#include <factrec/core/interval.hpp>
#include <factrec/core/number.hpp>
#include <factrec/core/quantity.hpp>
#include <factrec/core/result.hpp>
#include <factrec/core/source.hpp>
#include <factrec/core/unit.hpp>
