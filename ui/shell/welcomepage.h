#pragma once

#include "workspace/workspacefactory.h"

#include <QWidget>

class QCommandLinkButton;
class QFrame;
class QListWidget;
class QVBoxLayout;
class NewWorkspaceForm;

// What the window shows when no workspace is open: start from the handbook, start empty,
// explore sample data, or open a workspace (recent ones listed). A choice that creates a
// workspace opens its form in the page, under the choice, and the entries below make room.
class WelcomePage final : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentWorkspaces(const QStringList &paths);
    QFrame *newWorkspaceForm() const { return m_formFrame; } // hidden until a choice is made

signals:
    void createRequested(WorkspaceFactory::Content content, const QString &path);
    void openRequested(const QString &path);
    void browseRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void openForm(QCommandLinkButton *choice, WorkspaceFactory::Content content);
    void closeForm();

    QVBoxLayout *m_choices;
    QFrame *m_formFrame;
    NewWorkspaceForm *m_form;
    QCommandLinkButton *m_formChoice = nullptr; // the choice the form is open under
    WorkspaceFactory::Content m_content = WorkspaceFactory::Content::Starter;
    QListWidget *m_recent;
    class QLabel *m_recentLabel; // hidden with the list when there is nothing recent
};
