#include "goaleditor.h"

#include "coverage/coveragerepository.h"
#include "goals/goaledits.h"
#include "metrics/metricsrepository.h"
#include "workspace/workspacesession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <limits>

namespace {

enum KeyResultRole {
    IdRole = Qt::UserRole,
    ProductRole, // empty: not bound to a metric
    MetricKeyRole,
    BaselineRole,
    TargetRole,
};

void selectData(QComboBox *combo, const QVariant &value)
{
    const int found = combo->findData(value);
    combo->setCurrentIndex(found >= 0 ? found : 0);
}

} // namespace

GoalEditor::GoalEditor(WorkspaceSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_heading = new QLabel(this);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_title = new QLineEdit(this);
    m_kind = new QComboBox(this);
    for (GoalKind kind : allGoalKinds)
        m_kind->addItem(goalKindName(kind), int(kind));
    m_status = new QComboBox(this);
    for (GoalStatus status : allGoalStatuses)
        m_status->addItem(goalStatusName(status), int(status));
    m_owner = new QComboBox(this);
    m_supporters = new QListWidget(this);
    m_supporters->setMaximumHeight(90);
    m_team = new QComboBox(this);
    m_description = new QPlainTextEdit(this);
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(80);
    m_findings = new QLineEdit(this);
    m_findings->setPlaceholderText(tr("Link to the pull request with the findings"));

    m_keyResults = new QListWidget(this);
    m_keyResults->setEditTriggers(QAbstractItemView::DoubleClicked |
                                  QAbstractItemView::EditKeyPressed);
    // The checklist's order is the goal's: drag a key result to reorder it.
    m_keyResults->setDragDropMode(QAbstractItemView::InternalMove);
    m_keyResults->setDefaultDropAction(Qt::MoveAction);
    connect(m_keyResults->model(), &QAbstractItemModel::rowsMoved, this,
            &GoalEditor::updateButtons);
    auto *addKeyResult = new QPushButton(tr("Add"), this);
    m_removeKeyResult = new QPushButton(tr("Remove"), this);
    connect(addKeyResult, &QPushButton::clicked, this, &GoalEditor::addKeyResult);
    connect(m_removeKeyResult, &QPushButton::clicked, this, &GoalEditor::removeKeyResult);

    // The metric of the selected key result.
    m_metricRow = new QWidget(this);
    // Product and metric come from the workspace's products and catalogue: a key typed by
    // hand could name no metric at all.
    m_product = new QComboBox(m_metricRow);
    m_product->setObjectName(QStringLiteral("keyResultProduct"));
    m_metricKey = new QComboBox(m_metricRow);
    m_metricKey->setObjectName(QStringLiteral("keyResultMetric"));
    m_baseline = new QDoubleSpinBox(m_metricRow);
    m_baseline->setObjectName(QStringLiteral("keyResultBaseline"));
    m_target = new QDoubleSpinBox(m_metricRow);
    m_target->setObjectName(QStringLiteral("keyResultTarget"));
    for (QDoubleSpinBox *box : {m_baseline, m_target}) {
        box->setRange(-1e9, 1e9);
        box->setDecimals(3);
        box->setMinimumWidth(60);
    }
    auto *metricLayout = new QFormLayout(m_metricRow);
    metricLayout->setContentsMargins(0, 0, 0, 0);
    metricLayout->addRow(tr("Metric of"), m_product);
    metricLayout->addRow(tr("Metric"), m_metricKey);
    metricLayout->addRow(tr("Baseline"), m_baseline);
    metricLayout->addRow(tr("Target"), m_target);

    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setDefault(true);
    m_revert = new QPushButton(tr("Revert"), this);
    m_remove = new QPushButton(tr("Delete goal"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Owner"), m_owner);
    form->addRow(tr("Support"), m_supporters);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Description"), m_description);
    form->addRow(tr("Findings"), m_findings);
    auto *krButtons = new QHBoxLayout;
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("closeGoalEditor"));
    close->setText(tr("Close"));
    close->setAutoRaise(true);
    close->setToolTip(
        tr("Close the editor (Escape); changes not applied are dropped (selecting another "
           "card applies them)"));
    connect(close, &QToolButton::clicked, this, &GoalEditor::closeRequested);
    auto *headingRow = new QHBoxLayout;
    headingRow->addWidget(m_heading, 1);
    headingRow->addWidget(close);

    // The fields scroll; the heading and the buttons stay in view, so Apply is always at hand
    // in a short window.
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 4, 0);
    fieldsLayout->addLayout(form);
    // Add and Remove head the list, where a short window still shows them.
    auto *keyResultsLabel = new QLabel(tr("Key results"), fields);
    keyResultsLabel->setToolTip(tr("Check one when met, double-click to edit, drag to reorder"));
    krButtons->addWidget(keyResultsLabel, 1);
    krButtons->addWidget(addKeyResult);
    krButtons->addWidget(m_removeKeyResult);
    fieldsLayout->addLayout(krButtons);
    m_keyResults->setMinimumHeight(90);
    m_keyResults->setToolTip(keyResultsLabel->toolTip());
    fieldsLayout->addWidget(m_keyResults, 1);
    fieldsLayout->addWidget(m_metricRow);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);
    layout->addLayout(headingRow);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (m_goal)
            emit applyRequested(edited());
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        const std::optional<Goal> goal = m_goal;
        setGoal(goal ? &*goal : nullptr);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_goal)
            emit removeRequested(m_goal->meta.id);
    });
    connect(m_keyResults, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { showMetricOf(current); });
    connect(m_keyResults, &QListWidget::itemChanged, this, &GoalEditor::updateButtons);
    connect(m_product, &QComboBox::currentIndexChanged, this, &GoalEditor::storeMetric);
    connect(m_metricKey, &QComboBox::currentIndexChanged, this, &GoalEditor::storeMetric);
    connect(m_baseline, &QDoubleSpinBox::valueChanged, this, &GoalEditor::storeMetric);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &GoalEditor::storeMetric);
    for (QComboBox *combo : {m_kind, m_status, m_owner, m_team})
        connect(combo, &QComboBox::currentIndexChanged, this, &GoalEditor::updateButtons);
    connect(m_title, &QLineEdit::textEdited, this, &GoalEditor::updateButtons);
    connect(m_findings, &QLineEdit::textEdited, this, &GoalEditor::updateButtons);
    connect(m_description, &QPlainTextEdit::textChanged, this, &GoalEditor::updateButtons);
    connect(m_supporters, &QListWidget::itemChanged, this, &GoalEditor::updateButtons);
    // Long names must not widen the editor beyond the space beside the board.
    for (QComboBox *combo : {m_kind, m_status, m_owner, m_team, m_product, m_metricKey}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    refreshChoices();
    setGoal(nullptr);
}

void GoalEditor::refreshChoices()
{
    m_loading = true;
    const QVariant owner = m_owner->currentData();
    const QVariant team = m_team->currentData();
    const QVariant product = m_product->currentData();
    m_owner->clear();
    m_owner->addItem(tr("(nobody yet)"), QString());
    m_team->clear();
    m_team->addItem(tr("(none: the PM team)"), QString());
    m_product->clear();
    m_product->addItem(tr("(no metric: check it off by hand)"), QString());
    for (const Pm &pm : m_session.coverage().pms())
        m_owner->addItem(pm.name, pm.meta.id);
    for (const Team &each : m_session.coverage().teams())
        m_team->addItem(each.name, each.meta.id);
    for (const Product &each : m_session.metrics().products())
        m_product->addItem(each.name, each.meta.id);
    const QVariant metric = m_metricKey->currentData();
    m_metricKey->clear();
    m_metricKey->addItem(tr("(choose a metric)"), QString());
    for (const MetricDefinition &definition : m_session.metrics().definitions())
        m_metricKey->addItem(definition.name, definition.key);
    selectData(m_metricKey, metric);
    selectData(m_owner, owner);
    selectData(m_team, team);
    selectData(m_product, product);
    m_loading = false;
    const std::optional<Goal> goal = m_goal;
    setGoal(goal ? &*goal : nullptr);
}

void GoalEditor::setGoal(const Goal *goal)
{
    m_loading = true;
    // The same goal again (after Apply, undo, a refresh): the same key result stays current,
    // so that its metric fields stay editable. One added before Apply has its id only now:
    // it keeps its row.
    const bool sameGoal = m_goal && goal && m_goal->meta.id == goal->meta.id;
    const QListWidgetItem *wasCurrent = sameGoal ? m_keyResults->currentItem() : nullptr;
    const QString currentKeyResult = wasCurrent ? wasCurrent->data(IdRole).toString() : QString();
    const int currentRow = wasCurrent ? m_keyResults->row(wasCurrent) : -1;
    m_goal = goal ? std::optional<Goal>(*goal) : std::nullopt;
    setEnabled(goal != nullptr);
    m_heading->setText(goal ? tr("Goal of %1").arg(goal->quarter) : tr("Select a goal"));
    m_title->setText(goal ? goal->title : QString());
    m_title->setCursorPosition(0); // a long title shows its start
    selectData(m_kind, goal ? int(goal->kind) : 0);
    selectData(m_status, goal ? int(goal->status) : 0);
    selectData(m_owner, goal ? goal->ownerId : QString());
    selectData(m_team, goal ? goal->teamId : QString());
    m_description->setPlainText(goal ? goal->description : QString());
    m_findings->setText(goal ? goal->findingsUrl : QString());
    m_findings->setCursorPosition(0);
    m_supporters->clear();
    for (int i = 1; i < m_owner->count(); ++i) {
        auto *item = new QListWidgetItem(m_owner->itemText(i), m_supporters);
        const QString id = m_owner->itemData(i).toString();
        item->setData(Qt::UserRole, id);
        item->setCheckState(goal && goal->supporterIds.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_keyResults->clear();
    QListWidgetItem *current = nullptr;
    if (goal)
        for (const KeyResult &result : goal->keyResults) {
            auto *item = new QListWidgetItem(result.text, m_keyResults);
            item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
            item->setCheckState(result.done ? Qt::Checked : Qt::Unchecked);
            item->setData(IdRole, result.meta.id);
            if (result.metric) {
                item->setData(ProductRole, result.metric->productId);
                item->setData(MetricKeyRole, result.metric->metricKey);
                item->setData(BaselineRole, result.metric->baseline);
                item->setData(TargetRole, result.metric->target);
            }
            if (!currentKeyResult.isEmpty() && result.meta.id == currentKeyResult)
                current = item;
        }
    if (!current && currentRow >= 0 && currentKeyResult.isEmpty())
        current = m_keyResults->item(currentRow);
    m_loading = false;
    if (current)
        m_keyResults->setCurrentItem(current);
    showMetricOf(current);
    updateButtons();
}

Goal GoalEditor::edited() const
{
    Goal goal = m_goal.value_or(Goal{});
    goal.title = m_title->text();
    goal.kind = GoalKind(m_kind->currentData().toInt());
    goal.status = GoalStatus(m_status->currentData().toInt());
    goal.ownerId = m_owner->currentData().toString();
    goal.teamId = m_team->currentData().toString();
    goal.description = m_description->toPlainText();
    goal.findingsUrl = m_findings->text();
    goal.supporterIds.clear();
    for (int i = 0; i < m_supporters->count(); ++i)
        if (m_supporters->item(i)->checkState() == Qt::Checked)
            goal.supporterIds << m_supporters->item(i)->data(Qt::UserRole).toString();
    // Key results keep their records (ids, stamps) and take the list's order and fields.
    const QList<KeyResult> before = goal.keyResults;
    goal.keyResults.clear();
    for (int i = 0; i < m_keyResults->count(); ++i) {
        const QListWidgetItem *item = m_keyResults->item(i);
        KeyResult result;
        const QString id = item->data(IdRole).toString();
        for (const KeyResult &old : before)
            if (old.meta.id == id)
                result = old;
        result.text = item->text();
        result.done = item->checkState() == Qt::Checked;
        const QString product = item->data(ProductRole).toString();
        const QString key = item->data(MetricKeyRole).toString().trimmed();
        if (!product.isEmpty() && !key.isEmpty())
            result.metric = MetricBinding{product, key, item->data(BaselineRole).toDouble(),
                                          item->data(TargetRole).toDouble()};
        else
            result.metric.reset();
        if (!result.text.trimmed().isEmpty())
            goal.keyResults.append(result);
    }
    return goal;
}

bool GoalEditor::isModified() const
{
    if (!m_goal)
        return false;
    Goal now = edited();
    Goal saved = *m_goal;
    // Compare as the edit will save them.
    now.title = now.title.simplified();
    now.description = GoalEdits::tidyDescription(now.description);
    now.findingsUrl = now.findingsUrl.trimmed();
    for (KeyResult &result : now.keyResults)
        result.text = result.text.simplified();
    return !(now == saved);
}

void GoalEditor::addKeyResult()
{
    auto *item = new QListWidgetItem(tr("New key result"), m_keyResults);
    item->setFlags(item->flags() | Qt::ItemIsEditable | Qt::ItemIsUserCheckable);
    item->setCheckState(Qt::Unchecked);
    m_keyResults->setCurrentItem(item);
    m_keyResults->editItem(item);
    updateButtons();
}

void GoalEditor::removeKeyResult()
{
    delete m_keyResults->currentItem();
    updateButtons();
}

void GoalEditor::showMetricOf(QListWidgetItem *item)
{
    m_loading = true;
    m_metricRow->setEnabled(item != nullptr);
    selectData(m_product, item ? item->data(ProductRole).toString() : QString());
    selectData(m_metricKey, item ? item->data(MetricKeyRole).toString() : QString());
    m_baseline->setValue(item ? item->data(BaselineRole).toDouble() : 0);
    m_target->setValue(item ? item->data(TargetRole).toDouble() : 0);
    m_loading = false;
    m_removeKeyResult->setEnabled(item != nullptr);
}

void GoalEditor::storeMetric()
{
    QListWidgetItem *item = m_keyResults->currentItem();
    if (m_loading || !item)
        return;
    item->setData(ProductRole, m_product->currentData().toString());
    item->setData(MetricKeyRole, m_metricKey->currentData().toString());
    item->setData(BaselineRole, m_baseline->value());
    item->setData(TargetRole, m_target->value());
    updateButtons();
}

void GoalEditor::updateButtons()
{
    if (m_loading)
        return;
    const bool modified = isModified();
    m_apply->setEnabled(modified && !m_title->text().trimmed().isEmpty());
    m_revert->setEnabled(modified);
    m_remove->setEnabled(m_goal.has_value());
}
