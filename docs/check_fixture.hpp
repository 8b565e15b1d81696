#pragma once

// For docs.undocumented_is_found: the documentation check must name the function below.

/// A documented namespace.
namespace fixture {

/// A documented function.
inline int documented_function() { return 1; }

inline int undocumented_function() { return 2; }

namespace detail {
inline int internal_function() { return 3; } // internals need no documentation
} // namespace detail

} // namespace fixture
