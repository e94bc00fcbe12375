#pragma once

#include <QLabel>
#include <QString>

class QWidget;

// The bold heading at the top left of every pane, so that all panes read alike.
QLabel *createPaneTitle(const QString &text, QWidget *parent = nullptr);
