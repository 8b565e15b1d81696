#pragma once

// The relation language, shared by the facts file, JSON models and the command line:
//   committed <= eyed        a + b + 2*c = total        v = n * p        share_a + share_b <= 100%
//   sum(a, b, c) <= pledge   x <= 332e9                 ratio = part / whole
// Kept apart from model.hpp so that code which builds models in C++ does not pay for Spirit.

#include <factrec/core/number.hpp>
#include <factrec/core/result.hpp>
#include <factrec/model/detail/layer_namespace.hpp>
#include <factrec/model/model.hpp>

#include <boost/spirit/home/x3.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

namespace model_detail {

struct relation_term {
    int sign = 1;
    std::optional<std::string> coefficient;
    std::size_t coefficient_offset = 0;
    std::vector<std::pair<std::string, std::size_t>> names; // with byte offsets
    char product_operator = 0;                              // '*' or '/' between two names
};

struct relation_syntax_tree {
    std::vector<relation_term> sides[2];
    std::optional<comparison> cmp;
};

// Only parse_relation, a template, calls it: as a template itself its Spirit grammar is compiled
// where a relation is read, not in every translation unit that includes the model layer.
template <class Deferred = void>
bool parse_relation_syntax(std::string_view original, relation_syntax_tree& tree, std::size_t& failed_at) {
    namespace x3 = boost::spirit::x3;
    // Spirit's character classes take a plain char, and a byte past 0x7f is a negative one:
    // undefined behaviour in std::isspace. The language is ASCII but for the signs ≤ and ≥,
    // which become "<= " and ">= " of the same length, so every offset still points into the
    // text as written; any other non-ASCII byte is an error where it stands.
    std::string ascii(original);
    for (std::size_t i = 0; i < ascii.size(); ++i) {
        if (static_cast<unsigned char>(ascii[i]) < 0x80) continue;
        std::string_view rest = std::string_view(ascii).substr(i);
        if (rest.starts_with("\xe2\x89\xa4"))
            ascii.replace(i, 3, "<= ");
        else if (rest.starts_with("\xe2\x89\xa5"))
            ascii.replace(i, 3, ">= ");
        else {
            failed_at = i;
            return false;
        }
        i += 2;
    }
    const std::string_view text = ascii;
    using iterator = std::string_view::const_iterator;
    const iterator begin = text.begin();
    int side = 0;
    int next_sign = 1;
    relation_term current;

    auto offset_of = [begin](const auto& range) { return static_cast<std::size_t>(range.begin() - begin); };
    auto start_term = [&](auto&) {
        current = relation_term{};
        current.sign = next_sign;
        next_sign = 1;
    };
    auto end_term = [&](auto&) { tree.sides[side].push_back(current); };
    auto set_sign = [&](auto& ctx) { next_sign = x3::_attr(ctx) == '-' ? -next_sign : next_sign; };
    auto set_coefficient = [&](auto& ctx) {
        current.coefficient = std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
        current.coefficient_offset = offset_of(x3::_attr(ctx));
    };
    auto add_name = [&](auto& ctx) {
        current.names.emplace_back(std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end()),
                                   offset_of(x3::_attr(ctx)));
    };
    auto set_product_operator = [&](auto& ctx) { current.product_operator = x3::_attr(ctx); };
    auto add_sum_name = [&](auto& ctx) {
        relation_term term;
        term.sign = next_sign;
        term.names.emplace_back(std::string(x3::_attr(ctx).begin(), x3::_attr(ctx).end()), offset_of(x3::_attr(ctx)));
        tree.sides[side].push_back(term);
    };
    auto end_sum = [&](auto&) { next_sign = 1; };
    auto set_cmp = [&](comparison c) {
        return [&tree, &side, c](auto&) {
            tree.cmp = c;
            side = 1;
        };
    };

    auto const name = x3::raw[x3::lexeme[(x3::alpha | x3::char_('_')) >> *(x3::alnum | x3::char_("_."))]];
    auto const digits = +x3::digit;
    auto const number = x3::raw[x3::lexeme[((digits >> -('.' >> *x3::digit)) | ('.' >> digits)) >>
                                           -(x3::char_("eE") >> -x3::char_("+-") >> digits) >> -x3::char_('%')]];
    // If the name after '*' fails to parse the whole relation fails, so a stale operator is harmless.
    auto const second_factor = x3::char_("*/")[set_product_operator] >> name[add_name];
    auto const sum_call =
        x3::lexeme[x3::lit("sum") >> &x3::lit('(')] >> '(' >> (name[add_sum_name] % ',') >> x3::lit(')')[end_sum];
    auto const product_term = x3::eps[start_term] >>
                              ((number[set_coefficient] >> -(-x3::lit('*') >> name[add_name] >> -second_factor)) |
                               (name[add_name] >> -second_factor)) >>
                              x3::eps[end_term];
    auto const term = sum_call | product_term;
    auto const sign = x3::char_("+-")[set_sign];
    auto const side_rule = *sign >> term >> *(+sign >> term);
    auto const cmp = x3::lit("<=")[set_cmp(comparison::less_equal)] |
                     x3::lit(">=")[set_cmp(comparison::greater_equal)] | x3::lit("==")[set_cmp(comparison::equal)] |
                     x3::lit('=')[set_cmp(comparison::equal)] | x3::lit('<')[set_cmp(comparison::less)] |
                     x3::lit('>')[set_cmp(comparison::greater)];
    // Expectation points make a failure report where it happened, not where backtracking ended.
    auto const relation_rule = side_rule > cmp > side_rule > x3::eoi;

    iterator first = begin;
    try {
        bool ok = x3::phrase_parse(first, text.end(), relation_rule, x3::space);
        failed_at = static_cast<std::size_t>(first - begin);
        return ok;
    } catch (const x3::expectation_failure<iterator>& failure) {
        failed_at = static_cast<std::size_t>(failure.where() - begin);
        return false;
    }
}

} // namespace model_detail

/// Reads a relation and resolves its names against the model's facts: a linear comparison of
/// facts times exact constants (`committed <= eyed`, `a + b + c <= 100%`, `2*x - y = 5e6`), or
/// a product or ratio with one fact per side (`value = count * price`, `rate = dead / cases`).
/// Errors carry the byte offset in `text` of what could not be read or of the unknown name.
/// Units are checked only when the expression is added (basic_model::add_relation).
template <Number N>
result<relation_expression> parse_relation(std::string_view text, const basic_model<N>& model) {
    model_detail::relation_syntax_tree tree;
    std::size_t failed_at = 0;
    if (!model_detail::parse_relation_syntax(text, tree, failed_at)) {
        while (failed_at < text.size() && (text[failed_at] == ' ' || text[failed_at] == '\t')) ++failed_at;
        std::string what;
        if (failed_at >= text.size())
            what = "the relation ends too early";
        else if (static_cast<unsigned char>(text[failed_at]) >= 0x80) {
            static constexpr char hex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(text[failed_at]);
            what = std::string("unexpected non-ASCII byte 0x") + hex[byte >> 4] + hex[byte & 15] +
                   " (only the signs \u2264 and \u2265 may be)";
        } else
            what = "unexpected '" + std::string(text.substr(failed_at, 1)) + "'";
        return error{what + ": expected a relation such as 'a + 2*b <= c' or 'v = n * p'", failed_at};
    }
    relation_expression out;
    out.cmp = *tree.cmp;
    auto resolve = [&](const std::pair<std::string, std::size_t>& name) -> result<fact_ref> {
        auto f = model.find_fact(name.first);
        if (!f) return error{"'" + name.first + "' is not a fact of the model", name.second};
        return *f;
    };
    bool has_product = false;
    for (const auto& side : tree.sides)
        for (const auto& term : side) has_product = has_product || term.product_operator != 0;

    if (has_product) {
        // Only `x = y * z` or `x = y / z` (either way round): interval propagation handles these.
        const model_detail::relation_term* single = nullptr;
        const model_detail::relation_term* product = nullptr;
        for (const auto& side : tree.sides) {
            if (side.size() != 1)
                return error{"a product or ratio relation takes the form 'x = y * z' or 'x = y / z'", 0};
            (side[0].product_operator ? product : single) = &side[0];
        }
        if (!single || !product || single->coefficient || single->sign < 0 || product->sign < 0 ||
            single->names.size() != 1 || out.cmp != comparison::equal)
            return error{"a product or ratio relation takes the form 'x = y * z' or 'x = y / z'", 0};
        auto x = resolve(single->names[0]);
        if (!x) return x.error();
        // A share in % is already 100 times the ratio (`s = l / t` means s% = 100 l/t), so the
        // way statisticians write it, `s = 100 * l / t`, is accepted and means the same; any
        // other factor is not.
        if (product->coefficient) {
            auto factor = parse_exact_number(*product->coefficient);
            if (!factor || *factor != 100 || product->product_operator != '/' ||
                model.facts()[x->index].unit.dimension() != dimension::share)
                return error{"a ratio takes no factor but 100, and only for a share in %: 's = 100 * l / t' (the same "
                             "as 's = l / t')",
                             product->coefficient_offset};
        }
        auto y = resolve(product->names[0]);
        if (!y) return y.error();
        auto z = resolve(product->names[1]);
        if (!z) return z.error();
        out.kind = product->product_operator == '/' ? relation_kind::ratio : relation_kind::product;
        out.result = *x;
        out.product = {*y, *z, out.kind == relation_kind::ratio};
        return out;
    }

    for (int side = 0; side < 2; ++side) {
        for (const auto& term : tree.sides[side]) {
            exact_number coefficient = term.sign * (side == 0 ? 1 : -1);
            if (term.coefficient) {
                std::string digits = *term.coefficient;
                if (!digits.empty() && digits.back() == '%') {
                    digits.pop_back();
                    if (!term.names.empty())
                        return error{"a percentage cannot multiply a fact", term.coefficient_offset};
                    out.constant_in_percent = true;
                }
                auto value = parse_exact_number(digits);
                if (!value) return error{value.error().message, term.coefficient_offset + value.error().offset};
                coefficient *= *value;
            }
            linear_expression part = coefficient;
            if (!term.names.empty()) {
                auto f = resolve(term.names[0]);
                if (!f) return f.error();
                part = coefficient * linear_expression(*f);
            }
            out.linear += part;
        }
    }
    return out;
}

/// Parses `text` and adds it to the model under `id`, soft with `soft_weight` when given; the
/// error is parse_relation's (with its offset) or add_relation's (units, duplicate id). Returns
/// the relation's index in the model's relations().
template <Number N>
result<std::size_t> add_relation(basic_model<N>& model, std::string id, std::string_view text,
                                 std::optional<exact_number> soft_weight = {}) {
    auto parsed = parse_relation(text, model);
    if (!parsed) return error{"relation '" + id + "': " + parsed.error().message, parsed.error().offset};
    return model.add_relation(std::move(id), *parsed, std::move(soft_weight), std::string(text));
}

} // namespace factrec
