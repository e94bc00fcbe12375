#pragma once

#include "sync/merge.h"

#include <QDialog>

class QDialogButtonBox;
class QTableWidget;

// What a merge would change, before it changes anything (the engine's dry run): per kind of
// record, how many records it adds, updates and deletes, and how many conflicts it keeps.
// Accepting it runs the merge.
class MergePreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    MergePreviewDialog(const QList<Merge::Report> &reports, QWidget *parent = nullptr);

    bool canMerge() const { return m_canMerge; }
    // For tests: the counts, one row per kind of record and a last row of the totals.
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table;
    bool m_canMerge = false;
};

// The files' replica names and counts as short text, shared by the preview and the report.
namespace MergeText {
QString files(const QList<Merge::Report> &reports);
QString counts(const Merge::Counts &counts);
} // namespace MergeText
