#pragma once

#include "interviewtypes.h"

#include <QAbstractTableModel>
#include <QHash>

class WorkspaceSession;

// Every interview as a list (the agenda), filtered by search text, PM, kind, team, status
// and dates. The interviews stay in memory and the filter runs over a prepared lower-case
// text of each one, so that typing in the search box stays within a frame at 100,000.
class InterviewAgendaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Start, Pm, Kind, Interviewee, Organisation, Team, Status, ColumnCount };
    enum Role { InterviewIdRole = Qt::UserRole, StartRole, PmIdRole };

    struct Filter {
        QString text;
        QString pmId;
        std::optional<InterviewKind> kind;
        QString teamId;
        std::optional<InterviewStatus> status;
        QDate from; // inclusive, invalid: open
        QDate to;   // inclusive, invalid: open
        bool operator==(const Filter &) const = default;
    };

    explicit InterviewAgendaModel(WorkspaceSession &session, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Interview *interviewAt(const QModelIndex &index) const;
    int rowOf(const QString &interviewId) const; // -1: filtered out or unknown
    int totalCount() const { return int(m_all.size()); }
    const Filter &filter() const { return m_filter; }
    void setFilter(const Filter &filter);
    void setSearchText(const QString &text);
    void refresh();

private:
    void applyFilter(bool narrowing);

    WorkspaceSession &m_session;
    QList<Interview> m_all;
    QList<QString> m_haystacks; // lower-case searchable text, parallel to m_all
    QList<int> m_rows;          // indexes into m_all that pass the filter
    QHash<QString, QString> m_pmNames;
    QHash<QString, QString> m_teamNames;
    Filter m_filter;
};
