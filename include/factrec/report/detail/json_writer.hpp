#pragma once

#include <factrec/report/detail/layer_namespace.hpp>
#include <factrec/report/detail/safe_text.hpp>

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace factrec::report::detail {

// A small streaming JSON writer: commas and escaping are its business, structure the caller's.
// Whatever bytes it is given, it writes valid JSON (see append_json_string).
class json_writer {
public:
    explicit json_writer(std::ostream& out) : out_(out) {}

    json_writer& begin_object() { return open('{'); }
    json_writer& end_object() { return close('}'); }
    json_writer& begin_array() { return open('['); }
    json_writer& end_array() { return close(']'); }

    json_writer& key(std::string_view name) {
        separate();
        write_string(name);
        out_ << ':';
        after_key_ = true;
        return *this;
    }
    json_writer& value(std::string_view text) {
        separate();
        write_string(text);
        return *this;
    }
    json_writer& value(const char* text) { return value(std::string_view(text)); }
    json_writer& value(bool b) {
        separate();
        out_ << (b ? "true" : "false");
        return *this;
    }
    json_writer& integer(unsigned long long n) {
        separate();
        out_ << n;
        return *this;
    }
    json_writer& null() {
        separate();
        out_ << "null";
        return *this;
    }
    template <class Range>
    json_writer& string_array(const Range& items) {
        begin_array();
        for (const auto& item : items) value(std::string_view(item));
        return end_array();
    }

private:
    json_writer& open(char c) {
        separate();
        out_ << c;
        first_.push_back(true);
        return *this;
    }
    json_writer& close(char c) {
        out_ << c;
        first_.pop_back();
        return *this;
    }
    void separate() {
        if (after_key_) {
            after_key_ = false;
            return;
        }
        if (!first_.empty()) {
            if (!first_.back()) out_ << ',';
            first_.back() = false;
        }
    }
    void write_string(std::string_view s) {
        buffer_.clear();
        append_json_string(buffer_, s);
        out_ << buffer_;
    }

    std::ostream& out_;
    std::vector<bool> first_;
    bool after_key_ = false;
    std::string buffer_;
};

} // namespace factrec::report::detail
