#include "referencecheck.h"

#include "sqliteproblem.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

namespace ReferenceCheck {

Outcome check(const QSqlDatabase &db, const QString &path, const QStringList &tables)
{
    // (table, the table it refers to) → how many of its records refer to a missing one
    QMap<std::pair<QString, QString>, int> dangling;
    const QStringList scopes = tables.isEmpty() ? QStringList{QString()} : tables;
    for (const QString &table : scopes) {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const QString sql = table.isEmpty()
                                ? QStringLiteral("PRAGMA foreign_key_check")
                                : QStringLiteral("PRAGMA foreign_key_check(\"%1\")").arg(table);
        if (!query.exec(sql))
            return Problem{path, SqliteProblem::describe(query.lastError(),
                                                         Text::tr("cannot be checked (%1)"))};
        while (query.next())
            ++dangling[{query.value(0).toString(), query.value(2).toString()}];
    }
    if (dangling.isEmpty())
        return {};
    QStringList parts;
    for (auto found = dangling.cbegin(); found != dangling.cend(); ++found)
        parts << QCoreApplication::translate("Workspace", "%n %1 record(s) with a missing %2",
                                             nullptr, found.value())
                     .arg(found.key().first, found.key().second);
    return Problem{path, Text::tr("has records that refer to missing ones: %1")
                             .arg(parts.join(QStringLiteral("; ")))};
}

} // namespace ReferenceCheck
