#pragma once

#include "workspace/backups.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

// The strip above the panes when the open workspace turned out to be damaged: what is wrong,
// that Cadence no longer writes to it, and the offer to put its latest backup in its place.
class DamageBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit DamageBanner(QWidget *parent = nullptr);

    void showDamage(const QString &problem, const std::optional<Backup> &latest);

signals:
    void restoreRequested(const Backup &backup);

private:
    QLabel *m_text;
    QPushButton *m_restore;
    std::optional<Backup> m_latest;
};
