#pragma once

// Text to quantities: Spirit X3 grammars for figures, the scanner, speaker attribution.
#include <factrec/core.hpp>
#include <factrec/parse/attribution.hpp>
#include <factrec/parse/mention.hpp>
#include <factrec/parse/parse_quantity.hpp>
#include <factrec/parse/scan.hpp>
