#include "mergepreviewdialog.h"

#include "sync/recordlabels.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace MergeText {

QString files(const QList<Merge::Report> &reports)
{
    QStringList names;
    for (const Merge::Report &report : reports)
        names << MergePreviewDialog::tr("%1 (%2)").arg(QFileInfo(report.file).fileName(),
                                                       report.replicaName);
    return names.join(QStringLiteral(", "));
}

QString counts(const Merge::Counts &counts)
{
    QStringList parts;
    if (counts.added)
        parts << MergePreviewDialog::tr("%n added", nullptr, counts.added);
    if (counts.updated)
        parts << MergePreviewDialog::tr("%n updated", nullptr, counts.updated);
    if (counts.deleted)
        parts << MergePreviewDialog::tr("%n deleted", nullptr, counts.deleted);
    if (counts.conflicts)
        parts << MergePreviewDialog::tr("%n conflict(s) kept", nullptr, counts.conflicts);
    return parts.isEmpty() ? MergePreviewDialog::tr("nothing changed")
                           : parts.join(QStringLiteral(", "));
}

} // namespace MergeText

MergePreviewDialog::MergePreviewDialog(const QList<Merge::Report> &reports, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(0, 5))
{
    setWindowTitle(tr("Merge preview"));
    // The kinds of record in RecordTables order, summed over the files.
    QList<std::pair<QString, Merge::Counts>> kinds;
    Merge::Counts total;
    int futureStamps = 0;
    for (const Merge::Report &report : reports) {
        futureStamps += report.futureStamps;
        for (const auto &[table, counts] : report.tables) {
            total += counts;
            // By name: clang 14 cannot capture a structured binding.
            const QString &name = table;
            auto kind = std::find_if(kinds.begin(), kinds.end(),
                                     [&](const auto &each) { return each.first == name; });
            if (kind == kinds.end())
                kinds.append({table, counts});
            else
                kind->second += counts;
        }
    }
    m_canMerge = !total.isEmpty();

    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(m_canMerge ? tr("Merging %1 would change this workspace as follows. "
                                   "Nothing has changed yet.")
                                    .arg(MergeText::files(reports))
                              : tr("Nothing to merge: this workspace already holds everything "
                                   "in %1.")
                                    .arg(MergeText::files(reports)));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table->setHorizontalHeaderLabels(
        {tr("Kind of record"), tr("Added"), tr("Updated"), tr("Deleted"), tr("Conflicts")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto addRow = [this](const QString &label, const Merge::Counts &counts, bool bold) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QList<int> values = {counts.added, counts.updated, counts.deleted, counts.conflicts};
        auto *name = new QTableWidgetItem(label);
        QFont font = name->font();
        font.setBold(bold);
        name->setFont(font);
        m_table->setItem(row, 0, name);
        for (int column = 1; column <= 4; ++column) {
            auto *item = new QTableWidgetItem(QString::number(values[column - 1]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            item->setFont(font);
            m_table->setItem(row, column, item);
        }
    };
    for (const auto &[table, counts] : std::as_const(kinds)) {
        if (counts.isEmpty())
            continue;
        QString label = RecordLabels::tableLabel(table);
        label[0] = label[0].toUpper(); // a heading, not the middle of a sentence
        addRow(label, counts, false);
    }
    addRow(tr("All"), total, true);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    QStringList notes;
    if (total.conflicts)
        notes << tr("Where both sides changed the same field, the later change is applied and the "
                    "other value is kept: Edit ▸ Conflicts lists them, to keep or restore.");
    if (futureStamps)
        notes << tr("%n change(s) stamped more than a day ahead of this computer's clock: is "
                    "one of the clocks wrong?",
                    nullptr, futureStamps);
    notes << tr("A backup of this workspace is kept before the merge (File ▸ Restore Backup…).");
    auto *note = new QLabel(notes.join(QStringLiteral("\n\n")));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto *buttons = new QDialogButtonBox;
    if (m_canMerge) {
        buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole)->setDefault(true);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}
