#pragma once

#include <factrec/core/interval.hpp>
#include <factrec/report/detail/json_writer.hpp>
#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/schema.hpp>
#include <factrec/solve/solution.hpp>

#include <ostream>
#include <sstream>
#include <string>

namespace factrec {

namespace report::detail {

template <Number N>
void write_end(json_writer& w, const basic_bound<N>& b) {
    if (b.infinite)
        w.null();
    else
        w.value(number_to_string(b.value));
}

/// {"consistent", "facts":[{"id","range":{"lo","hi","lo_open","hi_open","exact"},"lo_set_by",
/// "hi_set_by"}], "statements":[{"fact","claims","weight"}], "conflicts":[{"claims","relations",
/// "gap","statements","one_fact"}], "rejected", "consistency_proven", "complete"}; numbers
/// are exact strings ("489.5", "1/3"), null for an infinite end or an unknown gap.
template <Number N>
void write_solution_fields(json_writer& w, const basic_solution<N>& s) {
    w.key("consistent").value(s.consistent);
    w.key("facts").begin_array();
    for (const auto& f : s.facts) {
        w.begin_object();
        w.key("id").value(f.fact);
        w.key("range").begin_object();
        if (f.range.is_empty()) {
            w.key("lo").null().key("hi").null().key("lo_open").value(true).key("hi_open").value(true);
            w.key("empty").value(true);
        } else {
            w.key("lo");
            write_end(w, f.range.lower());
            w.key("hi");
            write_end(w, f.range.upper());
            w.key("lo_open").value(f.range.lower().open).key("hi_open").value(f.range.upper().open);
        }
        w.key("exact").value(f.exact);
        w.end_object();
        w.key("lo_set_by").string_array(f.lo_set_by);
        w.key("hi_set_by").string_array(f.hi_set_by);
        w.end_object();
    }
    w.end_array();
    w.key("statements").begin_array();
    for (const auto& st : s.statements) {
        w.begin_object().key("fact").value(st.fact).key("claims").string_array(st.claims);
        w.key("weight").value(to_exact_string(st.weight)).end_object();
    }
    w.end_array();
    w.key("conflicts").begin_array();
    for (const auto& c : s.conflicts) {
        w.begin_object();
        w.key("claims").string_array(c.claims);
        w.key("relations").string_array(c.relations);
        w.key("gap");
        if (c.gap)
            w.value(to_exact_string(*c.gap));
        else
            w.null();
        w.key("statements").begin_array();
        for (std::size_t k : c.statements) w.integer(k);
        w.end_array();
        w.key("one_fact").value(c.one_fact);
        w.end_object();
    }
    w.end_array();
    w.key("rejected").string_array(s.rejected);
    w.key("consistency_proven").value(s.consistency_proven);
    w.key("complete").value(s.complete);
}

/// The members every document opens with: who wrote it and in which layout (report/schema.hpp).
template <class = void>
inline void write_document_header(json_writer& w, int schema) {
    w.key("factrec").value(version_string).key("schema").integer(static_cast<unsigned long long>(schema));
}

} // namespace report::detail

/// The solution as one JSON document (docs/schema/solve.schema.json): "factrec" and "schema"
/// (solution_json_schema), then "consistent", "facts", "statements", "conflicts", "rejected",
/// "consistency_proven" and "complete"; exact numbers as strings ("489.5", "1/3").
template <Number N>
void write_solution_json(std::ostream& out, const basic_solution<N>& s) {
    report::detail::json_writer w(out);
    w.begin_object();
    report::detail::write_document_header(w, solution_json_schema);
    report::detail::write_solution_fields(w, s);
    w.end_object();
}

/// write_solution_json, as a string.
template <Number N>
std::string solution_json(const basic_solution<N>& s) {
    std::ostringstream out;
    write_solution_json(out, s);
    return out.str();
}

} // namespace factrec
