#pragma once

#include <QString>

class QMessageBox;
class QWidget;

namespace AboutBox {
// Help ▸ About: the version, the licence and the open workspace's file (empty: none open),
// under the application's icon. Deletes itself when closed.
QMessageBox *open(QWidget *parent, const QString &workspacePath);
} // namespace AboutBox
