#pragma once

#include <factrec/version.hpp>

// Every JSON document factrec writes opens with two members: "factrec", the version of the
// library that wrote it ("0.1.0"), and "schema", the version of that document's layout. A
// program that reads the documents checks "schema" rather than the library's version: the layout
// changes far less often. Each layout is described by a JSON Schema in docs/schema/.
namespace factrec {

/// The layout of `factrec scan --format json` (docs/schema/scan.schema.json). Raised whenever a
/// member is added, removed, renamed or changes meaning: the schemas admit no unknown member.
inline constexpr int scan_json_schema = 1;

/// The layout of write_solution_json and `factrec solve` (docs/schema/solve.schema.json).
inline constexpr int solution_json_schema = 1;

/// The layout of write_json_report and `factrec reconcile --format json`
/// (docs/schema/reconcile.schema.json).
inline constexpr int reconcile_json_schema = 1;

} // namespace factrec
