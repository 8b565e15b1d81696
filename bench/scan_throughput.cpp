// Throughput of factrec::scan over generated news-like English (deterministic, >= 20 MB), and
// over articles given on the command line, repeated to the same size.
//
//   factrec_bench_scan_throughput [MEGABYTES] [ARTICLE...]
#include <factrec/parse.hpp>

#include <algorithm>
#include <array>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>

namespace {

// A small linear congruential generator: the same text on every machine.
struct generator {
    std::uint64_t state = 0x9E3779B97F4A7C15ull;
    std::size_t next(std::size_t bound) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<std::size_t>((state >> 33) % bound);
    }
};

// Two styles of the same text. The short sentences (about 90 bytes) are this benchmark's
// first text. Real reporting writes sentences twice as long around the same figures: the five
// seed articles average about 180 bytes a sentence, with figures in two sentences of five and
// one mention per 314 bytes. The news-length sentences say the same things at that length.
struct sentence_style {
    const char* name;
    std::array<std::string_view, 12> plain;
    std::array<std::string_view, 12> with_figures;
};

constexpr sentence_style news_length{
    "generated text, news-length sentences",
    {
        "The two governments spent the afternoon discussing supply chains and the shape of future cooperation, and "
        "aides "
        "described the closed session as businesslike but unusually candid.",
        "Officials familiar with the talks described the mood as cordial, though several questions about financing, "
        "oversight and the pace of new construction remained open at the end of the day.",
        "Analysts cautioned that the framework leaves many details to be settled in later negotiations, and that much "
        "will depend on how private companies respond to the incentives on offer.",
        "The leaders toured a naval base before returning to the capital for a working dinner with executives from the "
        "shipbuilding, energy and semiconductor industries.",
        "Critics argued that the announcement repackaged commitments that had been made earlier in the year, and "
        "opposition lawmakers demanded a full accounting of the costs involved.",
        "Markets reacted calmly to the news, with most traders waiting for the central bank's next statement before "
        "taking positions on the currency or on government bonds.",
        "The agreement covers the mining, separation and processing of critical minerals and rare earths, areas where "
        "both countries have long worried about depending on a single supplier.",
        "Both sides said they would coordinate investment and consider a shared stockpile of strategic materials, "
        "although neither offered a timetable for when such a stockpile might exist.",
        "Several companies said they were studying the list of projects released by the two governments, and industry "
        "groups asked for clearer rules on who would own the new facilities.",
        "A spokesperson declined to comment on the timing of the next round of talks, saying only that working-level "
        "contacts would continue through the usual diplomatic channels.",
        "The visit was the first by a sitting president in several years, and it drew large crowds along the route "
        "from "
        "the airport as well as a small group of protesters outside the hotel.",
        "Residents lined the streets as the motorcade passed through the old district near the palace, where shops had "
        "closed early and police had blocked traffic since the morning.",
    },
    {
        "The administration said Japanese companies had already committed $490 billion of a $550 billion investment "
        "pledge, a figure that officials in Tokyo were careful not to confirm.",
        "China processes more than 90% of the world's rare earths, while the United States mines around 12%, a gap "
        "that "
        "the new agreement is meant to narrow over the coming decade.",
        "Japan will buy some 400 Tomahawk missiles in a deal valued at $1.6 billion, officials said, as part of a "
        "broader "
        "push to strengthen its defences against missile threats in the region.",
        "There are 50,000 U.S. troops stationed in the country, according to the ministry, and the cost of hosting "
        "them "
        "has long been a sore point in talks between the allies.",
        "The deposit holds an estimated 160 million to 230 million tons of ore at 18,000 feet below the seabed, "
        "according "
        "to a survey that geologists say still needs to be confirmed by drilling.",
        "Japan says 17 citizens were abducted by agents in the decades after the war, five of whom returned in 2002, "
        "and "
        "the families of the others continue to press for answers.",
        "Up to $332 billion will go to energy infrastructure, and up to $25 billion to grid equipment, under the plan "
        "published by the commerce department late on Tuesday evening.",
        "Within 13 years, reliance on imports fell from 90% to 60%, the report said, although the authors warned that "
        "the "
        "decline had slowed and could reverse if prices dropped sharply.",
        "She plans to raise defence spending to two percent of GDP by 2027, a goal that her party has endorsed but "
        "that "
        "will require difficult choices about taxes and borrowing.",
        "The city will plant 250 cherry trees in 2026 to mark the anniversary of the friendship treaty, and local "
        "schools "
        "have been invited to help choose where they will stand.",
        "Ports will get $600 million and a new smelter $2 billion, per the fact sheet, while the remaining money is to "
        "be "
        "spread across projects that have yet to be named.",
        "Talks resumed on October 28, 2025, after a six-month pause, and negotiators on both sides said they hoped to "
        "finish a first draft of the text before the end of the year.",
    },
};

constexpr sentence_style short_sentences{
    "generated text, short sentences",
    {
        "The two governments spent the afternoon discussing supply chains and the shape of future cooperation.",
        "Officials familiar with the talks described the mood as cordial, though several questions remained open.",
        "Analysts cautioned that the framework leaves many details to be settled in later negotiations.",
        "The leaders toured a naval base before returning to the capital for a working dinner with executives.",
        "Critics argued that the announcement repackaged commitments that had been made earlier in the year.",
        "Markets reacted calmly, with most traders waiting for the central bank's next statement.",
        "The agreement covers mining, separation and processing of critical minerals and rare earths.",
        "Both sides said they would coordinate investment and consider a shared stockpile of strategic materials.",
        "Several companies said they were studying the list of projects released by the two governments.",
        "A spokesperson declined to comment on the timing of the next round of talks.",
        "The visit was the first by a sitting president in several years, and it drew large crowds.",
        "Residents lined the streets as the motorcade passed through the old district near the palace.",
    },
    {
        "The administration said companies had committed $490 billion of a $550 billion pledge.",
        "China processes more than 90% of the world's rare earths, while the United States mines around 12%.",
        "Japan will buy some 400 Tomahawk missiles in a deal valued at $1.6 billion, officials said.",
        "There are 50,000 U.S. troops stationed in the country, according to the ministry.",
        "The deposit holds an estimated 160 million to 230 million tons of ore at 18,000 feet.",
        "Japan says 17 citizens were abducted, five of whom returned in 2002.",
        "Up to $332 billion will go to energy infrastructure, and up to $25 billion to grid equipment.",
        "Within 13 years, reliance on imports fell from 90% to 60%, the report said.",
        "She plans to raise defence spending to two percent of GDP by 2027.",
        "The city will plant 250 cherry trees in 2026 to mark the anniversary.",
        "Ports will get $600 million and a new smelter $2 billion, per the fact sheet.",
        "Talks resumed on October 28, 2025, after a six-month pause.",
    },
};

std::string generate(const sentence_style& style, std::size_t bytes) {
    generator g;
    std::string text;
    text.reserve(bytes + 512);
    std::size_t in_paragraph = 0;
    while (text.size() < bytes) {
        // One sentence in four is drawn from those with figures; with the two plain sentences
        // that count "the two governments", figures stand in three sentences of eight.
        text += g.next(4) == 0 ? style.with_figures[g.next(style.with_figures.size())]
                               : style.plain[g.next(style.plain.size())];
        text += ++in_paragraph % 5 == 0 ? "\n\n" : " ";
    }
    return text;
}

// Best of three runs, into a new result each time (as one call to scan(text) does) and into
// one result kept across calls (as a caller scanning document after document would); by the
// wall clock, and by the processor time the program used, which on a shared machine leaves out
// the time other programs had the processor.
struct rate {
    double wall = 0;
    double processor = 0;
};
struct throughput {
    std::size_t mentions = 0;
    rate into_new;
    rate into_kept;
};

throughput measure(const std::string& text) {
    auto megabytes_per_second = [&](auto&& scan_once) {
        rate best;
        for (int round = 0; round < 3; ++round) {
            const auto start = std::chrono::steady_clock::now();
            const std::clock_t processor_start = std::clock();
            scan_once();
            const double processor =
                static_cast<double>(std::clock() - processor_start) / static_cast<double>(CLOCKS_PER_SEC);
            const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            const double megabytes = static_cast<double>(text.size()) / 1e6;
            best.wall = std::max(best.wall, megabytes / seconds);
            best.processor = std::max(best.processor, megabytes / std::max(processor, 1e-6));
        }
        return best;
    };
    throughput t;
    t.into_new = megabytes_per_second([&] { t.mentions = factrec::scan(text).size(); });
    factrec::scan_result kept;
    t.into_kept = megabytes_per_second([&] { factrec::scan(text, kept); });
    if (kept.size() != t.mentions) {
        std::fprintf(stderr, "scan into a kept result found %zu mentions, a new one %zu\n", kept.size(), t.mentions);
        std::exit(1);
    }
    return t;
}

void print(const char* what, const std::string& text, const throughput& t) {
    std::printf("scan, %s: %.1f MB, %zu mentions (one per %.0f bytes), best of 3: %.1f MB/s into a new result, %.1f "
                "MB/s into a kept one (of processor time: %.1f and %.1f MB/s)\n",
                what, static_cast<double>(text.size()) / 1e6, t.mentions,
                t.mentions != 0 ? static_cast<double>(text.size()) / static_cast<double>(t.mentions) : 0.0,
                t.into_new.wall, t.into_kept.wall, t.into_new.processor, t.into_kept.processor);
}

} // namespace

int main(int argc, char** argv) {
    std::size_t megabytes = 24;
    if (argc > 1) {
        const std::string_view given = argv[1];
        const auto [end, error] = std::from_chars(given.data(), given.data() + given.size(), megabytes);
        if (error != std::errc{} || end != given.data() + given.size() || megabytes == 0 || megabytes > 4000) {
            std::fprintf(stderr,
                         "usage: %s [MEGABYTES [ARTICLE...]]: MEGABYTES is a whole number from 1 to 4000, not '%s'\n",
                         argv[0], argv[1]);
            return 2;
        }
    }
    const std::size_t bytes = megabytes * 1000 * 1000;
    for (const sentence_style* style : {&news_length, &short_sentences}) {
        std::string text = generate(*style, bytes);
        print(style->name, text, measure(text));
    }
    if (argc <= 2) return 0;
    // Real articles, one after another as a paragraph each, repeated: their own mix of figures,
    // quotations and long sentences, at their own density.
    std::string articles;
    for (int i = 2; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::fprintf(stderr, "cannot read %s\n", argv[i]);
            return 1;
        }
        articles.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        articles += "\n\n";
    }
    if (articles.size() <= 2 * static_cast<std::size_t>(argc - 2)) {
        std::fprintf(stderr, "the articles given are empty\n");
        return 1;
    }
    std::string repeated;
    repeated.reserve(bytes + articles.size());
    while (repeated.size() < bytes) repeated += articles;
    char what[64];
    std::snprintf(what, sizeof what, "%d articles repeated", argc - 2);
    print(what, repeated, measure(repeated));
    return 0;
}
