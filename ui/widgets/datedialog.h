#pragma once

#include <QDate>
#include <QString>

#include <optional>

class QWidget;

// Asks for the day a change takes effect.
namespace DateDialog {
std::optional<QDate> ask(QWidget *parent, const QString &title, const QString &label,
                         QDate initial);
}
