// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Studio {

// Stable error codes: tests and callers branch on them, never on message text.
enum class ErrorCode {
    Unknown,
    NotFound,
    IoError,
    InvalidInput,     // malformed data (YAML, JSON, zip, PEM, ...)
    TooLarge,         // a size or count limit was hit
    Unsafe,           // a hostile input was refused (traversal, symlink, bomb, ...)
    Unsupported,
    ValidationFailed, // the plugin does not validate; see the report
    SignatureInvalid,
    ProcessFailed,    // a child process could not start or failed
    Timeout,
    Cancelled,
    NetworkError,
    PermissionDenied,
    Conflict,
};

// An error that says what went wrong and, where it helps, where.
struct Error
{
    ErrorCode code = ErrorCode::Unknown;
    QString message; // full sentence, says how to fix it where possible
    QString file;    // optional location
    int line = 0;    // 1-based, 0 = unknown
    int column = 0;  // 1-based, 0 = unknown

    Error() = default;
    Error(ErrorCode c, QString msg, QString f = {}, int l = 0, int col = 0)
        : code(c), message(std::move(msg)), file(std::move(f)), line(l), column(col)
    {}

    // "file:line:column: message" (location parts omitted when unknown).
    QString toString() const
    {
        QString s;
        if (!file.isEmpty()) {
            s += file;
            if (line > 0) {
                s += QLatin1Char(':') + QString::number(line);
                if (column > 0)
                    s += QLatin1Char(':') + QString::number(column);
            }
            s += QLatin1String(": ");
        }
        return s + message;
    }
};

// Result<T>: a value or an Error, with the tl::expected surface we need.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(value) {}
    Result(T &&value) : m_data(std::move(value)) {}
    Result(const Error &error) : m_data(error) {}
    Result(Error &&error) : m_data(std::move(error)) {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }
    T valueOr(T fallback) const { return hasValue() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error) {}
    Result(Error &&error) : m_error(std::move(error)) {}
    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using VoidResult = Result<void>;

} // namespace Studio
