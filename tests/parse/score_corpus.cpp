// Scores the scanner against hand-written gold: the sentences of tests/parse/corpus, and the
// figures of the seed articles (../shared/seeds). Prints precision, recall and F1 for the value
// alone, the value with its direction, and the value with its unit, overall and per category;
// exits 1 when a figure is below its floor or the data is missing, 2 on bad arguments.
// The rules (what counts as a correct value, which directions exist) are in corpus/README.md.
//
//   factrec_score_corpus --corpus FILE [--min-value-f1 F] [--min-direction-f1 F] [--failures]
//   factrec_score_corpus --seed-gold FILE --seeds DIR [...]
#include <factrec/parse.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace {

using factrec::exact_number;

[[noreturn]] void fail(const std::string& message, int status = 1) {
    std::cerr << "score_corpus: " << message << '\n';
    std::exit(status); // NOLINT(concurrency-mt-unsafe): the scorer runs one thread
}

// "12.5", "-38" or "100/3".
exact_number parse_gold_number(const std::string& text, const std::string& where) {
    if (auto slash = text.find('/'); slash != std::string::npos) {
        auto numerator = factrec::parse_exact_number(text.substr(0, slash));
        auto denominator = factrec::parse_exact_number(text.substr(slash + 1));
        if (!numerator || !denominator || *denominator == 0) fail(where + ": bad number '" + text + "'");
        return *numerator / *denominator;
    }
    auto value = factrec::parse_exact_number(text);
    if (!value) fail(where + ": bad number '" + text + "': " + value.error().message);
    return *value;
}

// What a figure says, reduced to what a reader would write down: a point or an interval with
// its bounds as written ("more than 90%" is 90, "about 2,500" is 2,500, "3 to 5" is 3..5).
struct nominal {
    exact_number lo, hi;
    bool unbounded_above = false;
    [[nodiscard]] bool is_point() const { return !unbounded_above && lo == hi; }
};

struct gold_figure {
    std::string text;
    std::size_t begin = 0, end = 0;
    nominal value;
    std::string unit, direction;
    bool conversion = false;
};

struct read_figure {
    std::size_t begin = 0, end = 0;
    std::string text;
    std::optional<nominal> value;
    std::string unit, direction, qualifier;
    bool conversion = false; // the reader says it converts another figure
};

struct sample {
    std::string id, category, pattern;
    std::vector<gold_figure> gold;
    std::vector<read_figure> read;
};

// Reader's qualifier, role and change direction (when the reader has them) to the corpus's
// directions: a change is up or down whatever qualifies it; the value it started from is `from`.
std::string direction_of(std::string_view qualifier, std::string_view role, std::string_view change) {
    if (role == "from") return "from";
    if (role == "change" && (change == "up" || change == "down")) return std::string(change);
    if (qualifier == "none" || qualifier == "exactly" || qualifier == "range") return "none";
    if (qualifier == "approximately") return "about";
    if (qualifier == "plus") return "at_least";
    if (qualifier == "up_to") return "at_most";
    return std::string(qualifier); // more_than, at_least, less_than, at_most, nearly, up, down
}

// The figure as written, from the interval the reader allows under exact precision.
template <class Interval>
std::optional<nominal> nominal_of(const Interval& v, std::string_view qualifier) {
    if (v.is_empty()) return std::nullopt;
    const auto& lo = v.lower();
    const auto& hi = v.upper();
    if (lo.infinite && hi.infinite) return std::nullopt;
    if (hi.infinite) return nominal{lo.value, lo.value};
    if (lo.infinite) return nominal{hi.value, hi.value};
    if (qualifier == "approximately") {
        exact_number mid = (lo.value + hi.value) / 2;
        return nominal{mid, mid};
    }
    if (qualifier == "nearly" || qualifier == "less_than" || qualifier == "at_most" || qualifier == "up_to")
        return nominal{hi.value, hi.value};
    if (qualifier == "more_than" || qualifier == "at_least" || qualifier == "plus") return nominal{lo.value, lo.value};
    return nominal{lo.value, hi.value};
}

// A reader may carry a role ("change", "from", "to"), a change's direction and a conversion
// link; read them when this reader has them, so that the scorer builds against readers before
// and after they came.
template <class Mention>
std::string direction_of(const Mention& m, std::string_view qualifier) {
    std::string role, change;
    if constexpr (requires { factrec::to_string(m.role); }) role = factrec::to_string(m.role);
    if constexpr (requires { factrec::to_string(m.direction); }) change = factrec::to_string(m.direction);
    return direction_of(qualifier, role, change);
}
template <class Mention>
bool converts_another(const Mention& m) {
    if constexpr (requires { m.converts.has_value(); }) {
        return m.converts.has_value();
    } else {
        return false;
    }
}

std::vector<read_figure> read_figures(std::string_view text) {
    factrec::scan_options options;
    options.precision.rounding = factrec::precision_policy::mode::exact;
    options.attribute_speakers = false;
    std::vector<read_figure> out;
    for (const auto& m : factrec::scan(text, options)) {
        // A year or a date is the reader saying "no quantity here".
        if (m.kind == factrec::mention_kind::year || m.kind == factrec::mention_kind::date) continue;
        read_figure r;
        r.begin = m.span.begin;
        r.end = m.span.end;
        r.text = std::string(text.substr(m.span.begin, m.span.end - m.span.begin));
        r.qualifier = std::string(factrec::to_string(m.quantity.qualifier));
        r.value = nominal_of(m.quantity.value, r.qualifier);
        r.unit = m.quantity.unit.symbol();
        r.direction = direction_of(m, r.qualifier);
        r.conversion = converts_another(m);
        out.push_back(std::move(r));
    }
    return out;
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// Units compared loosely: case, plural endings and common spellings do not matter.
std::string unit_key(std::string unit) {
    static const std::map<std::string, std::string> aliases{
        {"people", "person"},
        {"persons", "person"},
        {"pp", "%"},
        {"percent", "%"},
        {"per cent", "%"},
        {"celsius", "°c"},
        {"degc", "°c"},
        {"degf", "°f"},
        {"c", "°c"},
        {"fahrenheit", "°f"},
        {"f", "°f"},
        {"sq km", "km²"},
        {"km2", "km²"},
        {"sq mi", "mi²"},
        {"mi2", "mi²"},
        {"hr", "h"},
        {"hours", "h"},
        {"minutes", "min"},
        {"seconds", "s"},
        {"days", "d"},
        {"years", "year"},
        {"months", "month"},
        {"weeks", "week"},
        {"metres", "m"},
        {"meters", "m"},
        {"kilometres", "km"},
        {"miles", "mi"},
        {"kph", "km/h"},
        {"kmh", "km/h"},
        {"tonnes", "t"},
        {"litres", "l"},
        {"liters", "l"},
        {"feet", "ft"},
        {"foot", "ft"},
        {"inches", "in"},
        {"inch", "in"},
        {"yr", "year"},
        {"mcg", "µg"},
        {"μg", "µg"},
        {"barrels", "bbl"},
        {"gallons", "gal"},
        {"gallon", "gal"},
        {"grams", "g"},
        {"kilograms", "kg"},
        {"pounds", "lb"},
        {"lbs", "lb"},
        {"hectares", "ha"},
        {"acre", "acres"},
        {"basis points", "bp"},
        {"basis point", "bp"},
        {"bps", "bp"},
        {"1", "1"},
    };
    unit = lower(unit);
    if (auto it = aliases.find(unit); it != aliases.end()) return it->second;
    // A count: the last word, without a plural ending.
    if (auto space = unit.rfind(' '); space != std::string::npos) unit = unit.substr(space + 1);
    if (unit.size() > 3 && unit.ends_with("ies")) return unit.substr(0, unit.size() - 3) + "y";
    if (unit.size() > 3 && unit.ends_with("es") && (unit.ends_with("ches") || unit.ends_with("shes")))
        return unit.substr(0, unit.size() - 2);
    if (unit.size() > 2 && unit.ends_with('s') && !unit.ends_with("ss")) return unit.substr(0, unit.size() - 1);
    return unit;
}

bool is_currency(const std::string& unit) {
    return unit.size() == 3 && std::all_of(unit.begin(), unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

bool unit_matches(const gold_figure& g, const read_figure& r) {
    if (g.unit == "count") return r.unit != "%" && !is_currency(r.unit);
    if (is_currency(g.unit)) return r.unit == g.unit;
    return unit_key(g.unit) == unit_key(r.unit);
}

// The gold value, or the same amount in the currency's hundredth ("212p" read as 212 pence
// for £2.12) or as a fraction for a percentage ("a quarter" read as 0.25 for 25%).
bool value_matches(const gold_figure& g, const read_figure& r) {
    if (!r.value) return false;
    const nominal& got = *r.value;
    const nominal& want = g.value;
    if (want.is_point()) {
        if (!got.is_point()) return false;
        if (got.lo == want.lo) return true;
        if (is_currency(g.unit) && !is_currency(r.unit) && got.lo == want.lo * 100) return true;
        if (g.unit == "%" && r.unit != "%" && got.lo * 100 == want.lo) return true;
        return false;
    }
    return !got.is_point() && got.lo == want.lo && got.hi == want.hi;
}

struct tally {
    std::size_t gold = 0, read = 0, value = 0, direction = 0, unit = 0;
    void operator+=(const tally& t) {
        gold += t.gold;
        read += t.read;
        value += t.value;
        direction += t.direction;
        unit += t.unit;
    }
};

struct prf {
    double precision, recall, f1;
};

prf score(std::size_t hits, std::size_t read, std::size_t gold) {
    double p = read ? static_cast<double>(hits) / static_cast<double>(read) : 1.0;
    double r = gold ? static_cast<double>(hits) / static_cast<double>(gold) : 1.0;
    return {p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0};
}

bool overlaps(std::size_t a0, std::size_t a1, std::size_t b0, std::size_t b1) { return a0 < b1 && b0 < a1; }

// Gold figures matched one to one to read figures that overlap them and pass `ok`, in order.
template <class Ok>
std::size_t matches(const sample& s, Ok ok, std::vector<int>* gold_match = nullptr) {
    std::vector<bool> used(s.read.size(), false);
    std::size_t hits = 0;
    if (gold_match) gold_match->assign(s.gold.size(), -1);
    for (std::size_t gi = 0; gi < s.gold.size(); ++gi) {
        const gold_figure& g = s.gold[gi];
        if (g.conversion) continue;
        for (std::size_t i = 0; i < s.read.size(); ++i) {
            if (used[i] || !overlaps(g.begin, g.end, s.read[i].begin, s.read[i].end) || !ok(g, s.read[i])) continue;
            used[i] = true;
            ++hits;
            if (gold_match) (*gold_match)[gi] = static_cast<int>(i);
            break;
        }
    }
    return hits;
}

// A conversion in the gold is neither wanted nor held against the reader, and neither is a
// figure the reader itself marks as a conversion.
bool left_out(const sample& s, const read_figure& r) {
    return r.conversion || std::any_of(s.gold.begin(), s.gold.end(), [&](const gold_figure& g) {
               return g.conversion && overlaps(g.begin, g.end, r.begin, r.end);
           });
}

// The figures that count, and those matched.
tally tally_of(const sample& s) {
    tally t;
    for (const auto& g : s.gold)
        if (!g.conversion) ++t.gold;
    for (const auto& r : s.read) {
        if (!left_out(s, r)) ++t.read;
    }
    t.value = matches(s, value_matches);
    t.direction = matches(s, [](const gold_figure& g, const read_figure& r) {
        return value_matches(g, r) && g.direction == r.direction;
    });
    t.unit = matches(
        s, [](const gold_figure& g, const read_figure& r) { return value_matches(g, r) && unit_matches(g, r); });
    return t;
}

std::string show(const nominal& v) {
    std::string lo = factrec::to_exact_string(v.lo);
    if (v.is_point()) return lo;
    return lo + ".." + (v.unbounded_above ? std::string() : factrec::to_exact_string(v.hi));
}

std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', '|');
    return s;
}

void print_failures(const sample& s) {
    std::vector<int> matched;
    matches(
        s, [](const gold_figure& g, const read_figure& r) { return value_matches(g, r) && g.direction == r.direction; },
        &matched);
    std::vector<bool> read_used(s.read.size(), false);
    for (int i : matched)
        if (i >= 0) read_used[static_cast<std::size_t>(i)] = true;
    for (std::size_t gi = 0; gi < s.gold.size(); ++gi) {
        const gold_figure& g = s.gold[gi];
        if (g.conversion || matched[gi] >= 0) continue;
        std::cout << "  " << s.id << " [" << s.pattern << "] gold \"" << one_line(g.text) << "\" = " << show(g.value)
                  << ' ' << g.unit << ' ' << g.direction << ":";
        bool any = false;
        for (std::size_t i = 0; i < s.read.size(); ++i) {
            const read_figure& r = s.read[i];
            if (!overlaps(g.begin, g.end, r.begin, r.end)) continue;
            read_used[i] = true;
            any = true;
            std::cout << " read \"" << one_line(r.text) << "\" = " << (r.value ? show(*r.value) : "?") << ' ' << r.unit
                      << ' ' << r.direction << (value_matches(g, r) ? " (value right)" : " (value WRONG)") << ';';
        }
        if (!any) std::cout << " missed";
        std::cout << '\n';
    }
    for (std::size_t i = 0; i < s.read.size(); ++i) {
        const read_figure& r = s.read[i];
        if (read_used[i] || left_out(s, r)) continue;
        std::cout << "  " << s.id << " [" << s.pattern << "] not a gold figure: \"" << one_line(r.text)
                  << "\" = " << (r.value ? show(*r.value) : "?") << ' ' << r.unit << ' ' << r.direction << '\n';
    }
}

gold_figure gold_from_json(const nlohmann::json& j, const std::string& where) {
    gold_figure g;
    g.text = j.at("text").get<std::string>();
    if (j.contains("value")) {
        exact_number v = parse_gold_number(j.at("value").get<std::string>(), where);
        g.value = {v, v};
    } else {
        g.value = {parse_gold_number(j.at("lo").get<std::string>(), where),
                   parse_gold_number(j.at("hi").get<std::string>(), where)};
    }
    g.unit = j.at("unit").get<std::string>();
    g.direction = j.at("direction").get<std::string>();
    static const std::vector<std::string> directions{"none",    "about",  "more_than", "at_least", "less_than",
                                                     "at_most", "nearly", "up",        "down",     "from"};
    if (std::find(directions.begin(), directions.end(), g.direction) == directions.end())
        fail(where + ": unknown direction '" + g.direction + "'");
    g.conversion = j.value("conversion", false);
    return g;
}

bool is_word_byte(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The gold text's place: the first whole-word occurrence after the previous gold figure.
std::size_t locate(std::string_view text, std::string_view figure, std::size_t from) {
    for (std::size_t at = text.find(figure, from); at != std::string_view::npos; at = text.find(figure, at + 1)) {
        bool starts = at == 0 || !is_word_byte(text[at - 1]) || !is_word_byte(figure.front());
        std::size_t after = at + figure.size();
        bool ends = after == text.size() || !is_word_byte(text[after]) || !is_word_byte(figure.back());
        if (starts && ends) return at;
    }
    return std::string_view::npos;
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Calls `record(json, where)` for each line of a JSON Lines file; a line that is no JSON object
// with the fields asked for stops the run with its file and line.
template <class Record>
void for_each_record(const std::filesystem::path& path, const std::string& what, Record record) {
    std::ifstream in(path);
    if (!in) fail("cannot read the " + what + " " + path.string());
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        if (line.empty()) continue;
        std::string where = path.filename().string() + ":" + std::to_string(number);
        try {
            record(nlohmann::json::parse(line), where);
        } catch (const nlohmann::json::exception& e) {
            fail(where + ": " + e.what());
        }
    }
}

std::vector<sample> load_corpus(const std::filesystem::path& path) {
    std::vector<sample> samples;
    for_each_record(path, "corpus", [&](const nlohmann::json& j, const std::string& where) {
        sample s;
        s.id = j.at("id").get<std::string>();
        s.category = j.at("category").get<std::string>();
        s.pattern = j.at("pattern").get<std::string>();
        std::string text = j.at("text").get<std::string>();
        std::size_t from = 0;
        for (const auto& jg : j.at("gold")) {
            gold_figure g = gold_from_json(jg, where);
            std::size_t at = locate(text, g.text, from);
            if (at == std::string::npos)
                fail(where + ": \"" + g.text + "\" is not in the sentence after its predecessor");
            g.begin = at;
            g.end = at + g.text.size();
            from = g.end;
            s.gold.push_back(std::move(g));
        }
        s.read = read_figures(text);
        samples.push_back(std::move(s));
    });
    if (samples.empty()) fail("the corpus " + path.string() + " is empty");
    return samples;
}

// Seed gold names the article and the figure's bytes; each article is one sample.
std::vector<sample> load_seed_gold(const std::filesystem::path& gold_path, const std::filesystem::path& seeds) {
    if (!std::filesystem::is_directory(seeds))
        fail("the seed articles are missing: " + seeds.string() + " is not a directory (link ../shared)");
    std::map<std::string, sample> by_file;
    std::map<std::string, std::string> texts;
    for_each_record(gold_path, "seed gold", [&](const nlohmann::json& j, const std::string& where) {
        std::string file = j.at("file").get<std::string>();
        if (!texts.count(file)) texts[file] = read_file(seeds / file);
        const std::string& text = texts[file];
        gold_figure g = gold_from_json(j, where);
        g.begin = j.at("start").get<std::size_t>();
        g.end = j.at("end").get<std::size_t>();
        if (g.end > text.size() || g.begin >= g.end || text.compare(g.begin, g.end - g.begin, g.text) != 0)
            fail(where + ": bytes " + std::to_string(g.begin) + "-" + std::to_string(g.end) + " of " + file +
                 " are not \"" + g.text + "\": the seed article changed");
        sample& s = by_file[file];
        s.id = file;
        s.category = file.substr(0, 3);
        s.pattern = "seed";
        s.gold.push_back(std::move(g));
    });
    std::vector<sample> samples;
    for (auto& [file, s] : by_file) {
        s.read = read_figures(texts[file]);
        samples.push_back(std::move(s));
    }
    if (samples.empty()) fail("the seed gold " + gold_path.string() + " is empty");
    return samples;
}

void print_row(const std::string& name, const tally& t) {
    prf v = score(t.value, t.read, t.gold), d = score(t.direction, t.read, t.gold), u = score(t.unit, t.read, t.gold);
    char row[256];
    std::snprintf(row, sizeof row, "%-14s %5zu %5zu   %.3f %.3f %.3f   %.3f %.3f %.3f   %.3f\n", name.c_str(), t.gold,
                  t.read, v.precision, v.recall, v.f1, d.precision, d.recall, d.f1, u.f1);
    std::cout << row;
}

void print_table(const char* title, const std::map<std::string, tally>& rows) {
    std::cout << title << "\n                gold  read   value P     R     F1    +direction P R   F1     +unit F1\n";
    for (const auto& [name, t] : rows) print_row(name, t);
}

} // namespace

int main(int argc, char** argv) {
    std::optional<std::filesystem::path> corpus, seed_gold, seeds;
    double min_value = 0, min_direction = 0;
    bool failures = false;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) fail(std::string(arg) + " needs a value", 2);
            return argv[++i];
        };
        auto fraction = [&](const std::string& text) {
            char* end = nullptr;
            double x = std::strtod(text.c_str(), &end);
            if (end == text.c_str() || *end != '\0' || x < 0 || x > 1)
                fail(std::string(arg) + " takes a number in [0, 1], not '" + text + "'", 2);
            return x;
        };
        if (arg == "--corpus") {
            corpus = next();
        } else if (arg == "--seed-gold") {
            seed_gold = next();
        } else if (arg == "--seeds") {
            seeds = next();
        } else if (arg == "--min-value-f1") {
            min_value = fraction(next());
        } else if (arg == "--min-direction-f1") {
            min_direction = fraction(next());
        } else if (arg == "--failures") {
            failures = true;
        } else {
            fail("unknown argument '" + std::string(arg) + "'", 2);
        }
    }
    if (corpus.has_value() == seed_gold.has_value()) fail("give either --corpus or --seed-gold with --seeds", 2);
    if (seed_gold && !seeds) fail("--seed-gold needs --seeds DIR", 2);

    std::vector<sample> samples = corpus ? load_corpus(*corpus) : load_seed_gold(*seed_gold, *seeds);

    tally overall;
    std::map<std::string, tally> by_category, by_pattern;
    for (const auto& s : samples) {
        tally t = tally_of(s);
        overall += t;
        by_category[s.category] += t;
        by_pattern[s.pattern] += t;
    }
    std::size_t conversions = 0;
    for (const auto& s : samples)
        for (const auto& g : s.gold) conversions += g.conversion;
    std::cout << (corpus ? "corpus " + corpus->filename().string() : "seed articles in " + seeds->string()) << ": "
              << samples.size() << (corpus ? " sentences, " : " articles, ") << overall.gold << " gold figures ("
              << conversions << " conversions not scored), " << overall.read << " read\n\n";
    print_table("by category", by_category);
    if (corpus) {
        std::cout << '\n';
        print_table("by pattern", by_pattern);
    }
    std::cout << '\n';
    print_row("overall", overall);

    if (failures) {
        std::cout << "\nfailures (value with direction):\n";
        for (const auto& s : samples) print_failures(s);
    }

    prf v = score(overall.value, overall.read, overall.gold), d = score(overall.direction, overall.read, overall.gold);
    std::printf("\nvalue F1 %.3f (floor %.3f), value+direction F1 %.3f (floor %.3f)\n", v.f1, min_value, d.f1,
                min_direction);
    if (v.f1 < min_value || d.f1 < min_direction) {
        std::cout << "below the floor\n";
        return 1;
    }
    return 0;
}
