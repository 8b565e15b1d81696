#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>
#include <variant>

namespace factrec {

// What went wrong and where: `offset` is a byte position in the input that was being read.
struct error {
    std::string message;
    std::size_t offset = 0;

    friend bool operator==(const error&, const error&) = default;
};

// Thrown only by result::value() on a result that holds an error: parsers report errors as
// values, and a caller that ignores that gets an exception rather than a garbage value.
class bad_result_access : public std::logic_error {
public:
    explicit bad_result_access(const error& e) : std::logic_error("result holds an error: " + e.message), error_(e) {}
    [[nodiscard]] const factrec::error& error() const noexcept { return error_; }

private:
    factrec::error error_;
};

// A value or an error (std::expected arrives with C++23; this is the C++20 subset we need).
template <class T>
class result {
public:
    result(T value) : state_(std::in_place_index<0>, std::move(value)) {}
    result(factrec::error e) : state_(std::in_place_index<1>, std::move(e)) {}

    [[nodiscard]] bool has_value() const noexcept { return state_.index() == 0; }
    explicit operator bool() const noexcept { return has_value(); }

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
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    [[nodiscard]] const factrec::error& error() const {
        if (has_value()) throw std::logic_error("result holds a value, not an error");
        return std::get<1>(state_);
    }

private:
    void check() const {
        if (!has_value()) throw bad_result_access(std::get<1>(state_));
    }
    std::variant<T, factrec::error> state_;
};

} // namespace factrec
