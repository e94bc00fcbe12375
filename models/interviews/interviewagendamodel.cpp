#include "interviewagendamodel.h"

#include "coverage/coveragerepository.h"
#include "interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QLocale>

InterviewAgendaModel::InterviewAgendaModel(WorkspaceSession &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
    session.changes().whenChanged(Area::Interviews | Area::Coverage, this, [this] { refresh(); });
    refresh();
}

int InterviewAgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InterviewAgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InterviewAgendaModel::data(const QModelIndex &index, int role) const
{
    const Interview *interview = interviewAt(index);
    if (!interview)
        return {};
    switch (role) {
    case InterviewIdRole:
        return interview->meta.id;
    case StartRole:
        return interview->start;
    case PmIdRole:
        return interview->pmId;
    case Qt::ToolTipRole:
        return interview->title();
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Start:
            // ISO order reads and sorts the same everywhere; the weekday helps planning.
            return interview->allDay ? QLocale().toString(interview->localDate(),
                                                          QStringLiteral("ddd yyyy-MM-dd"))
                                     : QLocale().toString(interview->start.toLocalTime(),
                                                          QStringLiteral("ddd yyyy-MM-dd HH:mm"));
        case Pm:
            return m_pmNames.value(interview->pmId);
        case Kind:
            return interviewKindLabel(interview->kind);
        case Interviewee:
            return interview->interviewee;
        case Organisation:
            return interview->organisation;
        case Team:
            return m_teamNames.value(interview->teamId);
        case Status:
            return interviewStatusLabel(interview->status);
        case ColumnCount:
            break;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant InterviewAgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Start:
        return tr("When");
    case Pm:
        return tr("PM");
    case Kind:
        return tr("Kind");
    case Interviewee:
        return tr("Who");
    case Organisation:
        return tr("Organisation");
    case Team:
        return tr("Team");
    case Status:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

const Interview *InterviewAgendaModel::interviewAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
        return nullptr;
    return &m_all[m_rows[index.row()]];
}

int InterviewAgendaModel::rowOf(const QString &interviewId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_all[m_rows[row]].meta.id == interviewId)
            return row;
    return -1;
}

void InterviewAgendaModel::setFilter(const Filter &filter)
{
    Filter next = filter;
    next.text = next.text.trimmed().toLower();
    if (next == m_filter)
        return;
    // Typing on (the new text extends the old, nothing else changed) can only narrow the
    // rows: only those still shown are searched again, not every interview.
    Filter sameButText = next;
    sameButText.text = m_filter.text;
    const bool narrowing = sameButText == m_filter && next.text.startsWith(m_filter.text);
    m_filter = next;
    beginResetModel();
    applyFilter(narrowing);
    endResetModel();
}

void InterviewAgendaModel::setSearchText(const QString &text)
{
    Filter filter = m_filter;
    filter.text = text;
    setFilter(filter);
}

void InterviewAgendaModel::refresh()
{
    beginResetModel();
    m_pmNames.clear();
    m_teamNames.clear();
    for (const ::Pm &pm : m_session.coverage().pms())
        m_pmNames.insert(pm.meta.id, pm.name);
    for (const ::Team &team : m_session.coverage().teams())
        m_teamNames.insert(team.meta.id, team.name);
    m_all = m_session.interviews().interviews();
    m_haystacks.clear();
    m_haystacks.reserve(m_all.size());
    const QChar separator(u'\x1f');
    for (const Interview &interview : std::as_const(m_all))
        m_haystacks.append((interview.interviewee + separator + interview.organisation + separator +
                            interview.product + separator + interview.location + separator +
                            interview.notes + separator + interview.findings + separator +
                            m_pmNames.value(interview.pmId) + separator +
                            m_teamNames.value(interview.teamId))
                               .toLower());
    applyFilter(false);
    endResetModel();
}

void InterviewAgendaModel::applyFilter(bool narrowing)
{
    const QList<int> candidates = narrowing ? m_rows : QList<int>();
    m_rows.clear();
    const QStringList words = m_filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype count = narrowing ? candidates.size() : m_all.size();
    for (qsizetype n = 0; n < count; ++n) {
        const int i = narrowing ? candidates[n] : int(n);
        const Interview &interview = m_all[i];
        if (!m_filter.pmId.isEmpty() && interview.pmId != m_filter.pmId)
            continue;
        if (m_filter.kind && interview.kind != *m_filter.kind)
            continue;
        if (m_filter.status && interview.status != *m_filter.status)
            continue;
        if (!m_filter.teamId.isEmpty() && interview.teamId != m_filter.teamId)
            continue;
        if (m_filter.from.isValid() || m_filter.to.isValid()) {
            const QDate day = interview.localDate();
            if ((m_filter.from.isValid() && day < m_filter.from) ||
                (m_filter.to.isValid() && day > m_filter.to))
                continue;
        }
        bool all = true;
        for (const QString &word : words)
            if (!m_haystacks[i].contains(word)) {
                all = false;
                break;
            }
        if (all)
            m_rows.append(i);
    }
}
