#pragma once
// Dates of articles and the date and day phrases of their sentences ("on Thursday", "as of
// Sept. 19", "yesterday"), resolved against the article's date. Plain text work: no Spirit.

#include <factrec/core/claim.hpp>
#include <factrec/reconcile/detail/layer_namespace.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factrec {

/// A calendar date that may be known only to its month or year: month and day are 0 when not known.
struct calendar_date {
    int year = 0;  ///< The year of the Gregorian calendar.
    int month = 0; ///< 1 to 12; 0 when only the year is known.
    int day = 0;   ///< 1 to 31; 0 when only the year or month is known.

    /// True when the date is known to the day.
    [[nodiscard]] bool has_day() const noexcept { return month != 0 && day != 0; }
    /// Chronological order by year, then month, then day; an unknown part (0) sorts first.
    friend auto operator<=>(const calendar_date&, const calendar_date&) = default;
};

/// "2025-04-03", "2025-04" or "2025".
template <class = void>
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

namespace reconcile_detail {

inline bool leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

template <class = void>
inline int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && leap_year(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
template <class = void>
inline long days_from_civil(int year, int month, int day) {
    year -= month <= 2;
    const long era = (year >= 0 ? year : year - 399) / 400;
    const long year_of_era = year - era * 400;
    const long day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const long day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

template <class = void>
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
template <class = void>
inline int weekday_of(const calendar_date& d) {
    // 1970-01-01 was a Thursday.
    return static_cast<int>(((days_of(d) + 4) % 7 + 7) % 7);
}

template <class = void>
inline bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace reconcile_detail

/// An article's `date:` value: YYYY-MM-DD, YYYY-MM or YYYY (years 1000-9999); none when it is
/// none of these or names no real day.
template <class = void>
inline std::optional<calendar_date> parse_article_date(std::string_view text) {
    calendar_date d;
    if (text.size() < 4 || !reconcile_detail::all_digits(text.substr(0, 4))) return std::nullopt;
    d.year = std::stoi(std::string(text.substr(0, 4)));
    if (d.year < 1000) return std::nullopt;
    if (text.size() == 4) return d;
    if (text.size() < 7 || text[4] != '-' || !reconcile_detail::all_digits(text.substr(5, 2))) return std::nullopt;
    d.month = std::stoi(std::string(text.substr(5, 2)));
    if (d.month < 1 || d.month > 12) return std::nullopt;
    if (text.size() == 7) return d;
    if (text.size() != 10 || text[7] != '-' || !reconcile_detail::all_digits(text.substr(8, 2))) return std::nullopt;
    d.day = std::stoi(std::string(text.substr(8, 2)));
    if (d.day < 1 || d.day > reconcile_detail::days_in_month(d.year, d.month)) return std::nullopt;
    return d;
}

/// A date or day phrase of a sentence. `day` is the day it names, resolved against the
/// article's date; none when it names no day ("last week", "recently") or when the article's
/// date does not say enough to resolve it (a weekday in an article dated only to its month).
struct date_phrase {
    byte_span span;                   ///< In the text searched.
    std::string words;                ///< The phrase's words, as written.
    bool names_day = true;            ///< False for a phrase that names no single day ("last week").
    std::optional<calendar_date> day; ///< The day it names, when it could be resolved.
    /// A month or a year alone ("in February", "in 2025"): it names no day, and a claim it dates
    /// is undated rather than put on its article's day.
    bool month_or_year = false;
};

namespace reconcile_detail {

struct phrase_word {
    std::size_t begin = 0, end = 0;
    std::string lower;
    bool capital = false;
};

template <class = void>
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

template <class = void>
inline int weekday_named(std::string_view w) {
    static constexpr std::array<std::string_view, 7> names = {"sunday",   "monday", "tuesday", "wednesday",
                                                              "thursday", "friday", "saturday"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (w == names[i]) return static_cast<int>(i);
    return -1;
}

template <class = void>
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
template <class = void>
inline int day_number(std::string_view w) {
    std::size_t digits = 0;
    while (digits < w.size() && w[digits] >= '0' && w[digits] <= '9') ++digits;
    if (digits == 0 || digits > 2) return 0;
    std::string_view suffix = w.substr(digits);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return 0;
    int day = std::stoi(std::string(w.substr(0, digits)));
    return day >= 1 && day <= 31 ? day : 0;
}

template <class = void>
inline int year_number(std::string_view w) {
    if (w.size() != 4 || !all_digits(w)) return 0;
    int year = std::stoi(std::string(w));
    return year >= 1000 ? year : 0;
}

template <class = void>
inline bool is_any(std::string_view w, std::initializer_list<std::string_view> options) {
    return std::find(options.begin(), options.end(), w) != options.end();
}

// A month and day without a year take the article's year, or the year before when that would
// put the day after the article (a January article speaking of "30 December").
template <class = void>
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

} // namespace reconcile_detail

namespace reconcile_detail {

// "Tues.", "Thurs.", "Wed.": a weekday's abbreviation, only with its full stop ("Sun" and "Sat"
// alone are words).
template <class = void>
inline int weekday_abbreviated(std::string_view w, std::string_view text, std::size_t end) {
    static constexpr std::array<std::array<std::string_view, 3>, 7> short_names = {{{"sun", "", ""},
                                                                                    {"mon", "", ""},
                                                                                    {"tue", "tues", ""},
                                                                                    {"wed", "weds", ""},
                                                                                    {"thu", "thur", "thurs"},
                                                                                    {"fri", "", ""},
                                                                                    {"sat", "", ""}}};
    if (end >= text.size() || text[end] != '.') return -1;
    for (std::size_t i = 0; i < short_names.size(); ++i)
        for (std::string_view n : short_names[i])
            if (!n.empty() && w == n) return static_cast<int>(i);
    return -1;
}

template <class = void>
inline int count_word(std::string_view w) {
    static constexpr std::array<std::string_view, 10> names = {"a",    "one", "two",   "three", "four",
                                                               "five", "six", "seven", "eight", "nine"};
    for (std::size_t i = 0; i < names.size(); ++i)
        if (w == names[i]) return i == 0 ? 1 : static_cast<int>(i);
    if (all_digits(w) && w.size() <= 2) return std::stoi(std::string(w));
    return 0;
}

inline calendar_date days_before(const calendar_date& d, long days) { return civil_from_days(days_of(d) - days); }

} // namespace reconcile_detail

/// Every date or day phrase of `text`, in order. A weekday is the latest such day on or before
/// the article's date ("last Thursday": strictly before; "Thursday last week": the Thursday of the
/// week, Monday to Sunday, before the article's; "next Thursday": the first after it);
/// "yesterday" the day before it, "the day before yesterday" two days before, "a week ago" seven.
/// An explicit date beats the weekday written with it ("Tuesday, March 10" is March 10). "by the end
/// of February" is February's last day; a month or year alone ("in February", "in 2025") names no
/// day the claim can be put on, and leaves it undated. Month and weekday names count only when
/// capitalised, as news copy writes them ("may" and "march" are verbs too). A phrase after
/// "since" names when a count started, not the day it counts to, and is left out.
template <class = void>
inline std::vector<date_phrase> find_date_phrases(std::string_view text, const std::optional<calendar_date>& article) {
    using reconcile_detail::is_any;
    std::vector<date_phrase> found;
    const auto words = reconcile_detail::words_of(text);
    const bool article_day = article && article->has_day();
    auto add = [&](std::size_t first, std::size_t last, bool names_day, std::optional<calendar_date> day) {
        if (first > 0 && is_any(words[first - 1].lower, {"since", "from"})) return;
        if (first > 0 && is_any(words[first - 1].lower, {"on", "by", "until", "through"}))
            --first;
        else if (first > 1 && words[first - 1].lower == "of" && words[first - 2].lower == "as")
            first -= 2;
        const std::size_t begin = words[first].begin, end = words[last].end;
        found.push_back({{begin, end}, std::string(text.substr(begin, end - begin)), names_day, day, false});
    };
    // "March 9", "March 9, 2026", "9 March", "9th of March 2026" at word k: its last word and day.
    auto explicit_date_at = [&](std::size_t k) -> std::optional<std::pair<std::size_t, std::optional<calendar_date>>> {
        if (k + 1 >= words.size()) return std::nullopt;
        if (int month = reconcile_detail::month_named(words[k].lower); month && words[k].capital) {
            int day = reconcile_detail::day_number(words[k + 1].lower);
            if (!day) return std::nullopt;
            std::size_t last = k + 1;
            int year = last + 1 < words.size() ? reconcile_detail::year_number(words[last + 1].lower) : 0;
            if (year) ++last;
            return std::pair{last, reconcile_detail::with_year(month, day, year, article)};
        }
        if (int day = reconcile_detail::day_number(words[k].lower)) {
            std::size_t at = k + 1;
            if (words[at].lower == "of" && at + 1 < words.size()) ++at;
            int month = reconcile_detail::month_named(words[at].lower);
            if (!month || !words[at].capital) return std::nullopt;
            // "1,500 May" is not a date; a day stands alone, not after a thousands separator
            if (words[k].begin > 0 && (text[words[k].begin - 1] == ',' || text[words[k].begin - 1] == '.'))
                return std::nullopt;
            std::size_t last = at;
            int year = last + 1 < words.size() ? reconcile_detail::year_number(words[last + 1].lower) : 0;
            if (year) ++last;
            return std::pair{last, reconcile_detail::with_year(month, day, year, article)};
        }
        return std::nullopt;
    };
    auto joined_by_dash = [&](std::size_t k) {
        return k + 1 < words.size() && words[k + 1].begin == words[k].end + 1 && text[words[k].end] == '-';
    };
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i].lower;
        int weekday = words[i].capital ? reconcile_detail::weekday_named(w) : -1;
        if (weekday < 0 && words[i].capital) weekday = reconcile_detail::weekday_abbreviated(w, text, words[i].end);
        if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow") {
            // "the day before yesterday"
            const bool two_back = w == "yesterday" && i >= 3 && words[i - 1].lower == "before" &&
                                  words[i - 2].lower == "day" && words[i - 3].lower == "the";
            long back = w == "yesterday" ? (two_back ? 2 : 1) : w == "tomorrow" ? -1 : 0;
            std::optional<calendar_date> day;
            if (article_day) day = reconcile_detail::days_before(*article, back);
            add(two_back ? i - 3 : i, i, true, day);
        } else if (w == "ago" && i >= 2 && is_any(words[i - 1].lower, {"day", "days", "week", "weeks"}) &&
                   reconcile_detail::count_word(words[i - 2].lower)) {
            // "a week ago", "two days ago", "3 days ago"
            long back = long{reconcile_detail::count_word(words[i - 2].lower)} *
                        (words[i - 1].lower.starts_with("week") ? 7 : 1);
            std::optional<calendar_date> day;
            if (article_day) day = reconcile_detail::days_before(*article, back);
            add(i - 2, i, true, day);
        } else if (w == "recently" ||
                   ((w == "week" || w == "month") && i > 0 && is_any(words[i - 1].lower, {"last", "this", "past"}))) {
            add(w == "recently" ? i : i - 1, i, false, std::nullopt);
        } else if (weekday >= 0) {
            // "Tuesday, March 10": the explicit date, not the weekday
            if (auto date = explicit_date_at(i + 1)) {
                add(i, date->first, true, date->second);
                i = date->first;
                continue;
            }
            const bool previous = i > 0 && words[i - 1].lower == "last";
            const bool next = i > 0 && words[i - 1].lower == "next";
            std::size_t last = i;
            if (i + 1 < words.size() && is_any(words[i + 1].lower, {"morning", "afternoon", "evening", "night"}))
                ++last;
            const bool last_week = last + 2 < words.size() && words[last + 1].lower == "last" &&
                                   is_any(words[last + 2].lower, {"week", "week's"});
            std::optional<calendar_date> day;
            if (article_day) {
                const int today = reconcile_detail::weekday_of(*article);
                long back = (today - weekday + 7) % 7;
                if (previous && back == 0) back = 7;
                if (last_week) back = ((today + 6) % 7) - ((weekday + 6) % 7) + 7; // weeks start on Monday
                if (next) back = -(((weekday - today + 6) % 7) + 1);
                day = reconcile_detail::days_before(*article, back);
            }
            if (last_week) last += 2;
            add(previous || next ? i - 1 : i, last, true, day);
            i = last;
        } else if (int year = reconcile_detail::year_number(w); year && joined_by_dash(i) && joined_by_dash(i + 1) &&
                                                                words[i + 1].lower.size() == 2 &&
                                                                words[i + 2].lower.size() == 2) {
            // "2026-02-27"
            auto day = parse_article_date(text.substr(words[i].begin, words[i + 2].end - words[i].begin));
            if (day) add(i, i + 2, true, day);
            i += 2;
        } else if (auto date = explicit_date_at(i)) {
            add(i, date->first, true, date->second);
            i = date->first;
        } else if (int month = reconcile_detail::month_named(w); month && words[i].capital && i > 0 && w.size() > 3) {
            // "by the end of February": its last day; "in February", "during March": no day
            const bool end_of =
                i >= 3 && words[i - 1].lower == "of" && words[i - 2].lower == "end" && words[i - 3].lower == "the";
            if (!end_of && !is_any(words[i - 1].lower, {"in", "during", "throughout", "early", "late", "mid"}))
                continue;
            std::size_t last = i;
            const int its_year = i + 1 < words.size() ? reconcile_detail::year_number(words[i + 1].lower) : 0;
            if (its_year) ++last;
            std::optional<calendar_date> day;
            if (end_of) day = reconcile_detail::with_year(month, 1, its_year, article);
            if (day) day->day = reconcile_detail::days_in_month(day->year, day->month);
            std::size_t first = end_of ? i - 3 : i - 1;
            if (end_of && first > 0 && is_any(words[first - 1].lower, {"by", "at"})) --first;
            const std::size_t begin = words[first].begin, stop = words[last].end;
            found.push_back({{begin, stop}, std::string(text.substr(begin, stop - begin)), true, day, !end_of});
            i = last;
        } else if (year && i > 0 && is_any(words[i - 1].lower, {"in", "during"}) && !joined_by_dash(i)) {
            // "in 2025": a year names no day
            const std::size_t begin = words[i - 1].begin, stop = words[i].end;
            found.push_back({{begin, stop}, std::string(text.substr(begin, stop - begin)), true, std::nullopt, true});
        }
    }
    return found;
}

} // namespace factrec
