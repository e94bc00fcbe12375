#pragma once

#include "workspace/workspacefactory.h"

#include <QWidget>

class QListWidget;

// What the window shows when no workspace is open: start from the handbook, start empty,
// explore sample data, or open a workspace (recent ones listed).
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentWorkspaces(const QStringList &paths);

signals:
    void createRequested(WorkspaceFactory::Content content);
    void openRequested(const QString &path);
    void browseRequested();

private:
    QListWidget *m_recent;
    class QLabel *m_recentLabel; // hidden with the list when there is nothing recent
};
