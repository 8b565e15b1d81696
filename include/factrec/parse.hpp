#pragma once

// Text to quantities: the language-neutral scanning engine, the English language pack
// (parse::english, with its Spirit X3 grammars for figures), speaker attribution.
#include <factrec/core.hpp>
#include <factrec/parse/attribution.hpp>
#include <factrec/parse/english.hpp>
#include <factrec/parse/mention.hpp>
#include <factrec/parse/parse_quantity.hpp>
#include <factrec/parse/scan.hpp>
