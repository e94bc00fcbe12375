#pragma once

#include "core/recordref.h"
#include "sync/merge.h"

#include <QDialog>

class QListWidget;
class QListWidgetItem;
class Workspace;

// What a merge changed, once it has: a line per record added, updated or deleted (metric
// values a line per series), each a link that shows the record in its pane, and the
// conflicts it kept, a link to the Conflicts view. It stays open beside the window, so that
// the user can go through the lines one by one.
class MergeReportDialog final : public QDialog
{
    Q_OBJECT

public:
    MergeReportDialog(Workspace &workspace, const QList<Merge::Report> &reports,
                      QWidget *parent = nullptr);

    // For tests: the lines.
    QListWidget *lines() const { return m_lines; }

signals:
    void recordRequested(const RecordRef &ref);
    void conflictsRequested();

private:
    void open(QListWidgetItem *item);

    QListWidget *m_lines;
};
