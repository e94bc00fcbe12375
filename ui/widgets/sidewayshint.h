#pragma once

#include <QLabel>
#include <QStringList>

#include <functional>

class QAbstractScrollArea;

// A line over a view that is wider than its window, saying what is out of sight and on which
// side ("Scroll sideways for ◀ Abe Basu and Raquel ▶"), so that a narrow window reads as a
// board to scroll rather than a cropped one. Hidden while everything is in sight.
class SidewaysHint final : public QLabel
{
    Q_OBJECT

public:
    struct OutOfSight {
        QStringList left;
        QStringList right;
    };
    // Asked whenever the view scrolls or its width changes; the names cut off at an edge
    // count as out of sight.
    using Finder = std::function<OutOfSight()>;

    SidewaysHint(QAbstractScrollArea *area, Finder finder, QWidget *parent = nullptr);

    void refresh();

private:
    QAbstractScrollArea *m_area;
    Finder m_finder;
};
