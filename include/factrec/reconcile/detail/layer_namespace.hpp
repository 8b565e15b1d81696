// The internals of this layer see those of the layers it builds on, so a helper of one
// layer is written once and found from the next by ordinary lookup.
#pragma once

namespace factrec::core::detail {}
namespace factrec::parse::detail {}
namespace factrec::model_detail {}
namespace factrec::solve_detail {}

namespace factrec::reconcile_detail {
using namespace factrec::core::detail;
using namespace factrec::parse::detail;
using namespace factrec::model_detail;
using namespace factrec::solve_detail;
} // namespace factrec::reconcile_detail
