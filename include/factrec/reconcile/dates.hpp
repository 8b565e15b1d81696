#pragma once
// Dates of articles and the date and day phrases of their sentences ("on Thursday", "as of
// Sept. 19", "yesterday"), resolved against the article's date. Plain text work: no Spirit.

#include <factrec/core/claim.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factrec {

// A calendar date that may be known only to its month or year: month and day are 0 when not known.
struct calendar_date {
    int year = 0;
    int month = 0;
    int day = 0;

    [[nodiscard]] bool has_day() const noexcept { return month != 0 && day != 0; }
    friend auto operator<=>(const calendar_date&, const calendar_date&) = default;
};

// "2025-04-03", "2025-04" or "2025".
inline std::string to_string(const calendar_date& d) {
    auto padded = [](int value, std::size_t width) {
        std::string digits = std::to_string(value);
        return std::string(width > digits.size() ? width - digits.size() : 0, '0') + digits;
    };
    std::string out = padded(d.year, 4);
    if (d.month) out += "-" + padded(d.month, 2);
    if (d.month && d.day) out += "-" + padded(d.day, 2);
    return out;
}

namespace detail {

inline bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

inline int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap_year(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
inline long days_from_civil(int year, int month, int day) {
    year -= month <= 2;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long year_of_era = year - era * 400;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

inline calendar_date civil_from_days(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long day_of_era = days - era * 146097;
    const long year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const long day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const long mp = (5 * day_of_year + 2) / 153;
    const int day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(year_of_era + era * 400 + (month <= 2)), month, day};
}

inline long days_of(const calendar_date& d) { return days_from_civil(d.year, d.month, d.day); }

// 0 for Sunday through 6 for Saturday.
inline int weekday_of(const calendar_date& d) {
    // 1970-01-01 was a Thursday.
    return static_cast<int>(((days_of(d) + 4) % 7 + 7) % 7);
}

inline bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace detail

// An article's `date:` value: YYYY-MM-DD, YYYY-MM or YYYY (years 1000-9999); none when it is
// none of these or names no real day.
inline std::optional<calendar_date> parse_article_date(std::string_view text) {
    calendar_date d;
    if (text.size() < 4 || !detail::all_digits(text.substr(0, 4))) return std::nullopt;
    d.year = std::stoi(std::string(text.substr(0, 4)));
    if (d.year < 1000) return std::nullopt;
    if (text.size() == 4) return d;
    if (text.size() < 7 || text[4] != '-' || !detail::all_digits(text.substr(5, 2))) return std::nullopt;
    d.month = std::stoi(std::string(text.substr(5, 2)));
    if (d.month < 1 || d.month > 12) return std::nullopt;
    if (text.size() == 7) return d;
    if (text.size() != 10 || text[7] != '-' || !detail::all_digits(text.substr(8, 2))) return std::nullopt;
    d.day = std::stoi(std::string(text.substr(8, 2)));
    if (d.day < 1 || d.day > detail::days_in_month(d.year, d.month)) return std::nullopt;
    return d;
}

// A date or day phrase of a sentence. `day` is the day it names, resolved against the
// article's date; none when it names no day ("last week", "recently") or when the article's
// date does not say enough to resolve it (a weekday in an article dated only to its month).
struct date_phrase {
    byte_span span; // in the text searched
    std::string words;
    bool names_day = true;
    std::optional<calendar_date> day;
};

namespace detail {

struct phrase_word {
    std::size_t begin = 0, end = 0;
    std::string lower;
    bool capital = false;
};

inline std::vector<phrase_word> words_of(std::string_view text) {
    std::vector<phrase_word> words;
    for (std::size_t i = 0; i < text.size();) {
        auto c = static_cast<unsigned char>(text[i]);
        if (!std::isalnum(c)) {
            ++i;
            continue;
        }
        phrase_word w;
        w.begin = i;
        w.capital = std::isupper(c) != 0;
        while (i < text.size() && std::isalnum(static_cast<unsigned char>(text[i])))
            w.lower += static_cast<char>(std::tolower(static_cast<unsigned char>(text[i++])));
        w.end = i;
        words.push_back(std::move(w));
    }
    return words;
}

inline int weekday_named(std::string_view w) {
    static constexpr std::array<std::string_view, 7> names = {"sunday",   "monday", "tuesday", "wednesday",
                                                              "thursday", "friday", "saturday"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (w == names[i]) return static_cast<int>(i);
    return -1;
}

inline int month_named(std::string_view w) {
    static constexpr std::array<std::string_view, 12> names = {"january",   "february", "march",    "april",
                                                               "may",       "june",     "july",     "august",
                                                               "september", "october",  "november", "december"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (w == names[i] || (w.size() >= 3 && w.size() <= 4 && names[i].starts_with(w)))
            return static_cast<int>(i) + 1;
    return 0;
}

// "12", "12th", "1st": a day of a month, or 0.
inline int day_number(std::string_view w) {
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 2) return 0;
    std::string_view suffix = w.substr(digits);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    int day = std::stoi(std::string(w.substr(0, digits)));
    return day >= 1 && day <= 31 ? day : 0;
}

inline int year_number(std::string_view w) {
    if (w.size() != 4 || !all_digits(w)) return 0;
    int year = std::stoi(std::string(w));
    return year >= 1000 ? year : 0;
}

inline bool is_any(std::string_view w, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), w) != options.end();
}

// A month and day without a year take the article's year, or the year before when that would
// put the day after the article (a January article speaking of "30 December").
inline std::optional<calendar_date> with_year(int month, int day, int year,
                                              const std::optional<calendar_date>& article) {
    if (!year) {
        if (!article) return std::nullopt;
        year = article->year;
        if (article->month &&
            (month > article->month || (month == article->month && article->day && day > article->day)))
            --year;
    }
    if (day > days_in_month(year, month)) return std::nullopt;
    return calendar_date{year, month, day};
}

} // namespace detail

// Every date or day phrase of `text`, in order. A weekday is the latest such day on or before
// the article's date ("last Thursday": strictly before); "yesterday" the day before it.
// Month and weekday names count only when capitalised, as news copy writes them ("may" and
// "march" are verbs too). A phrase after "since" names when a count started, not the day it
// counts to, and is left out.
inline std::vector<date_phrase> find_date_phrases(std::string_view text, const std::optional<calendar_date>& article) {
    using detail::is_any;
    std::vector<date_phrase> found;
    const auto words = detail::words_of(text);
    const bool article_day = article && article->has_day();
    auto add = [&](std::size_t first, std::size_t last, bool names_day, std::optional<calendar_date> day) {
        if (first > 0 && is_any(words[first - 1].lower, {"since", "from"})) return;
        if (first > 0 && is_any(words[first - 1].lower, {"on", "by", "until", "through"}))
            --first;
        else if (first > 1 && words[first - 1].lower == "of" && words[first - 2].lower == "as")
            first -= 2;
        const std::size_t begin = words[first].begin, end = words[last].end;
        found.push_back({{begin, end}, std::string(text.substr(begin, end - begin)), names_day, day});
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        if (w == "yesterday" || w == "today" || w == "tonight") {
            std::optional<calendar_date> day;
            if (article_day) day = w == "yesterday" ? detail::civil_from_days(detail::days_of(*article) - 1) : *article;
            add(i, i, true, day);
        } else if (w == "recently" ||
                   ((w == "week" || w == "month") && i > 0 && is_any(words[i - 1].lower, {"last", "this", "past"}))) {
            add(w == "recently" ? i : i - 1, i, false, std::nullopt);
        } else if (int weekday = detail::weekday_named(w); weekday >= 0 && words[i].capital) {
            bool strictly_before = i > 0 && words[i - 1].lower == "last";
            std::optional<calendar_date> day;
            if (article_day) {
                int back = (detail::weekday_of(*article) - weekday + 7) % 7;
                if (strictly_before && back == 0) back = 7;
                day = detail::civil_from_days(detail::days_of(*article) - back);
            }
            std::size_t last = i;
            if (i + 1 < words.size() && is_any(words[i + 1].lower, {"morning", "afternoon", "evening", "night"}))
                ++last;
            add(strictly_before ? i - 1 : i, last, true, day);
            i = last;
        } else if (int month = detail::month_named(w); month && words[i].capital && i + 1 < words.size()) {
            // "Sept. 19", "September 19, 2023"
            int day = detail::day_number(words[i + 1].lower);
            if (!day) continue;
            std::size_t last = i + 1;
            int year = last + 1 < words.size() ? detail::year_number(words[last + 1].lower) : 0;
            if (year) ++last;
            add(i, last, true, detail::with_year(month, day, year, article));
            i = last;
        } else if (int day = detail::day_number(w); day && i + 1 < words.size()) {
            // "12 September", "12th of September 2023"
            std::size_t at = i + 1;
            if (words[at].lower == "of" && at + 1 < words.size()) ++at;
            int month = detail::month_named(words[at].lower);
            if (!month || !words[at].capital) continue;
            // "1,500 May" is not a date; a day stands alone, not after a thousands separator
            if (words[i].begin > 0 && (text[words[i].begin - 1] == ',' || text[words[i].begin - 1] == '.')) continue;
            std::size_t last = at;
            int year = last + 1 < words.size() ? detail::year_number(words[last + 1].lower) : 0;
            if (year) ++last;
            add(i, last, true, detail::with_year(month, day, year, article));
            i = last;
        }
    }
    return found;
}

} // namespace factrec
