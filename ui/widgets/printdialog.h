#pragma once

#include <QString>

#include <functional>

class QPrinter;
class QWidget;

// Asks where and how to print (the platform's print dialog), then prints through `print`.
namespace PrintDialog {
void run(QWidget *parent, const QString &title, const std::function<void(QPrinter &)> &print);
}
