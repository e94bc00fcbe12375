#pragma once

#include "coverage/coveragesnapshot.h"
#include "goals/goaltypes.h"
#include "interviews/interviewtypes.h"
#include "metrics/metricseries.h"
#include "weekaction.h"
#include "workspace/workspacechange.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class SeriesReader;
class WorkspaceSession;

// One span of interviews read, kept while the spans asked for stay near it: stepping through
// the weeks reads the week it steps into, not the thirteen weeks a plan looks at.
class InterviewSpan
{
public:
    using Reader = std::function<QList<Interview>(const QDateTime &from, const QDateTime &to)>;
    // Those starting in [from, to), in the reader's order (by start), read where not held yet.
    QList<Interview> get(const QDateTime &from, const QDateTime &to, const Reader &read);

private:
    QDateTime m_from;
    QDateTime m_to;
    QList<Interview> m_rows;
};

// What a reading of a product's metric on a day, or a suggestion's id, is kept under: the parts
// themselves, hashed together. Joined into one string, building the string was most of the
// work of a lookup (bench_week under callgrind, switching everyone's week: some 5 of 99 million
// instructions).
struct ReadingKey {
    QString productId;
    QString metricKey;
    qint64 day = 0; // Julian day
    friend bool operator==(const ReadingKey &, const ReadingKey &) = default;
};
size_t qHash(const ReadingKey &key, size_t seed = 0);
struct SuggestionKey {
    QString pmId;
    WeekRule rule{};
    QString subjectId;
    QString period;
    friend bool operator==(const SuggestionKey &, const SuggestionKey &) = default;
};
size_t qHash(const SuggestionKey &key, size_t seed = 0);

// What the week plan reads from the workspace, kept between plans: switching the week or the
// PM reads only what that week adds. Each area's part is dropped when a batch of writes
// touches the area, so that a plan made after an edit sees it; the goals are brought up to date
// with the goals written instead (GoalRepository::update). The session holds one for all its
// plans (WorkspaceSession::weekSource()); what it keeps is bounded, so that a long session
// stepping through the weeks and PMs does not hold on to all of them.
class WeekSource final : public QObject
{
    Q_OBJECT

public:
    explicit WeekSource(WorkspaceSession &session, QObject *parent = nullptr);

    WorkspaceSession &session() const { return m_session; }

    const CoverageSnapshot &coverageOn(QDate day);
    const QList<Pm> &pms();
    const QList<Team> &teams();

    // Live interviews starting in [from, to): everyone's, or one PM's.
    QList<Interview> interviews(const QDateTime &from, const QDateTime &to);
    QList<Interview> interviewsOf(const QString &pmId, const QDateTime &from, const QDateTime &to);
    // Everyone's, as the habit counts them (InterviewRepository::habitBetween).
    QList<Interview> habitInterviews(const QDateTime &from, const QDateTime &to);
    // Everyone's candidate interviews.
    QList<Interview> candidateInterviews(const QDateTime &from, const QDateTime &to);
    std::optional<Interview> lastUserInterview(const QString &teamId, const QDateTime &before);

    const QList<Product> &products();
    const QList<GrowthReview> &reviews();
    const QList<MetricDefinition> &definitions();
    // What the growth review of `reviewMonth` reads for a product's metric.
    const MetricSeries::ReviewFigures &
    reviewFigures(const QString &productId, const MetricDefinition &metric, QDate reviewMonth);
    // Read through `reader` when not known yet: one plan's reads share its statements.
    std::optional<double> latestValue(const QString &productId, const QString &metricKey,
                                      QDate onOrBefore, SeriesReader &reader);

    // The quarter's goals of a PM (owner or supporter), or of everyone. Like every list this
    // source returns by reference, valid until its next call or the workspace's next change.
    const QList<Goal> &goals(const QString &quarter, const QString &pmId);
    const QList<WeekAction> &actions(const QString &pmId);
    // WeekActionIds::suggestion(), made once for each suggestion.
    QString suggestionId(const QString &pmId, WeekRule rule, const QString &subjectId,
                         const QString &period);

private:
    void forget(const WorkspaceChange &change);
    void updateGoals(const WorkspaceChange &change);

    WorkspaceSession &m_session;

    QHash<QDate, CoverageSnapshot> m_coverage; // a few days: the weeks stepped through
    std::optional<QList<Pm>> m_pms;
    std::optional<QList<Team>> m_teams;

    InterviewSpan m_interviews;
    QHash<QString, InterviewSpan> m_interviewsOf; // by PM: the few looked at
    InterviewSpan m_habitInterviews;
    InterviewSpan m_candidateInterviews;
    QHash<QString, std::optional<Interview>> m_lastByTeam; // "team|before"

    std::optional<QList<Product>> m_products;
    std::optional<QList<GrowthReview>> m_reviews;
    std::optional<QList<MetricDefinition>> m_definitions;
    QHash<ReadingKey, MetricSeries::ReviewFigures> m_figures;
    QHash<ReadingKey, std::optional<double>> m_latest;

    QHash<std::pair<QString, QString>, QList<Goal>> m_goals; // by quarter and PM
    QHash<QString, QList<WeekAction>> m_actions;
    QHash<SuggestionKey, QString> m_suggestionIds;
};
