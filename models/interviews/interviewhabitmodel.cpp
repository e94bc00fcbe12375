#include "interviewhabitmodel.h"

#include "coverage/coveragerepository.h"
#include "interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QColor>
#include <QFont>
#include <QLocale>

InterviewHabitModel::InterviewHabitModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    session.changes().whenChanged(Area::Interviews | Area::Coverage, this, [this] { refresh(); });
    refresh();
}

int InterviewHabitModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.pms.size());
}

int InterviewHabitModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_report.weekStarts.isEmpty() ? 0 : weekCount() + 2;
}

QVariant InterviewHabitModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.pms.size() || index.column() >= columnCount())
        return {};
    const PmHabit &pm = m_report.pms[index.row()];
    if (role == PmIdRole)
        return pm.pm.meta.id;
    if (index.column() == streakColumn() || index.column() == debtColumn()) {
        const int value = index.column() == streakColumn() ? pm.streak : pm.debt;
        if (role == Qt::DisplayRole)
            return value;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        if (role == Qt::ToolTipRole)
            return index.column() == streakColumn()
                       ? tr("%n week(s) in a row at the target", nullptr, pm.streak)
                       : tr("%n interview(s) short of the target over the past weeks", nullptr,
                            pm.debt);
        return {};
    }
    const HabitWeek &week = pm.weeks[index.column()];
    const bool past = index.column() < m_report.currentWeek;
    switch (role) {
    case DoneRole:
        return week.done;
    case PlannedRole:
        return week.planned;
    case ActiveRole:
        return week.active;
    case WeekStartRole:
        return week.start;
    case Qt::DisplayRole:
        if (!week.active)
            return QString();
        if (week.planned == 0)
            return week.done == 0 && !past ? QString() : QString::number(week.done);
        return QStringLiteral("%1+%2").arg(week.done).arg(week.planned);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        if (!week.active)
            return tr("%1 was not on the team yet").arg(pm.pm.name);
        return tr("%1, week of %2: %3 done, %4 planned (target %5)")
            .arg(pm.pm.name, QLocale().toString(week.start, QLocale::ShortFormat))
            .arg(week.done)
            .arg(week.planned)
            .arg(m_report.target);
    case Qt::BackgroundRole: {
        if (!week.active)
            return QColor(0xee, 0xee, 0xee);
        if (week.done >= m_report.target)
            return week.done > m_report.target ? QColor(0x1b, 0x8a, 0x4b)
                                               : QColor(0x5c, 0xb8, 0x7a);
        if (week.done + week.planned >= m_report.target)
            return QColor(0xb9, 0xd8, 0xf3); // on track: planned covers the rest
        if (past)
            return week.done > 0 ? QColor(0xf6, 0xd3, 0x8a) : QColor(0xee, 0x9a, 0x8f);
        return QVariant();
    }
    case Qt::ForegroundRole:
        if (week.active && week.done > m_report.target)
            return QColor(Qt::white);
        return {};
    default:
        return {};
    }
}

QVariant InterviewHabitModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < m_report.pms.size())
            return m_report.pms[section].pm.name;
        return {};
    }
    if (role == Qt::DisplayRole) {
        if (section == streakColumn())
            return tr("Streak");
        if (section == debtColumn())
            return tr("Debt");
        if (section < weekCount()) {
            const QDate start = m_report.weekStarts[section];
            return start.toString(QStringLiteral("d MMM"));
        }
    }
    if (role == Qt::FontRole && section == m_report.currentWeek) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole && section < weekCount())
        return section == m_report.currentWeek
                   ? tr("This week, from %1").arg(QLocale().toString(m_report.weekStarts[section]))
                   : tr("Week of %1").arg(QLocale().toString(m_report.weekStarts[section]));
    return {};
}

void InterviewHabitModel::setTarget(int target)
{
    m_target = target;
    refresh();
}

void InterviewHabitModel::setFirstDayOfWeek(Qt::DayOfWeek day)
{
    m_firstDay = day;
    refresh();
}

void InterviewHabitModel::refresh()
{
    beginResetModel();
    CoverageRepository &coverage = m_session.coverage();
    m_report = InterviewHabit::compute(coverage.pms(), coverage.teams(), coverage.assignments(),
                                       m_session.interviews().interviews(), m_session.today(),
                                       m_target, 12, 4, m_firstDay);
    endResetModel();
}
