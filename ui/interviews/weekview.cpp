#include "weekview.h"

#include "interviews/interviewrepository.h"
#include "workspace/workspacesession.h"

#include <QApplication>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

constexpr int HeaderHeight = 38;
constexpr int AllDayHeight = 22;
constexpr int GutterWidth = 48;

QDate startOfWeek(QDate day)
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

} // namespace

WeekView::WeekView(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    session.changes().whenChanged(Area::Interviews, this, [this] { refresh(); });
    setWeek(session.today());
}

void WeekView::setWeek(QDate anyDay)
{
    m_weekStart = startOfWeek(anyDay);
    refresh();
}

void WeekView::setPmFilter(const QString &pmId)
{
    m_pmFilter = pmId;
    refresh();
}

void WeekView::setPmColours(const QHash<QString, QColor> &colours)
{
    m_colours = colours;
    update();
}

void WeekView::setSelected(const QString &interviewId)
{
    m_selected = interviewId;
    update();
}

void WeekView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void WeekView::refresh()
{
    // A day early and late: interviews are shown in the viewer's zone, stored in UTC.
    const QDateTime from = QDateTime(m_weekStart, QTime(0, 0)).toUTC();
    m_interviews.clear();
    for (Interview &interview : m_session.interviews().between(from.addDays(-1), from.addDays(8))) {
        const QDate day =
            interview.allDay ? interview.localDate() : interview.start.toLocalTime().date();
        if (day < m_weekStart || day >= m_weekStart.addDays(7))
            continue;
        if (!m_pmFilter.isEmpty() && interview.pmId != m_pmFilter)
            continue;
        m_interviews.append(std::move(interview));
    }
    m_firstHour = 7;
    m_lastHour = 20;
    for (const Interview &interview : std::as_const(m_interviews)) {
        if (interview.allDay)
            continue;
        const QDateTime start = interview.start.toLocalTime();
        const QDateTime end = interview.end().toLocalTime();
        m_firstHour = std::min(m_firstHour, start.time().hour());
        m_lastHour = std::max(m_lastHour, end.date() > start.date()
                                              ? 24
                                              : end.time().hour() + (end.time().minute() ? 1 : 0));
    }
    layoutBlocks();
    update();
}

QRect WeekView::gridRect() const
{
    return QRect(GutterWidth, HeaderHeight + AllDayHeight, width() - GutterWidth - 1,
                 height() - HeaderHeight - AllDayHeight - 1);
}

int WeekView::dayWidth() const
{
    return std::max(1, gridRect().width() / 7);
}

double WeekView::hourHeight() const
{
    return double(gridRect().height()) / (m_lastHour - m_firstHour);
}

QPoint WeekView::pointAt(const QDateTime &localTime) const
{
    const QDateTime local = localTime.toLocalTime();
    const QRect grid = gridRect();
    const int day = int(m_weekStart.daysTo(local.date()));
    const double hours = local.time().hour() + local.time().minute() / 60.0 - m_firstHour;
    return QPoint(grid.left() + day * dayWidth() + 1,
                  grid.top() +
                      int(std::clamp(hours, 0.0, double(m_lastHour - m_firstHour)) * hourHeight()));
}

QDateTime WeekView::timeAt(const QPoint &point) const
{
    const QRect grid = gridRect();
    if (!grid.contains(point))
        return {};
    const int day = std::clamp((point.x() - grid.left()) / dayWidth(), 0, 6);
    const double hours = (point.y() - grid.top()) / hourHeight();
    int minutes = int(hours * 60 / SnapMinutes + 0.5) * SnapMinutes + m_firstHour * 60;
    minutes = std::clamp(minutes, m_firstHour * 60, m_lastHour * 60 - SnapMinutes);
    return QDateTime(m_weekStart.addDays(day), QTime(minutes / 60, minutes % 60));
}

void WeekView::layoutBlocks()
{
    m_blocks.clear();
    const QRect grid = gridRect();
    const int dayW = dayWidth();
    for (int day = 0; day < 7; ++day) {
        const QDate date = m_weekStart.addDays(day);
        QList<const Interview *> timed;
        int allDayRow = 0;
        for (const Interview &interview : m_interviews) {
            if (interview.allDay) {
                if (interview.localDate() == date)
                    m_blocks.append({interview.meta.id, QRect(grid.left() + day * dayW + 2,
                                                              HeaderHeight + 2 + allDayRow++ * 6,
                                                              dayW - 4, AllDayHeight - 4)});
                continue;
            }
            if (interview.start.toLocalTime().date() == date)
                timed.append(&interview);
        }
        std::sort(timed.begin(), timed.end(),
                  [](const Interview *a, const Interview *b) { return a->start < b->start; });
        // Clusters of overlapping interviews share the column: each gets the first free lane.
        qsizetype i = 0;
        while (i < timed.size()) {
            qsizetype j = i;
            QDateTime clusterEnd = timed[i]->end();
            QList<QDateTime> laneEnds;
            QList<int> lanes;
            for (; j < timed.size() && (j == i || timed[j]->start < clusterEnd); ++j) {
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds[lane] > timed[j]->start)
                    ++lane;
                if (lane == laneEnds.size())
                    laneEnds.append(timed[j]->end());
                else
                    laneEnds[lane] = timed[j]->end();
                lanes.append(lane);
                clusterEnd = std::max(clusterEnd, timed[j]->end());
            }
            const int laneCount = int(laneEnds.size());
            const int laneWidth = std::max(4, (dayW - 4) / laneCount);
            for (qsizetype k = i; k < j; ++k) {
                const QPoint top = pointAt(timed[k]->start);
                const QPoint bottom = pointAt(timed[k]->end().toLocalTime().date() == date
                                                  ? timed[k]->end()
                                                  : QDateTime(date, QTime(23, 59)));
                const int x = grid.left() + day * dayW + 2 + lanes[k - i] * laneWidth;
                m_blocks.append({timed[k]->meta.id, QRect(x, top.y() + 1, laneWidth - 2,
                                                          std::max(14, bottom.y() - top.y() - 2))});
            }
            i = j;
        }
    }
}

QRect WeekView::itemRect(const QString &interviewId) const
{
    for (const Block &block : m_blocks)
        if (block.id == interviewId)
            return block.rect;
    return {};
}

QString WeekView::blockAt(const QPoint &point) const
{
    for (auto it = m_blocks.crbegin(); it != m_blocks.crend(); ++it)
        if (it->rect.contains(point))
            return it->id;
    return {};
}

void WeekView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QRect grid = gridRect();
    const int dayW = dayWidth();
    const double hourH = hourHeight();
    const QDate today = m_session.today();
    const QLocale locale;

    // Today's column, then hour lines, then day separators and headers.
    const int todayIndex = int(m_weekStart.daysTo(today));
    if (todayIndex >= 0 && todayIndex < 7)
        painter.fillRect(QRect(grid.left() + todayIndex * dayW, 0, dayW, height()),
                         QColor(255, 244, 214));
    painter.setPen(pal.color(QPalette::Mid).lighter(130));
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    painter.setFont(small);
    for (int hour = m_firstHour; hour <= m_lastHour; ++hour) {
        const int y = grid.top() + int((hour - m_firstHour) * hourH);
        painter.setPen(pal.color(QPalette::Mid).lighter(140));
        painter.drawLine(grid.left(), y, grid.left() + 7 * dayW, y);
        if (hour < m_lastHour) {
            painter.setPen(pal.color(QPalette::PlaceholderText));
            painter.drawText(QRect(0, y - 2, GutterWidth - 6, 16), Qt::AlignRight | Qt::AlignTop,
                             QTime(hour, 0).toString(QStringLiteral("HH:mm")));
        }
    }
    painter.setFont(font());
    for (int day = 0; day <= 7; ++day) {
        const int x = grid.left() + day * dayW;
        painter.setPen(pal.color(QPalette::Mid));
        painter.drawLine(x, 0, x, grid.bottom());
        if (day == 7)
            break;
        const QDate date = m_weekStart.addDays(day);
        QFont header = font();
        header.setBold(date == today);
        painter.setFont(header);
        painter.setPen(date == today ? QColor(0xc0, 0x39, 0x2b) : pal.color(QPalette::Text));
        painter.drawText(QRect(x, 2, dayW, HeaderHeight - 4), Qt::AlignCenter,
                         locale.dayName(date.dayOfWeek(), QLocale::ShortFormat) +
                             QLatin1Char('\n') + QString::number(date.day()));
    }
    painter.setFont(font());
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(0, HeaderHeight, width(), HeaderHeight);
    painter.drawLine(0, grid.top(), width(), grid.top());

    // Blocks.
    QHash<QString, const Interview *> byId;
    for (const Interview &interview : m_interviews)
        byId.insert(interview.meta.id, &interview);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Block &block : m_blocks) {
        const Interview *interview = byId.value(block.id);
        if (!interview)
            continue;
        QRect r = block.rect;
        if (m_dragging && block.id == m_dragId)
            continue;
        QColor colour = m_colours.value(interview->pmId, QColor(0x60, 0x7d, 0x8b));
        const bool inactive = interview->status == InterviewStatus::Cancelled ||
                              interview->status == InterviewStatus::NoShow;
        QColor fill = colour;
        fill.setAlpha(inactive ? 70 : interview->status == InterviewStatus::Planned ? 170 : 230);
        // A crowded week (every PM of a large team) makes slivers: no text or curves there.
        if (r.width() < 24) {
            painter.fillRect(r, fill);
            continue;
        }
        QPainterPath path;
        path.addRoundedRect(r, 3, 3);
        painter.fillPath(path, fill);
        if (interview->kind == InterviewKind::Candidate) {
            painter.setPen(QPen(colour.darker(160), 1, Qt::DashLine));
            painter.drawPath(path);
        }
        if (block.id == m_selected) {
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2));
            painter.drawPath(path);
        }
        painter.setPen(inactive ? pal.color(QPalette::Text) : QColor(Qt::white));
        QFont f = small;
        f.setStrikeOut(inactive);
        painter.setFont(f);
        const QString time =
            interview->allDay
                ? QString()
                : interview->start.toLocalTime().time().toString(QStringLiteral("HH:mm")) +
                      QLatin1Char(' ');
        painter.drawText(r.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                         time + (interview->interviewee.isEmpty() ? interview->title()
                                                                  : interview->interviewee));
    }

    if (m_interviews.isEmpty() && !m_emptyText.isEmpty()) {
        const QRect box = grid.adjusted(grid.width() / 8, grid.height() / 4, -grid.width() / 8,
                                        -grid.height() / 4);
        painter.setFont(font());
        const QRect used =
            painter.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter.fillRect(used.adjusted(-10, -8, 10, 8), pal.base());
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
    }

    // The block being dragged, where it would land.
    if (m_dragging) {
        const QRect from = itemRect(m_dragId);
        const QDateTime at = timeAt(m_dragPoint - m_dragOffset + QPoint(1, 0));
        if (at.isValid()) {
            const QPoint p = pointAt(at);
            const QRect target(p.x() + 1, p.y() + 1, dayW - 4, from.height());
            painter.setPen(QPen(pal.color(QPalette::Highlight), 2, Qt::DashLine));
            painter.setBrush(QColor(0, 120, 215, 60));
            painter.drawRoundedRect(target, 3, 3);
            painter.setPen(pal.color(QPalette::Text));
            painter.setFont(small);
            painter.drawText(target.adjusted(3, 1, -2, -1), Qt::AlignLeft | Qt::AlignTop,
                             at.time().toString(QStringLiteral("HH:mm")));
        }
    }

    // Now.
    const QDateTime now = m_session.clock().now().toLocalTime();
    if (now.date() >= m_weekStart && now.date() < m_weekStart.addDays(7) &&
        now.time().hour() >= m_firstHour && now.time().hour() < m_lastHour) {
        const QPoint p = pointAt(now);
        painter.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 2));
        painter.drawLine(p.x() - 1, p.y(), p.x() + dayW - 2, p.y());
        painter.setBrush(QColor(0xc0, 0x39, 0x2b));
        painter.drawEllipse(QPoint(p.x(), p.y()), 4, 4);
    }
}

void WeekView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    const QPoint point = event->position().toPoint();
    const QString id = blockAt(point);
    m_dragId = id;
    m_pressPoint = point;
    m_dragging = false;
    if (!id.isEmpty()) {
        m_dragOffset = point - itemRect(id).topLeft();
        m_selected = id;
        emit interviewSelected(id);
        update();
    }
}

void WeekView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton) || m_dragId.isEmpty()) {
        setCursor(blockAt(point).isEmpty() ? Qt::ArrowCursor : Qt::OpenHandCursor);
        return;
    }
    if (!m_dragging && (point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    m_dragPoint = point;
    setCursor(Qt::ClosedHandCursor);
    update();
}

void WeekView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    if (m_dragging) {
        m_dragging = false;
        const QDateTime at = timeAt(event->position().toPoint() - m_dragOffset + QPoint(1, 0));
        const QString id = m_dragId;
        m_dragId.clear();
        setCursor(Qt::OpenHandCursor);
        update();
        if (at.isValid())
            emit moveRequested(id, at.toUTC());
        return;
    }
    m_dragId.clear();
}

void WeekView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QString id = blockAt(point);
    if (!id.isEmpty()) {
        emit interviewSelected(id);
        return;
    }
    // Book on the half hour the user pointed at.
    const QDateTime at = timeAt(point);
    if (at.isValid()) {
        QDateTime start = at;
        start.setTime(QTime(at.time().hour(), at.time().minute() < 30 ? 0 : 30));
        emit createRequested(start);
    }
}

void WeekView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    layoutBlocks();
}
