#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

// Runs the real `cadence` executable (built beside the tests) with its own throw-away home,
// and keeps what it printed.
class CliTester
{
public:
    CliTester();

    struct Run {
        int status = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QString path(const QString &name) const { return m_home.filePath(name); }
    // Runs another copy of the program instead of the one built beside the tests.
    void setProgram(const QString &path) { m_program = path; }
    // Pins the command's "now" (CADENCE_NOW), for reproducible output.
    void setNow(const QString &isoDate)
    {
        m_environment.insert(QStringLiteral("CADENCE_NOW"), isoDate);
    }

private:
    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QString m_program;
};
