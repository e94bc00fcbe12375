#pragma once

#include "core/problem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QVarLengthArray>

// The records of a CSV file (RFC 4180: a quoted field may hold separators, quotes written
// twice and line breaks), read from a device a chunk at a time: memory holds one chunk and
// one record, however long the file. Each record knows the line it starts on. Fields are
// UTF-8 bytes, checked as such; a file that is UTF-16, holds NUL bytes or a line that is not
// UTF-8 is a problem naming the line, as is a quoted field that never closes.
class CsvRecords
{
public:
    // A line longer than this is not a CSV of values (and would have to be held whole).
    static constexpr qsizetype MaxRecordBytes = 1 << 20;

    CsvRecords(QIODevice &device, QString file);

    // Reads the first line to tell the separator (',', ';' or tab, whichever it has most of)
    // and leaves the device ready for next(); a problem when it is not UTF-8 text.
    Outcome start();
    char separator() const { return m_separator; }

    // The next record that is not blank; false at the end or on a problem.
    bool next();
    const Outcome &problem() const { return m_problem; }

    int line() const { return m_line; }
    qsizetype size() const { return m_fields.size(); }
    QByteArrayView field(qsizetype i) const
    {
        return QByteArrayView(m_record.constData() + m_fields[i].first, m_fields[i].second);
    }
    QString text(qsizetype i) const { return QString::fromUtf8(field(i)); }
    QStringList texts() const;

private:
    bool fill();
    Problem fail(const QString &what) const;

    QIODevice &m_device;
    QString m_file;
    char m_separator = ',';
    QByteArray m_buffer;
    qsizetype m_at = 0;
    bool m_atEnd = false;
    int m_nextLine = 1;
    int m_line = 0;
    QByteArray m_record; // the unquoted bytes of the record's fields, one after the other
    QVarLengthArray<std::pair<qsizetype, qsizetype>, 16> m_fields; // offset, size
    Outcome m_problem;
};
