#include "theme.h"

#include "core/palette.h"
#include "core/settings.h"

#include <QActionGroup>
#include <QApplication>
#include <QMenu>
#include <QPalette>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Theme)
};

} // namespace

namespace Theme {

QString key(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QStringLiteral("light");
    case Choice::Dark:
        return QStringLiteral("dark");
    case Choice::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Choice> fromKey(const QString &text)
{
    for (Choice choice : {Choice::System, Choice::Light, Choice::Dark})
        if (text == key(choice))
            return choice;
    return std::nullopt;
}

QPalette qtPalette(const Palette &colours)
{
    QPalette palette;
    const std::pair<QPalette::ColorRole, QColor> roles[] = {
        {QPalette::Window, colours.window},
        {QPalette::WindowText, colours.windowText},
        {QPalette::Base, colours.base},
        {QPalette::AlternateBase, colours.alternateBase},
        {QPalette::Text, colours.text},
        {QPalette::Button, colours.button},
        {QPalette::ButtonText, colours.windowText},
        {QPalette::BrightText, colours.error},
        {QPalette::PlaceholderText, colours.placeholderText},
        {QPalette::Highlight, colours.highlight},
        {QPalette::HighlightedText, colours.highlightedText},
        {QPalette::Link, colours.link},
        {QPalette::LinkVisited, colours.link},
        {QPalette::ToolTipBase, colours.toolTipBase},
        {QPalette::ToolTipText, colours.windowText},
        {QPalette::Light, colours.bevelLight},
        {QPalette::Midlight, colours.bevelMidlight},
        {QPalette::Mid, colours.bevelMid},
        {QPalette::Dark, colours.bevelShadow},
        {QPalette::Shadow, colours.bevelShadow},
    };
    for (const auto &[role, colour] : roles)
        palette.setColor(QPalette::All, role, colour);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, colours.disabledText);
    return palette;
}

void apply(Choice choice)
{
    // The desktop's palette, as it was before Cadence set one. As long as Cadence has not set
    // one, Qt keeps following the desktop's (a change of the desktop's theme reaches it).
    static const QPalette desktop = QApplication::palette();
    static bool replaced = false;
    const bool dark = choice == Choice::System ? Palette::isDark(desktop) : choice == Choice::Dark;
    if (Palette::isDark(desktop) == dark) {
        // The desktop's own colours, when they are light or dark as asked.
        if (replaced)
            QApplication::setPalette(desktop);
        return;
    }
    QApplication::setPalette(qtPalette(dark ? Palette::dark() : Palette::light()));
    replaced = true;
}

Choice chosen()
{
    return fromKey(Settings().theme()).value_or(Choice::System);
}

QMenu *createMenu(QWidget *parent, std::function<void(Choice)> applied)
{
    auto *menu = new QMenu(Text::tr("&Theme"), parent);
    auto *group = new QActionGroup(menu);
    const Choice current = chosen();
    const std::pair<Choice, QString> entries[] = {
        {Choice::System, Text::tr("Like the &Desktop")},
        {Choice::Light, Text::tr("&Light")},
        {Choice::Dark, Text::tr("Dar&k")},
    };
    for (const auto &[choice, text] : entries) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(choice == current);
        group->addAction(action);
        // Copied: clang 14 cannot capture a structured binding.
        QObject::connect(action, &QAction::triggered, menu, [picked = choice, applied] {
            apply(picked);
            applied(picked);
        });
    }
    return menu;
}

} // namespace Theme
