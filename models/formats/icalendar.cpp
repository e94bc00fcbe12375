#include "icalendar.h"

#include "core/ids.h"
#include "core/inputrules.h"
#include "coverage/coveragerepository.h"
#include "coverage/pmnames.h"
#include "interviews/interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>
#include <QUuid>
#include <QVarLengthArray>

#include <libical/ical.h>

#include <algorithm>
#include <atomic>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace {
using ICalendar::MaxOccurrences;
using ICalendar::ReadContext;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ICalendar)
};

const char *const CadenceUidSuffix = "@cadence";
// Cadence's own fields in one property: key=value pairs joined by '&', each value UTF-8 with
// every byte that means something to iCalendar or to this list written %XX. libical then
// reads the value as it is (no comma to split a list at, no backslash to unescape). Files
// exported before it carry one X-CADENCE-<KEY> property per field, and are still read.
const char *const CadenceProperty = "X-CADENCE";

void packField(QByteArray &out, const QByteArray &value)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : value) {
        const uchar u = uchar(c);
        if (u < 0x20 || u == 0x7f || c == '%' || c == '&' || c == '=' || c == ',' || c == ';' ||
            c == '\\' || c == '"') {
            out.append('%');
            out.append(hex[u >> 4]);
            out.append(hex[u & 15]);
        } else {
            out.append(c);
        }
    }
}
const QLatin1String BuiltinZonePrefix("/freeassociation.sourceforge.net/");

struct ComponentDeleter {
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

icaltimetype icalUtc(const QDateTime &time)
{
    return icaltime_from_timet_with_zone(time.toSecsSinceEpoch(), 0,
                                         icaltimezone_get_utc_timezone());
}

// Kind names in CATEGORIES are not translated: other people's calendars read them.
QString kindCategory(InterviewKind kind)
{
    return kind == InterviewKind::Candidate ? QStringLiteral("Candidate interview")
                                            : QStringLiteral("User interview");
}

QByteArray serialize(icalcomponent *component);
QByteArray serializeProperty(icalproperty *property);

// Writes the VEVENTs of an export straight into one buffer. Building a libical component per
// event and serializing it cost more than a second per 100,000 events; libical still encodes
// every free text (its escaping rules) and every line that is the same for many events (an
// organizer, a category) is made by libical once and reused.
class EventWriter
{
public:
    EventWriter(QByteArray &out, const QHash<QString, const Pm *> &pms,
                const QHash<QString, const Team *> &teams, const icaltimetype &stamp)
        : m_out(out)
        , m_pms(pms)
        , m_teams(teams)
        , m_text(icalvalue_new_text(""))
        , m_x(icalproperty_new_x(""))
    {
        icalproperty *dtstamp = icalproperty_new_dtstamp(stamp);
        m_dtstamp = serializeProperty(dtstamp);
        icalproperty_free(dtstamp);
    }
    ~EventWriter()
    {
        icalvalue_free(m_text);
        icalproperty_free(m_x);
    }
    EventWriter(const EventWriter &) = delete;
    EventWriter &operator=(const EventWriter &) = delete;

    void write(const Interview &interview);

private:
    // One content line, folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character.
    void line(const char *name, const char *value, qsizetype valueSize)
    {
        m_line.clear();
        m_line.append(name);
        m_line.append(':');
        m_line.append(value, valueSize);
        const char *data = m_line.constData();
        qsizetype left = m_line.size();
        qsizetype limit = 75;
        while (left > limit) {
            qsizetype cut = limit;
            while (cut > 1 && (uchar(data[cut]) & 0xC0) == 0x80)
                --cut;
            m_out.append(data, cut);
            m_out.append("\r\n ");
            data += cut;
            left -= cut;
            limit = 74;
        }
        m_out.append(data, left);
        m_out.append("\r\n");
    }
    void line(const char *name, const QByteArray &value)
    {
        line(name, value.constData(), value.size());
    }
    void encoded(const char *name, icalvalue *value)
    {
        char *text = icalvalue_as_ical_string_r(value);
        line(name, text, qsizetype(qstrlen(text)));
        icalmemory_free_buffer(text);
    }
    // Text with nothing to escape is written as it is, which is what libical would write;
    // libical encodes the rest (a comma, a line break…), so its escaping rules stay the only ones.
    static bool plain(const QByteArray &value)
    {
        for (const char c : value) {
            const uchar u = uchar(c);
            if (u < 0x20 || u == 0x7f || c == '\\' || c == ';' || c == ',' || c == '"')
                return false;
        }
        return true;
    }
    void text(const char *name, const QString &value)
    {
        const QByteArray bytes = value.toUtf8();
        if (plain(bytes)) {
            line(name, bytes);
            return;
        }
        icalvalue_set_text(m_text, bytes.constData());
        encoded(name, m_text);
    }
    // X- properties go through libical's property writer, which does not escape them as it
    // escapes a bare value: what earlier exports wrote is written again.
    void x(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        const QByteArray bytes = value.toUtf8();
        if (plain(bytes)) {
            line(name, bytes);
            return;
        }
        icalproperty_set_x(m_x, bytes.constData());
        icalproperty_set_x_name(m_x, name);
        char *text = icalproperty_as_ical_string_r(m_x);
        m_out.append(text);
        icalmemory_free_buffer(text);
    }
    void utcTime(const char *name, const QDateTime &time)
    {
        const QDateTime utc = time.toUTC();
        const QDate d = utc.date();
        const QTime t = utc.time();
        char buffer[32];
        const int size =
            std::snprintf(buffer, sizeof buffer, "%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(),
                          d.day(), t.hour(), t.minute(), t.second());
        line(name, buffer, size);
    }
    void date(const char *name, QDate d)
    {
        char buffer[16];
        const int size =
            std::snprintf(buffer, sizeof buffer, "%04d%02d%02d", d.year(), d.month(), d.day());
        line(name, buffer, size);
    }
    void pack(const char *key, const QString &value)
    {
        if (value.isEmpty())
            return;
        if (!m_pack.isEmpty())
            m_pack.append('&');
        m_pack.append(key);
        m_pack.append('=');
        packField(m_pack, value.toUtf8());
    }
    // DESCRIPTION gives back what it was given unless the notes hold a control character
    // other than a line break or a tab (libical would not keep a carriage return).
    static bool descriptionKeeps(const QString &notes)
    {
        for (const QChar c : notes)
            if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
                return false;
        return true;
    }
    const QByteArray &organizer(const Pm &pm);
    // Kind and team, each encoded by libical (a comma in a name is escaped), as one list.
    const QByteArray &categories(InterviewKind kind, const Team *team);
    QByteArray encodedText(const QString &value)
    {
        const QByteArray bytes = value.toUtf8();
        if (plain(bytes))
            return bytes;
        icalvalue_set_text(m_text, bytes.constData());
        char *text = icalvalue_as_ical_string_r(m_text);
        const QByteArray encoded(text);
        icalmemory_free_buffer(text);
        return encoded;
    }

    QByteArray &m_out;
    const QHash<QString, const Pm *> &m_pms;
    const QHash<QString, const Team *> &m_teams;
    icalvalue *m_text;
    icalproperty *m_x;
    QByteArray m_dtstamp;
    QByteArray m_line;
    QByteArray m_pack;
    QHash<QString, QByteArray> m_organizers;
    QHash<QString, QByteArray> m_categories;
};

const QByteArray &EventWriter::organizer(const Pm &pm)
{
    auto found = m_organizers.find(pm.meta.id);
    if (found == m_organizers.end()) {
        const QString address = pm.email.isEmpty() ? QStringLiteral("urn:uuid:") + pm.meta.id
                                                   : QStringLiteral("mailto:") + pm.email;
        icalproperty *property = icalproperty_new_organizer(utf8(address).constData());
        icalproperty_add_parameter(property, icalparameter_new_cn(utf8(pm.name).constData()));
        found = m_organizers.insert(pm.meta.id, serializeProperty(property));
        icalproperty_free(property);
    }
    return *found;
}

const QByteArray &EventWriter::categories(InterviewKind kind, const Team *team)
{
    const QString key =
        interviewKindKey(kind) + QLatin1Char('\x1f') + (team ? team->meta.id : QString());
    auto found = m_categories.find(key);
    if (found == m_categories.end()) {
        QByteArray value = encodedText(kindCategory(kind));
        if (team)
            value += ',' + encodedText(team->name);
        found = m_categories.insert(key, value);
    }
    return *found;
}

void EventWriter::write(const Interview &interview)
{
    m_out.append("BEGIN:VEVENT\r\n");
    text("UID", interview.icsUid.isEmpty() ? interview.meta.id + QLatin1String(CadenceUidSuffix)
                                           : interview.icsUid);
    m_out.append(m_dtstamp);
    // RFC 5545 reads an absent SEQUENCE as 0 and an absent STATUS as nothing said: the
    // lines a reader must parse are only written when they say something.
    if (interview.sequence != 0)
        line("SEQUENCE", QByteArray::number(interview.sequence));
    if (interview.allDay) {
        const QDate first = interview.start.toUTC().date();
        date("DTSTART;VALUE=DATE", first);
        date("DTEND;VALUE=DATE", first.addDays(std::max(1, interview.minutes / 1440)));
    } else {
        utcTime("DTSTART", interview.start);
        utcTime("DTEND", interview.end());
    }
    text("SUMMARY", interview.title());
    if (!interview.location.isEmpty())
        text("LOCATION", interview.location);
    if (!interview.notes.isEmpty())
        text("DESCRIPTION", interview.notes);
    if (interview.status == InterviewStatus::Cancelled)
        line("STATUS", QByteArray("CANCELLED"));
    if (const Pm *pm = m_pms.value(interview.pmId))
        m_out.append(organizer(*pm));
    // Kind and team in one CATEGORIES line, a list as RFC 5545 allows.
    line("CATEGORIES", categories(interview.kind, m_teams.value(interview.teamId)));
    // Cadence's own fields, packed into one X-CADENCE property (see packField): libical
    // matches each property's name against its whole table before it takes it for an X- one,
    // so a dozen X-CADENCE-* lines per event cost more to read than the rest of the event.
    // What the standard properties already say is not repeated: the id is in the UID, the
    // notes in DESCRIPTION, an all-day event is a DTSTART date.
    m_pack.clear();
    if (!interview.icsUid.isEmpty())
        pack("id", interview.meta.id);
    pack("pm", interview.pmId);
    pack("kind", interviewKindKey(interview.kind));
    pack("status", interviewStatusKey(interview.status));
    pack("interviewee", interview.interviewee);
    pack("organisation", interview.organisation);
    pack("team", interview.teamId);
    pack("product", interview.product);
    pack("tzid", interview.timeZone);
    if (!descriptionKeeps(interview.notes))
        pack("notes", interview.notes);
    pack("findings", interview.findings);
    pack("scorecard", interview.scorecard.toJson());
    if (interview.meta.sample)
        pack("sample", QStringLiteral("1"));
    line(CadenceProperty, m_pack);
    m_out.append("END:VEVENT\r\n");
}

QByteArray serializeProperty(icalproperty *property)
{
    char *text = icalproperty_as_ical_string_r(property);
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

QByteArray serialize(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    return bytes;
}

// ---- reading ---------------------------------------------------------------------------

// Where each component starts in the file, for problems that name a line. libical parses the
// file; this only walks BEGIN/END lines so that a truncated or mangled file is refused with
// the line that is wrong before anything is read from it.
struct Layout {
    struct Event {
        int line;           // of its BEGIN:VEVENT
        qsizetype from, to; // its bytes, BEGIN:VEVENT up to the line after END:VEVENT
    };
    QList<Event> events;       // the calendar's own VEVENTs, in file order
    qsizetype longestLine = 0; // physical, in bytes
};

// libical looks for the end of a physical line again for every 80 bytes of it that it reads,
// so that one unfolded line of a megabyte takes seconds. Folded as RFC 5545 says lines should
// be (never inside a UTF-8 character), it says the same and reads in proportion to its size.
constexpr qsizetype LongLine = 4096;

void appendFolded(QByteArray &out, QByteArrayView in, bool hasLongLines)
{
    if (!hasLongLines) {
        out.append(in.data(), in.size());
        return;
    }
    for (qsizetype from = 0; from < in.size();) {
        const auto *newline = static_cast<const char *>(
            std::memchr(in.data() + from, '\n', size_t(in.size() - from)));
        const qsizetype to = newline ? qsizetype(newline - in.data()) + 1 : in.size();
        qsizetype end = newline ? to - 1 : to;
        if (end > from && in[end - 1] == '\r')
            --end;
        qsizetype at = from;
        if (end - from > LongLine) {
            qsizetype limit = 75;
            while (end - at > limit) {
                qsizetype cut = at + limit;
                while (cut > at + 1 && (uchar(in[cut]) & 0xC0) == 0x80)
                    --cut;
                out.append(in.data() + at, cut - at);
                out.append("\r\n ");
                at = cut;
                limit = 74;
            }
        }
        out.append(in.data() + at, to - at);
        from = to;
    }
}

// One content line (a property, its folded lines joined), bounded as scanLayout walks it:
// libical reads a property in time that grows faster than its size, and no calendar an
// interview comes from holds a megabyte in one property or a hundred parameters on one.
class PropertyBounds
{
public:
    void begin(int line, QByteArrayView physical)
    {
        m_line = line;
        m_bytes = 0;
        m_parameters = 0;
        m_inValue = false;
        m_quoted = false;
        const qsizetype end =
            std::min(physical.indexOf(';') < 0 ? physical.size() : physical.indexOf(';'),
                     physical.indexOf(':') < 0 ? physical.size() : physical.indexOf(':'));
        m_isUid = physical.first(end).trimmed().compare("UID", Qt::CaseInsensitive) == 0;
        add(physical);
    }
    // A folded continuation, without its leading space.
    void fold(QByteArrayView continuation) { add(continuation); }

    std::optional<QString> problem() const
    {
        if (m_bytes > ICalendar::MaxPropertyBytes)
            return Text::tr("line %1: a property of more than %2 MB; no calendar event holds that "
                            "much")
                .arg(m_line)
                .arg(ICalendar::MaxPropertyBytes >> 20);
        if (m_parameters > ICalendar::MaxParameters)
            return Text::tr("line %1: a property with more than %2 parameters")
                .arg(m_line)
                .arg(ICalendar::MaxParameters);
        if (m_isUid && m_bytes > ICalendar::MaxUidBytes + 4)
            return Text::tr("line %1: a UID of more than %2 bytes")
                .arg(m_line)
                .arg(ICalendar::MaxUidBytes);
        return std::nullopt;
    }

private:
    void add(QByteArrayView bytes)
    {
        m_bytes += bytes.size();
        // Parameters are counted up to the colon that starts the value (not one in quotes).
        for (qsizetype i = 0; i < bytes.size() && !m_inValue; ++i) {
            const char c = bytes[i];
            if (c == '"')
                m_quoted = !m_quoted;
            else if (c == ';' && !m_quoted)
                ++m_parameters;
            else if (c == ':' && !m_quoted)
                m_inValue = true;
        }
    }

    int m_line = 0;
    qsizetype m_bytes = 0;
    int m_parameters = 0;
    bool m_inValue = false;
    bool m_quoted = false;
    bool m_isUid = false;
};

Result<Layout> scanLayout(const QByteArray &data, const QString &file)
{
    Layout layout;
    QList<std::pair<QByteArray, int>> open;
    bool started = false;
    bool ended = false;
    PropertyBounds property;
    // Walks the lines in place: splitting 100,000 events into a list of lines would allocate
    // millions of byte arrays just to look at the BEGIN and END ones.
    int number = 0;
    for (qsizetype from = 0; from <= data.size();) {
        const qsizetype lineStart = from;
        // memchr: Qt 6.4's indexOf(char) goes through its substring search, per line.
        const auto *newline = static_cast<const char *>(
            std::memchr(data.constData() + from, '\n', size_t(data.size() - from)));
        const qsizetype to = newline ? qsizetype(newline - data.constData()) : data.size();
        QByteArrayView line(data.constData() + from, to - from);
        layout.longestLine = std::max(layout.longestLine, line.size());
        from = to + 1;
        ++number;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(' ') || line.startsWith('\t')) {
            if (!started)
                return Problem{file,
                               Text::tr("line %1: not an iCalendar file (it should start with "
                                        "BEGIN:VCALENDAR)")
                                   .arg(number)};
            property.fold(line.sliced(1)); // a folded continuation
            if (std::optional<QString> tooMuch = property.problem())
                return Problem{file, *tooMuch};
            continue;
        }
        property.begin(number, line);
        if (std::optional<QString> tooMuch = property.problem())
            return Problem{file, *tooMuch};
        if (ended)
            return Problem{file,
                           Text::tr("line %1: unexpected text after END:VCALENDAR").arg(number)};
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView nameView = colon < 0 ? QByteArrayView() : line.first(colon).trimmed();
        const bool isBegin = nameView.compare("BEGIN", Qt::CaseInsensitive) == 0;
        const bool isEnd = !isBegin && nameView.compare("END", Qt::CaseInsensitive) == 0;
        const QByteArray name = isBegin ? QByteArray("BEGIN")
                                : isEnd ? QByteArray("END")
                                        : QByteArray();
        const QByteArray value = (isBegin || isEnd || !started)
                                     ? line.sliced(colon + 1).trimmed().toByteArray().toUpper()
                                     : QByteArray();
        if (!started) {
            if (name != "BEGIN" || value != "VCALENDAR")
                return Problem{file,
                               Text::tr("line %1: not an iCalendar file (it should start with "
                                        "BEGIN:VCALENDAR)")
                                   .arg(number)};
            started = true;
        }
        if (colon <= 0)
            return Problem{
                file, Text::tr("line %1: “%2” is not an iCalendar line (NAME:value)")
                          .arg(number)
                          .arg(echo(QString::fromUtf8(
                              line.first(std::min<qsizetype>(200, line.size())).toByteArray())))};
        if (name == "BEGIN") {
            open.append({value, number});
            if (value == "VEVENT" && open.size() == 2)
                layout.events.append({number, lineStart, -1});
        } else if (name == "END") {
            if (open.isEmpty() || open.last().first != value)
                return Problem{
                    file,
                    open.isEmpty()
                        ? Text::tr("line %1: END:%2 closes nothing")
                              .arg(number)
                              .arg(QString::fromUtf8(value))
                        : Text::tr("line %1: END:%2 where BEGIN:%3 of line %4 should end")
                              .arg(number)
                              .arg(QString::fromUtf8(value), QString::fromUtf8(open.last().first))
                              .arg(open.last().second)};
            open.removeLast();
            ended = open.isEmpty();
            if (value == "VEVENT" && open.size() == 1)
                layout.events.last().to = std::min(from, data.size());
        }
    }
    if (!started)
        return Problem{file, Text::tr("is empty: not an iCalendar file")};
    if (!open.isEmpty())
        return Problem{file, Text::tr("line %1: BEGIN:%2 is never closed: the file is truncated")
                                 .arg(open.last().second)
                                 .arg(QString::fromUtf8(open.last().first))};
    return layout;
}

QString text(const char *value)
{
    return value ? QString::fromUtf8(value) : QString();
}

QString xValue(icalproperty *p)
{
    icalvalue *value = icalproperty_get_value(p);
    if (value && icalvalue_isa(value) == ICAL_X_VALUE)
        return text(icalvalue_get_x(value));
    return text(icalproperty_get_value_as_string(p));
}

bool validTime(const icaltimetype &t)
{
    if (icaltime_is_null_time(t) || !QDate::isValid(t.year, t.month, t.day) ||
        !InputRules::isPlausibleYear(t.year))
        return false;
    return t.is_date || (t.hour >= 0 && t.hour < 24 && t.minute >= 0 && t.minute < 60 &&
                         t.second >= 0 && t.second <= 60);
}

QString zoneId(const icaltimetype &t)
{
    if (!t.zone || icaltime_is_utc(t))
        return {};
    QString id = text(icaltimezone_get_tzid(const_cast<icaltimezone *>(t.zone)));
    if (id.startsWith(BuiltinZonePrefix))
        id = id.mid(BuiltinZonePrefix.size());
    if (QTimeZone(id.toUtf8()).isValid())
        return id;
    // Outlook names zones the Windows way ("W. Europe Standard Time").
    const QByteArray iana = QTimeZone::windowsIdToDefaultIanaId(id.toUtf8());
    return iana.isEmpty() ? QString() : QString::fromUtf8(iana);
}

// The instant of a date-time: UTC, in a zone (its VTIMEZONE or a known one), or floating
// (the local time of whoever imports it, as RFC 5545 says).
QDateTime instant(const icaltimetype &t)
{
    if (t.is_date)
        return QDateTime(QDate(t.year, t.month, t.day), QTime(0, 0), QTimeZone::utc());
    if (icaltime_is_utc(t) || t.zone)
        return QDateTime::fromSecsSinceEpoch(icaltime_as_timet_with_zone(t, t.zone),
                                             QTimeZone::utc());
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, qMin(t.second, 59)),
                     QTimeZone::systemTimeZone())
        .toUTC();
}

QString timeText(const icaltimetype &t)
{
    return QString::fromLatin1(icaltime_as_ical_string(t));
}

// How long an event from..to is as an interview: minutes for a timed one, whole days for an
// all-day one (see MaxInterviewMinutes); a problem when it is longer than an interview is.
Result<int> interviewMinutes(const QDateTime &from, const QDateTime &to, bool allDay,
                             const QString &label)
{
    const qint64 seconds = from.secsTo(to);
    if (allDay) {
        const qint64 days = std::max<qint64>(1, (seconds + 86399) / 86400);
        // A plain int for %n: lupdate 6.4 never ends on a cast in the count argument.
        const int dayCount = int(std::min<qint64>(days, INT_MAX));
        if (days > MaxAllDayInterviewDays)
            return Problem{{},
                           QCoreApplication::translate("ICalendar",
                                                       "%1 is all-day for %n days; an "
                                                       "all-day interview lasts at most %2 "
                                                       "(is its DTEND right?)",
                                                       nullptr, dayCount)
                               .arg(label)
                               .arg(MaxAllDayInterviewDays)};
        return int(days * 1440);
    }
    const int hours = int(std::min<qint64>((seconds + 3599) / 3600, INT_MAX)); // 24 h 1 s is 25 h
    if (seconds > qint64(MaxInterviewMinutes) * 60)
        return Problem{{},
                       QCoreApplication::translate("ICalendar",
                                                   "%1 lasts %n hours; an interview lasts "
                                                   "at most %2 (is its DTEND right?)",
                                                   nullptr, hours)
                           .arg(label)
                           .arg(MaxInterviewMinutes / 60)};
    // An event that ends as it starts is booked for the usual half hour.
    return seconds < 60 ? (seconds == 0 ? 30 : 1) : int(seconds / 60);
}

class Reader
{
public:
    explicit Reader(const ReadContext &context)
        : m_context(context)
    {
        for (const Pm &pm : context.pms) {
            m_pmIds.insert(pm.meta.id);
            if (!pm.email.isEmpty())
                m_pmByEmail.insert(pm.email.toLower(), pm.meta.id);
        }
        for (const Team &team : context.teams) {
            m_teamIds.insert(team.meta.id);
            m_teamByName.insert(team.name.toLower(), team.meta.id);
        }
    }

    Result<QList<Interview>> read(const QByteArray &data);

private:
    Problem problem(int line, const QString &what) const
    {
        return Problem{m_context.fileName, Text::tr("line %1: %2").arg(line).arg(what)};
    }
    std::optional<Problem> readEvent(icalcomponent *event, int line, QList<Interview> &out,
                                     const QHash<QString, QList<icalcomponent *>> &overrides);
    // A parse error libical noted inside the event's times makes the event unusable.
    std::optional<Problem> readableTimes(icalcomponent *event, int line) const;
    std::optional<QString> pmFor(icalcomponent *event) const;
    std::optional<QString> pmForOrganizer(icalproperty *organizer) const;
    // The first X- property of that name. An event's X- properties are listed once and then
    // looked up, rather than walked again for each of the dozen Cadence fields.
    QString xProperty(icalcomponent *event, const char *name) const;

    const ReadContext &m_context;
    QSet<QString> m_pmIds;
    QHash<QString, QString> m_pmByEmail;
    QSet<QString> m_teamIds;
    QHash<QString, QString> m_teamByName;
    QHash<icalcomponent *, int> m_lines;
    mutable icalcomponent *m_xEvent = nullptr;
    mutable QVarLengthArray<std::pair<const char *, icalproperty *>, 24> m_xProperties;
    mutable QHash<QByteArray, std::optional<QString>> m_pmByOrganizer;
    mutable bool m_hasPack = false;
    mutable QByteArray m_packRaw;
    mutable QVarLengthArray<std::pair<QByteArrayView, QByteArrayView>, 16> m_packed;
};

QString Reader::xProperty(icalcomponent *event, const char *name) const
{
    if (event != m_xEvent) {
        m_xEvent = event;
        m_xProperties.clear();
        m_packed.clear();
        m_hasPack = false;
        for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_X_PROPERTY); p;
             p = icalcomponent_get_next_property(event, ICAL_X_PROPERTY)) {
            const char *xName = icalproperty_get_x_name(p);
            if (m_hasPack)
                continue; // a second X-CADENCE is not Cadence's
            if (qstrcmp(xName, CadenceProperty) != 0) {
                m_xProperties.append({xName, p});
                continue;
            }
            // Split in place; a value is decoded only when it is asked for.
            m_hasPack = true;
            icalvalue *value = icalproperty_get_value(p);
            m_packRaw = value && icalvalue_isa(value) == ICAL_X_VALUE
                            ? QByteArray(icalvalue_get_x(value))
                            : xValue(p).toUtf8();
            for (qsizetype from = 0; from < m_packRaw.size();) {
                qsizetype to = m_packRaw.indexOf('&', from);
                if (to < 0)
                    to = m_packRaw.size();
                const QByteArrayView field(m_packRaw.constData() + from, to - from);
                from = to + 1;
                const qsizetype equals = field.indexOf('=');
                if (equals > 0)
                    m_packed.append({field.first(equals), field.sliced(equals + 1)});
            }
        }
    }
    if (m_hasPack) {
        // The packed key is the old property's name without X-CADENCE-.
        const QByteArrayView key = QByteArrayView(name).sliced(qstrlen(CadenceProperty) + 1);
        for (const auto &[packedKey, value] : m_packed)
            if (packedKey.compare(key, Qt::CaseInsensitive) == 0)
                return value.contains('%')
                           ? QString::fromUtf8(QByteArray::fromPercentEncoding(value.toByteArray()))
                           : QString::fromUtf8(value);
        if (key == "ID") {
            // Not packed when the UID is the id's own.
            const QString uid = text(icalcomponent_get_uid(event));
            if (uid.endsWith(QLatin1String(CadenceUidSuffix)))
                return uid.chopped(qstrlen(CadenceUidSuffix));
        }
        if (key == "NOTES")
            return text(icalcomponent_get_description(event));
        return {};
    }
    for (const auto &[xName, property] : m_xProperties)
        if (qstrcmp(xName, name) == 0)
            return xValue(property);
    return {};
}

std::optional<Problem> Reader::readableTimes(icalcomponent *event, int line) const
{
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_XLICERROR_PROPERTY)) {
        const QString error = text(icalproperty_get_xlicerror(p));
        for (const char *name : {"DTSTART", "DTEND", "DURATION", "RRULE", "RECURRENCE-ID"})
            if (error.contains(QLatin1String(name)))
                return problem(line, Text::tr("libical cannot read it: %1").arg(error.trimmed()));
    }
    return std::nullopt;
}

std::optional<QString> Reader::pmFor(icalcomponent *event) const
{
    const QString cadencePm = xProperty(event, "X-CADENCE-PM");
    if (m_pmIds.contains(cadencePm))
        return cadencePm;
    icalproperty *organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
    if (!organizer)
        return m_context.defaultPmId.isEmpty() ? std::nullopt
                                               : std::optional<QString>(m_context.defaultPmId);
    // The same few organizers come back on every event: each is matched once.
    const char *cn = nullptr;
    if (icalparameter *parameter = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER))
        cn = icalparameter_get_cn(parameter);
    QByteArray key = icalproperty_get_organizer(organizer);
    key.append('\x1f');
    key.append(cn);
    const auto known = m_pmByOrganizer.constFind(key);
    if (known != m_pmByOrganizer.constEnd())
        return *known;
    const std::optional<QString> found = pmForOrganizer(organizer);
    m_pmByOrganizer.insert(key, found);
    return found;
}

std::optional<QString> Reader::pmForOrganizer(icalproperty *organizer) const
{
    QString address = text(icalproperty_get_organizer(organizer));
    if (address.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        address = address.mid(7);
    if (const QString id = m_pmByEmail.value(address.toLower()); !id.isEmpty())
        return id;
    if (icalparameter *cn = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER)) {
        const QList<Pm> named = PmNames::matching(m_context.pms, text(icalparameter_get_cn(cn)));
        if (named.size() == 1)
            return named.first().meta.id;
    }
    if (!m_context.defaultPmId.isEmpty())
        return m_context.defaultPmId;
    return std::nullopt;
}

std::optional<Problem> Reader::readEvent(icalcomponent *event, int line, QList<Interview> &out,
                                         const QHash<QString, QList<icalcomponent *>> &overrides)
{
    // The X- properties listed are those of the event read before, which may have been freed
    // and its address given to this one.
    m_xEvent = nullptr;
    const QString summary = text(icalcomponent_get_summary(event));
    const QString label =
        summary.isEmpty() ? Text::tr("event") : Text::tr("event “%1”").arg(echo(summary));
    icalproperty *startProperty = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
    if (!startProperty)
        return problem(line, Text::tr("%1 has no start (DTSTART)").arg(label));
    // A real date in year 1 or 9999 is a placeholder, not an interview's date.
    auto outside = [](const icaltimetype &t) {
        return !icaltime_is_null_time(t) && QDate::isValid(t.year, t.month, t.day) &&
               !InputRules::isPlausibleYear(t.year);
    };
    const icaltimetype start = icalcomponent_get_dtstart(event);
    if (outside(start))
        return problem(line, Text::tr("%1 starts in %2, %3")
                                 .arg(label)
                                 .arg(start.year)
                                 .arg(InputRules::outsideYears()));
    if (!validTime(start))
        return problem(
            line, Text::tr("%1 starts on an impossible date (%2)")
                      .arg(label, echo(text(icalproperty_get_value_as_string(startProperty)))));
    icaltimetype end = icalcomponent_get_dtend(event);
    const bool hasEnd = !icaltime_is_null_time(end);
    if (hasEnd && outside(end))
        return problem(
            line,
            Text::tr("%1 ends in %2, %3").arg(label).arg(end.year).arg(InputRules::outsideYears()));
    if (hasEnd && !validTime(end))
        return problem(line,
                       Text::tr("%1 ends on an impossible date (%2)").arg(label, timeText(end)));

    Interview base;
    const std::optional<QString> pmId = pmFor(event);
    if (!pmId) {
        icalproperty *organizer = icalcomponent_get_first_property(event, ICAL_ORGANIZER_PROPERTY);
        return problem(
            line, organizer ? Text::tr("%1: its organizer %2 is not a PM of this workspace; "
                                       "name a PM for such events (--pm NAME)")
                                  .arg(label, text(icalproperty_get_organizer(organizer)))
                            : Text::tr("%1 has no organizer; name a PM for such events (--pm NAME)")
                                  .arg(label));
    }
    base.pmId = *pmId;
    base.allDay = start.is_date;
    base.timeZone = xProperty(event, "X-CADENCE-TZID");
    if (base.timeZone.isEmpty())
        base.timeZone = zoneId(start);
    const QDateTime startAt = instant(start);
    const QDateTime endAt =
        hasEnd ? instant(end) : startAt.addSecs(start.is_date ? 86400 : 30 * 60);
    if (endAt < startAt)
        return problem(line, Text::tr("%1 ends before it starts").arg(label));
    const Result<int> minutes = interviewMinutes(startAt, endAt, base.allDay, label);
    if (!minutes)
        return problem(line, minutes.problem().what);
    base.minutes = minutes.value();
    base.location = text(icalcomponent_get_location(event));
    base.notes = xProperty(event, "X-CADENCE-NOTES");
    if (base.notes.isEmpty())
        base.notes = text(icalcomponent_get_description(event));
    base.findings = xProperty(event, "X-CADENCE-FINDINGS");
    base.interviewee = xProperty(event, "X-CADENCE-INTERVIEWEE");
    base.organisation = xProperty(event, "X-CADENCE-ORGANISATION");
    base.product = xProperty(event, "X-CADENCE-PRODUCT");
    base.scorecard = Scorecard::fromJson(xProperty(event, "X-CADENCE-SCORECARD"));
    base.meta.sample = xProperty(event, "X-CADENCE-SAMPLE") == QLatin1String("1");
    base.sequence = icalcomponent_get_sequence(event);
    if (base.sequence < 0)
        base.sequence = 0;

    QStringList categories;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_CATEGORIES_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_CATEGORIES_PROPERTY))
        categories += text(icalproperty_get_categories(p)).split(QLatin1Char(','));
    const QString kind = xProperty(event, "X-CADENCE-KIND");
    if (auto parsed = interviewKindFromKey(kind))
        base.kind = *parsed;
    else
        base.kind = (categories.join(QLatin1Char(' ')) + QLatin1Char(' ') + summary)
                            .contains(QLatin1String("candidate"), Qt::CaseInsensitive)
                        ? InterviewKind::Candidate
                        : InterviewKind::User;
    const QString team = xProperty(event, "X-CADENCE-TEAM");
    if (m_teamIds.contains(team))
        base.teamId = team;
    for (const QString &category : categories)
        if (base.teamId.isEmpty())
            base.teamId = m_teamByName.value(category.trimmed().toLower());
    const bool cadenceEvent = !xProperty(event, "X-CADENCE-ID").isEmpty();
    if (base.interviewee.isEmpty() && !cadenceEvent)
        base.interviewee = summary;

    const QString uid = text(icalcomponent_get_uid(event));
    const QString cadenceId = xProperty(event, "X-CADENCE-ID");
    const std::optional<InterviewStatus> cadenceStatus =
        interviewStatusFromKey(xProperty(event, "X-CADENCE-STATUS"));
    const bool cancelled = icalcomponent_get_status(event) == ICAL_STATUS_CANCELLED;
    const QString key = uid.isEmpty() ? summary + QLatin1Char('\x1f') + timeText(start) : uid;

    auto finish = [&](Interview interview, const QDateTime &at, const QString &recurrence,
                      bool isCancelled) {
        interview.start = at;
        if (cadenceStatus)
            interview.status = *cadenceStatus;
        else if (isCancelled)
            interview.status = InterviewStatus::Cancelled;
        else
            interview.status =
                interview.end() <= m_context.now ? InterviewStatus::Done : InterviewStatus::Planned;
        if (!QUuid::fromString(cadenceId).isNull() && recurrence.isEmpty()) {
            interview.meta.id = cadenceId;
            interview.icsUid = uid == cadenceId + QLatin1String(CadenceUidSuffix) ? QString() : uid;
        } else {
            interview.meta.id =
                Ids::fromKey(QStringLiteral("ics"), key + QLatin1Char('\x1f') + recurrence);
            interview.icsUid = recurrence.isEmpty() ? uid : uid + QLatin1Char('/') + recurrence;
        }
        out.append(interview);
    };

    icalproperty *rrule = icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY);
    if (!rrule) {
        finish(base, startAt, QString(), cancelled);
        return {};
    }

    // A series: each occurrence becomes an interview of its own, exceptions (EXDATE) left out
    // and moved or changed occurrences (RECURRENCE-ID) taken from their own VEVENT.
    QSet<qint64> excluded;
    for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(event, ICAL_EXDATE_PROPERTY)) {
        icaltimetype ex = icalproperty_get_exdate(p);
        if (!ex.zone && !icaltime_is_utc(ex) && start.zone)
            ex.zone = start.zone;
        if (validTime(ex))
            excluded.insert(instant(ex).toSecsSinceEpoch());
    }
    QHash<qint64, icalcomponent *> moved;
    for (icalcomponent *instance : overrides.value(uid)) {
        icaltimetype rid = icalcomponent_get_recurrenceid(instance);
        // libical leaves RECURRENCE-ID's TZID unresolved: it is the series' zone.
        if (!rid.zone && !icaltime_is_utc(rid) && start.zone)
            rid.zone = start.zone;
        if (validTime(rid))
            moved.insert(instant(rid).toSecsSinceEpoch(), instance);
    }
    const icalrecurrencetype recurrence = icalproperty_get_rrule(rrule);
    icalrecur_iterator *iterator = icalrecur_iterator_new(recurrence, start);
    if (!iterator)
        return problem(line, Text::tr("%1 repeats by a rule Cadence cannot expand (%2)")
                                 .arg(label, text(icalproperty_get_value_as_string(rrule))));
    const QDateTime horizon = m_context.now.addYears(1);
    int count = 0;
    std::optional<Problem> failure;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next);
         next = icalrecur_iterator_next(iterator)) {
        next.zone = start.zone;
        const QDateTime at = instant(next);
        if (at > horizon)
            break;
        if (++count > MaxOccurrences) {
            failure = problem(line, Text::tr("%1 repeats more than %n times within a year; Cadence "
                                             "refuses it rather than import part of it",
                                             nullptr, MaxOccurrences)
                                        .arg(label));
            break;
        }
        const qint64 seconds = at.toSecsSinceEpoch();
        if (excluded.contains(seconds))
            continue;
        const QString rid = interviewTimeKey(at);
        if (icalcomponent *instance = moved.value(seconds)) {
            // The changed occurrence keeps the series' fields unless it says otherwise.
            const icaltimetype movedStart = icalcomponent_get_dtstart(instance);
            icaltimetype movedEnd = icalcomponent_get_dtend(instance);
            if (!validTime(movedStart) ||
                (!icaltime_is_null_time(movedEnd) && !validTime(movedEnd))) {
                failure =
                    problem(m_lines.value(instance, line),
                            Text::tr("%1: a changed occurrence has an impossible date").arg(label));
                break;
            }
            Interview changed = base;
            const QDateTime movedAt = instant(movedStart);
            if (!icaltime_is_null_time(movedEnd)) {
                const QDateTime movedTo = instant(movedEnd);
                const Result<int> movedMinutes =
                    movedTo < movedAt ? Result<int>(Problem{{},
                                                            Text::tr("%1: a changed occurrence "
                                                                     "ends before it starts")
                                                                .arg(label)})
                                      : interviewMinutes(movedAt, movedTo, base.allDay, label);
                if (!movedMinutes) {
                    failure = problem(m_lines.value(instance, line), movedMinutes.problem().what);
                    break;
                }
                changed.minutes = movedMinutes.value();
            }
            if (const char *location = icalcomponent_get_location(instance))
                changed.location = text(location);
            if (const char *description = icalcomponent_get_description(instance))
                changed.notes = text(description);
            finish(changed, movedAt, rid,
                   icalcomponent_get_status(instance) == ICAL_STATUS_CANCELLED);
        } else {
            finish(base, at, rid, cancelled);
        }
    }
    icalrecur_iterator_free(iterator);
    return failure;
}

Result<QList<Interview>> Reader::read(const QByteArray &data)
{
    const Result<Layout> layout = scanLayout(data, m_context.fileName);
    if (!layout)
        return layout.problem();
    // libical parses the calendar without its events (its time zones, its own properties),
    // then each event on its own: the events of a big file are split between two threads,
    // and each is added to the calendar afterwards so that its TZIDs find the VTIMEZONEs.
    const QList<Layout::Event> &blocks = layout.value().events;
    const bool longLines = layout.value().longestLine > LongLine;
    QByteArray skeleton;
    skeleton.reserve(data.size() - (blocks.isEmpty() ? 0 : blocks.last().to - blocks.first().from));
    qsizetype kept = 0;
    for (const Layout::Event &block : blocks) {
        appendFolded(skeleton, QByteArrayView(data.constData() + kept, block.from - kept),
                     longLines);
        kept = block.to;
    }
    appendFolded(skeleton, QByteArrayView(data.constData() + kept, data.size() - kept), longLines);
    ComponentPtr calendar(icalparser_parse_string(skeleton.constData()));
    if (!calendar || icalcomponent_isa(calendar.get()) != ICAL_VCALENDAR_COMPONENT)
        return Problem{m_context.fileName, Text::tr("libical cannot read it as iCalendar")};

    // An event that stands alone (no series, no changed occurrence) in a file with no time
    // zone of its own is read right where it is parsed, on its thread, and freed at once: its
    // times are UTC, dates or floating, which need nothing from the calendar nor any shared
    // libical state. The rest is kept, added to the calendar and read below, in order.
    // (glibc's memmem looks for TZID several times faster than QByteArray::contains.)
    const bool zoneFree =
        !icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT) &&
        !memmem(data.constData(), size_t(data.size()), "TZID", 4);
    struct Slot {
        icalcomponent *kept = nullptr;
        QList<Interview> read;
        std::optional<Problem> problem;
    };
    std::vector<Slot> results(size_t(blocks.size()));
    static const QHash<QString, QList<icalcomponent *>> noOverrides;
    // The threads take the events a few hundred at a time rather than half each: the events
    // of one half can take a tenth longer to read than those of the other.
    constexpr qsizetype Batch = 256;
    std::atomic<qsizetype> nextBatch = 0;
    auto parseRange = [&] {
        Reader reader(m_context);
        QByteArray text;
        for (qsizetype first = nextBatch.fetch_add(Batch); first < blocks.size();
             first = nextBatch.fetch_add(Batch))
            for (qsizetype i = first, last = std::min(first + Batch, blocks.size()); i < last;
                 ++i) {
                Slot &slot = results[size_t(i)];
                text.clear();
                appendFolded(text,
                             QByteArrayView(data.constData() + blocks[i].from,
                                            blocks[i].to - blocks[i].from),
                             longLines);
                icalcomponent *event = icalparser_parse_string(text.constData());
                if (!event || icalcomponent_isa(event) != ICAL_VEVENT_COMPONENT) {
                    if (event)
                        icalcomponent_free(event);
                    slot.problem =
                        problem(blocks[i].line, Text::tr("libical cannot read this event"));
                    continue;
                }
                // One walk over the event's properties rather than one per kind looked for: each
                // lookup of an absent property walks them all.
                bool series = false;
                bool errors = false;
                for (icalproperty *p = icalcomponent_get_first_property(event, ICAL_ANY_PROPERTY);
                     p && zoneFree; p = icalcomponent_get_next_property(event, ICAL_ANY_PROPERTY)) {
                    const icalproperty_kind kind = icalproperty_isa(p);
                    series =
                        series || kind == ICAL_RRULE_PROPERTY || kind == ICAL_RECURRENCEID_PROPERTY;
                    errors = errors || kind == ICAL_XLICERROR_PROPERTY;
                }
                if (!zoneFree || series) {
                    slot.kept = event;
                    continue;
                }
                if (errors)
                    slot.problem = reader.readableTimes(event, blocks[i].line);
                if (!slot.problem)
                    slot.problem = reader.readEvent(event, blocks[i].line, slot.read, noOverrides);
                icalcomponent_free(event);
            }
    };
    // Below a few thousand events a thread costs more than it saves.
    if (blocks.size() > 4000) {
        std::thread second(parseRange);
        parseRange();
        second.join();
    } else {
        parseRange();
    }
    QList<icalcomponent *> events;
    std::optional<Problem> failed;
    QList<Interview> interviews;
    interviews.reserve(blocks.size());
    QHash<QString, int> seen;
    seen.reserve(blocks.size());
    // The same event twice is refused, naming both lines.
    auto take = [&](QList<Interview> &read, int line) -> std::optional<Problem> {
        for (Interview &interview : read) {
            const auto previous = seen.constFind(interview.meta.id);
            if (previous != seen.constEnd())
                return problem(line, Text::tr("the same event (UID %1) is in the file twice, also "
                                              "on line %2")
                                         .arg(interview.icsUid.isEmpty() ? interview.meta.id
                                                                         : interview.icsUid)
                                         .arg(*previous));
            seen.insert(interview.meta.id, line);
            interviews.append(std::move(interview));
        }
        return std::nullopt;
    };
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        Slot &slot = results[size_t(i)];
        if (slot.kept) {
            icalcomponent_add_component(calendar.get(), slot.kept);
            events.append(slot.kept);
            m_lines.insert(slot.kept, blocks[i].line);
        } else if (!failed) {
            failed = slot.problem ? slot.problem : take(slot.read, blocks[i].line);
        }
    }
    if (failed)
        return *failed;

    QHash<QString, QList<icalcomponent *>> overrides;
    QHash<QString, QList<icalcomponent *>> series; // events with an RRULE, by UID
    for (icalcomponent *event : events) {
        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY))
            overrides[text(icalcomponent_get_uid(event))].append(event);
        if (icalcomponent_get_first_property(event, ICAL_RRULE_PROPERTY))
            series[text(icalcomponent_get_uid(event))].append(event);
    }

    for (icalcomponent *event : events) {
        const int line = m_lines.value(event);
        if (std::optional<Problem> unreadable = readableTimes(event, line))
            return *unreadable;
        if (icalcomponent_get_first_property(event, ICAL_RECURRENCEID_PROPERTY)) {
            // Taken with its series; alone (no series in the file) it is a single event.
            const QString uid = text(icalcomponent_get_uid(event));
            bool hasMaster = false;
            for (icalcomponent *other : series.value(uid))
                if (other != event)
                    hasMaster = true;
            if (hasMaster)
                continue;
        }
        QList<Interview> read;
        if (std::optional<Problem> failure = readEvent(event, line, read, overrides))
            return *failure;
        if (std::optional<Problem> twice = take(read, line))
            return *twice;
    }
    return interviews;
}

} // namespace

namespace ICalendar {

QByteArray write(const QList<Interview> &interviews, const QList<Pm> &pms, const QList<Team> &teams,
                 const QDateTime &stamp)
{
    QHash<QString, const Pm *> pmById;
    for (const Pm &pm : pms)
        pmById.insert(pm.meta.id, &pm);
    QHash<QString, const Team *> teamById;
    for (const Team &team : teams)
        teamById.insert(team.meta.id, &team);
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Cadence//Interviews//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    // libical writes the calendar's own lines; the events are written into its text.
    QByteArray head = serialize(calendar.get());
    const QByteArray tail = "END:VCALENDAR\r\n";
    head.chop(tail.size());
    QByteArray out = head;
    out.reserve(head.size() + interviews.size() * 900);
    EventWriter writer(out, pmById, teamById, icalUtc(stamp));
    for (const Interview &interview : interviews)
        if (!interview.meta.deleted)
            writer.write(interview);
    out += tail;
    return out;
}

Result<QList<Interview>> read(const QByteArray &data, const ReadContext &context)
{
    Reader reader(context);
    return reader.read(data);
}

Outcome exportFile(WorkspaceSession &session, const QString &path)
{
    const QByteArray bytes = write(session.interviews().interviews(), session.coverage().pms(),
                                   session.coverage().teams(), session.clock().now());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Problem{path, Text::tr("cannot be written (%1)").arg(file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Problem{path, Text::tr("cannot be written (%1)").arg(file.errorString())};
    return {};
}

Result<ImportPlan> planImport(WorkspaceSession &session, const QString &path,
                              const QString &defaultPmName)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem{path, Text::tr("cannot be read (%1)").arg(file.errorString())};
    if (file.size() > MaxFileBytes)
        return Problem{path, Text::tr("is %1 MB; Cadence reads calendars of up to %2 MB")
                                 .arg(file.size() >> 20)
                                 .arg(MaxFileBytes >> 20)};
    const QByteArray data = file.readAll();
    if (data.contains('\0'))
        return Problem{path, Text::tr("is a binary file, not iCalendar")};
    ReadContext context;
    context.pms = session.coverage().pms();
    context.teams = session.coverage().teams();
    context.now = session.clock().now();
    context.fileName = path;
    if (!defaultPmName.isEmpty()) {
        const std::optional<Pm> pm = session.coverage().findPm(defaultPmName);
        if (!pm)
            return Problem{path, Text::tr("“%1” is not a PM of this workspace").arg(defaultPmName)};
        context.defaultPmId = pm->meta.id;
    }
    Result<QList<Interview>> read = ICalendar::read(data, context);
    if (!read)
        return read.problem();

    QHash<QString, Interview> existing;
    for (Interview &interview : session.interviews().allRecords())
        existing.insert(interview.meta.id, std::move(interview));
    ImportDiff<Interview> diff;
    diff.before.reserve(read.value().size());
    diff.after.reserve(read.value().size());
    for (Interview &imported : read.value()) {
        const auto found = existing.constFind(imported.meta.id);
        const Interview *stored = found == existing.constEnd() ? nullptr : &*found;
        bool same = false;
        if (stored) {
            Interview compare = imported;
            compare.meta.sample = stored->meta.sample;
            same = stored->sameContent(compare);
        }
        diff.compare(std::move(imported), stored, same);
    }
    ImportPlan plan;
    static_cast<ImportCounts &>(plan) = diff.counts();
    plan.change.text = Text::tr("Import %1").arg(path.section(QLatin1Char('/'), -1));
    plan.change.before.interviews = std::move(diff.before);
    plan.change.after.interviews = std::move(diff.after);
    return plan;
}

} // namespace ICalendar
