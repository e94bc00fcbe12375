#pragma once

#include "core/record.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <array>
#include <optional>

// User research (talking to users, the weekly habit) or a PM candidate's interview.
enum class InterviewKind { User, Candidate };
enum class InterviewStatus { Planned, Done, Cancelled, NoShow };

QString interviewKindKey(InterviewKind kind); // "user" / "candidate", as stored and exported
std::optional<InterviewKind> interviewKindFromKey(const QString &key);
QString interviewKindLabel(InterviewKind kind);     // translated
QString interviewStatusKey(InterviewStatus status); // "planned", "done", "cancelled", "no-show"
std::optional<InterviewStatus> interviewStatusFromKey(const QString &key);
QString interviewStatusLabel(InterviewStatus status);

// The hiring page's criteria (handbook 002, "What we look for in product managers").
enum class Criterion {
    UserCloseness,
    MetricsTechnical, // metrics ownership: technical capability (SQL)
    MetricsDepth,     // metrics ownership: depth of experience
    ProductSense,
    HandsOnCode, // optional on the page: "a plus", never required
    CultureFit,
    Count
};
QString criterionKey(Criterion criterion);
QString criterionLabel(Criterion criterion);
QString criterionHint(Criterion criterion); // what the page asks the interviewer to look for
bool criterionIsOptional(Criterion criterion);

enum class Recommendation { None, StrongNo, No, Yes, StrongYes };
QString recommendationKey(Recommendation recommendation);
std::optional<Recommendation> recommendationFromKey(const QString &key);
QString recommendationLabel(Recommendation recommendation);

// A candidate's scorecard: each criterion scored 1 (weak) to 4 (strong), 0 = not assessed,
// with notes, plus red flags and the interviewer's overall recommendation.
struct Scorecard {
    static constexpr int MaxScore = 4;
    struct Entry {
        int score = 0;
        QString notes;
        bool operator==(const Entry &) const = default;
    };
    std::array<Entry, int(Criterion::Count)> entries{};
    QString redFlags;
    Recommendation recommendation = Recommendation::None;

    Entry &entry(Criterion c) { return entries[size_t(c)]; }
    const Entry &entry(Criterion c) const { return entries[size_t(c)]; }
    bool isEmpty() const;
    // Stored and exported as compact JSON; unknown keys are ignored, bad scores clamped.
    QString toJson() const;
    static Scorecard fromJson(const QString &json);
    bool operator==(const Scorecard &) const = default;
};

// The longest an interview is: a timed one a day, an all-day one (a hiring superday, a
// customer visit) a few whole days. A calendar event longer than that is no interview, and a
// file that says otherwise is refused rather than stored as something else.
constexpr int MaxInterviewMinutes = 24 * 60;
constexpr int MaxAllDayInterviewDays = 7;

// One interview a PM holds. start is an instant (UTC); timeZone is where it was booked, so
// that "which week" and "which day" are those of the PM who held it.
struct Interview {
    RecordMeta meta;
    QString pmId;
    InterviewKind kind = InterviewKind::User;
    QString interviewee;
    QString organisation;
    QString teamId; // empty: no team
    QString product;
    QDateTime start; // UTC
    int minutes = 30;
    bool allDay = false;
    QString timeZone; // IANA id; empty = floating (the viewer's zone)
    QString location; // a place or a video link
    InterviewStatus status = InterviewStatus::Planned;
    QString notes;
    QString findings;
    Scorecard scorecard;
    QString icsUid; // empty: Cadence's own (exported as <id>@cadence)
    int sequence = 0;

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
    QTimeZone zone() const;
    // Start in the zone it was booked in (all-day: midnight of its first day).
    QDateTime localStart() const;
    QDate localDate() const { return localStart().date(); }
    bool counts() const { return !meta.deleted && status != InterviewStatus::Cancelled; }
    // Two live interviews of the same PM whose times overlap (touching ends do not).
    bool overlaps(const Interview &other) const;
    QString title() const; // "User interview: Dana (Acme)"
    // The fields a user edits, ignoring stamps and sequence: "did anything change?"
    bool sameContent(const Interview &other) const;
    bool operator==(const Interview &) const = default;
};

// One batch of interviews to save together: one user edit, an undo, an import.
struct InterviewEdit {
    QList<Interview> interviews;
    bool isEmpty() const { return interviews.isEmpty(); }
};

// A user edit as the records before and after it (see CoverageChange).
struct InterviewChange {
    QString text;
    InterviewEdit before;
    InterviewEdit after;
    bool isEmpty() const { return after.isEmpty(); }
};

// Stores a UTC instant as fixed-width ISO text: text order is time order.
QString interviewTimeKey(const QDateTime &utc);
QDateTime interviewTimeFromKey(const QString &text);
