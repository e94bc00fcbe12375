#pragma once

#include "coveragesnapshot.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters the coverage matrix by team name and by coverage level, and sorts it by the
// matrix's SortRole (the coverage column sorts least covered, longest first).
class CoverageFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CoverageFilterProxy(QObject *parent = nullptr);

    void setLevel(std::optional<CoverageLevel> level);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    std::optional<CoverageLevel> m_level;
    QString m_text;
};
