#pragma once

#include <factrec/core/quantity.hpp>
#include <factrec/core/result.hpp>
#include <factrec/parse/detail/layer_namespace.hpp>
#include <factrec/parse/detail/text.hpp>
#include <factrec/parse/english/lexicon.hpp>
#include <factrec/parse/english/numeral_grammar.hpp>
#include <factrec/parse/mention.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factrec::parse::detail {

// A figure with what follows it: scale, unit, where it ends.
struct figure_part {
    figure number;
    mention_kind kind = mention_kind::number;
    std::string_view symbol; // ISO code, "%" or a unit symbol
    std::size_t end = 0;
    bool plus = false;             // "X-plus", "X+", "X or more"
    bool after_tight_dash = false; // the far end of "X-Y" or "X–Y", with no space around the dash
    bool points = false;           // "percentage points": a difference of shares
};

// A mention before it becomes an interval: the words read and what they mean.
struct reading {
    std::size_t begin = 0;
    std::size_t end = 0;
    mention_kind kind = mention_kind::number;
    qualifier meaning = qualifier::none;
    figure low;
    std::optional<figure> high;
    std::string_view symbol;
    std::string noun;
    bool anaphoric = false; // "five of whom", "eight are dead": the noun counted is in an earlier phrase
    std::optional<long> date_year;
    figure_role role = figure_role::value;
    change_direction direction = change_direction::none;
    bool after_from = false; // "from X" with no verb of change before it: ", from €1.48 billion a year ago"
};

// What reading at one place gave: a mention, an error, or nothing; the scanner goes on at `resume`.
struct outcome {
    // Constructors, not aggregate initialisation, which GCC 12 begins by zero-filling the whole
    // outcome (some 300 bytes) for every figure read.
    explicit outcome(std::size_t resume_at) noexcept : resume(resume_at) {}
    outcome(reading&& r, std::size_t resume_at) : found(std::move(r)), resume(resume_at) {}
    outcome(error e, std::size_t resume_at) : failure(std::move(e)), resume(resume_at) {}

    std::optional<reading> found;
    std::optional<error> failure;
    std::size_t resume = 0;
};

template <class = void>
class basic_phrase_reader {
public:
    // `floor` bounds how far back the reader looks for qualifiers and currency signs.
    basic_phrase_reader(std::string_view text, std::size_t floor) noexcept : s_(text), floor_(floor) {}

    outcome read(std::size_t pos) const {
        if (is_digit(s_[pos])) return read_from_digits(pos);
        return read_from_words(pos);
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;
    static constexpr std::size_t lookback_bytes = 80;

    std::string_view s_;
    std::size_t floor_;

    char at(std::size_t i) const noexcept { return i < s_.size() ? s_[i] : '\0'; }
    bool letter_at(std::size_t i) const noexcept { return i < s_.size() && is_letter(s_[i]); }
    bool digit_at(std::size_t i) const noexcept { return i < s_.size() && is_digit(s_[i]); }

    std::size_t digits_end(std::size_t i) const noexcept {
        while (digit_at(i)) ++i;
        return i;
    }
    // The end of a token such as "2025-10-29", "555-123-4567", "1.2.3", "3D": skipped whole.
    std::size_t token_end(std::size_t i) const noexcept {
        while (i < s_.size() &&
               (is_alnum(s_[i]) || ((s_[i] == '-' || s_[i] == ':' || s_[i] == '/' || s_[i] == '.' || s_[i] == ',') &&
                                    is_alnum(at(i + 1)))))
            ++i;
        return i;
    }
    // "+1 202 456 1111": digits in groups, with spaces, dashes, dots or brackets.
    std::size_t phone_end(std::size_t i) const noexcept {
        std::size_t end = i;
        while (i < s_.size() &&
               (is_digit(s_[i]) || s_[i] == ' ' || s_[i] == '-' || s_[i] == '.' || s_[i] == '(' || s_[i] == ')')) {
            if (is_digit(s_[i])) end = i + 1;
            ++i;
        }
        return end;
    }
    static outcome skip(std::size_t resume) { return outcome(resume); }
    // A reading, unless damaged text is next to it (see damage_around): then a diagnostic.
    outcome found_reading(reading&& r) const {
        if (const std::optional<damage> d = damage_around(r.begin, r.end)) [[unlikely]]
            return damaged_reading(r, *d);
        std::size_t resume = r.end;
        return outcome(std::move(r), resume);
    }
    static std::string hex_byte(char c) {
        constexpr std::string_view digits = "0123456789ABCDEF";
        const auto byte = static_cast<unsigned char>(c);
        return {digits[byte >> 4], digits[byte & 0x0F]};
    }

    struct damage {
        std::size_t at = 0;
        std::size_t length = 0;
    };
    // Out of the way of found_reading, which stays small enough to be inlined where it is called.
    [[gnu::cold, gnu::noinline]] outcome damaged_reading(const reading& r, damage d) const {
        const bool control = d.length == 1 && static_cast<unsigned char>(s_[d.at]) < 0x80;
        std::string what = control                                 ? "control character 0x" + hex_byte(s_[d.at])
                           : is_replacement_character_at(s_, d.at) ? std::string("U+FFFD (a character already lost)")
                                                                   : std::string("invalid UTF-8");
        return outcome(error{what + " next to a figure: the figure at bytes " + std::to_string(r.begin) + "-" +
                                 std::to_string(r.end) + " is not read",
                             d.at},
                       std::max(r.end, d.at + d.length));
    }
    // Damaged text (damaged_text_at: a control character that is no space, invalid UTF-8, U+FFFD)
    // where it could have changed the figure read from [begin, end): right next to it, past
    // spaces, or at the far side of the word or digits next to it, with a comma or point before
    // them ("ab\0out 40%", "$5 bil\0lion", "$1,2\050"), where a qualifier, a sign, digits, a
    // scale or a unit would be. The
    // reader never reads across such text, so it can only cut a figure short or hide a word of it.
    // Looked at once per figure, never per byte.
    std::optional<damage> damage_around(std::size_t begin, std::size_t end) const noexcept {
        // Nearly every byte looked at here is printable ASCII, told by one test; the spaces are
        // nearly always one ASCII space. Only other bytes take the full tests.
        const std::size_t n = s_.size();
        std::size_t k = end;
        while (k < n && s_[k] == ' ') ++k;
        if (k < n && !is_printable_ascii(s_[k])) {
            k = skip_spaces(s_, k);
            if (std::size_t length = damaged_text_at(s_, k)) return damage{k, length};
        }
        std::size_t far = k < n && (s_[k] == ',' || s_[k] == '.') ? k + 1 : k;
        for (const std::size_t limit = std::min(n, far + max_word_bytes); far < limit && is_alnum(s_[far]);) ++far;
        if (far > k && far < n && !is_printable_ascii(s_[far]))
            if (std::size_t length = damaged_text_at(s_, far)) return damage{far, length};

        k = begin;
        while (k > 0 && s_[k - 1] == ' ') --k;
        if (k > 0 && !is_printable_ascii(s_[k - 1])) {
            k = skip_spaces_back(s_, k);
            if (std::size_t length = damaged_text_before(s_, k)) return damage{k - length, length};
        }
        far = k > 0 && (s_[k - 1] == ',' || s_[k - 1] == '.') ? k - 1 : k;
        for (const std::size_t limit = far > max_word_bytes ? far - max_word_bytes : 0;
             far > limit && is_alnum(s_[far - 1]);)
            --far;
        if (far < k && far > 0 && !is_printable_ascii(s_[far - 1]))
            if (std::size_t length = damaged_text_before(s_, far)) return damage{far - length, length};
        return std::nullopt;
    }
    // The value of plain digits known to be small, such as a year.
    long digits_value(std::size_t begin, std::size_t end) const noexcept {
        long value = 0;
        for (std::size_t k = begin; k < end; ++k) value = value * 10 + (s_[k] - '0');
        return value;
    }
    long four_digits_at(std::size_t i) const noexcept { return digits_value(i, i + 4); }
    // A plain integer's value as written, before any sign or scale, read from its digits so
    // that the tests for days and years compare no rationals; -1 past 18 significant digits.
    long written_integer(const figure& f) const noexcept {
        std::size_t first = f.begin;
        while (first + 1 < f.end && s_[first] == '0') ++first;
        return f.end - first <= 18 ? digits_value(first, f.end) : -1;
    }

    static constexpr bool is_year_number(long n) noexcept { return n >= 1000 && n <= 2999; }

    // Matches words separated by spaces, case-insensitively unless told; returns the end or npos.
    std::size_t match_phrase(std::size_t pos, std::string_view phrase, bool case_sensitive = false) const noexcept {
        std::size_t i = pos;
        for (std::size_t k = 0; k < phrase.size(); ++k) {
            if (phrase[k] == ' ') {
                std::size_t after = skip_spaces(s_, i);
                if (after == i) return npos;
                i = after;
                continue;
            }
            if (i >= s_.size()) return npos;
            char c = case_sensitive ? s_[i] : to_lower(s_[i]);
            if (c != phrase[k]) return npos;
            ++i;
        }
        if (letter_at(i)) return npos;
        return i;
    }

    // Whether `text` is written right before `pos`, within [floor, pos). Compared from its last
    // byte back: the signs that end alike ("US$", "HK$", "$") differ in the byte before.
    bool written_before(std::size_t pos, std::size_t floor, std::string_view text) const noexcept {
        if (pos < floor + text.size()) return false;
        for (std::size_t k = 1; k <= text.size(); ++k)
            if (s_[pos - k] != text[text.size() - k]) return false;
        return true;
    }

    // ---- what is not a quantity -------------------------------------------------------

    std::optional<outcome> non_quantity_after_digits(std::size_t pos) const {
        std::size_t e = digits_end(pos);
        std::size_t run = e - pos;
        // 2025-10-29
        if (run == 4 && at(e) == '-' && digit_at(e + 1) && digit_at(e + 2) && at(e + 3) == '-' && digit_at(e + 4) &&
            digit_at(e + 5) && !digit_at(e + 6)) {
            reading r;
            r.begin = pos;
            r.end = e + 6;
            r.kind = mention_kind::date;
            r.date_year = four_digits_at(pos);
            return found_reading(std::move(r));
        }
        // "the 2024-25 budget", "fiscal 2024/25": a fiscal year, the second year in two digits;
        // it names a period, and "25" is no count of budgets.
        if (run == 4 && (at(e) == '-' || at(e) == '/') && digit_at(e + 1) && digit_at(e + 2) && !digit_at(e + 3) &&
            is_year_number(four_digits_at(pos)) && (four_digits_at(pos) + 1) % 100 == digits_value(e + 1, e + 3))
            return skip(e + 3);
        // 10/29/2025
        if (at(e) == '/' && digit_at(e + 1)) {
            std::size_t e2 = digits_end(e + 1);
            if (at(e2) == '/' && digit_at(e2 + 1)) {
                std::size_t e3 = digits_end(e2 + 1);
                reading r;
                r.begin = pos;
                r.end = e3;
                r.kind = mention_kind::date;
                if (e3 - e2 - 1 == 4) r.date_year = four_digits_at(e2 + 1);
                return found_reading(std::move(r));
            }
            // "3/4 of capacity": a share, exact, as "three quarters of" is.
            if (const std::size_t after = skip_spaces(s_, e2);
                after > e2 && match_phrase(after, "of") != npos && e - pos <= 3 && e2 - e - 1 <= 3 && s_[e + 1] != '0')
                return exact_share(pos, e2,
                                   rational(std::int64_t{digits_value(pos, e)}) * rational(100) /
                                       rational(std::int64_t{digits_value(e + 1, e2)}));
            return skip(token_end(pos)); // a ratio or fraction
        }
        if (at(e) == ':' && digit_at(e + 1)) return skip(token_end(pos)); // a clock time or a score
        // "020 7946 0958", "0161 496 0732": digits with a leading zero, then a group of digits,
        // are a telephone number, never an amount ("0.5" and "0" alone are).
        // Only at the start of a word: "3 000 000" and damaged text keep their own readings.
        if (s_[pos] == '0' && run >= 2 && (at(e) == ' ' || at(e) == '-') && digit_at(e + 1) &&
            (pos == 0 || ((s_[pos - 1] == ' ' || s_[pos - 1] == '(') && (pos == 1 || !is_digit(s_[pos - 2])))))
            return skip(std::max(token_end(pos), phone_end(pos)));
        // 555-123-4567, but not a range "5-10"
        if (at(e) == '-' && digit_at(e + 1)) {
            std::size_t e2 = digits_end(e + 1);
            if (at(e2) == '-' && digit_at(e2 + 1)) return skip(token_end(pos));
            // "555-0134", "call 555-0188": a local number; "300-0500" is no range either.
            if ((s_[e + 1] == '0' && e2 - e - 1 >= 2) || (run == 3 && e2 - e - 1 == 4 && after_phone_word(pos)))
                return skip(token_end(pos));
            // "a 737-800 jet", "Boeing 777-300": a model and its variant, no range.
            if (run == 3 && e2 - e - 1 == 3 &&
                (after_label(pos, words_before(pos)) ||
                 listed_any_case(aircraft_words, word_at(s_, skip_spaces(s_, e2)).in(s_))))
                return skip(e2);
        }
        // (202) 456-1111 and +1 202 ...
        if (pos > 0 && s_[pos - 1] == '(' && at(e) == ')' && run == 3 && digit_at(skip_spaces(s_, e + 1)))
            return skip(token_end(skip_spaces(s_, e + 1)));
        // "+1 202 456 1111" is a phone number; "+3.2%" or a table's "+211" is a change up.
        if (pos > 0 && s_[pos - 1] == '+' && (pos == 1 || !is_alnum(s_[pos - 2]))) {
            const std::size_t phone = phone_end(pos);
            if (std::any_of(s_.begin() + static_cast<std::ptrdiff_t>(pos),
                            s_.begin() + static_cast<std::ptrdiff_t>(phone),
                            [](char c) { return c == ' ' || c == '-' || c == '(' || c == ')'; }))
                return skip(phone);
        }
        // 1.2.3 is a version
        if (at(e) == '.' && digit_at(e + 1)) {
            std::size_t e2 = digits_end(e + 1);
            if (at(e2) == '.' && digit_at(e2 + 1)) return skip(token_end(pos));
        }
        return std::nullopt;
    }

    // Whether a word of telephoning is among the five words before `pos` ("call the clerk at
    // 555-0134"): "prices at 250-1000 yuan" is a range.
    bool after_phone_word(std::size_t pos) const { return listed_in_words_before(pos, floor_, 5, phone_words); }

    // Whether one of the `count` words before `pos`, none before `floor`, is in `words`.
    template <std::size_t Size>
    bool listed_in_words_before(std::size_t pos, std::size_t floor, int count, const word_set<Size>& words) const {
        for (int k = 0; k < count; ++k) {
            const word w = word_before(s_, pos, floor);
            if (!w.found()) return false;
            if (listed_any_case(words, w.in(s_))) return true;
            pos = w.begin;
        }
        return false;
    }

    // The word right before `pos`, past spaces and an abbreviation's dot ("No. 1", "Oct. 28"),
    // as written, and as a name when it is capitalised (else none): a label or a month there
    // changes what the number after it is. after_label reads a label in lower case from the
    // word as written, which is found once for both.
    struct word_before_figure {
        word written;
        word name;
    };
    word_before_figure words_before(std::size_t pos) const {
        std::size_t end = skip_spaces_back(s_, pos);
        if (end > floor_ && s_[end - 1] == '.') --end;
        const word w = word_before(s_, end, floor_);
        if (!w.found()) return {};
        // "iPhone 15", "iOS 17": capitalised on the second letter.
        if (!is_upper(s_[w.begin]) && !(s_[w.begin] == 'i' && w.end > w.begin + 1 && is_upper(s_[w.begin + 1])))
            return {w, {}};
        return {w, w};
    }
    word name_before(std::size_t pos) const { return words_before(pos).name; }

    // "No. 1", "Game 3", "#1", "room 5", "ATR 72": a name, not an amount. `before` is words_before(pos).
    bool after_label(std::size_t pos, const word_before_figure& before) const {
        std::size_t end = skip_spaces_back(s_, pos);
        if (end > floor_ && s_[end - 1] == '#') return true;
        const word name = before.name;
        if (!name.found()) {
            // "extension 4417", "flight 212", "bus route 38": a label written in lower case.
            const std::size_t label_end = end > floor_ && s_[end - 1] == '.' ? end - 1 : end; // "ext. 4417"
            const word w = before.written;
            return end < pos && w.found() && w.end == label_end && listed(lower_label_words, w.in(s_));
        }
        if (maker_capitals(name) && model_number_at(pos)) return true;
        // "S&P 500": the index's name ends in a letter after '&'.
        if (name.begin > floor_ && s_[name.begin - 1] == '&' && name.end - name.begin == 1) return true;
        return listed(label_words, name.in(s_));
    }

    // "ATR 72", "MQ 9": a name in capitals right before a number names a model; a place or a
    // bloc ("the UK 500", "EU 27") or a currency code does not.
    bool maker_capitals(word name) const {
        const std::string_view text = name.in(s_);
        if (text.size() < 2 || text.size() > 4 || !std::all_of(text.begin(), text.end(), is_upper)) return false;
        if (listed(capital_words_not_names, text)) return false;
        // A headline in capitals ("SALES UP 5%") names no maker.
        if (const std::string_view before = word_before(s_, name.begin, floor_).in(s_);
            before.size() > 1 && std::all_of(before.begin(), before.end(), is_upper))
            return false;
        return std::none_of(currency_codes_before.begin(), currency_codes_before.end(),
                            [&](const currency_sign& c) { return c.sign == text; });
    }

    // A model's number is whole digits: "CI 1.21" and "NHS 1,200" are amounts.
    bool model_number_at(std::size_t pos) const noexcept {
        const std::size_t e = digits_end(pos);
        return !((at(e) == '.' || at(e) == ',') && digit_at(e + 1)) && at(skip_spaces(s_, e)) != '%';
    }

    bool after_determiner(std::size_t pos) const {
        std::string_view w = word_before(s_, pos, floor_).in(s_);
        return equals_lower(w, "the") || equals_lower(w, "these") || equals_lower(w, "those");
    }

    // ---- dates --------------------------------------------------------------------------

    std::size_t month_after(std::size_t pos) const {
        std::size_t start = skip_spaces(s_, pos);
        if (start == pos || !is_upper(at(start))) return npos;
        word w = word_at(s_, start);
        if (!w.found() || !listed_any_case(month_names, w.in(s_))) return npos;
        // "19 Sept. 2025" keeps the abbreviation's dot; "19 September." ends a sentence.
        return at(w.end) == '.' && w.end - w.begin <= 4 ? w.end + 1 : w.end;
    }
    // ", 2025" or " 2025" after a day.
    std::optional<std::pair<long, std::size_t>> year_after(std::size_t pos) const {
        std::size_t i = at(pos) == ',' ? pos + 1 : pos;
        std::size_t start = skip_spaces(s_, i);
        if (start == i && i == pos) return std::nullopt;
        std::size_t e = digits_end(start);
        if (e - start != 4 || letter_at(e)) return std::nullopt;
        return std::pair{four_digits_at(start), e};
    }

    // `name` is name_before(f.begin).
    std::optional<outcome> read_date(const figure& f, word name) const {
        if (!f.plain_integer || f.in_words) return std::nullopt;
        long day_or_year = written_integer(f);
        bool day = day_or_year >= 1 && day_or_year <= 31;
        bool year = is_year_number(day_or_year);
        if (!day && !year) return std::nullopt;
        // A reading is made only for a date found: most days and years stand alone.
        if (name.found() && listed_any_case(month_names, name.in(s_))) {
            reading r;
            r.kind = mention_kind::date;
            r.begin = name.begin;
            r.end = f.end;
            if (year) {
                r.date_year = digits_value(f.begin, f.end);
            } else if (auto y = year_after(f.end)) {
                r.date_year = y->first;
                r.end = y->second;
            }
            return found_reading(std::move(r));
        }
        if (day) {
            std::size_t month_end = month_after(f.end);
            if (month_end == npos) return std::nullopt;
            reading r;
            r.kind = mention_kind::date;
            r.begin = f.begin;
            r.end = month_end;
            if (auto y = year_after(month_end)) {
                r.date_year = y->first;
                r.end = y->second;
            }
            return found_reading(std::move(r));
        }
        return std::nullopt;
    }

    // ---- before the figure ----------------------------------------------------------------

    // Length of the minus sign (see minus_mark_at) at `pos` when digits follow it; 0 if none.
    std::size_t minus_sign_at(std::size_t pos) const noexcept {
        std::size_t length = minus_mark_at(s_, pos);
        return length != 0 && (digit_at(pos + length) || at(pos + length) == '$' ||
                               static_cast<unsigned char>(at(pos + length)) >= 0x80)
                   ? length
                   : 0;
    }
    // Length of the minus sign (see minus_mark_at) that ends right before `pos`, above `floor`; 0 if none.
    std::size_t minus_sign_before(std::size_t pos, std::size_t floor) const noexcept {
        if (pos > floor && s_[pos - 1] == '-') return 1;
        // Every minus mark of three bytes ends on a byte of 0x80 or more: most figures follow
        // an ASCII byte, and the five marks are not compared there.
        return pos >= floor + 3 && static_cast<unsigned char>(s_[pos - 1]) >= 0x80 && minus_mark_at(s_, pos - 3) == 3
                   ? 3
                   : 0;
    }
    // Whether the minus sign at `sign` makes what follows it negative. The byte before decides,
    // even below the floor: in "52-48" the floor is the end of "52", and "-48" is no negative number.
    bool minus_sign_stands_alone(std::size_t sign) const noexcept {
        return sign == 0 || (!is_alnum(s_[sign - 1]) && s_[sign - 1] != '-' && s_[sign - 1] != '$');
    }
    // The currency sign written right before `pos`, above `floor`, or none.
    const currency_sign* currency_sign_before(std::size_t pos, std::size_t floor) const noexcept {
        // Every sign ends in '$' or in the last byte of a multi-byte sequence.
        if (pos <= floor || (s_[pos - 1] != '$' && static_cast<unsigned char>(s_[pos - 1]) < 0x80)) return nullptr;
        // A '$' after no letter, dot or digit ("$490", " $5") is the dollar alone: every longer
        // sign ends in a letter or dot and '$' ("US$", "U.S.$"), and "5$" is not ours to read.
        if (s_[pos - 1] == '$' && (pos - 1 == floor || (!is_alnum(s_[pos - 2]) && s_[pos - 2] != '.')))
            return &currency_signs[plain_dollar_sign];
        for (const auto& c : currency_signs) {
            if (!written_before(pos, floor, c.sign)) continue;
            std::size_t start = pos - c.sign.size();
            if (start > floor && is_alnum(s_[start - 1])) continue; // "AB$5" is not ours to read
            return &c;
        }
        return nullptr;
    }

    // Where "Rs" or "Rs." written before `pos` (past spaces) begins, or npos.
    std::size_t rupees_before(std::size_t pos, std::size_t floor) const noexcept {
        std::size_t back = skip_spaces_back(s_, pos);
        if (back > floor && s_[back - 1] == '.') --back;
        if (back < floor + 2 || s_[back - 2] != 'R' || (s_[back - 1] != 's' && s_[back - 1] != 'S')) return npos;
        if (back > floor + 2 && is_alnum(s_[back - 3])) return npos;
        return back - 2;
    }

    struct prefix {
        std::size_t begin = 0;
        std::string_view currency;
        qualifier meaning = qualifier::none;
        bool negative = false;
        bool from = false;
        bool between = false;
        bool after_by = false; // "by 5% to 10%" is a change, not a range
        bool after_change_verb = false;
        bool year_lead = false;
        bool headline_verb = false;   // the qualifier is a verb: "passes 3,000", "nears 5,000"
        bool literal_verb = false;    // ... one whose object may be a count: "passed 12 laws"
        bool headline_the = false;    // ... with "the": "crossed the 50,000 mark"
        std::size_t figure_begin = 0; // the figure with its sign and currency, without qualifier
        byte_span qualifier_words{};  // the qualifier's words, when there are some
        bool plus_sign = false;       // "+3.2%": a change up
        word direct_change{};         // the verb or "up"/"down" right before the figure that makes it a change
        figure_role role = figure_role::value;
        change_direction direction = change_direction::none;
        std::size_t inner_begin = 0; // without "from" or "between", for when no range follows
    };

    prefix read_prefix(std::size_t number_begin) const {
        prefix p{number_begin, {}};
        std::size_t floor = number_begin > lookback_bytes ? number_begin - lookback_bytes : 0;
        floor = std::max(floor, floor_);
        std::size_t i = number_begin;
        // A minus sign is attached to the digits ("-5", "$-5") or to the currency sign before them
        // ("-$5", "−€5"). A dash with a space after it is punctuation ("fell - $5 billion
        // vanished"), and one after a letter, a digit or another dash joins ("F-150", the tally
        // "52-48", the range "$5-$6", the ASCII dash "--").
        if (std::size_t sign_length = minus_sign_before(i, floor)) {
            const std::size_t sign = i - sign_length;
            if (const currency_sign* c = currency_sign_before(sign, floor)) {
                p.negative = true; // "$-5", "US$-5"
                p.currency = c->code;
                i = sign - c->sign.size();
            } else if (minus_sign_stands_alone(sign)) {
                p.negative = true;
                i = sign;
            }
        }
        if (!p.negative && i > floor && s_[i - 1] == '+' && (i - 1 == floor || !is_alnum(s_[i - 2]))) {
            p.plus_sign = true;
            --i;
        }
        if (p.currency.empty())
            if (const currency_sign* c = currency_sign_before(i, floor)) {
                p.currency = c->code;
                i -= c->sign.size();
            }
        if (p.currency.empty() && !p.negative) {
            // "$ 40 million": the sign set apart by a space.
            const std::size_t back = skip_spaces_back(s_, i);
            if (back < i && back > floor)
                if (const currency_sign* c = currency_sign_before(back, floor)) {
                    p.currency = c->code;
                    i = back - c->sign.size();
                }
        }
        if (!p.currency.empty() && p.currency == "USD" && i > floor) {
            // "US $550 billion": the country code set apart from the sign.
            std::size_t back = skip_spaces_back(s_, i);
            if (written_before(back, floor, "US") && (back == floor + 2 || !is_alnum(s_[back - 3])))
                i = back - 2;
            else if (written_before(back, floor, "U.S.") && (back == floor + 4 || !is_alnum(s_[back - 5])))
                i = back - 4;
        }
        if (!p.currency.empty() && !p.negative)
            if (std::size_t sign_length = minus_sign_before(i, floor);
                sign_length != 0 && minus_sign_stands_alone(i - sign_length)) {
                p.negative = true; // "-$5", "−US$5", "-US $5"
                i -= sign_length;
            }
        // Without a sign, the word asked whether it is a currency code is most often the one
        // the qualifier tests below ask about too: found once.
        std::size_t code_word_end = npos;
        word code_word;
        if (p.currency.empty()) {
            code_word_end = i;
            code_word = word_before(s_, i, floor);
            if (code_word.end - code_word.begin == 3 && is_upper(s_[code_word.begin])) {
                for (const auto& c : currency_codes_before)
                    if (same_text(code_word.in(s_), c.sign)) {
                        p.currency = c.code;
                        i = code_word.begin;
                        break;
                    }
            } else if (const std::size_t rupees = rupees_before(i, floor); rupees != npos) {
                p.currency = "INR"; // "Rs 20 crore", "Rs. 90", "Rs.90"
                i = rupees;
            }
        }
        if (!p.negative) {
            // "minus 41 degrees Fahrenheit"
            const word w = i == code_word_end ? code_word : word_before(s_, i, floor);
            // "plus or minus 3.1 points" is a margin, not a negative figure.
            if (w.end - w.begin == 5 && equals_lower(w.in(s_), "minus") &&
                !equals_lower(word_before(s_, w.begin, floor).in(s_), "or")) {
                p.negative = true;
                i = w.begin;
            }
        }
        p.figure_begin = i;
        std::size_t back = skip_spaces_back(s_, i);
        if (back > floor && s_[back - 1] == '~') {
            p.meaning = qualifier::approximately;
            i = back - 1;
        } else if (written_before(back, floor, "\xE2\x89\x88")) {
            p.meaning = qualifier::approximately;
            i = back - 3;
        }
        // The words before, found only as far back as a test needs them; the first is always
        // needed, and what it can mean is looked up once.
        std::array<word, 8> before{};
        before[0] = i == code_word_end ? code_word : word_before(s_, i, floor);
        std::size_t found = before[0].found() ? 1 : 0;
        bool exhausted = found == 0;
        auto has_word = [&](std::size_t k) {
            if (k >= before.size()) return false;
            while (found <= k && !exhausted) {
                word w = word_before(s_, before[found - 1].begin, floor);
                if (!w.found())
                    exhausted = true;
                else
                    before[found++] = w;
            }
            return k < found;
        };
        auto word_is = [&](std::size_t k, std::string_view lower) {
            return has_word(k) && equals_lower(before[k].in(s_), lower);
        };
        const prefix_word_roles first = found ? roles_of_prefix_word(before[0].in(s_)) : prefix_word_roles{};
        std::size_t used = 0;
        if (p.meaning == qualifier::none && (first.roles & ends_qualifier)) {
            const qualifiers_ending_with& candidates = qualifier_phrases_by_last_word[first.qualifier_last];
            for (std::size_t c = 0; c < candidates.count && used == 0; ++c) {
                const qualifier_words& q = qualifier_phrase_words[candidates.index[c]];
                bool match = has_word(q.count - 1);
                for (std::size_t k = 1; k < q.count && match; ++k) match = word_is(k, q.last_first[k]);
                if (match) {
                    used = q.count;
                    p.meaning = q.meaning;
                    p.headline_verb = q.verb;
                    i = before[used - 1].begin;
                }
            }
            if (used != 0) p.qualifier_words = {before[used - 1].begin, before[0].end};
            if (p.headline_verb) {
                const lower_word verb(before[used - 1].in(s_));
                // "passed 12 laws", "crossed 3 rivers": the literal object of the verb.
                p.literal_verb =
                    verb.view().starts_with("pass") || verb.view() == "past" || verb.view().starts_with("cross");
                p.headline_the = used > 1 && equals_lower(before[0].in(s_), "the");
                // "the top 10 firms": an adjective, not the headline verb of "arrivals top 100,000".
                // Likewise "the past 12 months", "over past 3 years", "half past 3": a time.
                const bool time_past = verb.view() == "past" &&
                                       (!has_word(1) || listed_any_case(words_before_time_past, before[1].in(s_)));
                const bool adjective = (verb.view() == "top" || verb.view() == "past") && has_word(1) &&
                                       listed_any_case(determiners, before[1].in(s_));
                if (used == 1 && (adjective || time_past)) {
                    used = 0;
                    p.meaning = qualifier::none;
                    p.headline_verb = p.literal_verb = false;
                    p.qualifier_words = {};
                    i = p.figure_begin;
                }
            }
        }
        p.inner_begin = i;
        const std::uint8_t range_roles = used == 0        ? first.roles
                                         : has_word(used) ? roles_of_prefix_word(before[used].in(s_)).roles
                                                          : 0;
        if (range_roles & starts_from) {
            p.from = true;
            p.after_change_verb = has_word(used + 1) && listed_any_case(change_verbs, before[used + 1].in(s_));
            i = before[used].begin;
        } else if (range_roles & starts_between) {
            p.between = true;
            i = before[used].begin;
        }
        p.after_by = (first.roles & marks_change_by) != 0;
        p.year_lead = (first.roles & leads_year) != 0;
        p.begin = i;
        if (p.plus_sign) {
            p.role = figure_role::change;
            p.direction = change_direction::up;
        } else {
            // "rise by between 3% and 5%": the words before "between" say it.
            const std::size_t at = used + (p.between ? 1 : 0);
            if (has_word(at))
                read_change_words(p, before[at], [&](std::size_t k) -> const word* {
                    return has_word(at + k) ? &before[at + k] : nullptr;
                });
        }
        // "fell below $1 trillion", "rose above 5%", "slid past 84": a level crossed, with its
        // bound; the verb says which way the value went, not by how much.
        if (used == 1 && p.role == figure_role::change &&
            (equals_lower(before[0].in(s_), "below") || equals_lower(before[0].in(s_), "above") ||
             equals_lower(before[0].in(s_), "past"))) {
            p.role = figure_role::value;
            p.direction = change_direction::none;
            p.direct_change = {};
        }
        // "rose 4.2% to 212p", "rose by 5% to 10%": a change and the value it reached, no range.
        if (p.role == figure_role::change) p.after_by = true;
        if (p.role == figure_role::from) p.after_change_verb = true;
        return p;
    }

    // What the words before a figure say of it: a change ("rose 4.2%", "up 7%", "rose by 5%",
    // "an increase of 5%"), the value a change reached ("rose to 3,145", "cut to 15%") or the
    // one it started from ("fell from 90%", "up from 5,200"). `w` is the word before the figure
    // and its qualifier; `earlier(k)` the k-th word before `w`, or nullptr.
    template <class Earlier>
    void read_change_words(prefix& p, word w, Earlier earlier) const {
        auto roles_of = [&](const word* v, std::uint8_t needed) -> std::uint8_t {
            if (v == nullptr) return 0;
            const std::uint8_t roles = change_word_roles(v->in(s_));
            return (roles & needed) != 0 ? roles : 0;
        };
        // "cut rates to 4%", "cut the price of insulin by 70%": the verb may stand before its
        // object, up to `reach` words before (a comma or other mark ends the words).
        // A word that starts a clause ("officials from 3 agencies met after prices rose") ends the search.
        auto verb_within = [&](std::size_t first, std::size_t reach, std::uint8_t needed) -> std::uint8_t {
            for (std::size_t k = first; k < first + reach; ++k) {
                if (const std::uint8_t roles = roles_of(earlier(k), needed)) return roles;
                if (const word* v = earlier(k); v == nullptr || listed_any_case(clause_words, v->in(s_))) break;
            }
            return 0;
        };
        auto word_is = [&](std::size_t k, std::string_view lower) {
            const word* v = earlier(k);
            return v != nullptr && equals_lower(v->in(s_), lower);
        };
        // "up" or "down" at `k`, unless the verb before it is a phrasal one ("backed up by").
        auto particle_at = [&](std::size_t k) -> std::uint8_t {
            const std::uint8_t roles = roles_of(earlier(k), change_word::particle);
            const word* v = earlier(k + 1);
            return v != nullptr && listed_any_case(phrasal_verbs, v->in(s_)) ? 0 : roles;
        };
        const std::string_view text = w.in(s_);
        std::uint8_t roles = 0;
        if (p.from) {
            roles = roles_of(earlier(1), change_word::particle); // "up from 5,200"
            if (roles == 0) roles = verb_within(1, 6, change_word::verb);
            if (roles != 0) p.role = figure_role::from;
        } else if (equals_lower(text, "to")) {
            roles = verb_within(1, 4, change_word::verb | change_word::particle);
            if (roles != 0) p.role = figure_role::to; // "went to", "improved to": no direction said
        } else if (equals_lower(text, "by")) {
            roles = verb_within(1, 6, change_word::verb);
            if (roles == 0) roles = particle_at(1); // "go up by 5%"
            if (roles != 0) p.role = figure_role::change;
        } else if (equals_lower(text, "of") && word_is(1, "average") && word_is(2, "an") && word_is(3, "by")) {
            roles = verb_within(4, 4, change_word::verb); // "rose by an average of 9.2%"
            if (roles == 0) roles = particle_at(4);       // "go up by an average of 4.9%"
            if (roles != 0) p.role = figure_role::change;
        } else if (equals_lower(text, "of")) {
            roles = roles_of(earlier(1), change_word::noun);
            if (roles != 0) p.role = figure_role::change;
        } else if (const std::uint8_t own = change_word_roles(text); (own & change_word::particle) != 0) {
            const word* v = earlier(1);
            if (v == nullptr || !listed_any_case(phrasal_verbs, v->in(s_))) {
                roles = own;
                p.role = figure_role::change;
                p.direct_change = w;
            }
        } else if ((own & change_word::verb) != 0 && (own & change_word::needs_by) == 0) {
            roles = own;
            p.role = figure_role::change;
            p.direct_change = w;
        }
        if (p.role == figure_role::value) return;
        p.direction = (roles & change_word::rises) != 0   ? change_direction::up
                      : (roles & change_word::falls) != 0 ? change_direction::down
                                                          : change_direction::none;
    }

    // ---- after the figure -------------------------------------------------------------------

    static void apply_scale(figure& f, std::int64_t factor) {
        rational scale(factor);
        f.value = f.value * scale;
        f.half_step = f.half_step * scale;
        f.has_scale = true;
        f.scale = factor;
    }

    // Every scale word starts with one of these letters, in either case.
    static bool may_start_scale(char c) noexcept {
        c = to_lower(c);
        return c == 'b' || c == 'm' || c == 't' || c == 'k' || c == 'h' || c == 'd' || c == 'l' || c == 'c';
    }
    // A larger scale word after a scale multiplies it: "1.5 lakh crore", "5 hundred thousand".
    std::size_t read_larger_scale(figure& f, std::size_t pos) const {
        const std::size_t start = skip_spaces(s_, pos);
        if (start == pos || !letter_at(start) || !may_start_scale(s_[start]) ||
            !spaced_scale_word_starts.may_start(s_, start))
            return pos;
        for (const auto& w : scale_words) {
            if (w.attached_only || w.factor <= f.scale || to_lower(w.word.front()) != to_lower(s_[start])) continue;
            if (std::size_t end = match_phrase(start, w.word); end != npos) {
                const std::int64_t before = f.scale;
                apply_scale(f, w.factor);
                f.scale = before * w.factor;
                return end;
            }
        }
        return pos;
    }
    // "hundred" multiplies only what is below a hundred: "one hundred hundred" is no figure.
    static bool scale_fits(const scale_word& w, const figure& f) {
        return w.factor != 100 || (f.value < 100 && f.value > -100);
    }

    // Scale words are tried only when they start like the word after the figure: a match
    // attempt per scale word cost more than the rest of the test.
    std::size_t read_scale(figure& f, std::size_t pos, bool money) const {
        if (letter_at(pos)) {
            if (!may_start_scale(s_[pos])) return pos;
            for (const auto& w : scale_words) {
                if (to_lower(w.word.front()) != to_lower(s_[pos])) continue;
                if (w.word == "m" && !money) continue; // "5m" without a currency is five metres
                if (!scale_fits(w, f)) continue;
                std::size_t end = w.attached_only
                                      ? (s_.substr(pos, w.word.size()) == w.word && !letter_at(pos + w.word.size())
                                             ? pos + w.word.size()
                                             : npos)
                                      : match_phrase(pos, w.word);
                if (end != npos) {
                    apply_scale(f, w.factor);
                    return w.attached_only ? end : read_larger_scale(f, end);
                }
            }
            return pos;
        }
        std::size_t start = skip_spaces(s_, pos);
        if (start == pos) start = pos + dash_at(s_, pos);
        if (start == pos || !letter_at(start) || !may_start_scale(s_[start]) ||
            !spaced_scale_word_starts.may_start(s_, start))
            return pos;
        for (const auto& w : scale_words) {
            if (w.attached_only || to_lower(w.word.front()) != to_lower(s_[start]) || !scale_fits(w, f)) continue;
            // Told from the word's second byte where they differ there, as match_phrase would.
            if (w.word.size() > 1 && w.word[1] != ' ' && to_lower(at(start + 1)) != w.word[1]) continue;
            std::size_t end = match_phrase(start, w.word);
            if (end != npos) {
                apply_scale(f, w.factor);
                return read_larger_scale(f, end);
            }
        }
        return pos;
    }

    // A value in cents or pence, read in the main unit: exact, and so is its step.
    static void divide(figure& f, std::int64_t divisor) {
        const rational by(divisor);
        f.value = f.value / by;
        f.half_step = f.half_step / by;
    }
    // "1080p" is a screen's lines, not pence.
    bool is_video_resolution(const figure& f) const {
        if (!f.plain_integer || f.in_words || f.has_scale) return false;
        const long lines = written_integer(f);
        return lines == 240 || lines == 360 || lines == 480 || lines == 576 || lines == 720 || lines == 1080 ||
               lines == 1440 || lines == 2160 || lines == 4320;
    }
    // A sign or symbol after the figure, at `start`: a currency ("15$", "30 €", "25¢") unless it
    // opens the next figure ("5 $10 bills"), or a degree with its scale ("45°C", "104 °F").
    void read_sign_after(figure_part& part, std::size_t start) const {
        struct sign_after {
            std::string_view sign;
            std::string_view code;
            std::int64_t divisor = 1;
        };
        static constexpr std::array<sign_after, 6> signs{{{"$", "USD", 1},
                                                          {"\xE2\x82\xAC", "EUR", 1},
                                                          {"\xC2\xA3", "GBP", 1},
                                                          {"\xC2\xA5", "JPY", 1},
                                                          {"\xE2\x82\xB9", "INR", 1},
                                                          {"\xC2\xA2", "USD", 100}}};
        for (const auto& c : signs) {
            if (s_.compare(start, c.sign.size(), c.sign) != 0) continue;
            const std::size_t end = start + c.sign.size();
            const std::size_t next = skip_spaces(s_, end);
            if (letter_at(end) || digit_at(next) || minus_sign_at(next) != 0) return;
            part.kind = mention_kind::money;
            part.symbol = c.code;
            part.end = end;
            if (c.divisor != 1) divide(part.number, c.divisor);
            return;
        }
        // U+00B0 DEGREE SIGN or U+00BA, which keyboards give for it.
        if (at(start) != '\xC2' || (at(start + 1) != '\xB0' && at(start + 1) != '\xBA')) return;
        std::size_t scale = start + 2;
        if (at(scale) == ' ') ++scale;
        if ((at(scale) != 'C' && at(scale) != 'F') || letter_at(scale + 1)) return;
        part.kind = mention_kind::temperature;
        part.symbol = at(scale) == 'C' ? "degC" : "degF";
        part.end = scale + 1;
    }

    // Reads scale and unit after a figure; `currency` is the sign read before it, if any.
    figure_part read_part(figure&& f, std::string_view currency) const {
        figure_part part;
        std::size_t pos = read_scale(f, f.end, !currency.empty());
        part.number = std::move(f);
        part.end = pos;
        if (!currency.empty()) {
            part.kind = mention_kind::money;
            part.symbol = currency;
        }
        std::size_t start = skip_spaces(s_, pos);
        if (at(start) == '%') {
            part.kind = mention_kind::share;
            part.symbol = "%";
            part.end = start + 1;
        } else if (currency.empty() && (static_cast<unsigned char>(at(start)) >= 0x80 || at(start) == '$')) {
            read_sign_after(part, start);
        } else if (currency.empty() && at(pos) == 'p' && pos == part.number.end && !letter_at(pos + 1) &&
                   !is_video_resolution(part.number)) {
            // "212p": pence, against the digits only ("5 p" is nothing a reader writes).
            part.kind = mention_kind::money;
            part.symbol = "GBP";
            part.end = pos + 1;
            divide(part.number, 100);
        } else if (currency.empty()) {
            std::size_t word_start = start;
            if (start == pos && dash_at(s_, pos) && letter_at(pos + dash_at(s_, pos)))
                word_start = pos + dash_at(s_, pos);
            if ((word_start != pos || start > pos || letter_at(pos)) && letter_at(word_start) &&
                unit_word_starts.may_start(s_, word_start)) {
                const auto& candidates = unit_words_by_letter[static_cast<std::size_t>(to_lower(s_[word_start]) - 'a')];
                for (std::size_t k = 0; k < candidates.count; ++k) {
                    const unit_word& u = unit_words[candidates.index[k]];
                    // Most candidates differ from the word in its second byte: told there, without
                    // a call to match_phrase, which would stop there too.
                    if (const char second = at(word_start + 1);
                        u.phrase.size() > 1 && u.phrase[1] != ' ' &&
                        (u.case_sensitive ? second : to_lower(second)) != u.phrase[1])
                        continue;
                    std::size_t end = match_phrase(word_start, u.phrase, u.case_sensitive);
                    if (end == npos) continue;
                    part.kind = u.kind;
                    part.symbol = u.symbol;
                    part.end = end;
                    if (u.divisor != 1) divide(part.number, u.divisor);
                    part.points = u.phrase.starts_with("percentage point");
                    break;
                }
            }
        }
        std::size_t after = part.end;
        if (at(after) == '+' && !is_alnum(at(after + 1))) {
            part.plus = true;
            part.end = after + 1;
        } else if (std::size_t d = dash_at(s_, after); d && match_phrase(after + d, "plus") != npos) {
            part.plus = true;
            part.end = match_phrase(after + d, "plus");
        } else if (std::size_t more = open_upper_end_after(after); more != npos) {
            part.plus = true;
            part.end = more;
        }
        return part;
    }

    // "or more", "and older", "and above" after a figure leave its upper end open ("aged 65 and
    // older"): where the phrase ends, or npos. Not when a figure follows, which makes the words a
    // new clause ("fined 40 and over 300 were hurt").
    std::size_t open_upper_end_after(std::size_t after) const noexcept {
        static constexpr std::array<std::string_view, 9> phrases = {"or more",   "or older",  "and older",
                                                                    "or over",   "and over",  "or above",
                                                                    "and above", "or higher", "and higher"};
        const std::size_t start = skip_spaces(s_, after);
        if (start == after) return npos;
        // Nearly every figure is followed by some word, and each phrase starts "or" or "and":
        // the first letter turns the others away before nine phrases are tried on them.
        if (const char first = to_lower(at(start)); first != 'o' && first != 'a') return npos;
        for (std::string_view phrase : phrases) {
            std::size_t end = match_phrase(start, phrase);
            if (end == npos) continue;
            if (digit_at(skip_spaces(s_, end))) return npos;
            return end;
        }
        return npos;
    }

    std::optional<figure> figure_at(std::size_t pos) const {
        if (digit_at(pos)) {
            if (non_quantity_after_digits(pos)) return std::nullopt;
            figure f;
            if (!read_digit_figure(s_, pos, f).made_figure()) return std::nullopt;
            return f;
        }
        if (letter_at(pos)) return read_word_figure(s_, pos);
        return std::nullopt;
    }

    // "to $10 billion", "-10", "and 230 million tons": the far end of a range.
    std::optional<figure_part> read_range_end(std::size_t pos, const prefix& p, std::string_view currency) const {
        std::size_t start = skip_spaces(s_, pos);
        // A range is written on one line: "121\n-244" in a table is two figures.
        if (std::find(s_.begin() + static_cast<std::ptrdiff_t>(pos), s_.begin() + static_cast<std::ptrdiff_t>(start),
                      '\n') != s_.begin() + static_cast<std::ptrdiff_t>(start))
            return std::nullopt;
        std::size_t next = npos;
        if (std::size_t d = dash_at(s_, start))
            next = skip_spaces(s_, start + d);
        else if (p.between)
            next = match_phrase(start, "and");
        else if (!p.after_by && to_lower(at(start)) == 't') // most figures are followed by another word
            next = match_phrase(start, "to");
        if (next == npos || start == next) return std::nullopt;
        if (s_[next - 1] != '-' && !dash_at(s_, start)) {
            std::size_t after = skip_spaces(s_, next);
            if (after == next) return std::nullopt;
            next = after;
        }
        // The far end may be negative ("from -12 to -4", "−$5 billion to −$3 billion"), but not
        // right after a dash that joins the ends: "5--3" is no range of a negative number. When
        // the near end is negative, though, a sign after the dash is the far end's own
        // ("−$3-−$5 billion"): passed over, the far end would be read with the wrong sign.
        const bool sign_may_follow = !dash_at(s_, start) || next > start + dash_at(s_, start) || p.negative;
        bool negative = false;
        if (std::size_t sign = sign_may_follow ? minus_sign_at(next) : 0; sign != 0) {
            negative = true;
            next += sign;
        }
        std::string_view second_currency;
        for (const auto& c : currency_signs) {
            if (next < s_.size() && s_[next] == c.sign.front() && s_.substr(next, c.sign.size()) == c.sign) {
                second_currency = c.code;
                next += c.sign.size();
                break;
            }
        }
        if (std::size_t sign = sign_may_follow && !negative && !second_currency.empty() ? minus_sign_at(next) : 0;
            sign != 0) {
            negative = true; // "to $-3 billion"
            next += sign;
        }
        if (!second_currency.empty() && !currency.empty() && second_currency != currency) return std::nullopt;
        auto f = figure_at(next);
        if (!f || f->needs_scale) return std::nullopt;
        if (negative) f->value = -f->value;
        if (f->in_words && f->value == 1 && !letter_at(skip_spaces(s_, f->end))) return std::nullopt;
        figure_part part = read_part(std::move(*f), currency.empty() ? second_currency : currency);
        std::size_t dash = dash_at(s_, start);
        part.after_tight_dash = dash != 0 && start == pos && skip_spaces(s_, start + dash) == start + dash;
        return part;
    }

    struct noun_phrase {
        word head; // lower-cased only once chosen: most words read are passed over
        std::size_t end = 0;
        bool anaphoric = false;
        bool capitalised_start = false;
        bool any_word = false;
    };

    // The counted noun: the last word before a verb, a function word or punctuation
    // ("400 long-range Tomahawk cruise missiles from ..." -> "missiles").
    noun_phrase read_noun(std::size_t pos) const {
        noun_phrase np;
        np.end = pos;
        std::size_t cursor = pos;
        for (int words = 0; words < 5; ++words) {
            std::size_t start = skip_spaces(s_, cursor);
            if (start == cursor && words > 0) break;
            if (std::find(s_.begin() + cursor, s_.begin() + start, '\n') != s_.begin() + start) break;
            word w = word_at(s_, start);
            if (!w.found()) break;
            np.any_word = true;
            lower_word lw(w.in(s_));
            std::string_view lower = lw.view();
            // "15 died", "100 yesterday", "2,870 rather than": a verb, a time or an adverb is no
            // noun counted, and a number right before one counts no noun said earlier either.
            if (listed(words_never_counted, lower)) {
                if (words == 0) np.any_word = false;
                break;
            }
            if (words == 0) np.capitalised_start = is_upper(s_[w.begin]);
            if (same_text(lower, "of")) {
                std::size_t next = skip_spaces(s_, w.end);
                word w2 = word_at(s_, next);
                std::string_view l2 = w2.in(s_);
                if (equals_lower(l2, "whom") || equals_lower(l2, "them") || equals_lower(l2, "which") ||
                    equals_lower(l2, "those") || equals_lower(l2, "these"))
                    np.anaphoric = !np.head.found();
                break;
            }
            if (same_text(lower, "others") || same_text(lower, "other")) {
                if (!np.head.found()) {
                    np.anaphoric = true;
                    np.end = w.end;
                }
                break;
            }
            if (is_noun_stop_word(lower) || listed(number_words, lower)) break;
            if (lower.size() > 4 && (ends_in(lower, "ed") || ends_in(lower, "ly")) && !listed(state_nouns, lower))
                break;
            if (np.head.found() && lower.size() > 5 && ends_in(lower, "ing")) break; // "three chandeliers hanging"
            np.head = w;
            np.end = w.end;
            cursor = w.end;
            // A plural ends the noun phrase: "two leaders shook hands" counts leaders.
            if (lower.size() > 3 && ends_in(lower, "s") && !ends_in(lower, "ss") && !ends_in(lower, "us") &&
                !ends_in(lower, "is"))
                break;
            if (same_text(lower, "people") || same_text(lower, "children") || same_text(lower, "men") ||
                same_text(lower, "women") || same_text(lower, "staff") || same_text(lower, "personnel") ||
                same_text(lower, "aircraft"))
                break;
            if (letter_at(cursor) || (cursor < s_.size() && !space_at(s_, cursor))) break;
        }
        if (np.head.found() && np.head.in(s_).find('.') != std::string_view::npos) np.head = {};
        if (!np.head.found() && !np.anaphoric) np.end = pos;
        return np;
    }

    // ---- putting it together --------------------------------------------------------------

    outcome read_from_digits(std::size_t pos) const {
        if (auto special = non_quantity_after_digits(pos)) return std::move(*special);
        // "a .600 season", "batting .312": a rate written as a decimal with no leading zero.
        if (pos > 0 && s_[pos - 1] == '.' && (pos == 1 || is_ascii_space(s_[pos - 2]) || s_[pos - 2] == '('))
            return skip(token_end(pos));
        figure f;
        // "On March 5 300 people gathered": after a month's name, spaces join no digits.
        digit_reading parsed = read_digit_figure(s_, pos, f, [&] {
            const word name = name_before(pos);
            return !name.found() || !listed_any_case(month_names, name.in(s_));
        });
        // Where to go on after a token read as no figure (and past digits grouped by spaces);
        // found only when needed, since "1,1,1,..." would make finding it for every figure quadratic.
        auto run_end = [&] { return std::max(token_end(pos), parsed.skip_to); };
        if (!parsed.digits) return skip(pos + 1);
        if (parsed.failure) return outcome(std::move(*parsed.failure), std::max(run_end(), digits_end(pos)));
        // "250th", "3D", "5G", "10am": attached letters other than a scale or unit
        if (letter_at(f.end)) {
            std::string_view rest = s_.substr(f.end, 2);
            if ((rest == "st" || rest == "nd" || rest == "rd" || rest == "th") && !letter_at(f.end + 2))
                return skip(run_end());
            if (at(f.end) == 's' && !letter_at(f.end + 1) && f.plain_integer && f.end - f.begin == 4 &&
                s_[f.end - 1] == '0') {
                reading r;
                r.begin = f.begin;
                r.end = f.end + 1;
                r.kind = mention_kind::year;
                r.low = f;
                r.high = f;
                r.high->value += 9;
                r.meaning = qualifier::range;
                return found_reading(std::move(r));
            }
        }
        const word_before_figure before = words_before(pos);
        const word name = before.name;
        if (after_label(pos, before)) return skip(run_end());
        if (auto date = read_date(f, name)) return std::move(*date);
        std::size_t after = skip_spaces(s_, f.end);
        if (char c = to_lower(at(after));
            (c == 'a' || c == 'p') &&
            (match_phrase(after, "a.m.") != npos || match_phrase(after, "p.m.") != npos ||
             match_phrase(after, "am", true) != npos || match_phrase(after, "pm", true) != npos))
            return skip(run_end());
        return finish(std::move(f));
    }

    outcome read_from_words(std::size_t pos) const {
        word w = word_at(s_, pos);
        std::size_t resume = std::max(w.end, pos + 1);
        // "EUR12.50": the code is read as the digits' prefix.
        if (currency_code_against_digits(s_, pos, w.end)) return read_from_digits(w.end);
        const std::string_view text = w.in(s_);
        std::optional<figure> f;
        if (equals_lower(text, "a")) {
            std::size_t next = skip_spaces(s_, w.end);
            if (next == w.end) return skip(resume);
            // Every reading below needs a scale, fraction or unit word, or "hundred" or "dozen", next.
            if (!words_after_a.may_start(s_, next)) return skip(resume);
            for (std::string_view scale : {"thousand", "million", "billion", "trillion"})
                if (match_phrase(next, scale) != npos) {
                    f = figure{rational(1), fraction(1, 2), pos, w.end, true};
                    break;
                }
            if (!f) {
                if (std::optional<outcome> share = read_fraction(pos, 1, next)) return std::move(*share);
                if (std::optional<outcome> one_unit = read_a_unit(pos, w.end)) return std::move(*one_unit);
            }
        } else if (text.size() >= 4 && is_letter(text.back())) {
            if (std::optional<outcome> vague = read_vague_plural(w)) return std::move(*vague);
            if (equals_lower(text, "half"))
                if (std::optional<outcome> share = read_half(w)) return std::move(*share);
            if (equals_lower(text, "single")) return read_single(w);
            if (equals_lower(text, "twice")) return read_twice(w);
            for (const multiple_verb& m : multiple_verbs)
                if (equals_lower(text, m.word)) return read_multiple_verb(w, m);
        }
        if (!f) f = read_word_figure(s_, pos);
        if (!f) return skip(resume);
        if (after_label(pos, words_before(pos))) return skip(f->end);
        // "two-thirds of", "one third of"
        if (!f->has_scale && f->half_step == fraction(1, 2) && f->value >= 1 && f->value <= 10) {
            std::size_t next = at(f->end) == '-' && letter_at(f->end + 1) ? f->end + 1 : skip_spaces(s_, f->end);
            if (next > f->end)
                if (std::optional<outcome> share = read_fraction(pos, f->value, next)) return std::move(*share);
        }
        return finish(std::move(*f));
    }

    // A share in words, exact: the fraction word at `word_pos` after a numerator, with "of"
    // after it ("a quarter of", "two-thirds of"), punctuation after it ("cut by a third."), or
    // "by" before it ("rose by a quarter last year"); "quarter" not with punctuation alone, since
    // "three quarters" are also nine months. "A quarter of a percentage point" is a fraction of
    // that unit, not a share.
    std::optional<outcome> read_fraction(std::size_t begin, const rational& numerator, std::size_t word_pos) const {
        if (!letter_at(word_pos)) return std::nullopt;
        const word w = word_at(s_, word_pos);
        const std::string_view text = w.in(s_);
        if (text.size() < 5 || text.size() > 8) return std::nullopt;
        for (const auto& fw : fraction_words) {
            if (!equals_lower(text, fw.word)) continue;
            const std::size_t after = skip_spaces(s_, w.end);
            const std::size_t of_end = after > w.end ? match_phrase(after, "of") : npos;
            const bool stands_alone =
                fw.denominator != 4 && !letter_at(after) && !digit_at(after) && at(after) != '-' && after < s_.size();
            const bool after_by = equals_lower(word_before(s_, begin, floor_).in(s_), "by");
            if (of_end == npos && !stands_alone && !after_by) return std::nullopt;
            rational part = numerator / rational(fw.denominator);
            if (of_end != npos)
                if (std::optional<outcome> of_unit = read_fraction_of_unit(begin, part, of_end)) return of_unit;
            return exact_share(begin, w.end, part * rational(100));
        }
        return std::nullopt;
    }

    // "a quarter of a percentage point", "half a mile" ...: `part` of one unit, after "of".
    std::optional<outcome> read_fraction_of_unit(std::size_t begin, const rational& part, std::size_t of_end) const {
        const std::size_t a = skip_spaces(s_, of_end);
        std::size_t unit_start = match_phrase(a, "a");
        if (unit_start == npos) unit_start = match_phrase(a, "an");
        if (a == of_end || unit_start == npos) return std::nullopt;
        figure probe{rational(1), rational(0), begin, unit_start, true};
        figure_part unit = read_part(std::move(probe), {});
        if (unit.kind == mention_kind::number || unit.number.has_scale || unit.end == unit_start) return std::nullopt;
        const prefix p = read_prefix(begin);
        reading r;
        r.begin = p.inner_begin;
        r.end = unit.end;
        r.kind = unit.kind;
        r.symbol = unit.symbol;
        r.meaning = p.meaning;
        r.low = figure{part * unit.number.value, rational(0), begin, unit.end, true};
        return found_reading(std::move(r));
    }

    outcome exact_share(std::size_t begin, std::size_t end, rational percent) const {
        const prefix p = read_prefix(begin);
        reading r;
        r.begin = p.inner_begin;
        r.end = end;
        r.kind = mention_kind::share;
        r.symbol = "%";
        r.meaning = p.meaning;
        // No digit was written: nothing to round, and the last-digit policy leaves it exact.
        r.low = figure{std::move(percent), rational(0), begin, end, true};
        // "cut by half", "rose by a third": a change, its direction said by the verb.
        if (p.role == figure_role::change) read_role(r, p, false);
        return found_reading(std::move(r));
    }

    // "half of the budget", "cut by half.": 50%, exact.
    std::optional<outcome> read_half(const word& w) const {
        const std::size_t after = skip_spaces(s_, w.end);
        // "half a century": 50 years.
        if (const std::size_t unit_start = after > w.end ? match_phrase(after, "a") : npos; unit_start != npos) {
            figure probe{rational(1), rational(0), w.begin, unit_start, true};
            const figure_part part = read_part(std::move(probe), {});
            if (const long_duration* d = find_long_duration(part.symbol); d != nullptr && !part.number.has_scale)
                return long_duration_reading(w.begin, part, *d, fraction(1, 2));
        }
        const bool of_follows = after > w.end && match_phrase(after, "of") != npos;
        const std::string_view before = word_before(s_, w.begin, floor_).in(s_);
        const bool by_half = equals_lower(before, "by") && !letter_at(after) && !digit_at(after) && after < s_.size();
        // "less than half its target", "nearly half": a qualifier makes it a share on its own.
        bool qualified = false;
        for (std::string_view q : {"than", "nearly", "almost", "about", "roughly", "around", "over", "under"})
            qualified = qualified || equals_lower(before, q);
        qualified = qualified && !next_word_is(s_, w.end, "a") && !next_word_is(s_, w.end, "an") &&
                    !next_word_is(s_, w.end, "the") && !digit_at(after);
        if (!of_follows && !by_half && !qualified) return std::nullopt; // "half a million" is read as a figure
        return exact_share(w.begin, w.end, rational(50));
    }

    // "a single plant": one, counting the noun after it.
    outcome read_single(const word& w) const {
        const word a = word_before(s_, w.begin, floor_);
        if (!a.found() || !equals_lower(a.in(s_), "a")) return skip(w.end);
        const noun_phrase np = read_noun(w.end);
        if (!counts_one(np)) return skip(w.end);
        reading r;
        r.begin = a.begin;
        r.end = np.end;
        r.kind = mention_kind::count;
        r.noun = lowered(np.head.in(s_));
        r.low = figure{rational(1), fraction(1, 2), a.begin, w.end, true};
        return found_reading(std::move(r));
    }

    // "twice the average", "more than twice as fast", "arrested twice": two times, as "three
    // times" is read; "twice a day" is a frequency, no figure.
    outcome read_twice(const word& w) const {
        if (at(w.end) == '-') return skip(w.end); // "twice-weekly"
        for (std::string_view rate : {"a", "an", "per", "daily", "weekly", "monthly", "yearly", "annually", "over"})
            if (next_word_is(s_, w.end, rate)) return skip(w.end);
        const prefix p = read_prefix(w.begin);
        reading r;
        r.begin = p.inner_begin;
        r.end = w.end;
        r.kind = mention_kind::count;
        r.noun = "times";
        r.meaning = p.meaning;
        r.low = figure{rational(2), fraction(1, 2), w.begin, w.end, true};
        return found_reading(std::move(r));
    }

    // "doubled", "more than tripled", "halved": a change by a multiple, in percent ("doubled" is
    // up 100%). Not a phrasal verb ("doubled down", "doubled as a shelter"), and not when the
    // clause gives the level reached ("doubled to 4,300"): that figure is the one to check.
    outcome read_multiple_verb(const word& w, const multiple_verb& m) const {
        for (std::string_view particle : {"down", "up", "as", "over", "back", "out"})
            if (next_word_is(s_, w.end, particle)) return skip(w.end);
        for (std::size_t i = w.end, limit = std::min(s_.size(), w.end + lookback_bytes); i < limit; ++i) {
            const char c = s_[i];
            if (c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') break;
            if (c != ' ' || i + 1 >= s_.size() || to_lower(s_[i + 1]) != 't') continue;
            if (const std::size_t to = match_phrase(i + 1, "to"); to != npos) {
                const std::size_t next = skip_spaces(s_, to);
                if (next > to && next < s_.size() &&
                    (is_digit(s_[next]) || s_[next] == '$' || static_cast<unsigned char>(s_[next]) >= 0x80))
                    return skip(w.end);
            }
        }
        const prefix p = read_prefix(w.begin);
        reading r;
        r.begin = p.inner_begin;
        r.end = w.end;
        r.kind = mention_kind::share;
        r.symbol = "%";
        r.role = figure_role::change;
        r.direction = m.rises ? change_direction::up : change_direction::down;
        r.meaning = p.meaning != qualifier::none ? p.meaning : m.rises ? qualifier::up : qualifier::down;
        // No digit was written: nothing to round.
        r.low = figure{rational(m.percent), rational(0), w.begin, w.end, true};
        return found_reading(std::move(r));
    }

    // Whether the noun after "one" or "a single" is a thing counted: a singular noun, not a
    // name, and not an idiom ("one day", "at one point", "on the one hand").
    bool counts_one(const noun_phrase& np) const {
        if (!np.head.found() || np.capitalised_start) return false;
        const lower_word lw(np.head.in(s_));
        const std::string_view head = lw.view();
        if (head.size() > 2 && ends_in(head, "s") && !ends_in(head, "ss") && !ends_in(head, "us") &&
            !ends_in(head, "is"))
            return false; // "no one knows": a verb, not a plural after "one"
        // A constant array, not a braced list: GCC measures so long a list's words with strlen
        // at every call.
        static constexpr std::array<std::string_view, 27> idioms{
            "another", "thing",   "way",       "side",    "point",  "hand",      "time",    "day",      "night",
            "morning", "evening", "afternoon", "other",   "last",   "piece",     "moment",  "estimate", "count",
            "measure", "account", "analysis",  "version", "reason", "exception", "example", "occasion", "instance"};
        for (std::string_view idiom : idioms)
            if (same_text(head, idiom)) return false;
        return true;
    }

    // "a kilogram", "a mile", "a week": one of a unit of measure. Not after a figure or a word
    // of frequency, where "a" means "per" ("$5 a kilogram", "twice a week"), and not in idioms
    // ("a ton of", "a foot in the door").
    std::optional<outcome> read_a_unit(std::size_t begin, std::size_t a_end) const {
        const std::string_view before = word_before(s_, begin, floor_).in(s_);
        for (std::string_view rate : {"once", "twice", "thrice", "times", "per", "every"})
            if (equals_lower(before, rate)) return std::nullopt;
        figure one{rational(1), fraction(1, 2), begin, a_end, true};
        figure_part part = read_part(std::move(one), {});
        if (part.number.has_scale || part.end == a_end) return std::nullopt;
        const long_duration* long_span = find_long_duration(part.symbol);
        // "a decade ago" is a time, as "a year ago" is, not a span of one.
        if (long_span != nullptr && next_word_is(s_, part.end, "ago")) return std::nullopt;
        // After a figure "a" is "per" ("$5 a kilogram"), unless a span of years follows it as
        // a time ("from 20% a decade earlier").
        const std::size_t back = skip_spaces_back(s_, begin);
        if (back > 0 && (is_digit(s_[back - 1]) || s_[back - 1] == '%' || (floor_ > 0 && back == floor_)) &&
            (long_span == nullptr || !(next_word_is(s_, part.end, "earlier") || next_word_is(s_, part.end, "later") ||
                                       next_word_is(s_, part.end, "before"))))
            return std::nullopt;
        if (long_span != nullptr) return long_duration_reading(begin, part, *long_span, rational(1));
        static constexpr std::array<std::string_view, 36> one_unit_symbols{
            "kg",  "g",    "mg",  "t",     "km", "m",   "cm",  "mm",   "mi",    "l",    "ml", "gal",
            "ha",  "acre", "km2", "sq_mi", "m2", "kWh", "MWh", "GWh",  "TWh",   "kW",   "MW", "GW",
            "kHz", "MHz",  "GHz", "kB",    "MB", "GB",  "TB",  "week", "month", "year", "d",  "h"};
        for (std::string_view symbol : one_unit_symbols)
            if (part.symbol == symbol) {
                if (part.kind == mention_kind::duration && !duration_after_a(before, part.end)) return std::nullopt;
                reading r;
                r.begin = begin;
                r.end = part.end;
                r.kind = part.kind;
                r.symbol = part.symbol;
                r.low = std::move(part.number);
                return found_reading(std::move(r));
            }
        return std::nullopt;
    }

    static const long_duration* find_long_duration(std::string_view symbol) noexcept {
        for (const auto& d : long_durations)
            if (d.symbol == symbol) return &d;
        return nullptr;
    }

    // "a decade", "more than a century", "half a century": `times` the span, written with no
    // numeral, read in the unit it is checked in (10 years, 50 years), exact, with its qualifier.
    outcome long_duration_reading(std::size_t begin, const figure_part& part, const long_duration& d,
                                  const rational& times) const {
        const prefix p = read_prefix(begin);
        reading r;
        r.begin = p.inner_begin;
        r.end = part.end;
        r.kind = mention_kind::duration;
        r.symbol = d.in;
        r.meaning = p.meaning;
        r.low = figure{times * rational(d.factor), rational(0), begin, part.end, true};
        drop_verb_qualifier(r, p); // "cut $4 trillion over a decade": the span, not more than it
        return found_reading(std::move(r));
    }

    // "for a month", "with a week to go", "a week before the vote": a span of time. "A year
    // ago", "from a year earlier", "in a year" and "X a year" compare or make rates; they are
    // no figure of their own.
    bool duration_after_a(std::string_view before, std::size_t end) const {
        for (std::string_view lead : {"for", "with", "within", "after", "than", "just", "only", "nearly", "almost",
                                      "about", "around", "under", "over", "least", "most"})
            if (equals_lower(before, lead)) return true;
        return next_word_is(s_, end, "before") || next_word_is(s_, end, "after");
    }

    // "hundreds of homes", "tens of millions of dollars", "dozens of people": ranges (see
    // vague_plurals), with the unit or noun after the last "of".
    std::optional<outcome> read_vague_plural(const word& w) const {
        const vague_plural* head = find_vague_plural(w.in(s_));
        if (head == nullptr) return std::nullopt;
        std::size_t of_end = match_phrase(skip_spaces(s_, w.end), "of");
        if (of_end == npos || skip_spaces(s_, w.end) == w.end) return skip(w.end);
        rational low(head->low), high(head->high);
        std::size_t end = w.end;
        // "tens of millions", "hundreds of thousands": the second word is the unit counted in.
        if (const std::size_t next = skip_spaces(s_, of_end); next > of_end && letter_at(next)) {
            const word second = word_at(s_, next);
            const vague_plural* scale = find_vague_plural(second.in(s_));
            if (scale != nullptr && scale->factor >= 100) {
                low = rational(head->low) * rational(scale->factor);
                high = rational(head->high) * rational(scale->factor);
                end = second.end;
                const std::size_t after = skip_spaces(s_, end);
                of_end = after > end ? match_phrase(after, "of") : npos;
            }
        }
        reading r;
        r.begin = w.begin;
        r.end = end;
        r.low = figure{std::move(low), rational(0), w.begin, end, true};
        if (head->high != 0) {
            r.high = figure{std::move(high), rational(0), w.begin, end, true};
            r.meaning = qualifier::range;
        } else {
            r.meaning = qualifier::at_least;
        }
        if (of_end != npos) {
            figure probe{rational(1), rational(0), w.begin, of_end, true};
            const figure_part part = read_part(std::move(probe), {});
            if (part.kind != mention_kind::number && part.end > of_end && !part.number.has_scale) {
                r.kind = part.kind;
                r.symbol = part.symbol;
                r.end = part.end;
            } else if (const noun_phrase np = read_noun(of_end); np.head.found()) {
                r.kind = mention_kind::count;
                r.noun = lowered(np.head.in(s_));
                r.end = np.end;
            }
        }
        return found_reading(std::move(r));
    }

    static const vague_plural* find_vague_plural(std::string_view text) noexcept {
        for (const auto& v : vague_plurals)
            if (equals_lower(text, v.word)) return &v;
        return nullptr;
    }

    outcome finish(figure&& f) const {
        // Past the words of a figure read as none, or past the whole token of digits.
        auto resume_if_nothing = [in_words = f.in_words, begin = f.begin, end = f.end, this] {
            return in_words ? end : std::max(token_end(begin), end);
        };
        prefix p = read_prefix(f.begin);
        if (p.negative) f.value = -f.value;
        bool single_one = f.in_words && f.value == 1;
        if (p.currency.empty() && !p.negative)
            if (std::optional<outcome> share = read_one_in(f, p)) return std::move(*share);
        figure_part first = read_part(std::move(f), p.currency);
        if (first.number.needs_scale && !first.number.has_scale) return skip(resume_if_nothing());
        // "one factory" counts; "one of the", "no one", "one another" and "one day" do not.
        if (single_one && first.kind == mention_kind::number && !first.number.has_scale &&
            (after_determiner(first.number.begin) || !counts_one(read_noun(first.end)) ||
             one_in_idiom(first.number.begin)))
            return skip(resume_if_nothing());
        if (single_one && first.kind == mention_kind::duration && first.symbol == "d" &&
            one_in_idiom(first.number.begin))
            return skip(first.end);
        if (letter_at(first.end) ||
            (first.number.in_words ? false : (letter_at(first.number.end) && first.end == first.number.end)))
            return skip(std::max(token_end(first.number.begin), first.number.end));
        // "8K video", "a 4K screen": a resolution's name, not eight thousand.
        if (first.number.scale == 1000 && first.kind == mention_kind::number && first.end == first.number.end + 1 &&
            to_lower(at(first.number.end)) == 'k' &&
            listed_any_case(resolution_nouns, word_at(s_, skip_spaces(s_, first.end)).in(s_)))
            return skip(first.end);

        reading r;
        r.begin = p.begin;
        r.meaning = first.plus ? qualifier::plus : p.meaning;
        // "about 5,000-plus" is about 5,000; "just 5,000-plus" is only 5,000 or more.
        if (first.plus && p.meaning != qualifier::none && p.meaning != qualifier::exactly) r.meaning = p.meaning;

        // Made in place: GCC zero-fills an optional made empty and assigned later.
        std::optional<figure_part> second =
            first.plus
                ? std::nullopt
                : read_range_end(first.end, p, first.kind == mention_kind::money ? first.symbol : std::string_view{});
        // "won 3-1", "a 2-2 draw", "beat Hull 24-17": a scoreline, no quantity.
        const bool tally = second && second->after_tight_dash && first.kind == mention_kind::number &&
                           second->kind == mention_kind::number && first.number.plain_integer &&
                           second->number.plain_integer && !first.number.has_scale && !second->number.has_scale &&
                           !first.number.in_words && !second->number.in_words;
        if (tally && around_score_words(p.begin, second->end)) return skip(second->end);
        // "went 12-5", "a 61-40 record", "a 52-48 vote", "the 787-9": two counts set side by
        // side or a model's name, never a range; read as either count, each would be half a fact.
        if (tally && is_tally(first.number, *second, p)) return skip(second->end);
        // "the bill passed 52-48" is a tally, not a bound.
        const bool tally_after_verb = tally && p.headline_verb;
        if (tally_after_verb) r.meaning = qualifier::none;
        if (second) {
            bool compatible =
                second->plus == false && (first.kind == mention_kind::number || second->kind == mention_kind::number ||
                                          (first.kind == second->kind && first.symbol == second->symbol));
            figure low = first.number;
            // "$5-10 billion", and high end first "$5 to $3 billion": the scale written once is
            // both ends'. Borrowed, it ties the ends into one range in either order; refusing a
            // descending pair would leave the first end read alone as $5, a wrong figure.
            const bool shares_scale = compatible && !low.has_scale && second->number.has_scale;
            if (shares_scale) apply_scale(low, second->number.scale);
            bool ordered = low.value < second->number.value;
            // "$10-5 billion" is the span from 5 to 10 billion written high end first. A bare
            // pair such as "voted 52-48" or "won 3-1" is a tally, and a spaced dash may be
            // punctuation: only digits joined by a dash alone, with a currency, unit or scale,
            // are read high to low.
            bool descending =
                second->number.value < low.value &&
                (shares_scale || (second->after_tight_dash && !low.in_words && !second->number.in_words &&
                                  (first.kind != mention_kind::number || second->kind != mention_kind::number ||
                                   low.has_scale || second->number.has_scale)));
            if (compatible && (ordered || descending) && !(p.from && p.after_change_verb)) {
                if (ordered) {
                    r.low = std::move(low);
                    r.high = second->number;
                } else {
                    r.low = second->number;
                    r.high = std::move(low);
                }
                r.kind = first.kind != mention_kind::number ? first.kind : second->kind;
                r.symbol = first.kind != mention_kind::number ? first.symbol : second->symbol;
                r.end = second->end;
                if (r.meaning == qualifier::none) r.meaning = qualifier::range;
                return complete(std::move(r), p, first.points || second->points);
            }
        }
        r.begin = tally_after_verb ? p.figure_begin : p.inner_begin;
        r.low = std::move(first.number);
        r.kind = first.kind;
        r.symbol = first.symbol;
        r.end = first.end;
        return complete(std::move(r), p, first.points);
    }

    // Whether the word before "one" makes it a pronoun or an idiom: "no one", "at one point",
    // "One day, ...", "and one day".
    bool one_in_idiom(std::size_t one_begin) const {
        const std::size_t back = skip_spaces_back(s_, one_begin);
        if (back == 0 || !is_letter(s_[back - 1])) return true;
        const std::string_view w = word_before(s_, one_begin, floor_).in(s_);
        for (std::string_view idiom : {"no", "any", "every", "each", "that", "this", "which", "what", "at", "and",
                                       "but", "then", "until", "when", "if", "someday", "some"})
            if (equals_lower(w, idiom)) return true;
        return false;
    }

    // "one in five", "1 in 10", "nine out of 10", "one in every four": an exact share, unless
    // the second figure is a year, a measure or smaller than the first ("2 in 10 minutes").
    std::optional<outcome> read_one_in(const figure& f, const prefix& p) const {
        if (f.has_scale || f.value.sign() <= 0 || (!f.in_words && !f.plain_integer)) return std::nullopt;
        // "beat Boston 7-5 in 11 innings": the far side of a tally.
        if (f.begin >= 2 && digit_at(f.begin - 2) && (s_[f.begin - 1] == '-' || dash_at(s_, f.begin - 1) != 0))
            return std::nullopt;
        if (const std::size_t d = f.begin >= 3 ? dash_at(s_, f.begin - 3) : 0; d == 3 && digit_at(f.begin - 4))
            return std::nullopt;
        std::size_t k = skip_spaces(s_, f.end);
        if (k == f.end) return std::nullopt;
        // Both phrases are told from most words after a figure by their first letter.
        if (const char first = to_lower(at(k)); first != 'i' && first != 'o') return std::nullopt;
        std::size_t next = match_phrase(k, "in");
        if (next == npos) next = match_phrase(k, "out of");
        if (next == npos) return std::nullopt;
        if (std::size_t every = match_phrase(skip_spaces(s_, next), "every"); every != npos) next = every;
        const std::size_t start = skip_spaces(s_, next);
        if (start == next) return std::nullopt;
        std::optional<figure> whole;
        if (digit_at(start)) {
            if (non_quantity_after_digits(start)) return std::nullopt;
            figure d;
            if (!read_digit_figure(s_, start, d).made_figure() || !d.plain_integer) return std::nullopt;
            whole = std::move(d);
        } else if (letter_at(start)) {
            whole = read_word_figure(s_, start);
        }
        if (!whole || whole->needs_scale || whole->value < f.value || whole->value >= 1000 ||
            (whole->in_words && whole->half_step != fraction(1, 2)) || letter_at(whole->end))
            return std::nullopt;
        figure probe = *whole;
        const figure_part part = read_part(std::move(probe), {});
        if (part.kind != mention_kind::number || part.number.has_scale || part.plus) return std::nullopt;
        reading r;
        r.begin = p.inner_begin;
        r.end = whole->end;
        r.kind = mention_kind::share;
        r.symbol = "%";
        r.meaning = p.meaning;
        r.low = figure{f.value * rational(100) / whole->value, rational(0), f.begin, whole->end, f.in_words};
        return found_reading(std::move(r));
    }

    // Whether a word of a match ("won", "beat", "draw") is among the three words before `begin`
    // or the two after `end`.
    bool around_score_words(std::size_t begin, std::size_t end) const {
        const word after = word_at(s_, skip_spaces(s_, end));
        if (after.found() && listed_any_case(score_words, after.in(s_))) return true;
        if (const word second = after.found() ? word_at(s_, skip_spaces(s_, after.end)) : word{};
            second.found() && second.begin > after.end && listed_any_case(score_words, second.in(s_)))
            return true; // "a 4-2 aggregate win"
        const std::size_t floor = std::max(floor_, begin > lookback_bytes ? begin - lookback_bytes : 0);
        return listed_in_words_before(begin, floor, 3, score_words);
    }

    // A bare pair "X-Y" (see finish's `tally`) that is no range: high end first (a range is
    // written low to high unless a unit or scale says otherwise, "$10-5 billion"), or with a
    // tally's noun after it or verb before it. A four-digit first end is left to the year rules.
    bool is_tally(const figure& low, const figure_part& high, const prefix& p) const {
        if (low.end - low.begin == 4 && is_year_number(written_integer(low))) return false;
        if (high.number.value <= low.value) return true;
        const word after = word_at(s_, skip_spaces(s_, high.end));
        if (after.found() && listed_any_case(tally_nouns, after.in(s_))) return true;
        // "are 18-7 at home", "9-14 on the road"
        const std::size_t next = skip_spaces(s_, high.end);
        if (next > high.end && (match_phrase(next, "at home") != npos || match_phrase(next, "on the road") != npos))
            return true;
        const word before = word_before(s_, p.figure_begin, floor_);
        return before.found() && listed_any_case(tally_verbs, before.in(s_));
    }

    // Reads what the words around a figure say it is: a change, or a value a change started
    // from or reached (read_change_words), a change by the word after it ("a 2.8% drop", "2%
    // higher"), and, for a change with no other qualifier, its direction as the qualifier.
    void read_role(reading& r, const prefix& p, bool points) const {
        drop_verb_qualifier(r, p);
        if (r.kind == mention_kind::year || r.kind == mention_kind::date) return;
        // "climbed 4,300 metres", "plunged 50 metres", "came down 3 km from": a distance
        // travelled, not a change; "fell by 2 metres" is one.
        const bool physical =
            r.kind == mention_kind::length || r.kind == mention_kind::mass || r.kind == mention_kind::volume;
        const std::uint8_t verb_roles = p.direct_change.found() ? change_word_roles(p.direct_change.in(s_)) : 0;
        if (physical && p.direct_change.found() && (verb_roles & change_word::moves_level) == 0) return;
        // "lost 2.1%", "lost 412 points" say how far a level fell; "lost 40 containers", "lost
        // $2 billion" say what was lost, no change of anything measured.
        // A bare number ("the Dow lost 412") is an index's points; "lost seven of nine" counts games.
        const bool level_points = (r.kind == mention_kind::count && (r.noun == "points" || r.noun == "point")) ||
                                  (r.kind == mention_kind::number && !r.anaphoric);
        if ((verb_roles & change_word::not_of_counts) != 0 && !points && !level_points && r.kind != mention_kind::share)
            return;
        r.role = p.role;
        r.direction = p.direction;
        r.after_from = p.from;
        // "40% below average", "a 2.8% drop", "20% brighter", "$5 more"; "8,848 metres above sea
        // level" is a height and "38 days above 35 degrees" a count of days.
        if (r.role == figure_role::value &&
            (r.kind == mention_kind::share || r.kind == mention_kind::money || r.kind == mention_kind::temperature)) {
            const word after = word_at(s_, skip_spaces(s_, r.end));
            if (after.found() && after.begin > r.end) {
                std::uint8_t roles = change_word_roles(after.in(s_));
                // "a 6.5% pay rise", "a $5 billion tax cut": one noun between the figure and the
                // change it names; comparatives ("5% pay more") take no such noun.
                if (roles == 0) roles = change_noun_after_one_word(after);
                // "1.6 degrees above the average" is read as the temperature it names.
                const bool level_word = equals_lower(after.in(s_), "above") || equals_lower(after.in(s_), "below");
                if (r.kind == mention_kind::temperature && level_word) roles = 0;
                if ((roles & change_word::noun) != 0) {
                    r.role = figure_role::change;
                    r.direction = (roles & change_word::rises) != 0 ? change_direction::up : change_direction::down;
                }
            }
        }
        // "percentage points" measure the difference between two shares.
        if (points && r.role == figure_role::value) r.role = figure_role::change;
        if (r.role == figure_role::change && r.direction == change_direction::none && r.low.value.sign() < 0)
            r.direction = change_direction::down; // "changed by -3%"
        if (r.role == figure_role::change && r.meaning == qualifier::none) {
            if (r.direction == change_direction::up) r.meaning = qualifier::up;
            if (r.direction == change_direction::down) r.meaning = qualifier::down;
        }
    }

    // The roles of a change noun ("rise", "increase", "cut") right after `noun`, when `noun` is
    // a lower-case word that is no change word and does not end the noun phrase; 0 otherwise.
    std::uint8_t change_noun_after_one_word(word noun) const {
        const std::string_view text = noun.in(s_);
        if (!std::all_of(text.begin(), text.end(), is_lower) || is_noun_stop_word(text)) return 0;
        const word next = word_at(s_, skip_spaces(s_, noun.end));
        if (!next.found() || next.begin == noun.end) return 0;
        const std::uint8_t roles = change_word_roles(next.in(s_));
        const bool true_noun = (roles & change_word::noun) != 0 && (roles & change_word::verb) != 0;
        return true_noun ? roles : 0;
    }

    // A headline verb read as a bound where the figure is no level after all: a count that is
    // the verb's object ("passed 12 laws"), "passed the $1.2 trillion bill" (with "the", only
    // "the 50,000 mark" is a level), and "over" before a span of time ("hire 500 nurses over
    // three years"; but "for over three years", "took over three years" are more than three).
    void drop_verb_qualifier(reading& r, const prefix& p) const {
        if (r.meaning != p.meaning || p.qualifier_words.size() == 0) return;
        bool drop = false;
        if (p.headline_verb) {
            drop = (p.literal_verb && r.kind == mention_kind::count) ||
                   (p.headline_the && !listed_any_case(milestone_words, word_at(s_, skip_spaces(s_, r.end)).in(s_)));
        } else if (r.kind == mention_kind::duration && r.meaning == qualifier::more_than &&
                   equals_lower(s_.substr(p.qualifier_words.begin, p.qualifier_words.size()), "over")) {
            drop = !listed_any_case(words_before_over_bound, word_before(s_, p.qualifier_words.begin, floor_).in(s_));
        }
        if (!drop) return;
        r.meaning = r.high ? qualifier::range : qualifier::none;
        r.begin = std::max(r.begin, p.figure_begin);
    }

    outcome complete(reading&& r, const prefix& p, bool points = false) const {
        bool year_like = r.kind == mention_kind::number && !r.high && r.meaning == qualifier::none &&
                         p.role == figure_role::value && !p.plus_sign && r.low.plain_integer && !r.low.has_scale &&
                         !r.low.in_words && r.low.end - r.low.begin == 4 && p.currency.empty() && !p.negative &&
                         is_year_number(written_integer(r.low));
        bool year_range = r.kind == mention_kind::number && r.high && r.low.plain_integer && r.high->plain_integer &&
                          r.low.end - r.low.begin == 4 && r.high->end - r.high->begin == 4 && r.low.value >= 1000 &&
                          r.high->value <= 2999;
        if (year_range) {
            r.kind = mention_kind::year;
            r.begin = r.low.begin; // "over 2010-2015" is a time, not a bound
            return found_reading(std::move(r));
        }
        if (r.kind == mention_kind::number) {
            // The words before the reading and before its figure, most often the same one: found once.
            const word before_reading = word_before(s_, r.begin, floor_);
            const word before_figure = r.low.begin == r.begin ? before_reading : word_before(s_, r.low.begin, floor_);
            // "magnitude 7.9", "a 7.9 magnitude quake", "a 7.9-magnitude quake": a reading on a
            // scale that counts nothing.
            if (equals_lower(before_reading.in(s_), "magnitude") ||
                (!r.high && equals_lower(before_figure.in(s_), "magnitude")) ||
                equals_lower(word_at(s_, skip_spaces(s_, r.end)).in(s_), "magnitude") ||
                (at(r.end) == '-' && match_phrase(r.end + 1, "magnitude") != npos)) {
                // "up to magnitude 5.2", "below magnitude 3": the qualifier stands before the scale's name.
                if (r.meaning == qualifier::none && !r.high && equals_lower(before_figure.in(s_), "magnitude")) {
                    const prefix scale_prefix = read_prefix(before_figure.begin);
                    if (scale_prefix.meaning != qualifier::none && !scale_prefix.headline_verb) {
                        r.meaning = scale_prefix.meaning;
                        r.begin = scale_prefix.inner_begin;
                    }
                }
                read_role(r, p, points);
                return found_reading(std::move(r));
            }
            if (!r.high && after_out_of_or_group(before_reading)) return skip(r.end);
            // "a three-bedroom house", "a 23-man squad", "the 450-member parliament": the size
            // of the thing, a count of the noun after the hyphen.
            if (!r.high && at(r.end) == '-' && letter_at(r.end + 1)) {
                const word counted = word_at(s_, r.end + 1);
                if (counted_in_compound(counted)) {
                    r.kind = mention_kind::count;
                    r.noun = lowered(counted.in(s_));
                    r.end = counted.end;
                    read_role(r, p, points);
                    return found_reading(std::move(r));
                }
            }
            noun_phrase np = read_noun(r.end);
            // "two ATR 72 turboprops": the maker's name and model number are no noun counted.
            if (np.capitalised_start && np.head.found() && maker_capitals(np.head) &&
                digit_at(skip_spaces(s_, np.head.end)) && model_number_at(skip_spaces(s_, np.head.end))) {
                np.head = {};
                np.end = r.end;
            }
            // "221 Harbour Street": an address.
            if (np.capitalised_start && !r.high && r.low.plain_integer && street_follows(r.end)) return skip(r.end);
            // "the 737 Max", "a 787 Dreamliner": a model's name.
            if (np.capitalised_start && !r.high && r.low.plain_integer &&
                listed(model_suffix_words, word_at(s_, skip_spaces(s_, r.end)).in(s_)))
                return skip(r.end);
            // "between the two", "the three of them": a number in words after "the" with no
            // noun of its own stands for things already named; it states no quantity.
            if (!np.head.found() && !r.high && r.low.in_words && !r.low.has_scale && after_determiner(r.low.begin))
                return skip(std::max(r.end, np.end));
            bool noun_follows = np.head.found() && !np.capitalised_start;
            // "a Euro 2024 qualifier" is the year of an event, not a count of qualifiers.
            if (year_like && (p.year_lead || !noun_follows || after_event_name(r.low.begin))) {
                r.kind = mention_kind::year;
                return found_reading(std::move(r));
            }
            if (np.head.found()) {
                r.kind = mention_kind::count;
                r.noun = lowered(np.head.in(s_));
                r.end = np.end;
            } else if (np.anaphoric || (np.any_word && !year_like && !r.high) ||
                       equals_lower(before_figure.in(s_), "among")) {
                r.anaphoric = true;
                if (np.anaphoric) r.end = np.end;
            }
        }
        read_role(r, p, points);
        return found_reading(std::move(r));
    }

    // Whether the word after "three-" names what is counted: a singular noun in lower case, not
    // a plural noun compound ("three-pointers"), a score ("3-nil") or an idiom ("one-time").
    bool counted_in_compound(const word& w) const {
        const std::string_view text = w.in(s_);
        // "a 2-for-1 offer": a function word is no noun.
        if (!w.found() || text.size() < 3 || text.back() == 's' || !std::all_of(text.begin(), text.end(), is_lower) ||
            is_noun_stop_word(text))
            return false;
        if (w.end < s_.size() && s_[w.end] == '-') return false; // "a one-on-one", "a 40-mile-wide band"
        for (std::string_view idiom : {"all", "nil", "love", "time", "way", "off", "sided", "something", "odd",
                                       "pointer", "fold", "plus", "figure", "digit"})
            if (text == idiom) return false;
        return true;
    }

    // "rated 9.8 out of 10" (a scale, said with its reading), "the Group of 20" (a name).
    // `of` is the word before the reading.
    bool after_out_of_or_group(const word& of) const {
        if (!equals_lower(of.in(s_), "of")) return false;
        const std::string_view before_of = word_before(s_, of.begin, floor_).in(s_);
        return equals_lower(before_of, "out") || same_text(before_of, "Group");
    }

    // Whether a capitalised word and then a street's word follow: "221 Harbour Street".
    bool street_follows(std::size_t pos) const {
        const word name = word_at(s_, skip_spaces(s_, pos));
        if (!name.found()) return false;
        const word kind = word_at(s_, skip_spaces(s_, name.end));
        return kind.found() && kind.begin > name.end && listed(street_words, kind.in(s_));
    }

    bool after_event_name(std::size_t pos) const {
        const word name = name_before(pos);
        return name.found() && listed(event_words, name.in(s_));
    }
};

// A template only so that the reader, with the grammars it runs, is compiled where a scan is,
// not in every translation unit that includes the English pack.
using phrase_reader = basic_phrase_reader<>;

} // namespace factrec::parse::detail
