#include "conflictspane.h"

#include "commands/conflictcommand.h"
#include "core/palette.h"
#include "sync/conflictlistmodel.h"
#include "sync/conflictrepository.h"
#include "widgets/panetoolbar.h"
#include "widgets/summaryline.h"
#include "workspace/workspacesession.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

PaneInfo ConflictsPane::info()
{
    return {QStringLiteral("conflicts"), tr("Conflicts"),
            QIcon(QStringLiteral(":/cadence/icons/conflicts.svg")), Area::Conflicts};
}

ConflictsPane::ConflictsPane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
    , m_model(new ConflictListModel(session.conflicts(), this))
    , m_view(new QTableView)
    , m_stack(new QStackedWidget)
    , m_empty(new QLabel)
    , m_summary(new SummaryLine)
    , m_showResolved(new QCheckBox(tr("Show resolved")))
    , m_keep(new QPushButton(tr("Keep current")))
    , m_restore(new QPushButton(tr("Restore other value")))
    , m_show(new QPushButton(tr("Show record")))
{
    auto *bar = new PaneToolbar(title(), this);
    m_keep->setToolTip(tr("Keep the current value and dismiss the conflict"));
    m_restore->setToolTip(tr("Put the other value back, as an edit of yours that merges onward"));
    m_show->setToolTip(tr("Show the record in its pane"));
    bar->top()->addStretch(1);
    bar->top()->addWidget(m_show);
    bar->top()->addWidget(m_keep);
    bar->top()->addWidget(m_restore);
    bar->bottom()->addWidget(m_summary, 1);
    bar->bottom()->addWidget(m_showResolved);

    m_view->setObjectName(QStringLiteral("conflictsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Stretch);
    header->setSectionResizeMode(ConflictListModel::FieldColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConflictListModel::StateColumn, QHeaderView::ResizeToContents);

    m_empty->setObjectName(QStringLiteral("conflictsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(bar);
    layout->addWidget(m_stack, 1);

    connect(m_showResolved, &QCheckBox::toggled, m_model, &ConflictListModel::setShowResolved);
    connect(m_keep, &QPushButton::clicked, this, [this] { keepCurrent(currentConflictId()); });
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreOther(currentConflictId()); });
    connect(m_show, &QPushButton::clicked, this, &ConflictsPane::openRecord);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &ConflictsPane::openRecord);
    // A resolved conflict leaves the list: the selection moves on to the next one.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_rowBeforeReset = m_view->currentIndex().row(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0 && m_rowBeforeReset >= 0)
            m_view->selectRow(std::min(m_rowBeforeReset, m_model->rowCount() - 1));
        updateState();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConflictsPane::updateState);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    updateState();
}

bool ConflictsPane::showRecord(const RecordRef &ref)
{
    if (ref.table != QLatin1String("conflict"))
        return false;
    QModelIndex index = m_model->indexOf(ref.id);
    if (!index.isValid() && !m_model->showsResolved()) {
        m_showResolved->setChecked(true);
        index = m_model->indexOf(ref.id);
    }
    if (!index.isValid())
        return false;
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

QString ConflictsPane::currentConflictId() const
{
    return m_view->currentIndex().data(ConflictListModel::ConflictIdRole).toString();
}

bool ConflictsPane::keepCurrent(const QString &conflictId)
{
    return resolve(conflictId, false);
}

bool ConflictsPane::restoreOther(const QString &conflictId)
{
    return resolve(conflictId, true);
}

bool ConflictsPane::resolve(const QString &conflictId, bool restore)
{
    if (conflictId.isEmpty())
        return false;
    auto resolution = session().conflicts().resolution(
        conflictId, restore ? Conflicts::State::Restored : Conflicts::State::Kept);
    if (!resolution) {
        emit statusMessage(resolution.problem().text());
        return false;
    }
    return pushEdit(new ConflictCommand(session().conflicts(), resolution.take()));
}

void ConflictsPane::openRecord()
{
    const QString link = m_view->currentIndex().data(ConflictListModel::LinkRole).toString();
    if (!link.isEmpty())
        emit recordRequested(RecordRef::fromLink(link));
}

void ConflictsPane::updateState()
{
    const int open = m_model->openCount();
    const int shown = m_model->rowCount();
    const Palette &palette = Palette::current();
    QList<SummaryLine::Part> parts;
    if (open > 0)
        parts.append({tr("%n open", nullptr, open), palette.warning});
    else
        parts.append({tr("No open conflicts"), palette.success});
    if (m_model->showsResolved() && shown > open)
        parts.append({tr("%n resolved", nullptr, shown - open), {}});
    m_summary->setParts(parts);
    m_empty->setText((m_model->showsResolved() ? tr("No conflicts.") : tr("No open conflicts.")) +
                     QStringLiteral("\n\n") +
                     tr("When a merge finds that two people changed the same field without seeing "
                        "each other's change, the later value is applied and the other is kept "
                        "here for you to keep or restore."));
    m_stack->setCurrentWidget(shown > 0 ? static_cast<QWidget *>(m_view) : m_empty);
    const QModelIndex current = m_view->currentIndex();
    const bool isOpen = current.isValid() && current.data(ConflictListModel::StateRole).toInt() ==
                                                 int(Conflicts::State::Open);
    m_keep->setEnabled(isOpen);
    m_restore->setEnabled(current.data(ConflictListModel::RestorableRole).toBool());
    m_show->setEnabled(!current.data(ConflictListModel::LinkRole).toString().isEmpty());
}
