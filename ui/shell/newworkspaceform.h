#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

// Where a new workspace is kept: a file name (a free one in the app's data folder to start
// with), Browse…, and one line on why it cannot be created there. The New Workspace dialog and
// the welcome page's inline form both ask with it.
class NewWorkspaceForm final : public QWidget
{
    Q_OBJECT

public:
    explicit NewWorkspaceForm(QWidget *parent = nullptr);

    QString path() const;
    bool isAcceptable() const;
    void proposeFreshPath(); // a name in the data folder that is not taken yet
    QLineEdit *pathEdit() const { return m_path; }

signals:
    void acceptableChanged(bool acceptable);

private:
    void validate();

    QLineEdit *m_path;
    QLabel *m_warning;
};
