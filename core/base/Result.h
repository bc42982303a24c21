#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lectern {

// An error a person can act on: `code` is stable and machine-readable (tests and the sync
// protocol match on it), `message` is translated and says what went wrong and what to do.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

// The outcome of an operation that can fail for reasons the user must hear about.
// std::expected is C++23; this is the small subset Lectern needs.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{
    friend bool operator==(Done, Done) = default;
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace lectern
