#include "monthview.h"

#include "core/palette.h"
#include "interviews/interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace {
constexpr int HeaderHeight = 24;
}

MonthView::MonthView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    session.changes().whenChanged(Area::Interviews, this, [this] { refresh(); });
    setMonth(session.today());
}

void MonthView::setMonth(QDate anyDay)
{
    m_month = QDate(anyDay.year(), anyDay.month(), 1);
    refresh();
}

void MonthView::setPmFilter(const QString &pmId)
{
    m_pmFilter = pmId;
    refresh();
}

void MonthView::setPmColours(const QHash<QString, QColor> &colours)
{
    m_colours = colours;
    update();
}

QDate MonthView::firstShown() const
{
    const int first = int(QLocale().firstDayOfWeek());
    return m_month.addDays(-((m_month.dayOfWeek() - first + 7) % 7));
}

void MonthView::refresh()
{
    m_byDay.clear();
    const QDateTime from = QDateTime(firstShown(), QTime(0, 0)).toUTC();
    for (const Interview &interview :
         m_session.interviews().between(from.addDays(-1), from.addDays(43))) {
        if (!m_pmFilter.isEmpty() && interview.pmId != m_pmFilter)
            continue;
        const QDate day =
            interview.allDay ? interview.localDate() : interview.start.toLocalTime().date();
        m_byDay[day].append(interview);
    }
    update();
}

QRect MonthView::cellRect(int index) const
{
    const int w = (width() - 1) / 7;
    const int h = (height() - HeaderHeight - 1) / 6;
    return QRect((index % 7) * w, HeaderHeight + (index / 7) * h, w, h);
}

QDate MonthView::dayAt(const QPoint &point) const
{
    for (int i = 0; i < 42; ++i)
        if (cellRect(i).contains(point))
            return firstShown().addDays(i);
    return {};
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    const QLocale locale;
    painter.fillRect(rect(), pal.base());
    const QDate first = firstShown();
    const QDate today = m_session.today();
    for (int i = 0; i < 7; ++i) {
        const QRect header(cellRect(i).left(), 0, cellRect(i).width(), HeaderHeight);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(header, Qt::AlignCenter,
                         locale.dayName(first.addDays(i).dayOfWeek(), QLocale::ShortFormat));
    }
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const int line = QFontMetrics(small).height();
    for (int i = 0; i < 42; ++i) {
        const QDate day = first.addDays(i);
        const QRect cell = cellRect(i);
        if (day == today)
            painter.fillRect(cell, Palette::current().todayTint);
        else if (day.month() != m_month.month())
            painter.fillRect(cell, pal.color(QPalette::AlternateBase));
        painter.setPen(pal.color(QPalette::Mid));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell);
        QFont number = font();
        number.setBold(day == today);
        painter.setFont(number);
        painter.setPen(day == today                     ? Palette::current().error
                       : day.month() == m_month.month() ? pal.color(QPalette::Text)
                                                        : pal.color(QPalette::PlaceholderText));
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignRight | Qt::AlignTop,
                         QString::number(day.day()));
        painter.setFont(small);
        const QList<Interview> list = m_byDay.value(day);
        const int room = std::max(0, (cell.height() - line - 4) / line);
        int y = cell.top() + line + 2;
        for (int k = 0; k < list.size(); ++k) {
            if (k == room - 1 && list.size() > room) {
                painter.setPen(pal.color(QPalette::PlaceholderText));
                painter.drawText(QRect(cell.left() + 4, y, cell.width() - 8, line), Qt::AlignLeft,
                                 tr("+%n more", nullptr, int(list.size() - k)));
                break;
            }
            if (k >= room)
                break;
            const Interview &interview = list[k];
            painter.setBrush(m_colours.value(interview.pmId, Palette::current().unknownPm));
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPoint(cell.left() + 8, y + line / 2), 3, 3);
            painter.setPen(pal.color(QPalette::Text));
            QFont f = small;
            f.setStrikeOut(interview.status == InterviewStatus::Cancelled);
            painter.setFont(f);
            const QString time =
                interview.allDay
                    ? QString()
                    : interview.start.toLocalTime().time().toString(QStringLiteral("HH:mm")) +
                          QLatin1Char(' ');
            painter.drawText(QRect(cell.left() + 14, y, cell.width() - 18, line),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             QFontMetrics(f).elidedText(time + interview.interviewee,
                                                        Qt::ElideRight, cell.width() - 18));
            y += line;
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    const QDate day = dayAt(event->position().toPoint());
    if (day.isValid())
        emit dayActivated(day);
}
