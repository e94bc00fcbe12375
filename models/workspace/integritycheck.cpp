#include "integritycheck.h"

#include "sqliteproblem.h"
#include "workspacefile.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// SQLite's integrity report can run to a line per damaged page: the message is one line.
QString oneLineVerdict(const QString &verdict)
{
    QStringList findings;
    for (const QString &line : verdict.split(u'\n', Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1String("*** ")))
            findings << line.trimmed();
    if (findings.size() <= 2)
        return findings.join(QStringLiteral("; "));
    return Text::tr("%1; %2; and %3 more").arg(findings[0], findings[1]).arg(findings.size() - 2);
}

int stopWhenCancelled(void *cancel)
{
    return static_cast<const std::atomic<bool> *>(cancel)->load() ? 1 : 0;
}

} // namespace

namespace IntegrityCheck {

namespace {

IntegrityVerdict failure(const QString &path, const QSqlError &error, const QString &otherwise)
{
    return {SqliteProblem::meansDamage(error) ? IntegrityVerdict::State::Damaged
                                              : IntegrityVerdict::State::Unchecked,
            Problem{path, SqliteProblem::describe(error, otherwise)}};
}

} // namespace

IntegrityVerdict run(const QString &path, const std::atomic<bool> *cancel)
{
    static QAtomicInteger<int> counter;
    const QString connection =
        QStringLiteral("cadence-check-%1").arg(counter.fetchAndAddRelaxed(1));
    IntegrityVerdict verdict;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        WorkspaceFile::connect(db, path, true);
        if (!db.open()) {
            verdict = failure(path, db.lastError(), Text::tr("cannot be opened (%1)"));
        } else {
            if (cancel)
                if (sqlite3 *handle = WorkspaceFile::handle(db))
                    sqlite3_progress_handler(handle, 1000, &stopWhenCancelled,
                                             const_cast<std::atomic<bool> *>(cancel));
            QSqlQuery check(db);
            if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
                verdict = failure(path, check.lastError(), Text::tr("cannot be checked (%1)"));
            else if (const QString result = check.value(0).toString();
                     result != QLatin1String("ok"))
                verdict = {IntegrityVerdict::State::Damaged,
                           Problem{path, Text::tr("is damaged (integrity check: %1)")
                                             .arg(oneLineVerdict(result))}};
            else
                verdict = {IntegrityVerdict::State::Intact, {}};
            check.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    WorkspaceFile::removeReadersCompanions(path);
    if (cancel && cancel->load())
        return {};
    return verdict;
}

} // namespace IntegrityCheck

BackgroundIntegrityCheck::BackgroundIntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
{}

BackgroundIntegrityCheck::~BackgroundIntegrityCheck()
{
    m_cancel = true;
    if (m_thread)
        m_thread->wait();
}

void BackgroundIntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([this] {
        const IntegrityVerdict verdict = IntegrityCheck::run(m_path, &m_cancel);
        if (m_cancel)
            return;
        // Delivered on this object's thread, and dropped if the object is gone by then.
        QMetaObject::invokeMethod(
            this, [this, verdict] { emit finished(verdict); }, Qt::QueuedConnection);
    }));
    m_thread->start(QThread::LowPriority);
}
