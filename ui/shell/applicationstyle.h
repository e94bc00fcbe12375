#pragma once

#include <QProxyStyle>

// The platform's style, but for two icons the main window makes at start-up: the arrow a
// menu bar shows when its menus overflow, and the clear button of filter fields. Qt's are PNG
// files, and reading a PNG by its file name first asks every image-format plugin whether it
// reads PNG, which loads each plugin, and libjpeg with them: over a millisecond of every
// start-up. These are SVGs, drawn by the icon engine the navigation's icons load anyway.
// And check boxes that show on a dark palette (see drawPrimitive).
class ApplicationStyle final : public QProxyStyle
{
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};
