#include "clitester.h"

#include <QFile>
#include <QProcess>

#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

CliTester::CliTester()
    : m_environment(QProcessEnvironment::systemEnvironment())
    , m_program(qEnvironmentVariable("CADENCE_BINARY"))
{
    m_environment.insert(QStringLiteral("HOME"), m_home.path());
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                         m_home.filePath(QStringLiteral("config")));
    m_environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    m_environment.insert(QStringLiteral("CADENCE_NOW"), QStringLiteral("2026-11-16"));
}

void CliTester::setUser(uint userId, uint groupId)
{
    m_user = {userId, groupId};
    constexpr auto everyone = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                              QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                              QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QFile::setPermissions(m_home.path(), everyone);
}

void CliTester::prepare(QProcess &process) const
{
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_home.path());
    const auto user = m_user;
    const qint64 limit = m_fileSizeLimit;
    // Between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([user, limit] {
        if (limit > 0) {
            ::signal(SIGXFSZ, SIG_IGN);
            const rlimit size{rlim_t(limit), rlim_t(limit)};
            ::setrlimit(RLIMIT_FSIZE, &size);
        }
        if (user && (::setgroups(0, nullptr) != 0 || ::setgid(user->second) != 0 ||
                     ::setuid(user->first) != 0))
            ::_exit(127);
    });
}

CliTester::Run CliTester::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    prepare(process);
    process.start(m_program, arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

std::unique_ptr<QProcess> CliTester::start(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    prepare(*process);
    process->start(m_program, arguments);
    process->waitForStarted();
    process->closeWriteChannel();
    return process;
}
