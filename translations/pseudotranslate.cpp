// Makes the pseudo-translation from a .ts file that lupdate wrote from the sources: every
// message accented and about a third longer, in brackets, "[Çövéŕàĝé ~~~]", so that a window
// shown in it tells at a glance which strings bypass tr() (they stay plain) and where a longer
// language would be cut off. Placeholders (%1, %n, %L1), mnemonics (&F, &&), HTML tags and
// entities and the whitespace around a message are kept as they are.
//
//   cadence_pseudotranslate IN.ts OUT.ts

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

// Every ASCII letter has a look-alike outside ASCII, so that a word of the pseudo-translation
// never reads as plain English (what the pseudo-translation test looks for).
QString accented(QChar c)
{
    static const QHash<QChar, QString> letters = [] {
        const QString plain =
            QStringLiteral("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
        const QString marked =
            QStringLiteral("àƀçđéƒĝĥîĵķļɱñöþʠŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ");
        QHash<QChar, QString> map;
        for (qsizetype i = 0; i < plain.size(); ++i)
            map.insert(plain[i], QString(marked[i]));
        return map;
    }();
    return letters.value(c, QString(c));
}

// What must pass through unchanged: placeholders, mnemonics, tags and entities.
const QRegularExpression &kept()
{
    static const QRegularExpression pattern(
        QStringLiteral("%(?:L?\\d{1,2}|n|%)|&&|&#?\\w+;|&.|<[^<>]*>"));
    return pattern;
}

QString pseudo(const QString &source)
{
    // Whitespace around a message stays outside the brackets: pieces are joined with it.
    const qsizetype begin = [&] {
        qsizetype i = 0;
        while (i < source.size() && source[i].isSpace())
            ++i;
        return i;
    }();
    qsizetype end = source.size();
    while (end > begin && source[end - 1].isSpace())
        --end;
    if (begin == end)
        return source;
    const QString core = source.mid(begin, end - begin);
    QString out;
    qsizetype at = 0;
    for (QRegularExpressionMatchIterator it = kept().globalMatch(core); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        for (; at < match.capturedStart(); ++at)
            out += accented(core[at]);
        out += match.captured();
        at = match.capturedEnd();
    }
    for (; at < core.size(); ++at)
        out += accented(core[at]);
    // A third longer in all: the brackets, a space and the tildes.
    const qsizetype padding = std::max<qsizetype>(1, core.size() / 3 - 3);
    return source.left(begin) + QLatin1Char('[') + out + QLatin1Char(' ') +
           QString(padding, QLatin1Char('~')) + QLatin1Char(']') + source.mid(end);
}

// English numerus forms, as EnglishPlurals reads them: "(s)" dropped for one, "s" otherwise.
QString pluralForm(const QString &source, int form)
{
    QString text = source;
    return pseudo(text.replace(QLatin1String("(s)"), form == 0 ? QString() : QStringLiteral("s")));
}

void copyAttributes(QXmlStreamReader &in, QXmlStreamWriter &out)
{
    for (const QXmlStreamAttribute &attribute : in.attributes())
        if (attribute.name() != QLatin1String("type"))
            out.writeAttribute(attribute);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: cadence_pseudotranslate IN.ts OUT.ts\n");
        return 2;
    }
    QFile inFile(args[1]);
    if (!inFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cadence_pseudotranslate: %s: cannot be read\n", qPrintable(args[1]));
        return 1;
    }
    QByteArray result;
    QXmlStreamReader in(&inFile);
    QXmlStreamWriter out(&result);
    out.setAutoFormatting(true);
    out.writeStartDocument();
    out.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    QString source;
    bool numerus = false;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isStartElement()) {
            const auto name = in.name();
            if (name == QLatin1String("TS")) {
                out.writeStartElement(QStringLiteral("TS"));
                out.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                // English plural rules: two forms.
                out.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
            } else if (name == QLatin1String("translation")) {
                in.skipCurrentElement();
                out.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    out.writeTextElement(QStringLiteral("numerusform"), pluralForm(source, 0));
                    out.writeTextElement(QStringLiteral("numerusform"), pluralForm(source, 1));
                } else {
                    out.writeCharacters(pseudo(source));
                }
                out.writeEndElement();
            } else if (name == QLatin1String("source")) {
                source = in.readElementText();
                out.writeTextElement(QStringLiteral("source"), source);
            } else {
                if (name == QLatin1String("message"))
                    numerus =
                        in.attributes().value(QStringLiteral("numerus")) == QLatin1String("yes");
                out.writeStartElement(name.toString());
                copyAttributes(in, out);
            }
        } else if (in.isEndElement()) {
            out.writeEndElement();
        } else if (in.isCharacters() && !in.isWhitespace()) {
            out.writeCharacters(in.text().toString());
        }
    }
    if (in.hasError()) {
        std::fprintf(stderr, "cadence_pseudotranslate: %s: line %lld: %s\n", qPrintable(args[1]),
                     in.lineNumber(), qPrintable(in.errorString()));
        return 1;
    }
    out.writeEndDocument();
    QFile outFile(args[2]);
    if (!outFile.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        outFile.write(result) != result.size()) {
        std::fprintf(stderr, "cadence_pseudotranslate: %s: cannot be written\n",
                     qPrintable(args[2]));
        return 1;
    }
    return 0;
}
