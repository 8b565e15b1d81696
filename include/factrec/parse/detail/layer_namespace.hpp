// The internals of this layer see those of the layers it builds on, so a helper of one
// layer is written once and found from the next by ordinary lookup.
#pragma once

namespace factrec::core::detail {}

namespace factrec::parse::detail {
using namespace factrec::core::detail;
} // namespace factrec::parse::detail
