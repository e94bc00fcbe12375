#include "weekmarkdown.h"

#include "week/weekoutline.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace {

// Text from the workspace (titles, names) may hold Markdown's own marks.
QString escaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|~").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

} // namespace

namespace WeekMarkdown {

QString write(const WeekPlan &plan)
{
    QString out = QStringLiteral("# %1\n").arg(escaped(WeekText::title(plan)));
    for (const OutlineSection &section : WeekOutline::of(plan)) {
        out += QStringLiteral("\n## %1\n\n").arg(escaped(section.heading));
        bool first = true;
        for (const OutlineLine &line : section.lines) {
            // Labels and remarks are paragraphs of their own: without a blank line before
            // it, one would join the list item or the paragraph above.
            if (line.kind != OutlineLine::Kind::Item && !first)
                out += QLatin1Char('\n');
            first = false;
            switch (line.kind) {
            case OutlineLine::Kind::Label:
                out += QStringLiteral("**%1**\n").arg(escaped(line.text));
                break;
            case OutlineLine::Kind::Note:
                out += escaped(line.text) + QLatin1Char('\n');
                break;
            case OutlineLine::Kind::Item:
                out += QString(2 * line.depth, QLatin1Char(' ')) + QStringLiteral("- ");
                if (line.checked)
                    out += *line.checked ? QStringLiteral("[x] ") : QStringLiteral("[ ] ");
                out += escaped(line.fullText()) + QLatin1Char('\n');
                break;
            }
        }
    }
    return out;
}

Outcome save(const WeekPlan &plan, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(write(plan).toUtf8()) < 0 || !file.commit())
        return Problem{path, QCoreApplication::translate("WeekMarkdown", "cannot be written (%1)")
                                 .arg(file.errorString())};
    return {};
}

} // namespace WeekMarkdown
