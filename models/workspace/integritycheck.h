#pragma once

#include "core/problem.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// What SQLite's quick_check of a workspace file found.
struct IntegrityVerdict {
    enum class State {
        Unchecked, // the check could not run (problem says why): nothing is known
        Intact,
        Damaged, // problem says how, in one line
    };
    State state = State::Unchecked;
    Outcome problem;
};

// The check, on a read-only connection of its own: it never writes, and a damaged file is
// never written because of it.
namespace IntegrityCheck {

// Safe from any thread; a set `cancel` stops it early (the verdict is then Unchecked).
IntegrityVerdict run(const QString &path, const std::atomic<bool> *cancel = nullptr);

} // namespace IntegrityCheck

// The check on a thread of its own, so that a large workspace opens at once and is checked
// while it is already in use. Destroying it stops the check.
class BackgroundIntegrityCheck final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundIntegrityCheck(QString path, QObject *parent = nullptr);
    ~BackgroundIntegrityCheck() override;

    void start();

signals:
    // On the thread this object lives in; not emitted if it was destroyed first.
    void finished(const IntegrityVerdict &verdict);

private:
    QString m_path;
    std::atomic<bool> m_cancel = false;
    std::unique_ptr<QThread> m_thread;
};
