#pragma once

#include <factrec/core.hpp>
#include <factrec/reconcile/article.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/utf8.hpp>
#include <factrec/reconcile/facts_file.hpp>

#include <algorithm>
#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// Names of sources and speakers: how claim ids are made from them, and how the facts file's
// `source` and `speaker` declarations find the names the articles have.
namespace factrec::reconcile_detail {

// A character that ends a word of a name rather than belongs to it: ASCII punctuation and
// spaces, controls, and Unicode's punctuation and space blocks. Letters of every script, digits
// and marks are kept, so that 日経新聞 and 読売新聞 stay two names.
template <class = void>
inline bool separates_words(char32_t c) {
    if (c < 0x80) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    auto in = [c](char32_t lo, char32_t hi) { return c >= lo && c <= hi; };
    return c <= 0xBF || c == 0xD7 || c == 0xF7 ||              // C1 controls, Latin-1 punctuation and signs
           in(0x2000, 0x206F) || in(0x2E00, 0x2E7F) ||         // general and supplemental punctuation
           in(0x3000, 0x3004) || in(0x3008, 0x3020) ||         // CJK punctuation; 々 and 〆 are letters
           c == 0x3030 || in(0x303D, 0x303F) || c == 0x30FB || // and the katakana middle dot of ドナルド・トランプ
           in(0xFE10, 0xFE1F) || in(0xFE30, 0xFE4F) || c == 0xFEFF || in(0xFF00, 0xFF0F) || in(0xFF1A, 0xFF20) ||
           in(0xFF3B, 0xFF40) || in(0xFF5B, 0xFF65) || c == replacement_character;
}

// The words of a name, ASCII letters in lower case: "Premier Li" is {"premier", "li"}.
template <class = void>
inline std::vector<std::u32string> name_words(std::string_view name) {
    std::vector<std::u32string> words(1);
    for (char32_t c : folded_code_points(name)) {
        if (!separates_words(c))
            words.back() += c;
        else if (!words.back().empty())
            words.emplace_back();
    }
    if (words.back().empty()) words.pop_back();
    return words;
}

// A readable id part from a name: its words joined by '-', "Harbor Ledger" as harbor-ledger,
// 日経新聞 as itself; cut after 48 bytes on a character boundary.
template <class = void>
inline std::string slug(std::string_view name) {
    constexpr std::size_t longest = 48;
    std::string out;
    for (const std::u32string& word : name_words(name)) {
        if (!out.empty()) {
            if (out.size() + 1 >= longest) break;
            out += '-';
        }
        for (char32_t c : word) {
            std::string encoded;
            append_utf8(encoded, c);
            if (out.size() + encoded.size() > longest) break;
            out += encoded;
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("article") : out;
}

// The first part of every claim id, one per article file: the slug of its source, and for a
// second file whose slug is taken (an article and its update, or "Harbor Ledger" and
// "harbor-ledger") the slug with -2, -3, ... A suffix never takes a slug that another file has
// of its own, so ids stay the same when a later file is added with such a name.
template <class = void>
inline std::vector<std::string> claim_id_prefixes(const std::vector<article>& articles) {
    std::vector<std::string> plain;
    plain.reserve(articles.size());
    for (const article& a : articles) plain.push_back(slug(a.publisher.name));
    std::set<std::string> reserved(plain.begin(), plain.end()), taken;
    std::vector<std::string> prefixes;
    for (const std::string& s : plain) {
        std::string prefix = s;
        for (std::size_t n = 2; taken.contains(prefix) || (prefix != s && reserved.contains(prefix)); ++n)
            prefix = s + "-" + std::to_string(n);
        taken.insert(prefix);
        prefixes.push_back(prefix);
    }
    return prefixes;
}

// Sources are named in full: "Pacific Wire" is the source "pacific wire", not "Pacific Wire Asia".
inline bool same_name(std::string_view a, std::string_view b) { return folded_code_points(a) == folded_code_points(b); }

// How many words of a speaker's name a declaration names: all of the declaration's words,
// next to each other and whole, or none. "Li" names "Li Qiang" and "Premier Li", not "police"
// or "Lina".
template <class = void>
inline std::size_t words_named(const std::vector<std::u32string>& declared,
                               const std::vector<std::u32string>& speaker) {
    if (declared.empty() || declared.size() > speaker.size()) return 0;
    for (std::size_t at = 0; at + declared.size() <= speaker.size(); ++at)
        if (std::equal(declared.begin(), declared.end(), speaker.begin() + static_cast<std::ptrdiff_t>(at)))
            return declared.size();
    return 0;
}

template <class = void>
inline exact_number source_trust(const std::vector<trust_declaration>& declared, std::string_view source) {
    for (const trust_declaration& d : declared)
        if (same_name(d.name, source)) return d.trust;
    return exact_number(1);
}

// The declaration that names most words of the speaker's name wins ("White House press
// secretary" over "White House" for that speaker), the first declared among equals.
template <class = void>
inline const trust_declaration* speaker_declaration(const std::vector<trust_declaration>& declared,
                                                    std::string_view speaker) {
    std::vector<std::u32string> words = name_words(speaker);
    const trust_declaration* best = nullptr;
    std::size_t most = 0;
    for (const trust_declaration& d : declared) {
        std::size_t named = words_named(name_words(d.name), words);
        if (named > most) best = &d, most = named;
    }
    return best;
}

template <class = void>
inline exact_number speaker_trust(const std::vector<trust_declaration>& declared, std::string_view speaker) {
    const trust_declaration* d = speaker_declaration(declared, speaker);
    return d ? d->trust : exact_number(1);
}

// The speaker quoted in the articles whose name a declaration most likely misspells: the
// declaration is compared with each run of about as many words in each speaker's name ("Ana
// Ruis" with "Ana Ruiz" of "Mayor Ana Ruiz").
template <class = void>
inline std::optional<std::string> misspelt_speaker(std::string_view declared,
                                                   const std::vector<std::string>& speakers) {
    auto joined = [](auto first, auto last) {
        std::string out;
        for (auto word = first; word != last; ++word) {
            if (!out.empty()) out += ' ';
            for (char32_t c : *word) append_utf8(out, c);
        }
        return out;
    };
    std::vector<std::u32string> words = name_words(declared);
    std::string wanted = joined(words.begin(), words.end());
    for (const std::string& speaker : speakers) {
        std::vector<std::u32string> theirs = name_words(speaker);
        for (std::size_t count = std::max<std::size_t>(words.size(), 2) - 1; count <= words.size() + 1; ++count)
            for (std::size_t at = 0; at + count <= theirs.size(); ++at)
                if (likely_typo(wanted, joined(theirs.begin() + static_cast<std::ptrdiff_t>(at),
                                               theirs.begin() + static_cast<std::ptrdiff_t>(at + count))))
                    return speaker;
    }
    return std::nullopt;
}

// The part of a message about an unknown name that helps to fix it: "did you mean ..." for a
// likely typo, else the names there are, closest first.
template <class = void>
inline std::string suggestion(std::string_view declared, std::vector<std::string> known, std::string_view kind) {
    if (known.empty()) return "; the articles have no " + std::string(kind);
    std::vector<std::pair<std::size_t, std::string>> by_distance;
    by_distance.reserve(known.size());
    for (std::string& name : known) by_distance.emplace_back(name_distance(declared, name), std::move(name));
    std::stable_sort(by_distance.begin(), by_distance.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < known.size(); ++i) known[i] = std::move(by_distance[i].second);
    if (likely_typo(declared, known.front())) return "; did you mean \"" + known.front() + "\"?";
    constexpr std::size_t most = 5;
    std::string out = "; the articles' " + std::string(kind) + " are ";
    for (std::size_t i = 0; i < known.size() && i < most; ++i) out += (i ? ", \"" : "\"") + known[i] + "\"";
    if (known.size() > most) out += " and " + std::to_string(known.size() - most) + " more";
    return out;
}

} // namespace factrec::reconcile_detail
