#pragma once

#include "statement.h"

#include <QHash>

// Text that repeats across the rows of one read (a PM, a team, a zone, a replica) shares one
// copy, instead of a QString for each row.
class InternedText
{
public:
    QString operator()(const Statement &row, int column)
    {
        const QByteArray key = row.utf8(column);
        if (key.isNull())
            return QString();
        const auto found = m_strings.constFind(key);
        if (found != m_strings.constEnd())
            return *found;
        const QString value = QString::fromUtf8(key);
        m_strings.insert(QByteArray(key.constData(), key.size()), value);
        return value;
    }

private:
    QHash<QByteArray, QString> m_strings;
};
