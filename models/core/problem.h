#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <variant>

// What went wrong with a file the user gave us, phrased for the user:
// "cadence: FILE: what is wrong". Every error that reaches the user is one of these.
struct Problem {
    QString file;
    QString what;
    // A file with several distinct problems lists each on a line of its own, in file order
    // ("lines 2–201: unknown product 'Web Analytics'"), and `what` sums them up.
    QStringList details = {};

    // On one line, whatever the file name or the message hold (see oneLine()).
    QString text() const
    {
        return oneLine(file.isEmpty() ? what : file + QStringLiteral(": ") + what);
    }

    // Control characters written out (\n, \r, \t, \xNN), so that a message stays one line
    // on a terminal and in a list, whatever the input it quotes.
    static QString oneLine(const QString &text);
};

// Input quoted back inside a message: on one line (see Problem::oneLine) and cut to about
// `limit` characters, so that a 10 MB field does not become a 10 MB message.
QString echo(const QString &input, int limit = 60);

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
