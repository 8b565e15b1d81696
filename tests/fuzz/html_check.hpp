#pragma once

// A small well-formedness check for factrec's HTML report, strict where the report can be: every
// element closed in order (void elements apart; "/>" only on void elements and inside <svg>),
// attribute values quoted, no attribute twice, no event-handler attribute, one <script> and one
// <style> (the report's own), every '<' starting a tag and every '&' a known reference, UTF-8
// without control characters. Text from the input that reached the page unescaped breaks one of
// these: a '<' or '&' of its own, or a quote that ends an attribute early.

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "text_checks.hpp"

namespace factrec_fuzz {

namespace detail {

inline bool is_void_element(std::string_view name) {
    for (std::string_view v :
         {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"})
        if (name == v) return true;
    return false;
}

inline bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
inline bool is_ascii_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
inline bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Empty when a character reference starts at `at` (on its '&'), advancing past it; otherwise why not.
inline std::string reference_problem(std::string_view html, std::size_t& at) {
    static const std::set<std::string_view> named = {"amp",   "lt",    "gt",    "quot",  "apos",  "nbsp",   "plusmn",
                                                     "mdash", "ndash", "ldquo", "rdquo", "lsquo", "rsquo",  "hellip",
                                                     "times", "minus", "le",    "ge",    "asymp", "thinsp", "middot",
                                                     "larr",  "rarr",  "infin", "deg"};
    std::size_t end = html.find(';', at);
    std::string_view body = end == std::string_view::npos ? html.substr(at + 1, 12) : html.substr(at + 1, end - at - 1);
    auto raw = [&] { return "a raw '&' (" + std::string(html.substr(at, 12)) + "...) that starts no reference"; };
    if (end == std::string_view::npos || body.empty() || body.size() > 10) return raw();
    if (body.front() == '#') {
        bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
        std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 7) return raw();
        char32_t cp = 0;
        for (char d : digits) {
            int v = std::isdigit(static_cast<unsigned char>(d)) ? d - '0'
                    : hex && std::isxdigit(static_cast<unsigned char>(d))
                        ? std::tolower(static_cast<unsigned char>(d)) - 'a' + 10
                        : -1;
            if (v < 0) return raw();
            cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(v);
        }
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || (cp < 0x20 && !is_html_space(char(cp))) ||
            is_c1_or_delete(cp))
            return "the reference &" + std::string(body) + "; names no allowed character";
    } else if (!named.contains(body)) {
        return std::all_of(body.begin(), body.end(), is_ascii_alnum) ? "unknown entity &" + std::string(body) + ";"
                                                                     : raw();
    }
    at = end + 1;
    return {};
}

} // namespace detail

// Empty when `html` is well formed as described above; otherwise the first problem and its byte offset.
inline std::string html_problem(std::string_view html) {
    using namespace detail;
    if (std::string problem = control_or_encoding_problem(html, "\t\n\r\f"); !problem.empty()) return problem;
    std::vector<std::string> open;
    std::size_t scripts = 0, styles = 0;
    auto at_byte = [](std::size_t where, const std::string& what) {
        return "byte " + std::to_string(where) + ": " + what;
    };
    std::size_t at = 0;
    auto skip_space = [&] {
        while (at < html.size() && is_html_space(html[at])) ++at;
    };
    while (at < html.size()) {
        if (html[at] == '&') {
            std::size_t start = at;
            if (std::string problem = reference_problem(html, at); !problem.empty()) return at_byte(start, problem);
            continue;
        }
        if (html[at] != '<') {
            ++at;
            continue;
        }
        const std::size_t tag_at = at;
        if (html.substr(at).starts_with("<!--")) {
            std::size_t end = html.find("-->", at + 4);
            if (end == std::string_view::npos) return at_byte(tag_at, "a comment that is never closed");
            at = end + 3;
            continue;
        }
        if (ascii_lower(html.substr(at, 9)) == "<!doctype") {
            std::size_t end = html.find('>', at);
            if (end == std::string_view::npos || tag_at != 0) return at_byte(tag_at, "a doctype out of place");
            at = end + 1;
            continue;
        }
        const bool closing = at + 1 < html.size() && html[at + 1] == '/';
        at += closing ? 2 : 1;
        const std::size_t name_at = at;
        while (at < html.size() && (is_ascii_alnum(html[at]) || html[at] == '-')) ++at;
        const std::string name(html.substr(name_at, at - name_at));
        if (name.empty() || !is_ascii_alpha(name.front()))
            return at_byte(tag_at, "a raw '<' that starts no tag (" + std::string(html.substr(tag_at, 12)) + "...)");
        if (closing) {
            skip_space();
            if (at >= html.size() || html[at] != '>') return at_byte(tag_at, "a malformed end tag </" + name);
            ++at;
            if (open.empty() || open.back() != name)
                return at_byte(tag_at,
                               "</" + name + "> closes " + (open.empty() ? "nothing" : "<" + open.back() + ">"));
            open.pop_back();
            continue;
        }
        std::set<std::string> attributes;
        bool self_closing = false;
        while (true) {
            const std::size_t before_space = at;
            skip_space();
            if (at >= html.size()) return at_byte(tag_at, "the tag <" + name + " is never closed");
            if (html[at] == '>') {
                ++at;
                break;
            }
            if (html.substr(at).starts_with("/>")) {
                self_closing = true;
                at += 2;
                break;
            }
            if (at == before_space && !attributes.empty())
                return at_byte(at, "no space between attributes of <" + name + ">");
            const std::size_t attribute_at = at;
            while (at < html.size() && !is_html_space(html[at]) &&
                   std::string_view("\"'<>/=").find(html[at]) == std::string_view::npos)
                ++at;
            const std::string attribute = ascii_lower(html.substr(attribute_at, at - attribute_at));
            if (attribute.empty())
                return at_byte(at, "an unexpected '" + std::string(1, html[at]) + "' in <" + name + ">");
            if (!attributes.insert(attribute).second)
                return at_byte(attribute_at, "attribute " + attribute + " twice in <" + name + ">");
            if (attribute.starts_with("on"))
                return at_byte(attribute_at, "an event-handler attribute " + attribute + " in <" + name + ">");
            skip_space();
            if (at >= html.size() || html[at] != '=') continue;
            ++at;
            skip_space();
            if (at >= html.size() || (html[at] != '"' && html[at] != '\''))
                return at_byte(at, "attribute " + attribute + " of <" + name + "> has an unquoted value");
            const std::size_t end = html.find(html[at], at + 1);
            if (end == std::string_view::npos)
                return at_byte(at, "the value of " + attribute + " in <" + name + "> is never closed");
            for (std::size_t v = at + 1; v < end;) {
                if (html[v] == '<') return at_byte(v, "a raw '<' in the value of " + attribute);
                if (html[v] != '&') {
                    ++v;
                    continue;
                }
                const std::size_t reference_at = v;
                if (std::string problem = reference_problem(html, v); !problem.empty())
                    return at_byte(reference_at, problem);
                if (v > end) return at_byte(reference_at, "a reference across the end of " + attribute);
            }
            at = end + 1;
        }
        if ((name == "script" && ++scripts > 1) || (name == "style" && ++styles > 1))
            return at_byte(tag_at, "a second <" + name + ">");
        const bool in_svg = std::find(open.begin(), open.end(), "svg") != open.end();
        if (is_void_element(name)) continue;
        if (self_closing) {
            if (!in_svg) return at_byte(tag_at, "<" + name + "/> does not close an HTML element that is not void");
            continue;
        }
        if (name == "script" || name == "style") {
            // Raw text: it ends at the first "</script" or "</style", whatever it contains.
            std::size_t end = ascii_lower(html.substr(at)).find("</" + name);
            if (end == std::string::npos) return at_byte(tag_at, "<" + name + "> is never closed");
            at += end;
        }
        open.push_back(name);
    }
    if (!open.empty()) return at_byte(html.size(), "<" + open.back() + "> is never closed");
    return {};
}

} // namespace factrec_fuzz
