// The internals of this layer see those of the layers it builds on, so a helper of one
// layer is written once and found from the next by ordinary lookup. Each layer names only the
// layers right below it: using-directives are transitive, so the rest follows.
#pragma once

#include <factrec/reconcile/detail/layer_namespace.hpp>

namespace factrec::suggest::detail {
using namespace factrec::reconcile_detail;
} // namespace factrec::suggest::detail
