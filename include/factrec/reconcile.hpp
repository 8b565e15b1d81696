#pragma once

// A story end to end: articles and a facts file, bound figures, the solver's verdict.
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/binding.hpp>
#include <factrec/reconcile/facts_file.hpp>
#include <factrec/reconcile/facts_file_parser.hpp>
#include <factrec/reconcile/input.hpp>
#include <factrec/reconcile/reconcile.hpp>
#include <factrec/reconcile/reconciliation.hpp>
