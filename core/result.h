// Result<T>: the value of a fallible call, or the Error that explains, in the user's words,
// why there is none. Core functions return it instead of bool plus an out-string.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace lts {

// `code` is the stable, untranslated name a script can test (the protocol's "Invalid Source
// Path"); `message` is the translated sentence a person reads.
struct Error
{
    QString code;
    QString message;

    friend bool operator==(const Error &, const Error &) = default;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    { }
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace lts
