#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <utility>

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
    // Starts it and returns at once, for a test that stops it half-way.
    std::unique_ptr<QProcess> start(const QStringList &arguments);
    QString path(const QString &name) const { return m_home.filePath(name); }
    // Runs another copy of the program instead of the one built beside the tests.
    void setProgram(const QString &path) { m_program = path; }
    // Runs it as another user (the caller must be root); the home folder is opened to them.
    void setUser(uint userId, uint groupId);
    // Runs it with a limit on the size of any file it writes (RLIMIT_FSIZE, like `ulimit -f`);
    // writes beyond it fail with EFBIG instead of killing it (SIGXFSZ ignored).
    void setFileSizeLimit(qint64 bytes) { m_fileSizeLimit = bytes; }
    // Pins the command's "now" (CADENCE_NOW), for reproducible output.
    void setNow(const QString &isoDate) { setVariable(QStringLiteral("CADENCE_NOW"), isoDate); }
    void setVariable(const QString &name, const QString &value)
    {
        m_environment.insert(name, value);
    }

private:
    void prepare(QProcess &process) const;

    QTemporaryDir m_home;
    QProcessEnvironment m_environment;
    QString m_program;
    std::optional<std::pair<uint, uint>> m_user;
    qint64 m_fileSizeLimit = 0;
};
