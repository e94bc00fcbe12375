#include "weeksource.h"

#include "coverage/coveragerepository.h"
#include "goals/goalrepository.h"
#include "interviews/interviewrepository.h"
#include "metrics/metricsrepository.h"
#include "weekactionrepository.h"
#include "workspace/workspacesession.h"

namespace {

// Interviews read are kept while they are this near the span asked for: stepping through the
// weeks reads the week it steps into, not the thirteen weeks a plan looks at.
constexpr int interviewReachDays = 8 * 7;
// How many days' coverage is kept: the weeks around the one shown.
constexpr qsizetype coverageDays = 8;
// How many PMs' interviews are kept: those looked at lately.
constexpr qsizetype pmsKept = 8;
// How many lists of goals (a quarter's, of a PM or of everyone) are kept.
constexpr qsizetype goalListsKept = 16;
// How many readings of metrics (and review figures) are kept: many weeks' worth.
constexpr qsizetype readingsKept = 50000;
// How many teams' last interviews are kept: a few weeks' worth of every team.
constexpr qsizetype lastInterviewsKept = 8 * 1024;
// How many suggestion ids are kept: years of weeks of everyone's plan.
constexpr qsizetype suggestionIdsKept = 100000;

// What each part of the source keeps is bounded the same way: once full, it starts again.
template<typename Hash> void makeRoom(Hash &hash, qsizetype kept)
{
    if (hash.size() >= kept)
        hash.clear();
}

} // namespace

size_t qHash(const ReadingKey &key, size_t seed)
{
    return qHashMulti(seed, key.productId, key.metricKey, key.day);
}

size_t qHash(const SuggestionKey &key, size_t seed)
{
    return qHashMulti(seed, key.pmId, int(key.rule), key.subjectId, key.period);
}

WeekSource::WeekSource(WorkspaceSession &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Connected before anyone who plans from this source: a plan made after a change sees it.
    connect(&session.changes(), &ChangeFeed::changed, this,
            [this](const WorkspaceChange &change) { forget(change); });
}

void WeekSource::forget(const WorkspaceChange &change)
{
    const Areas areas = change.areas;
    if (areas & Area::Coverage) {
        m_coverage.clear();
        m_pms.reset();
        m_teams.reset();
    }
    if (areas & Area::Interviews) {
        m_interviews = {};
        m_interviewsOf.clear();
        m_habitInterviews = {};
        m_candidateInterviews = {};
        m_lastByTeam.clear();
    }
    if (areas & Area::Metrics) {
        m_products.reset();
        m_reviews.reset();
        m_definitions.reset();
        m_figures.clear();
        m_latest.clear();
    }
    if (areas & Area::Goals)
        updateGoals(change);
    if (areas & Area::Week)
        m_actions.clear();
}

const CoverageSnapshot &WeekSource::coverageOn(QDate day)
{
    auto found = m_coverage.find(day);
    if (found == m_coverage.end()) {
        makeRoom(m_coverage, coverageDays);
        found = m_coverage.insert(day, m_session.coverage().coverageOn(day));
    }
    return *found;
}

const QList<Pm> &WeekSource::pms()
{
    if (!m_pms)
        m_pms = m_session.coverage().pms();
    return *m_pms;
}

const QList<Team> &WeekSource::teams()
{
    if (!m_teams)
        m_teams = m_session.coverage().teams();
    return *m_teams;
}

QList<Interview> InterviewSpan::get(const QDateTime &from, const QDateTime &to, const Reader &read)
{
    // Near, and not grown past a year: a session stepping week by week through the years
    // starts the span again rather than holding every interview it went by.
    const bool near = m_from.isValid() && from >= m_from.addDays(-interviewReachDays) &&
                      to <= m_to.addDays(interviewReachDays) && m_from.daysTo(m_to) <= 366;
    if (!near) {
        m_from = from;
        m_to = to;
        m_rows = read(from, to);
    }
    // Only what lies beyond the span read so far; both spans stay sorted by start.
    if (from < m_from) {
        m_rows = read(from, m_from) + m_rows;
        m_from = from;
    }
    if (to > m_to) {
        m_rows += read(m_to, to);
        m_to = to;
    }
    const auto byStart = [](const Interview &interview, const QDateTime &at) {
        return interview.start < at;
    };
    const auto first = std::lower_bound(m_rows.cbegin(), m_rows.cend(), from, byStart);
    const auto last = std::lower_bound(first, m_rows.cend(), to, byStart);
    if (first == m_rows.cbegin() && last == m_rows.cend())
        return m_rows; // shared, not copied
    return QList<Interview>(first, last);
}

QList<Interview> WeekSource::interviews(const QDateTime &from, const QDateTime &to)
{
    const InterviewRepository &repository = m_session.interviews();
    return m_interviews.get(
        from, to, [&](const QDateTime &a, const QDateTime &b) { return repository.between(a, b); });
}

QList<Interview> WeekSource::interviewsOf(const QString &pmId, const QDateTime &from,
                                          const QDateTime &to)
{
    if (m_interviewsOf.size() >= pmsKept && !m_interviewsOf.contains(pmId))
        m_interviewsOf.clear();
    const InterviewRepository &repository = m_session.interviews();
    return m_interviewsOf[pmId].get(from, to, [&](const QDateTime &a, const QDateTime &b) {
        return repository.ofPmBetween(pmId, a, b);
    });
}

QList<Interview> WeekSource::habitInterviews(const QDateTime &from, const QDateTime &to)
{
    const InterviewRepository &repository = m_session.interviews();
    return m_habitInterviews.get(from, to, [&](const QDateTime &a, const QDateTime &b) {
        return repository.habitBetween(a, b);
    });
}

QList<Interview> WeekSource::candidateInterviews(const QDateTime &from, const QDateTime &to)
{
    const InterviewRepository &repository = m_session.interviews();
    return m_candidateInterviews.get(from, to, [&](const QDateTime &a, const QDateTime &b) {
        return repository.candidatesBetween(a, b);
    });
}

std::optional<Interview> WeekSource::lastUserInterview(const QString &teamId,
                                                       const QDateTime &before)
{
    const QString key = teamId + QLatin1Char('|') + QString::number(before.toMSecsSinceEpoch());
    const auto found = m_lastByTeam.constFind(key);
    if (found != m_lastByTeam.constEnd())
        return *found;
    makeRoom(m_lastByTeam, lastInterviewsKept);
    return *m_lastByTeam.insert(key, m_session.interviews().lastDoneUserInterview(teamId, before));
}

const QList<Product> &WeekSource::products()
{
    if (!m_products)
        m_products = m_session.metrics().products();
    return *m_products;
}

const QList<GrowthReview> &WeekSource::reviews()
{
    if (!m_reviews)
        m_reviews = m_session.metrics().reviews();
    return *m_reviews;
}

const QList<MetricDefinition> &WeekSource::definitions()
{
    if (!m_definitions)
        m_definitions = m_session.metrics().definitions();
    return *m_definitions;
}

const MetricSeries::ReviewFigures &WeekSource::reviewFigures(const QString &productId,
                                                             const MetricDefinition &metric,
                                                             QDate reviewMonth)
{
    const ReadingKey key{productId, metric.key, reviewMonth.toJulianDay()};
    const auto found = m_figures.constFind(key);
    if (found != m_figures.constEnd())
        return *found;
    // Only the months the review reads: the one before it and the smoothing window behind.
    const QDate first(reviewMonth.year(), reviewMonth.month(), 1);
    const Series series = m_session.metrics().series(
        productId, metric.key, first.addMonths(-metric.smoothingMonths - 2), first.addDays(-1));
    makeRoom(m_figures, readingsKept);
    return *m_figures.insert(key, MetricSeries::reviewFigures(series, metric, first));
}

std::optional<double> WeekSource::latestValue(const QString &productId, const QString &metricKey,
                                              QDate onOrBefore, SeriesReader &reader)
{
    const ReadingKey key{productId, metricKey, onOrBefore.toJulianDay()};
    const auto found = m_latest.constFind(key);
    if (found != m_latest.constEnd())
        return *found;
    makeRoom(m_latest, readingsKept);
    return *m_latest.insert(key, reader.latestValue(productId, metricKey, onOrBefore));
}

void WeekSource::updateGoals(const WorkspaceChange &change)
{
    // The goals an edit wrote, read again, rather than the quarters they are in: coming back to
    // everyone's week after a goal's edit read 3,000 goals and 10,000 key results anew
    // (bench_week, the sample at scale 20: 45 -> 17 ms).
    const std::optional<QList<qint64>> goalRows = change.rowsOf(QStringLiteral("goal"));
    const std::optional<QList<qint64>> resultRows = change.rowsOf(QStringLiteral("key_result"));
    if (!goalRows || !resultRows) {
        m_goals.clear();
        return;
    }
    if (m_goals.isEmpty())
        return;
    const QList<Goal> written = m_session.goals().goalsWritten(*goalRows, *resultRows);
    m_goals.removeIf([&written](QHash<std::pair<QString, QString>, QList<Goal>>::iterator kept) {
        return !GoalRepository::update(kept.value(), kept.key().first, kept.key().second, written);
    });
}

const QList<Goal> &WeekSource::goals(const QString &quarter, const QString &pmId)
{
    const std::pair<QString, QString> key{quarter, pmId};
    auto found = m_goals.find(key);
    if (found != m_goals.end())
        return *found;
    makeRoom(m_goals, goalListsKept);
    // A PM's goals are everyone's that involve them, in the same order: once everyone's are
    // held, a PM's are picked from them rather than read.
    const auto everyone = m_goals.constFind({quarter, QString()});
    if (!pmId.isEmpty() && everyone != m_goals.constEnd()) {
        QList<Goal> theirs;
        for (const Goal &goal : *everyone)
            if (goal.involves(pmId))
                theirs.append(goal);
        return *m_goals.insert(key, theirs);
    }
    return *m_goals.insert(key, pmId.isEmpty() ? m_session.goals().goals(quarter)
                                               : m_session.goals().goals(quarter, pmId));
}

const QList<WeekAction> &WeekSource::actions(const QString &pmId)
{
    auto found = m_actions.find(pmId);
    if (found == m_actions.end())
        found = m_actions.insert(pmId, m_session.weekActions().actionsOf(pmId));
    return *found;
}

QString WeekSource::suggestionId(const QString &pmId, WeekRule rule, const QString &subjectId,
                                 const QString &period)
{
    // A suggestion's id is a name-based UUID, a SHA-1 of what it is about, and everyone's
    // plan asks for some 3,700 of them, most again at each plan: they never change, so each
    // is made once (bench_week under callgrind, everyone: switching the week 179 -> 160
    // million instructions). Bounded: a session stepping through years of weeks starts again.
    const SuggestionKey key{pmId, rule, subjectId, period};
    auto found = m_suggestionIds.constFind(key);
    if (found == m_suggestionIds.constEnd()) {
        makeRoom(m_suggestionIds, suggestionIdsKept);
        found =
            m_suggestionIds.insert(key, WeekActionIds::suggestion(pmId, rule, subjectId, period));
    }
    return *found;
}
