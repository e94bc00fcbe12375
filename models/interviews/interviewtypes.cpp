#include "interviewtypes.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Interviews)
};

} // namespace

QString interviewKindKey(InterviewKind kind)
{
    return kind == InterviewKind::Candidate ? QStringLiteral("candidate") : QStringLiteral("user");
}

std::optional<InterviewKind> interviewKindFromKey(const QString &key)
{
    if (key == QLatin1String("user"))
        return InterviewKind::User;
    if (key == QLatin1String("candidate"))
        return InterviewKind::Candidate;
    return std::nullopt;
}

QString interviewKindLabel(InterviewKind kind)
{
    return kind == InterviewKind::Candidate ? Text::tr("Candidate") : Text::tr("User research");
}

QString interviewStatusKey(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Planned:
        return QStringLiteral("planned");
    case InterviewStatus::Done:
        return QStringLiteral("done");
    case InterviewStatus::Cancelled:
        return QStringLiteral("cancelled");
    case InterviewStatus::NoShow:
        return QStringLiteral("no-show");
    }
    return {};
}

std::optional<InterviewStatus> interviewStatusFromKey(const QString &key)
{
    for (InterviewStatus status : {InterviewStatus::Planned, InterviewStatus::Done,
                                   InterviewStatus::Cancelled, InterviewStatus::NoShow})
        if (interviewStatusKey(status) == key)
            return status;
    return std::nullopt;
}

QString interviewStatusLabel(InterviewStatus status)
{
    switch (status) {
    case InterviewStatus::Planned:
        return Text::tr("Planned");
    case InterviewStatus::Done:
        return Text::tr("Done");
    case InterviewStatus::Cancelled:
        return Text::tr("Cancelled");
    case InterviewStatus::NoShow:
        return Text::tr("No-show");
    }
    return {};
}

QString criterionKey(Criterion criterion)
{
    switch (criterion) {
    case Criterion::UserCloseness:
        return QStringLiteral("user_closeness");
    case Criterion::MetricsTechnical:
        return QStringLiteral("metrics_technical");
    case Criterion::MetricsDepth:
        return QStringLiteral("metrics_depth");
    case Criterion::ProductSense:
        return QStringLiteral("product_sense");
    case Criterion::HandsOnCode:
        return QStringLiteral("hands_on_code");
    case Criterion::CultureFit:
        return QStringLiteral("culture_fit");
    case Criterion::Count:
        break;
    }
    return {};
}

QString criterionLabel(Criterion criterion)
{
    switch (criterion) {
    case Criterion::UserCloseness:
        return Text::tr("User closeness");
    case Criterion::MetricsTechnical:
        return Text::tr("Metrics ownership: technical (SQL)");
    case Criterion::MetricsDepth:
        return Text::tr("Metrics ownership: depth of experience");
    case Criterion::ProductSense:
        return Text::tr("Product sense");
    case Criterion::HandsOnCode:
        return Text::tr("Hands-on with code (optional)");
    case Criterion::CultureFit:
        return Text::tr("Culture fit");
    case Criterion::Count:
        break;
    }
    return {};
}

QString criterionHint(Criterion criterion)
{
    switch (criterion) {
    case Criterion::UserCloseness:
        return Text::tr("Craves talking to users; red flag: years in user-facing roles without "
                        "curiosity about users.");
    case Criterion::MetricsTechnical:
        return Text::tr(
            "Does their own analysis: fluent in SQL; data modelling or dashboards a plus.");
    case Criterion::MetricsDepth:
        return Text::tr("Has lived with retention, churn or revenue for months or years and "
                        "iterated on them.");
    case Criterion::ProductSense:
        return Text::tr("Notices friction, off defaults and drift from what feels right.");
    case Criterion::HandsOnCode:
        return Text::tr("Can read and write code; a plus, not required.");
    case Criterion::CultureFit:
        return Text::tr("Fits how the team works: ownership, directness, pace.");
    case Criterion::Count:
        break;
    }
    return {};
}

bool criterionIsOptional(Criterion criterion)
{
    return criterion == Criterion::HandsOnCode;
}

QString recommendationKey(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::None:
        return QString();
    case Recommendation::StrongNo:
        return QStringLiteral("strong_no");
    case Recommendation::No:
        return QStringLiteral("no");
    case Recommendation::Yes:
        return QStringLiteral("yes");
    case Recommendation::StrongYes:
        return QStringLiteral("strong_yes");
    }
    return {};
}

std::optional<Recommendation> recommendationFromKey(const QString &key)
{
    for (Recommendation r : {Recommendation::None, Recommendation::StrongNo, Recommendation::No,
                             Recommendation::Yes, Recommendation::StrongYes})
        if (recommendationKey(r) == key)
            return r;
    return std::nullopt;
}

QString recommendationLabel(Recommendation recommendation)
{
    switch (recommendation) {
    case Recommendation::None:
        return Text::tr("No decision yet");
    case Recommendation::StrongNo:
        return Text::tr("Strong no");
    case Recommendation::No:
        return Text::tr("No");
    case Recommendation::Yes:
        return Text::tr("Yes");
    case Recommendation::StrongYes:
        return Text::tr("Strong yes");
    }
    return {};
}

bool Scorecard::isEmpty() const
{
    return *this == Scorecard();
}

namespace {

// A JSON string as QJsonDocument writes it (compact): quote, backslash and control
// characters escaped, the rest as it is.
void appendJsonString(QString &out, const QString &value)
{
    out += QLatin1Char('"');
    for (const QChar c : value) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

} // namespace

// Written by hand rather than through QJsonObject, which cost more than SQLite's own work
// for each candidate of a bulk write; the text is what QJsonDocument's compact form gives
// (keys sorted, "notes" before "score"), which a test checks.
QString Scorecard::toJson() const
{
    if (isEmpty())
        return QString();
    // The criteria in the order of their keys, as a JSON object lists them.
    static const QList<int> order = [] {
        QList<int> indexes;
        for (int i = 0; i < int(Criterion::Count); ++i)
            indexes.append(i);
        std::sort(indexes.begin(), indexes.end(), [](int a, int b) {
            return criterionKey(Criterion(a)) < criterionKey(Criterion(b));
        });
        return indexes;
    }();
    QString out;
    out.reserve(128);
    out += QLatin1String("{\"criteria\":{");
    bool first = true;
    for (const int i : order) {
        const Entry &e = entries[size_t(i)];
        if (e == Entry())
            continue;
        if (!first)
            out += QLatin1Char(',');
        first = false;
        appendJsonString(out, criterionKey(Criterion(i)));
        out += QLatin1String(":{\"notes\":");
        appendJsonString(out, e.notes);
        out += QLatin1String(",\"score\":");
        out += QString::number(e.score);
        out += QLatin1Char('}');
    }
    out += QLatin1Char('}');
    if (recommendation != Recommendation::None) {
        out += QLatin1String(",\"recommendation\":");
        appendJsonString(out, recommendationKey(recommendation));
    }
    if (!redFlags.isEmpty()) {
        out += QLatin1String(",\"red_flags\":");
        appendJsonString(out, redFlags);
    }
    out += QLatin1Char('}');
    return out;
}

Scorecard Scorecard::fromJson(const QString &json)
{
    Scorecard card;
    if (json.isEmpty())
        return card;
    const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
    const QJsonObject criteria = root.value(QStringLiteral("criteria")).toObject();
    for (int i = 0; i < int(Criterion::Count); ++i) {
        const QJsonObject e = criteria.value(criterionKey(Criterion(i))).toObject();
        card.entries[size_t(i)].score =
            qBound(0, e.value(QStringLiteral("score")).toInt(), MaxScore);
        card.entries[size_t(i)].notes = e.value(QStringLiteral("notes")).toString();
    }
    card.redFlags = root.value(QStringLiteral("red_flags")).toString();
    card.recommendation =
        recommendationFromKey(root.value(QStringLiteral("recommendation")).toString())
            .value_or(Recommendation::None);
    return card;
}

QTimeZone Interview::zone() const
{
    if (timeZone.isEmpty())
        return QTimeZone::systemTimeZone();
    // Each zone is made once per thread: a QTimeZone made from its id looks the id up and
    // reads its rules each time, and the week plan asks for the zone of every interview of
    // its thirteen weeks (bench_week under callgrind, one PM's habit: 10.1 -> 6.6 million
    // instructions). A workspace names a handful of zones; a file naming thousands only
    // starts the cache again.
    thread_local QHash<QString, QTimeZone> zones;
    auto found = zones.constFind(timeZone);
    if (found == zones.constEnd()) {
        if (zones.size() >= 512)
            zones.clear();
        const QTimeZone zone(timeZone.toUtf8());
        found = zones.insert(timeZone, zone.isValid() ? zone : QTimeZone());
    }
    return found->isValid() ? *found : QTimeZone::systemTimeZone();
}

QDateTime Interview::localStart() const
{
    if (allDay)
        return QDateTime(start.toUTC().date(), QTime(0, 0), zone());
    return start.toTimeZone(zone());
}

bool Interview::overlaps(const Interview &other) const
{
    if (meta.id == other.meta.id || pmId != other.pmId || !counts() || !other.counts() || allDay ||
        other.allDay)
        return false;
    return start < other.end() && other.start < end();
}

QString Interview::title() const
{
    const QString who = interviewee.isEmpty() ? Text::tr("someone") : interviewee;
    const QString whom = organisation.isEmpty() ? who : Text::tr("%1 (%2)").arg(who, organisation);
    return kind == InterviewKind::Candidate ? Text::tr("Candidate interview: %1").arg(whom)
                                            : Text::tr("User interview: %1").arg(whom);
}

bool Interview::sameContent(const Interview &other) const
{
    Interview a = *this;
    Interview b = other;
    a.meta.hlc = b.meta.hlc = 0;
    a.meta.origin = b.meta.origin = QString();
    a.sequence = b.sequence = 0;
    a.start = a.start.toUTC();
    b.start = b.start.toUTC();
    return a == b;
}

// Both run for every row of a 100,000-interview import or export: they format and read the
// fixed-width text by hand, which is many times faster than QDateTime's ISO helpers.
QString interviewTimeKey(const QDateTime &utc)
{
    if (!utc.isValid())
        return QString();
    const QDateTime t = utc.toUTC();
    const QDate d = t.date();
    const QTime time = t.time();
    if (d.year() < 0 || d.year() > 9999)
        return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    char16_t text[20];
    auto put = [&text](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            text[at + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    put(0, d.year(), 4);
    text[4] = u'-';
    put(5, d.month(), 2);
    text[7] = u'-';
    put(8, d.day(), 2);
    text[10] = u'T';
    put(11, time.hour(), 2);
    text[13] = u':';
    put(14, time.minute(), 2);
    text[16] = u':';
    put(17, time.second(), 2);
    text[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 20);
}

QDateTime interviewTimeFromKey(const QString &text)
{
    // YYYY-MM-DDTHH:MM:SSZ, as interviewTimeKey writes it; anything else goes the slow way.
    if (text.size() == 20 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':' && text[19] == u'Z') {
        const QChar *c = text.constData();
        bool ok = true;
        auto number = [&](int at, int digits) {
            int value = 0;
            for (int i = 0; i < digits; ++i) {
                const char16_t ch = c[at + i].unicode();
                if (ch < u'0' || ch > u'9')
                    ok = false;
                value = value * 10 + int(ch - u'0');
            }
            return value;
        };
        const QDate day(number(0, 4), number(5, 2), number(8, 2));
        const int hour = number(11, 2);
        const int minute = number(14, 2);
        const int second = number(17, 2);
        if (ok && day.isValid() && hour < 24 && minute < 60 && second < 60)
            return QDateTime::fromMSecsSinceEpoch(
                (day.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * 86400000LL +
                    (hour * 3600 + minute * 60 + second) * 1000LL,
                Qt::UTC);
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}
