// factrec suggest [-o FILE] [--max-input-size SIZE] ARTICLE...
// Drafts a facts file from the articles alone (issue 17): the figures two or more articles
// report, as facts with cues; relations the sentences state; one source line per outlet.
#pragma once

#include <factrec/reconcile/article.hpp>
#include <factrec/suggest.hpp>

#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "cli_support.hpp"

namespace factrec_cli {

// The articles named on the command line, read under the input policy; nullopt and a message
// in `problem` when one cannot be used.
inline std::optional<std::vector<factrec::article>>
read_articles(const std::vector<std::string>& paths, const factrec::input_limits& limits, std::string& problem) {
    std::vector<factrec::article> articles;
    for (const auto& path : paths) {
        auto text = read_input(path, limits, problem);
        if (!text) return std::nullopt;
        auto article = factrec::read_article(path, std::move(*text));
        if (!article) {
            problem = article.error().message;
            return std::nullopt;
        }
        articles.push_back(std::move(*article));
    }
    return articles;
}

inline int run_suggest_command(int argc, char** argv) {
    CLI::App app{"Drafts a facts file from the articles alone: the figures that two or more articles report,\n"
                 "as facts with cues that bind them; relations their sentences state; one source per outlet.\n"
                 "The draft is valid input for 'factrec reconcile --facts' and commented for editing.",
                 "factrec suggest"};
    common_options common;
    std::vector<std::string> article_paths;
    add_common_options(app, common);
    app.add_option("articles", article_paths, "the articles ('-': standard input)")->required()->type_name("ARTICLE");
    if (auto status = parse_command_line(app, common, argc, argv)) return *status;
    auto fail = [](const std::string& message) {
        std::cerr << "factrec suggest: " << message << "\n";
        return 2;
    };
    if (std::count(article_paths.begin(), article_paths.end(), std::string("-")) > 1)
        return fail("standard input ('-') can be read only once");
    if (auto clash = output_overwrites_input(common.output, article_paths)) return fail(*clash);
    std::string problem;
    auto articles = read_articles(article_paths, common.limits, problem);
    if (!articles) return fail(problem);
    auto drafted = factrec::suggest_facts(*articles);
    if (!drafted) return fail(drafted.error().message);
    output_target target;
    if (!target.open(common.output, problem)) return fail(problem);
    target.stream() << drafted->text;
    if (!target.commit(problem)) return fail(problem);
    return 0;
}

} // namespace factrec_cli
