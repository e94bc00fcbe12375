#pragma once

#include "workspace/workspacefactory.h"

#include <QDialog>

class QButtonGroup;
class QLineEdit;

// Asks what a new workspace should hold and where to keep it.
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    NewWorkspaceDialog(WorkspaceFactory::Content content, QWidget *parent = nullptr);

    WorkspaceFactory::Content content() const;
    QString path() const;

private:
    void validate();

    QButtonGroup *m_contents;
    QLineEdit *m_path;
    class QPushButton *m_create;
    class QLabel *m_warning;
};
