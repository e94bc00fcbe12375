#include "applicationstyle.h"

#include <QIcon>

QIcon ApplicationStyle::standardIcon(StandardPixmap icon, const QStyleOption *option,
                                     const QWidget *widget) const
{
    switch (icon) {
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(QStringLiteral(":/cadence/icons/more.svg"));
    case SP_LineEditClearButton:
        return QIcon(QStringLiteral(":/cadence/icons/clear.svg"));
    default:
        return QProxyStyle::standardIcon(icon, option, widget);
    }
}
