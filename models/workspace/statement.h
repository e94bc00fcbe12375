#pragma once

#include "core/problem.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A value as SQLite holds it: what the record store compares and copies without going through
// QVariant's conversions (an INTEGER 1 and a REAL 1.0 are the same number; text is UTF-8).
struct SqlValue {
    enum class Type { Null, Integer, Real, Text };
    Type type = Type::Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray text;

    static SqlValue null() { return {}; }
    static SqlValue of(qint64 value) { return {Type::Integer, value, 0, {}}; }
    static SqlValue ofReal(double value) { return {Type::Real, 0, value, {}}; }
    static SqlValue of(const QString &value) { return {Type::Text, 0, 0, value.toUtf8()}; }
    // Text, or NULL for an empty one (optional references: a team, a product).
    static SqlValue ofOptional(const QString &value)
    {
        return value.isEmpty() ? null() : of(value);
    }
    // A day's stored text (YYYY-MM-DD), or NULL for an invalid day.
    static SqlValue ofDay(QDate day);
    // Null for a null QVariant; bools and integers as integers, doubles as reals, dates as
    // their stored text, anything else as its string.
    static SqlValue fromVariant(const QVariant &value);
    QVariant toVariant() const;
    bool isNull() const { return type == Type::Null; }
    bool operator==(const SqlValue &other) const;
};

// A prepared statement on the workspace's own SQLite connection, finalized when it goes: the
// bulk and hot paths (years of coverage history and metric points, 100,000 interviews) read
// and write through it instead of QSqlQuery, whose per-value QVariants cost several times
// the work of SQLite itself.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *connection, const QByteArray &sql);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement; }
    QString error() const; // SQLite's message for the last failure

    // Parameters count from 1. Text is copied unless said otherwise.
    void bind(int parameter, const SqlValue &value);
    void bind(int parameter, qint64 value);
    void bindReal(int parameter, double value);
    void bind(int parameter, const QByteArray &utf8);
    void bind(int parameter, const QString &text) { bind(parameter, text.toUtf8()); }
    // The bytes must stay as they are until the statement is reset or bound again.
    void bindStatic(int parameter, const QByteArray &utf8);
    void bindNull(int parameter);

    // True while there is a row; check done() afterwards to tell the end from a failure.
    bool next();
    bool done() const { return m_done; }
    // Runs a statement that returns no rows; false on failure.
    bool exec();
    void reset();

    // Columns count from 0.
    bool isNull(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The value's bytes as SQLite holds them, not copied: valid until the next step.
    QByteArray utf8(int column) const;
    QDate day(int column) const; // a stored YYYY-MM-DD day; invalid for NULL or other text
    SqlValue value(int column) const;
    int columnCount() const;

private:
    sqlite3_stmt *m_statement = nullptr;
    sqlite3 *m_connection = nullptr;
    bool m_done = false;
};
