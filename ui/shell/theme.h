#pragma once

#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QPalette;
class QWidget;
struct Palette;

// Light or dark: the desktop's (what its palette reads as: Qt 6.4 has no colour-scheme hint),
// or one the user picked (View ▸ Theme, kept in Settings; `cadence screenshot --theme`).
// A picked theme gives Qt the palette of that set of colours (models/core/palette.h), and
// Palette::current() follows Qt's palette, so every pane, model and chart draws in it.
namespace Theme {
enum class Choice { System, Light, Dark };

QString key(Choice choice); // "system", "light", "dark": the setting and the option
std::optional<Choice> fromKey(const QString &key);

// Qt's palette made of a set of Cadence's colours.
QPalette qtPalette(const Palette &colours);

// Applies the choice to the application (a QApplication): from before the first widget, or
// later with the windows rebuilt (what they drew is not recoloured).
void apply(Choice choice);
// The theme in the user's settings (the desktop's when none).
Choice chosen();

// The Theme menu: the desktop's, light, dark, with the one in the settings ticked. Picking one
// applies it and calls `applied` (to keep it in the settings, and rebuild what was drawn).
QMenu *createMenu(QWidget *parent, std::function<void(Choice)> applied);
} // namespace Theme
