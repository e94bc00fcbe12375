#include "mergereportdialog.h"

#include "mergepreviewdialog.h"
#include "sync/conflicts.h"
#include "sync/recordlabels.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

enum LineRole { LinkRole = Qt::UserRole, ConflictsRole };

QString changeText(Merge::Change::Kind kind, const QString &record)
{
    switch (kind) {
    case Merge::Change::Kind::Added:
        return MergeReportDialog::tr("Added %1").arg(record);
    case Merge::Change::Kind::Updated:
        return MergeReportDialog::tr("Updated %1").arg(record);
    case Merge::Change::Kind::Deleted:
        return MergeReportDialog::tr("Deleted %1").arg(record);
    }
    return record;
}

QListWidgetItem *addLine(QListWidget *list, const QString &text, const RecordRef &ref)
{
    auto *item = new QListWidgetItem(text, list);
    if (ref.isValid()) {
        item->setData(LinkRole, ref.toLink());
        item->setToolTip(MergeReportDialog::tr("Show it in its pane"));
        item->setForeground(list->palette().link());
    }
    return item;
}

} // namespace

MergeReportDialog::MergeReportDialog(Workspace &workspace, const QList<Merge::Report> &reports,
                                     QWidget *parent)
    : QDialog(parent)
    , m_lines(new QListWidget)
{
    setWindowTitle(tr("Merge report"));
    Merge::Counts total;
    for (const Merge::Report &report : reports)
        total += report.total();
    auto *layout = new QVBoxLayout(this);
    auto *summary =
        new QLabel(tr("Merged %1: %2.").arg(MergeText::files(reports), MergeText::counts(total)));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    if (total.conflicts) {
        auto *item = new QListWidgetItem(
            tr("%n value(s) lost to a concurrent edit, kept: review them in Conflicts", nullptr,
               total.conflicts),
            m_lines);
        item->setData(ConflictsRole, true);
        item->setForeground(m_lines->palette().link());
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    for (const Merge::Report &report : reports) {
        if (reports.size() > 1) {
            auto *heading = new QListWidgetItem(
                tr("From %1: %2")
                    .arg(QFileInfo(report.file).fileName(), MergeText::counts(report.total())),
                m_lines);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
        }
        // Metric values come by the thousand: one line per product and metric.
        QStringList seriesOrder;
        QHash<QString, std::pair<Merge::Counts, QDate>> series;
        for (const Merge::Change &change : report.changes) {
            if (change.table == QLatin1String("metric_point")) {
                const QStringList key = change.recordId.split(u'|');
                const QString name = key.mid(0, 2).join(u'|');
                if (!series.contains(name))
                    seriesOrder << name;
                auto &[counts, day] = series[name];
                ++(change.kind == Merge::Change::Kind::Added     ? counts.added
                   : change.kind == Merge::Change::Kind::Deleted ? counts.deleted
                                                                 : counts.updated);
                if (!day.isValid())
                    day = RecordLabels::shownAt(workspace, change.table, change.recordId).day;
                continue;
            }
            addLine(m_lines,
                    changeText(change.kind,
                               RecordLabels::describe(workspace, change.table, change.recordId)),
                    RecordLabels::shownAt(workspace, change.table, change.recordId));
        }
        for (const QString &name : std::as_const(seriesOrder)) {
            const QStringList key = name.split(u'|');
            addLine(
                m_lines,
                tr("Metric values of %1, %2: %3")
                    .arg(RecordLabels::describe(workspace, QStringLiteral("product"), key.value(0)),
                         key.value(1), MergeText::counts(series[name].first)),
                {QStringLiteral("product"), key.value(0), series[name].second});
        }
        const Merge::Counts counted = report.total();
        const qsizetype more =
            qsizetype(counted.added + counted.updated + counted.deleted) - report.changes.size();
        if (more > 0)
            new QListWidgetItem(tr("… and %n more", nullptr, int(more)), m_lines);
    }
    connect(m_lines, &QListWidget::itemClicked, this, &MergeReportDialog::open);
    connect(m_lines, &QListWidget::itemActivated, this, &MergeReportDialog::open);
    layout->addWidget(m_lines, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 460);
}

void MergeReportDialog::open(QListWidgetItem *item)
{
    if (item->data(ConflictsRole).toBool()) {
        emit conflictsRequested();
        return;
    }
    const RecordRef ref = RecordRef::fromLink(item->data(LinkRole).toString());
    if (ref.isValid())
        emit recordRequested(ref);
}
