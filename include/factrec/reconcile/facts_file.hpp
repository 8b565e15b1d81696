#pragma once

#include <factrec/core.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>
#include <factrec/reconcile/detail/text_position.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

/// How "up to X" is read for a fact (`up_to ceiling` / `up_to at_most` in the facts file).
enum class up_to_reading {
    at_most, ///< A bound: the fact is at most X (the default).
    ceiling  ///< The figure itself, "the announced ceiling is X", read with the precision policy.
};

/// How a fact moves over time; a dated fact takes one value per date, checked against its
/// neighbours.
enum class series_kind {
    timeless,   ///< One value for the whole story (the default).
    cumulative, ///< A running total that never goes down (a death toll): `cumulative`.
    changing    ///< A value that may move either way (seats during a count): `changing`.
};

/// "timeless", "cumulative" or "changing": the keyword of the facts file. The pointer is to a
/// string literal (static storage).
template <class = void>
inline const char* to_string(series_kind k) {
    return k == series_kind::cumulative ? "cumulative" : k == series_kind::changing ? "changing" : "timeless";
}
/// A cue as written in the facts file, and which of the fact's phrases it expands to: a cue none
/// of whose phrases occurs in any article is reported (a typo, or words the outlets did not use).
struct declared_cue {
    std::string written;          ///< The cue as quoted, alternatives unexpanded.
    std::size_t offset = 0;       ///< Byte offset of the quoted cue in the facts file.
    std::size_t first_phrase = 0; ///< Index of its first phrase in fact_declaration::cues.
    std::size_t phrases = 0;      ///< How many phrases of fact_declaration::cues it expands to.
};

/// A `fact` statement of a facts file: what one fact is, how figures are bound to it (cues,
/// scope) and how they are read.
struct fact_declaration {
    std::string id;                              ///< The identifier relations and claims use; unique in the file.
    std::string label;                           ///< The quoted human label, empty when none is given.
    factrec::unit unit = factrec::unit::plain(); ///< Its unit; figures in other units convert or are refused.
    bool whole = false;                          ///< `whole`: integer values only (always so for a count).
    bool is_signed = false;                      ///< `signed`: may be negative (otherwise at least 0).
    /// Its values are changes ("rose 4.2%", "down $3 million"), signed by their direction; only
    // such a fact takes a change, and it takes nothing else.
    bool changes = false;
    std::vector<std::string> cues; ///< The phrases that bind a figure to it: lower case, alternatives expanded.
    up_to_reading up_to = up_to_reading::at_most; ///< How "up to X" is read for it.
    std::size_t offset = 0;                       ///< Byte offset of the statement in the facts file.
    series_kind series = series_kind::timeless;   ///< `cumulative` or `changing`: one value per date.
    // --- binding scope (issue 13) ---
    std::vector<declared_cue> declared_cues; ///< The cues as written, each with its expanded phrases.
    /// `not "2019", "in Wales"`: a clause with these words (lower case) is not about the fact.
    std::vector<std::string> excluded_words;
    /// `in "Reuters", "AP"`: only articles from these sources bind to it; empty means all.
    std::vector<std::string> only_sources;
    std::size_t only_sources_offset = 0; ///< Byte offset of the `in` list, for messages; 0 when none.
    // --- end binding scope ---
};

/// A `relation` statement: `relation id [weight W]: expression`, as written (relation_syntax.hpp
/// reads the expression when the story is reconciled).
struct relation_declaration {
    std::string id;                     ///< Unique among relations and facts.
    std::string expression;             ///< The text after the colon, trailing space trimmed.
    std::optional<exact_number> weight; ///< Soft when set: breaking it costs this weight; hard otherwise.
    std::size_t offset = 0;             ///< Byte offset of the expression in the facts file.
};

/// A `source "Name" trust T` or `speaker "Name" trust T` statement: the weight of that outlet's
/// or person's claims (1 when not declared).
struct trust_declaration {
    std::string name;            ///< The source or speaker name, as articles give it.
    exact_number trust{1};       ///< The weight of each of its claims when claims must be set aside.
    std::size_t offset = 0;      ///< Byte offset of the statement in the facts file.
    std::size_t name_offset = 0; ///< Of the quoted name, for messages about a name no article has.
};

/// A `claim fact from "Source" quote "..."` statement: a figure that cues cannot place; the
/// quote must occur in the named source's article.
struct pinned_claim {
    std::string fact;              ///< The fact id (declared before the pin).
    std::string source;            ///< The article's source name.
    std::string quote;             ///< Words of the article containing the figure; not empty.
    std::size_t offset = 0;        ///< Byte offset of the statement in the facts file.
    std::size_t source_offset = 0; ///< Of the quoted source name.
};

/// A facts file as parse_facts_file read it: declarations in file order. It owns a copy of the
/// file's text so that where() can locate any offset after the original buffer is gone.
struct facts_file {
    std::string name;                            ///< The file name given to the parser, for messages.
    std::string text;                            ///< The whole file, as read.
    std::vector<fact_declaration> facts;         ///< `fact` statements, in file order.
    std::vector<relation_declaration> relations; ///< `relation` statements, in file order.
    std::vector<trust_declaration> sources;      ///< `source ... trust` statements.
    std::vector<trust_declaration> speakers;     ///< `speaker ... trust` statements.
    std::vector<pinned_claim> pins;              ///< `claim` statements.
    precision_policy precision{};                ///< `reading precision/about`: how round figures are read.

    /// The fact declared with this id, or nullptr. Linear in the number of facts; the pointer
    /// is valid until `facts` changes.
    [[nodiscard]] const fact_declaration* find_fact(std::string_view id) const {
        for (const auto& f : facts)
            if (f.id == id) return &f;
        return nullptr;
    }
    /// "file:line:column: message" for a byte offset into text (lines and columns from 1;
    /// columns count UTF-8 code points, as editors do).
    [[nodiscard]] std::string where(std::size_t offset, std::string_view message) const {
        return reconcile_detail::located_message(name, text, offset, message);
    }
};

} // namespace factrec
