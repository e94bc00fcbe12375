#include "migrations.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <algorithm>

namespace Migrations {

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString pending;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        pending += line + QLatin1Char('\n');
        const QByteArray utf8 = pending.toUtf8();
        if (sqlite3_complete(utf8.constData())) {
            if (const QString statement = pending.trimmed();
                !statement.isEmpty() && statement != QLatin1String(";"))
                statements << statement;
            pending.clear();
        }
    }
    // A tail of comments alone is no statement.
    const QStringList tail = pending.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const bool onlyComments = std::all_of(tail.begin(), tail.end(), [](const QString &line) {
        return line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1String("--"));
    });
    if (!onlyComments)
        statements << pending.trimmed();
    return statements;
}

namespace {

QStringList stepFiles(const QDir &dir)
{
    return dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
}

} // namespace

int count()
{
    static const int steps = int(stepFiles(QDir(QStringLiteral(":/cadence/migrations"))).size());
    return steps;
}

QByteArray digest()
{
    static const QByteArray steps = [] {
        QCryptographicHash hash(QCryptographicHash::Sha1);
        const QDir dir(QStringLiteral(":/cadence/migrations"));
        for (const QString &name : stepFiles(dir)) {
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                hash.addData(name.toUtf8() + '\0' + file.readAll() + '\0');
        }
        return hash.result().toHex();
    }();
    return steps;
}

const std::vector<Migration> &all()
{
    static const std::vector<Migration> steps = [] {
        std::vector<Migration> list;
        QDir dir(QStringLiteral(":/cadence/migrations"));
        const QStringList files = stepFiles(dir);
        for (const QString &name : files) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                qFatal("Cadence: the migration %s is missing from the build", qPrintable(name));
            list.push_back({name, splitStatements(QString::fromUtf8(file.readAll()))});
        }
        return list;
    }();
    return steps;
}

} // namespace Migrations
