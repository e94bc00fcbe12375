#include "applicationstyle.h"

#include "core/palette.h"

#include <QIcon>
#include <QStyleOption>

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

void ApplicationStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                                     QPainter *painter, const QWidget *widget) const
{
    // Fusion outlines a check box in the window colour made darker and fills it with the base
    // colour: on a dark palette both are near black, and an unticked box is not seen at all
    // (This week's actions). Outlined in the text colour made darker, it shows as on light.
    // (An item view's check box comes here too: Fusion draws it as this primitive.)
    const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option);
    if (element == PE_IndicatorCheckBox && button && Palette::isDark(button->palette)) {
        QStyleOptionButton outlined = *button;
        outlined.palette.setColor(QPalette::Window, button->palette.color(QPalette::Text));
        QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
