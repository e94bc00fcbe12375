#include "errortext.h"

#include "core/palette.h"

#include <QLabel>

void showAsError(QLabel *label, bool bold)
{
    label->setStyleSheet(QStringLiteral("color: %1%2")
                             .arg(Palette::current().error.name(),
                                  bold ? QStringLiteral("; font-weight: bold") : QString()));
}
