#include "panes.h"

#include "coverage/coveragepane.h"
#include "goals/goalspane.h"
#include "interviews/interviewspane.h"
#include "metrics/metricspane.h"
#include "week/weekpane.h"

#include <QCoreApplication>

namespace {

template<typename P>
PaneEntry entry(const char *id, const char *context, const char *title, const char *icon, Area area)
{
    // The title is translated in the pane's own context, so it reads the same as P::title().
    return {QString::fromLatin1(id), QCoreApplication::translate(context, title),
            QIcon(QString::fromLatin1(icon)), area,
            [](WorkspaceSession &session, QWidget *parent) -> Pane * {
                return new P(session, parent);
            }};
}

} // namespace

QList<PaneEntry> paneEntries()
{
    // This week first: Cadence opens on it.
    return {
        entry<WeekPane>("week", "WeekPane", QT_TRANSLATE_NOOP("WeekPane", "This week"),
                        ":/cadence/icons/week.svg", Area::Week),
        entry<CoveragePane>("coverage", "CoveragePane",
                            QT_TRANSLATE_NOOP("CoveragePane", "Coverage"),
                            ":/cadence/icons/coverage.svg", Area::Coverage),
        entry<InterviewsPane>("interviews", "InterviewsPane",
                              QT_TRANSLATE_NOOP("InterviewsPane", "Interviews"),
                              ":/cadence/icons/interviews.svg", Area::Interviews),
        entry<MetricsPane>("metrics", "MetricsPane", QT_TRANSLATE_NOOP("MetricsPane", "Metrics"),
                           ":/cadence/icons/metrics.svg", Area::Metrics),
        entry<GoalsPane>("goals", "GoalsPane", QT_TRANSLATE_NOOP("GoalsPane", "Goals"),
                         ":/cadence/icons/goals.svg", Area::Goals),
    };
}
