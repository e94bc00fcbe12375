#pragma once

#include <QString>

// The language Cadence speaks: the user's (QLocale::system(), which follows LANGUAGE, LC_ALL,
// LC_MESSAGES and LANG), or the one CADENCE_LANGUAGE names: a locale such as "de" or "pt_BR",
// or "pseudo" for the pseudo-translation (translations/pseudotranslate.cpp) that tests and
// screenshots use to find strings that bypass tr() and labels that a longer language cuts off.
namespace Language {
inline constexpr const char *Pseudo = "pseudo";

// Installs Cadence's catalogue for that language, and Qt's own (its dialogs' buttons) when the
// system has it. Needs the application object; comes after EnglishPlurals::install(), so that a
// catalogue's plural forms win over the English ones. Returns the catalogue's language, or an
// empty string when there is none for it (English, the language of the sources).
QString install();
// Installs this language ("pseudo", "de", ...) instead, replacing one installed before.
QString install(const QString &language);
} // namespace Language
