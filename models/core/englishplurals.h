#pragma once

#include <QTranslator>

// Counts are written the Qt way, tr("%n team(s)", nullptr, n), and Qt leaves the plural forms
// to a translation; without one English would read "1 team(s)". This is that translation for
// the language the strings are written in: "(s)" is dropped for one and becomes "s" otherwise.
// Strings without "(s)" pass through to the next translator, so a real translation still wins.
class EnglishPlurals final : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

    // Installs one for the running application (once, however often it is called).
    static void install();
};
