#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

// What went wrong with a file the user gave us, phrased for the user:
// "cadence: FILE: what is wrong". Every error that reaches the user is one of these.
struct Problem {
    QString file;
    QString what;

    QString text() const { return file.isEmpty() ? what : file + QStringLiteral(": ") + what; }
};

// A value or the Problem that prevented it. Small on purpose: std::expected is C++23.
template<typename T> class Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Problem problem)
        : m_state(std::move(problem))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_state); }
    const T &value() const { return std::get<T>(m_state); }
    T take() { return std::move(std::get<T>(m_state)); }
    const Problem &problem() const { return std::get<Problem>(m_state); }

private:
    std::variant<T, Problem> m_state;
};

// For operations that return nothing but may fail.
using Outcome = std::optional<Problem>;
