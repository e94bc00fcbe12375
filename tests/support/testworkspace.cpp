#include "testworkspace.h"

#include "core/englishplurals.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace {

// Tests read the strings the program shows, so they count in English as the program does.
void countInEnglish()
{
    EnglishPlurals::install();
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(countInEnglish)

QDateTime TestWorkspace::defaultNow()
{
    return QDateTime(QDate(2026, 11, 16), QTime(9, 0), QTimeZone::utc());
}

TestWorkspace::TestWorkspace(WorkspaceFactory::Content content, QDateTime now)
    : m_clock(std::make_shared<FixedClock>(now))
    , m_path(m_dir.filePath(QStringLiteral("test.cadence")))
{
    auto created = WorkspaceFactory::create(m_path, m_clock, content);
    if (!created)
        qFatal("cannot create a test workspace: %s", qPrintable(created.problem().text()));
    m_session = created.take();
}

void TestWorkspace::reopen()
{
    m_session.reset();
    auto opened = WorkspaceSession::open(m_path, m_clock);
    if (!opened)
        qFatal("cannot reopen the test workspace: %s", qPrintable(opened.problem().text()));
    m_session = opened.take();
}

void isolateUserFolders()
{
    QStandardPaths::setTestModeEnabled(true);
    // QSettings ignores the test mode: point it at a folder of this run.
    static QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsFolder.path());
}

void addBadWorkspaceRows()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text file") << "not-sqlite.cadence"
                               << "not an SQLite database";
    QTest::newRow("empty file") << "empty.cadence"
                                << "not an SQLite database";
    QTest::newRow("another application") << "other-app.cadence"
                                         << "another application";
    QTest::newRow("newer schema") << "newer-schema.cadence"
                                  << "newer Cadence";
    QTest::newRow("truncated") << "truncated.cadence"
                               << "damaged";
    QTest::newRow("damaged pages") << "damaged.cadence"
                                   << "damaged";
}
