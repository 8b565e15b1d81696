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

// How "up to X" is read for a fact: a bound ("at most X") or the figure itself ("the
// announced ceiling is X", read with the precision policy like any other figure).
enum class up_to_reading { at_most, ceiling };

// How a fact moves over time: timeless (one value for the whole story), a running total that
// never goes down (a death toll), or a value that may move either way (seats during a count).
enum class series_kind { timeless, cumulative, changing };

inline const char* to_string(series_kind k) {
    return k == series_kind::cumulative ? "cumulative" : k == series_kind::changing ? "changing" : "timeless";
}
// A cue as written in the facts file, and which of the fact's phrases it expands to: a cue none
// of whose phrases occurs in any article is reported (a typo, or words the outlets did not use).
struct declared_cue {
    std::string written;
    std::size_t offset = 0; // of the quoted cue
    std::size_t first_phrase = 0;
    std::size_t phrases = 0;
};

struct fact_declaration {
    std::string id;
    std::string label;
    factrec::unit unit = factrec::unit::plain();
    bool whole = false;
    bool is_signed = false;
    // Its values are changes ("rose 4.2%", "down $3 million"), signed by their direction; only
    // such a fact takes a change, and it takes nothing else.
    bool changes = false;
    std::vector<std::string> cues; // lower case, alternatives expanded
    up_to_reading up_to = up_to_reading::at_most;
    std::size_t offset = 0;
    series_kind series = series_kind::timeless; // `cumulative` or `changing`: one value per date
    // --- binding scope (issue 13) ---
    std::vector<declared_cue> declared_cues;
    std::vector<std::string> excluded_words; // `not "2019", "in Wales"`: a clause with these is not about the fact
    std::vector<std::string> only_sources;   // `in "Reuters", "AP"`: only articles from these sources
    std::size_t only_sources_offset = 0;
    // --- end binding scope ---
};

struct relation_declaration {
    std::string id;
    std::string expression;
    std::optional<exact_number> weight; // soft when set
    std::size_t offset = 0;             // of the expression, in the facts file
};

struct trust_declaration {
    std::string name;
    exact_number trust{1};
    std::size_t offset = 0;
    std::size_t name_offset = 0; // of the quoted name, for messages about a name no article has
};

// A figure that cues cannot place: the quote must occur in the named article.
struct pinned_claim {
    std::string fact;
    std::string source;
    std::string quote;
    std::size_t offset = 0;
    std::size_t source_offset = 0; // of the quoted source name
};

struct facts_file {
    std::string name; // for messages
    std::string text;
    std::vector<fact_declaration> facts;
    std::vector<relation_declaration> relations;
    std::vector<trust_declaration> sources;
    std::vector<trust_declaration> speakers;
    std::vector<pinned_claim> pins;
    precision_policy precision{};

    [[nodiscard]] const fact_declaration* find_fact(std::string_view id) const {
        for (const auto& f : facts)
            if (f.id == id) return &f;
        return nullptr;
    }
    // "file:line:column: message" for a byte offset in this file.
    [[nodiscard]] std::string where(std::size_t offset, std::string_view message) const {
        return reconcile_detail::located_message(name, text, offset, message);
    }
};

} // namespace factrec
