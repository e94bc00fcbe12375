#pragma once

#include <QDate>
#include <QString>

// Points at a record for a pane to show selected: the record table it lives in (as
// RecordTables names them: "goal", "interview", "product", "team", "pm"), its id, and a day
// that places it where the record alone does not (the month of a product's growth review, the
// week of an interview to book). An empty id with a day shows that day.
struct RecordRef {
    QString table;
    QString id;
    QDate day;

    bool isValid() const { return !table.isEmpty(); }
    bool operator==(const RecordRef &) const = default;

    // "goal/ID" or "product/ID/2026-11-01", for links in rich text; fromLink() reads it back.
    QString toLink() const;
    static RecordRef fromLink(const QString &link);
};
