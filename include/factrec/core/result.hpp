#pragma once

#include <factrec/version.hpp>

#include <cstddef>
#include <functional>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>

namespace factrec {

/// What went wrong and where: `offset` is a byte position in the input that was being read.
struct error {
    std::string message;    ///< whole, with its place when the caller gave a file name ("deal.facts:3:15: ...")
    std::size_t offset = 0; ///< the byte of the input where it went wrong (0 when no one byte is to blame)

    /// Same message at the same offset.
    friend bool operator==(const error&, const error&) = default;
};

/// Thrown only by result::value() on a result that holds an error: parsers report errors as
/// values, and a caller that ignores that gets an exception rather than a garbage value.
class bad_result_access : public std::logic_error {
public:
    /// Carries the error the result held; what() is "result holds an error: " and its message.
    explicit bad_result_access(const error& e) : std::logic_error("result holds an error: " + e.message), error_(e) {}
    /// The error the result held.
    [[nodiscard]] const factrec::error& error() const noexcept { return error_; }

private:
    factrec::error error_;
};

template <class T>
class result;

namespace core::detail {
template <class R>
inline constexpr bool is_result = false;
template <class T>
inline constexpr bool is_result<result<T>> = true;
} // namespace core::detail

/// A value or an error, read like C++23's std::expected<T, error>: `has_value`, `value`, `error`,
/// `value_or`, `and_then`, `transform`. [[nodiscard]] because every factrec function that can fail
/// returns one, and a failure dropped on the floor is a silently wrong answer later.
template <class T>
class [[nodiscard]] result {
public:
    using value_type = T;              ///< what a success holds
    using error_type = factrec::error; ///< what a failure holds

    /// A success: implicit, so that a function returning result<T> may `return value;`.
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    /// A failure: implicit, so that a function may `return error{"...", offset};`.
    result(factrec::error e) : state_(std::in_place_index<1>, std::move(e)) {}

    /// Whether it holds a value (and not an error).
    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    /// has_value(), for `if (auto r = parse(...))`.
    explicit operator bool() const noexcept { return has_value(); }

    /// The value; throws bad_result_access, carrying the error, when there is none.
    ///@{
    [[nodiscard]] T& value() & {
        check();
        return std::get<0>(state_);
    }
    [[nodiscard]] const T& value() const& {
        check();
        return std::get<0>(state_);
    }
    [[nodiscard]] T&& value() && {
        check();
        return std::get<0>(std::move(state_));
    }
    ///@}
    /// The value, as value() gives it (and throws).
    ///@{
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    ///@}

    /// Throws std::logic_error on a result that holds a value: asking a success for its error is
    /// a bug in the caller, not an input problem.
    [[nodiscard]] const factrec::error& error() const {
        if (has_value()) throw std::logic_error("result holds a value, not an error");
        return std::get<1>(state_);
    }

    /// The value, or `fallback` converted to T when it holds an error.
    ///@{
    template <class U>
    [[nodiscard]] T value_or(U&& fallback) const& {
        return has_value() ? std::get<0>(state_) : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U>
    [[nodiscard]] T value_or(U&& fallback) && {
        return has_value() ? std::get<0>(std::move(state_)) : static_cast<T>(std::forward<U>(fallback));
    }
    ///@}

    /// `f(value)`, itself a `result<U>`; an error passes through untouched.
    ///@{
    template <class F>
    [[nodiscard]] auto and_then(F&& f) const& {
        using next = std::remove_cvref_t<std::invoke_result_t<F, const T&>>;
        static_assert(core::detail::is_result<next>, "and_then needs a function that returns a factrec::result");
        if (!has_value()) return next(std::get<1>(state_));
        return std::invoke(std::forward<F>(f), std::get<0>(state_));
    }
    template <class F>
    [[nodiscard]] auto and_then(F&& f) && {
        using next = std::remove_cvref_t<std::invoke_result_t<F, T&&>>;
        static_assert(core::detail::is_result<next>, "and_then needs a function that returns a factrec::result");
        if (!has_value()) return next(std::get<1>(std::move(state_)));
        return std::invoke(std::forward<F>(f), std::get<0>(std::move(state_)));
    }
    ///@}

    /// `f(value)`, a U, as a `result<U>`; an error passes through untouched.
    ///@{
    template <class F>
    [[nodiscard]] auto transform(F&& f) const& {
        using next = result<std::remove_cvref_t<std::invoke_result_t<F, const T&>>>;
        if (!has_value()) return next(std::get<1>(state_));
        return next(std::invoke(std::forward<F>(f), std::get<0>(state_)));
    }
    template <class F>
    [[nodiscard]] auto transform(F&& f) && {
        using next = result<std::remove_cvref_t<std::invoke_result_t<F, T&&>>>;
        if (!has_value()) return next(std::get<1>(std::move(state_)));
        return next(std::invoke(std::forward<F>(f), std::get<0>(std::move(state_))));
    }
    ///@}

private:
    void check() const {
        if (!has_value()) throw bad_result_access(std::get<1>(state_));
    }
    std::variant<T, factrec::error> state_;
};

} // namespace factrec
