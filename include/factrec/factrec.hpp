#pragma once

// Everything: vocabulary, scanner, model, solver, the reconcile pipeline and the reports.
// Including only the layer you use (factrec/solve.hpp, say) spares the Spirit X3 grammars.
#include <factrec/core.hpp>
#include <factrec/model.hpp>
#include <factrec/parse.hpp>
#include <factrec/reconcile.hpp>
#include <factrec/report.hpp>
#include <factrec/solve.hpp>
#include <factrec/suggest.hpp>
