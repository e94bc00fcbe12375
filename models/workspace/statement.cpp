#include "statement.h"

#include "core/isodate.h"

#include <sqlite3.h>

#include <cmath>
#include <utility>

SqlValue SqlValue::fromVariant(const QVariant &value)
{
    if (value.isNull())
        return null();
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return of(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return of(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return ofReal(value.toDouble());
    case QMetaType::QDate:
        return of(IsoDate::text(value.toDate()));
    default:
        return of(value.toString());
    }
}

SqlValue SqlValue::ofDay(QDate day)
{
    return day.isValid() ? of(IsoDate::text(day)) : null();
}

QVariant SqlValue::toVariant() const
{
    switch (type) {
    case Type::Null:
        return {};
    case Type::Integer:
        return integer;
    case Type::Real:
        return real;
    case Type::Text:
        return QString::fromUtf8(text);
    }
    return {};
}

bool SqlValue::operator==(const SqlValue &other) const
{
    const bool numeric = type == Type::Integer || type == Type::Real;
    const bool otherNumeric = other.type == Type::Integer || other.type == Type::Real;
    if (numeric && otherNumeric) {
        if (type == Type::Integer && other.type == Type::Integer)
            return integer == other.integer;
        const double a = type == Type::Integer ? double(integer) : real;
        const double b = other.type == Type::Integer ? double(other.integer) : other.real;
        return a == b || (std::isnan(a) && std::isnan(b));
    }
    if (type != other.type)
        return false;
    return type == Type::Null || text == other.text;
}

Statement::Statement(sqlite3 *connection, const QByteArray &sql)
    : m_connection(connection)
{
    if (!connection || sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()),
                                          &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement::Statement(Statement &&other) noexcept
    : m_statement(std::exchange(other.m_statement, nullptr))
    , m_connection(other.m_connection)
    , m_done(other.m_done)
{}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
        m_connection = other.m_connection;
        m_done = other.m_done;
    }
    return *this;
}

QString Statement::error() const
{
    return m_connection ? QString::fromUtf8(sqlite3_errmsg(m_connection))
                        : QStringLiteral("no SQLite connection");
}

void Statement::bind(int parameter, const SqlValue &value)
{
    switch (value.type) {
    case SqlValue::Type::Null:
        bindNull(parameter);
        break;
    case SqlValue::Type::Integer:
        bind(parameter, value.integer);
        break;
    case SqlValue::Type::Real:
        bindReal(parameter, value.real);
        break;
    case SqlValue::Type::Text:
        bind(parameter, value.text);
        break;
    }
}

void Statement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void Statement::bindReal(int parameter, double value)
{
    sqlite3_bind_double(m_statement, parameter, value);
}

void Statement::bind(int parameter, const QByteArray &utf8)
{
    // A null QByteArray is still text (""), as Qt binds a null QString to a NOT NULL column.
    sqlite3_bind_text(m_statement, parameter, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bindStatic(int parameter, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, parameter, utf8.isNull() ? "" : utf8.constData(),
                      int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

bool Statement::next()
{
    if (!m_statement) {
        m_done = false;
        return false;
    }
    const int status = sqlite3_step(m_statement);
    m_done = status == SQLITE_DONE;
    return status == SQLITE_ROW;
}

bool Statement::exec()
{
    const bool ok = m_statement && !next() && m_done;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString Statement::text(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

QByteArray Statement::utf8(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QByteArray::fromRawData(text, text ? sqlite3_column_bytes(m_statement, column) : 0);
}

QDate Statement::day(int column) const
{
    return IsoDate::day(QByteArrayView(utf8(column)));
}

SqlValue Statement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return SqlValue::of(integer(column));
    case SQLITE_FLOAT:
        return SqlValue::ofReal(real(column));
    case SQLITE_NULL:
        return SqlValue::null();
    default: {
        const QByteArray bytes = utf8(column);
        return {SqlValue::Type::Text, 0, 0, QByteArray(bytes.constData(), bytes.size())};
    }
    }
}

int Statement::columnCount() const
{
    return m_statement ? sqlite3_column_count(m_statement) : 0;
}
