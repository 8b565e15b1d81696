#pragma once

// Which counted nouns a count fact takes: its own noun, the built-in class of that noun
// (parse/english/noun_classes.hpp), or the alternatives the facts file lists, as in
// `unit count(seats|MPs|members of parliament)`.
#include <factrec/core/unit.hpp>
#include <factrec/parse/english/noun_classes.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace factrec::reconcile_detail {

// One noun a fact takes: the lemma of its first word and the words that must follow it
// ("member" + "of parliament").
struct counted_noun {
    std::string head;
    std::string rest;
};

template <class = void>
inline std::vector<std::string> split_words(std::string_view text) {
    std::vector<std::string> words(1);
    for (char c : text) {
        if (c == ' ' || c == '\t') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back() += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        }
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

template <class = void>
inline counted_noun counted_noun_of(std::string_view phrase) {
    std::vector<std::string> words = split_words(phrase);
    counted_noun n;
    if (words.empty()) return n;
    n.head = english::noun_lemma(words.front());
    for (std::size_t i = 1; i < words.size(); ++i) n.rest += (i > 1 ? " " : "") + words[i];
    return n;
}

template <class = void>
inline bool lemma_listed(std::string_view list, std::string_view lemma) {
    for (const std::string& w : split_words(list))
        if (w == lemma) return true;
    return false;
}

// The nouns a count fact takes. A noun of a built-in class brings its class along; a list of
// alternatives is the user's own class and brings nothing else.
template <class = void>
inline std::vector<counted_noun> nouns_counted_by(const unit& fact_unit) {
    std::vector<counted_noun> out;
    const std::string& symbol = fact_unit.symbol();
    std::vector<std::string_view> alternatives;
    for (std::size_t start = 0;;) {
        std::size_t bar = symbol.find('|', start);
        alternatives.push_back(std::string_view(symbol).substr(start, bar - start));
        if (bar == std::string::npos) break;
        start = bar + 1;
    }
    out.reserve(alternatives.size());
    for (std::string_view a : alternatives) out.push_back(counted_noun_of(a));
    if (alternatives.size() > 1) return out;
    const std::string lemma = out.front().head;
    for (const english::noun_class& c : english::noun_classes) {
        bool named = lemma == c.name || lemma_listed(c.members, lemma) || lemma_listed(c.only_when_named, lemma);
        if (!named || !out.front().rest.empty()) continue;
        for (const std::string& w : split_words(c.members)) out.push_back({w, ""});
        if (lemma_listed(c.only_when_named, lemma)) out.push_back({lemma, ""});
        out.push_back({std::string(c.name), ""});
    }
    return out;
}

// Whether a count fact takes a figure whose counted noun was read as `noun`; `following` is the
// text from the noun on, for nouns of several words.
template <class = void>
inline bool counts_noun(const unit& fact_unit, std::string_view noun, std::string_view following = {}) {
    const std::string lemma = english::noun_lemma(noun);
    std::string after;
    for (char c : following) after += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const counted_noun& n : nouns_counted_by(fact_unit)) {
        if (n.head != lemma) continue;
        if (n.rest.empty()) return true;
        std::size_t at = after.find(n.rest);
        if (at < 24) return true; // npos is never below 24
    }
    return false;
}

} // namespace factrec::reconcile_detail
