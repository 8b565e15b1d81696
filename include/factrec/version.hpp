#pragma once

// factrec's version, the one place it is written: CMake and Meson read it from here.
#define FACTREC_VERSION_MAJOR 0
#define FACTREC_VERSION_MINOR 1
#define FACTREC_VERSION_PATCH 0

// One number to compare against: 10000 * major + 100 * minor + patch.
#define FACTREC_VERSION (FACTREC_VERSION_MAJOR * 10000 + FACTREC_VERSION_MINOR * 100 + FACTREC_VERSION_PATCH)

// Concepts, <bit>, <span> and three-way comparison run through every layer; an older standard
// would fail deep inside a header with a message about the missing feature, not about the cause.
#if defined(_MSVC_LANG)
#if _MSVC_LANG < 202002L
#error "factrec needs C++20: compile with /std:c++20 or later"
#endif
#elif __cplusplus < 202002L
#error "factrec needs C++20: compile with -std=c++20 or later"
#endif

#define FACTREC_DETAIL_STRINGIFY_EXPANDED(x) #x
#define FACTREC_DETAIL_STRINGIFY(x) FACTREC_DETAIL_STRINGIFY_EXPANDED(x)

// The version as "MAJOR.MINOR.PATCH", for messages and JSON documents.
#define FACTREC_VERSION_STRING                                                                                         \
    FACTREC_DETAIL_STRINGIFY(FACTREC_VERSION_MAJOR)                                                                    \
    "." FACTREC_DETAIL_STRINGIFY(FACTREC_VERSION_MINOR) "." FACTREC_DETAIL_STRINGIFY(FACTREC_VERSION_PATCH)

/// factrec: figures from news articles, the facts they are about, and the exact conflicts
/// between them. Each layer has a header of its own (factrec/core.hpp, parse.hpp, model.hpp,
/// solve.hpp, reconcile.hpp, report.hpp); each layer's internals are in a `detail` namespace.
namespace factrec {

/// The version as "MAJOR.MINOR.PATCH": FACTREC_VERSION_STRING as a constant of the library.
inline constexpr const char* version_string = FACTREC_VERSION_STRING;

} // namespace factrec
