#pragma once

#include "interviews/interviewtypes.h"

#include <QHash>
#include <QWidget>

class WorkspaceSession;

// A month as six weeks of days (starting on the locale's first day); each day lists its first
// interviews as coloured lines and how many more there are. Clicking a day opens its week.
class MonthView final : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(WorkspaceSession &session, QWidget *parent = nullptr);

    void setMonth(QDate anyDay);
    QDate month() const { return m_month; }
    void setPmFilter(const QString &pmId);
    void setPmColours(const QHash<QString, QColor> &colours);
    void refresh();
    QDate dayAt(const QPoint &point) const;

    QSize sizeHint() const override { return {900, 600}; }
    QSize minimumSizeHint() const override { return {420, 300}; }

signals:
    void dayActivated(QDate day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QDate firstShown() const;
    QRect cellRect(int index) const;

    WorkspaceSession &m_session;
    QDate m_month; // first of the month
    QString m_pmFilter;
    QHash<QString, QColor> m_colours;
    QHash<QDate, QList<Interview>> m_byDay;
};
