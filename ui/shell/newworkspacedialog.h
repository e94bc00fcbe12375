#pragma once

#include "workspace/workspacefactory.h"

#include <QDialog>

class QButtonGroup;
class NewWorkspaceForm;

// Asks what a new workspace should hold and where to keep it.
class NewWorkspaceDialog final : public QDialog
{
    Q_OBJECT

public:
    NewWorkspaceDialog(WorkspaceFactory::Content content, QWidget *parent = nullptr);

    WorkspaceFactory::Content content() const;
    QString path() const;

private:
    QButtonGroup *m_contents;
    NewWorkspaceForm *m_form;
};
