#pragma once

// Drafting a facts file from the articles alone: `factrec suggest`, `reconcile --auto`.
#include <factrec/suggest/suggest.hpp>
#include <factrec/suggest/suggestion.hpp>
