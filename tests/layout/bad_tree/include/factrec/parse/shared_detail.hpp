// A header that check_layer_namespaces.cmake must refuse: parse internals in the shared
// namespace, and a reach into the reconcile layer, which parse does not build on.
#pragma once
namespace factrec::detail {
inline int reach() { return factrec::reconcile_detail::helper(); }
} // namespace factrec::detail
