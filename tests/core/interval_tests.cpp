#include <factrec/core.hpp>

#include <doctest/doctest.h>

#include <functional>
#include <random>
#include <vector>

using factrec::exact_number;
using factrec::interval;

namespace {

// Small rationals with open and closed ends: every corner case of sign, zero and openness
// comes up within a few thousand draws.
struct random_intervals {
    std::mt19937 engine{20261121};

    exact_number small_rational() {
        std::uniform_int_distribution<int> numerator(-6, 6), denominator(1, 3);
        return exact_number(numerator(engine), denominator(engine));
    }
    interval next() {
        exact_number a = small_rational(), b = small_rational();
        if (b < a) std::swap(a, b);
        std::bernoulli_distribution coin(0.3);
        bool lower_open = coin(engine), upper_open = coin(engine);
        if (a == b) lower_open = upper_open = false;
        return interval::from_bounds({a, false, lower_open}, {b, false, upper_open});
    }
};

struct sample {
    exact_number value;
    bool inside; // false for the open end of an interval: a limit, not a member
};

// The closure's ends and interior points; the extrema of + - * / over a box lie at its
// corners or along an edge where a factor is zero, both of which this grid visits.
std::vector<sample> grid(const interval& x) {
    const exact_number& lo = x.lower().value;
    const exact_number& hi = x.upper().value;
    std::vector<sample> points{{lo, !x.lower().open}, {hi, !x.upper().open}};
    for (int k = 1; k < 4; ++k) points.push_back({lo + (hi - lo) * k / 4, true});
    if (lo < 0 && 0 < hi) points.push_back({0, true});
    return points;
}

// The hull of f's image over a × b, built from the grid: the tightest interval that an
// interval operation can return.
interval image_hull(const interval& a, const interval& b,
                    const std::function<exact_number(const exact_number&, const exact_number&)>& f) {
    bool first = true;
    factrec::basic_bound<exact_number> lo, hi;
    for (const sample& x : grid(a)) {
        for (const sample& y : grid(b)) {
            exact_number v = f(x.value, y.value);
            bool attained = x.inside && y.inside;
            if (first || v < lo.value || (v == lo.value && attained && lo.open)) lo = {v, false, !attained};
            if (first || hi.value < v || (v == hi.value && attained && hi.open)) hi = {v, false, !attained};
            first = false;
        }
    }
    return interval::from_bounds(lo, hi);
}

void check_operation(const char* name, const std::function<interval(const interval&, const interval&)>& op,
                     const std::function<exact_number(const exact_number&, const exact_number&)>& f,
                     bool skip_zero_divisor) {
    random_intervals draw;
    int checked = 0;
    for (int i = 0; i < 4000; ++i) {
        interval a = draw.next(), b = draw.next();
        if (skip_zero_divisor && b.contains(interval::point(0))) continue;
        if (skip_zero_divisor && (b.lower().value == 0 || b.upper().value == 0)) continue;
        interval result = op(a, b);
        INFO(name << ": " << a << " op " << b << " = " << result);
        for (const sample& x : grid(a))
            for (const sample& y : grid(b))
                if (x.inside && y.inside) REQUIRE(result.contains(f(x.value, y.value)));
        REQUIRE(result == image_hull(a, b, f));
        ++checked;
    }
    CHECK(checked > 1000);
}

} // namespace

TEST_CASE("interval arithmetic is the tightest sound enclosure for exact numbers") {
    check_operation(
        "+", [](auto& a, auto& b) { return a + b; }, [](auto& x, auto& y) { return exact_number(x + y); }, false);
    check_operation(
        "-", [](auto& a, auto& b) { return a - b; }, [](auto& x, auto& y) { return exact_number(x - y); }, false);
    check_operation(
        "*", [](auto& a, auto& b) { return a * b; }, [](auto& x, auto& y) { return exact_number(x * y); }, false);
    check_operation(
        "/", [](auto& a, auto& b) { return a / b; }, [](auto& x, auto& y) { return exact_number(x / y); }, true);
}

TEST_CASE("division by an interval containing zero yields the pieces on either side") {
    random_intervals draw;
    int straddling = 0;
    for (int i = 0; i < 4000; ++i) {
        interval a = draw.next(), b = draw.next();
        if (!b.contains(exact_number(0)) && b.lower().value != 0 && b.upper().value != 0) continue;
        std::vector<interval> pieces = divide(a, b);
        interval whole = a / b;
        INFO(a << " / " << b << " = " << whole);
        REQUIRE(pieces.size() <= 2);
        for (const sample& x : grid(a)) {
            for (const sample& y : grid(b)) {
                if (!x.inside || !y.inside || y.value == 0) continue;
                exact_number q = x.value / y.value;
                bool in_a_piece = false;
                for (const interval& p : pieces) in_a_piece = in_a_piece || p.contains(q);
                REQUIRE(in_a_piece);
                REQUIRE(whole.contains(q));
            }
        }
        ++straddling;
    }
    CHECK(straddling > 500);
    CHECK(divide(interval::closed(1, 2), interval::point(0)).empty());
    CHECK((interval::closed(1, 2) / interval::closed(0, 1)) == interval::at_least(1));
    std::vector<interval> two = divide(interval::closed(1, 2), interval::closed(-1, 1));
    REQUIRE(two.size() == 2);
    CHECK(two[0] == interval::at_most(-1));
    CHECK(two[1] == interval::at_least(1));
}

TEST_CASE("with double every bound is rounded outward and still contains the exact result") {
    using dinterval = factrec::basic_interval<double>;
    random_intervals draw;
    const std::vector<std::pair<const char*, std::function<exact_number(const exact_number&, const exact_number&)>>>
        ops{{"+", [](auto& x, auto& y) { return exact_number(x + y); }},
            {"-", [](auto& x, auto& y) { return exact_number(x - y); }},
            {"*", [](auto& x, auto& y) { return exact_number(x * y); }},
            {"/", [](auto& x, auto& y) { return exact_number(x / y); }}};
    for (int i = 0; i < 3000; ++i) {
        interval a = draw.next(), b = draw.next();
        dinterval da = factrec::interval_cast<double>(a), db = factrec::interval_cast<double>(b);
        REQUIRE(da.lower().value <= factrec::number_traits<double>::lower_from(a.lower().value));
        const dinterval results[] = {da + db, da - db, da * db, da / db};
        for (std::size_t k = 0; k < 4; ++k) {
            interval as_exact = factrec::interval_cast<exact_number>(results[k]);
            INFO(a << ' ' << ops[k].first << ' ' << b << " -> " << results[k]);
            for (const sample& x : grid(a))
                for (const sample& y : grid(b))
                    if (x.inside && y.inside && !(k == 3 && y.value == 0))
                        REQUIRE(as_exact.contains(ops[k].second(x.value, y.value)));
        }
    }
    // 0.1 has no exact binary form: the enclosure must straddle the true tenth.
    dinterval tenth = factrec::interval_cast<double>(interval::point(exact_number(1, 10)));
    CHECK(tenth.lower().value < tenth.upper().value);
    CHECK(factrec::interval_cast<exact_number>(tenth).contains(exact_number(1, 10)));
}

TEST_CASE("set operations respect open and closed ends") {
    interval a = interval::right_open(1, 3), b = interval::left_open(2, 5);
    CHECK(intersect(a, b) == interval::open(2, 3));
    CHECK(hull(a, b) == interval::closed(1, 5));
    CHECK(intersect(interval::right_open(1, 2), interval::closed(2, 3)).is_empty());
    CHECK(intersect(interval::closed(1, 2), interval::closed(2, 3)) == interval::point(2));
    CHECK(interval::open(1, 1).is_empty());
    CHECK(interval::closed(2, 1).is_empty());
    CHECK(hull(interval::empty(), a) == a);
    CHECK(a.contains(exact_number(1)));
    CHECK_FALSE(a.contains(exact_number(3)));
    CHECK(interval::closed(0, 10).contains(a));
    CHECK_FALSE(interval::open(1, 10).contains(a));
    CHECK(interval::whole().contains(interval::at_least(7)));
    CHECK(interval::greater_than(1).contains(interval::at_least(2)));
    CHECK_FALSE(interval::greater_than(1).contains(interval::at_least(1)));
    CHECK(a.width() == exact_number(2));
    CHECK_FALSE(interval::at_least(0).width().has_value());
    CHECK(interval::empty().width() == exact_number(0));
    CHECK((interval::at_least(1) + interval::closed(1, 2)) == interval::at_least(2));
    CHECK((interval::closed(0, 1) * interval::at_least(2)) == interval::at_least(0));
    CHECK((interval::left_open(0, 1) * interval::at_least(2)) == interval::greater_than(0));
}

TEST_CASE("interval notation prints and parses back") {
    const char* texts[] = {"[1, 2)", "(-inf, 5]", "(0.5, inf)", "[-3/7, 1/3]", "{}", "[2, 2]", "(-inf, inf)"};
    for (const char* text : texts) {
        auto parsed = factrec::parse_interval(text);
        REQUIRE_MESSAGE(parsed, text);
        CHECK(to_string(*parsed) == text);
    }
    CHECK(*factrec::parse_interval("[ 1e9 , 1.5e9 ]") == interval::closed(1000000000, 1500000000));
    auto bad = factrec::parse_interval("[1, x]");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().offset == 4);
    CHECK_FALSE(factrec::parse_interval("[1 2]"));
    CHECK_FALSE(factrec::parse_interval("[1, 2"));
    CHECK_FALSE(factrec::parse_interval("1, 2]"));
    CHECK_FALSE(factrec::parse_interval("[1, 2] trailing"));
    CHECK(factrec::parse_interval("[3, 1]")->is_empty());
}

TEST_CASE("exact numbers read and print without loss") {
    CHECK(*factrec::parse_exact_number("490e9") == exact_number(490000000000LL));
    CHECK(*factrec::parse_exact_number("-1.55") == exact_number(-155, 100));
    CHECK(*factrec::parse_exact_number("2/6") == exact_number(1, 3));
    CHECK(*factrec::parse_exact_number(".5") == exact_number(1, 2));
    CHECK(factrec::to_exact_string(exact_number(1, 3)) == "1/3");
    CHECK(factrec::to_exact_string(exact_number(-1, 400)) == "-0.0025");
    CHECK(factrec::to_exact_string(exact_number(489500000000LL)) == "489500000000");
    for (const char* bad : {"", "-", "1.2.3", "1e", "1/0", "abc", "1e999999999", "12x"}) {
        INFO(bad);
        CHECK_FALSE(factrec::parse_exact_number(bad));
    }
    std::string million_digits(1000000, '7');
    auto huge = factrec::parse_exact_number(million_digits);
    REQUIRE_FALSE(huge);
    CHECK(huge.error().message.find("digits") != std::string::npos);
}
