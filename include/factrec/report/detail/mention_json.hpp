#pragma once

#include <factrec/parse/mention.hpp>
#include <factrec/report/detail/json_buffer.hpp>
#include <factrec/report/detail/layer_namespace.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factrec::report::detail {

// One mention of `factrec scan --format json|jsonl` as a JSON object, appended to `out`: doc
// (the file, or the line number and then the file), start, end, text, kind, unit, value {lo,
// hi, lo_open, hi_open}, written, qualifier, speaker, sentence, role, direction, converts
// ([begin, end] or null), row_label (text or null), in json_writer's layout (no spaces). `text` is the document the
// mention's spans point into.
template <class = void>
inline void append_mention_json(std::string& out, std::string_view file, std::optional<std::size_t> line,
                                std::string_view text, const mention& m) {
    const auto& q = m.quantity;
    out += "{\"doc\":";
    if (line) {
        append_unsigned(out, *line);
        out += ",\"file\":";
    }
    append_json_text(out, file);
    out += ",\"start\":";
    append_unsigned(out, m.span.begin);
    out += ",\"end\":";
    append_unsigned(out, m.span.end);
    out += ",\"text\":";
    append_json_text(out, text.substr(m.span.begin, m.span.end - m.span.begin));
    out += ",\"kind\":\"";
    out += to_string(m.kind);
    out += "\",\"unit\":";
    append_json_text(out, q.unit.symbol());
    out += ",\"value\":";
    if (q.value.is_empty()) {
        out += "null";
    } else {
        auto bound = [&](const basic_bound<exact_number>& b) {
            if (b.infinite) {
                out += "null";
                return;
            }
            out += '"';
            append_exact_decimal(out, b.value);
            out += '"';
        };
        out += "{\"lo\":";
        bound(q.value.lower());
        out += ",\"hi\":";
        bound(q.value.upper());
        out += q.value.lower().infinite || q.value.lower().open ? ",\"lo_open\":true" : ",\"lo_open\":false";
        out += q.value.upper().infinite || q.value.upper().open ? ",\"hi_open\":true}" : ",\"hi_open\":false}";
    }
    out += ",\"written\":";
    append_json_text(out, q.written);
    out += ",\"qualifier\":\"";
    out += to_string(q.qualifier);
    out += "\",\"speaker\":";
    if (m.speaker)
        append_json_text(out, *m.speaker);
    else
        out += "null";
    out += ",\"sentence\":[";
    append_unsigned(out, m.sentence.begin);
    out += ',';
    append_unsigned(out, m.sentence.end);
    out += "],\"role\":\"";
    out += to_string(m.role);
    out += "\",\"direction\":\"";
    out += to_string(m.direction);
    out += "\",\"converts\":";
    if (m.converts) {
        out += '[';
        append_unsigned(out, m.converts->begin);
        out += ',';
        append_unsigned(out, m.converts->end);
        out += ']';
    } else {
        out += "null";
    }
    out += ",\"row_label\":";
    if (m.row_label.size() != 0)
        append_json_text(out, text.substr(m.row_label.begin, m.row_label.size()));
    else
        out += "null";
    out += '}';
}

} // namespace factrec::report::detail
