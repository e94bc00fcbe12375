#include "problem.h"

QString Problem::oneLine(const QString &text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].unicode() >= 0x20 && text[i].unicode() != 0x7f)
        ++i;
    if (i == text.size())
        return text;
    QString line = text.left(i);
    for (; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != 0x7f)
            line += text[i];
        else if (c == u'\n')
            line += QLatin1String("\\n");
        else if (c == u'\r')
            line += QLatin1String("\\r");
        else if (c == u'\t')
            line += QLatin1String("\\t");
        else
            line += QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
    }
    return line;
}

QString echo(const QString &input, int limit)
{
    // Cut first: a huge field is not copied whole to be written out.
    const bool cut = input.size() > limit;
    QString shown = Problem::oneLine(cut ? input.left(limit) : input);
    if (cut)
        shown += QChar(0x2026);
    return shown;
}
