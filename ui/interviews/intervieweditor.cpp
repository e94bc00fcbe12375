#include "intervieweditor.h"
#include "widgets/errortext.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *textBox(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

void selectData(QComboBox *box, const QVariant &value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(std::max(0, index));
}

} // namespace

InterviewEditor::InterviewEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_heading->setFont(bold);
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);
    m_warning = new QLabel(this);
    m_warning->setWordWrap(true);
    showAsError(m_warning);
    m_warning->hide();
    layout->addWidget(m_warning);

    auto *form = new QFormLayout;
    m_pm = new QComboBox(this);
    m_pm->setPlaceholderText(tr("Choose the PM"));
    m_kind = new QComboBox(this);
    m_kind->addItem(interviewKindLabel(InterviewKind::User), int(InterviewKind::User));
    m_kind->addItem(interviewKindLabel(InterviewKind::Candidate), int(InterviewKind::Candidate));
    m_interviewee = new QLineEdit(this);
    m_interviewee->setObjectName(QStringLiteral("interviewee"));
    m_interviewee->setPlaceholderText(tr("Name of the person interviewed"));
    m_organisation = new QLineEdit(this);
    m_team = new QComboBox(this);
    m_product = new QLineEdit(this);
    m_start = new QDateTimeEdit(this);
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_minutes = new QSpinBox(this);
    m_minutes->setRange(5, 8 * 60);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_location = new QLineEdit(this);
    m_location->setPlaceholderText(tr("A room or a video link"));
    m_status = new QComboBox(this);
    for (InterviewStatus status : {InterviewStatus::Planned, InterviewStatus::Done,
                                   InterviewStatus::Cancelled, InterviewStatus::NoShow})
        m_status->addItem(interviewStatusLabel(status), int(status));
    m_notes = textBox(this, 3);
    m_findings = textBox(this, 3);
    form->addRow(tr("PM"), m_pm);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Who"), m_interviewee);
    form->addRow(tr("Organisation"), m_organisation);
    form->addRow(tr("Team"), m_team);
    form->addRow(tr("Product"), m_product);
    form->addRow(tr("Starts"), m_start);
    form->addRow(tr("Length"), m_minutes);
    form->addRow(tr("Where"), m_location);
    form->addRow(tr("Status"), m_status);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Findings"), m_findings);
    layout->addLayout(form);

    // The scale goes in a line of its own, which wraps: in the title it widened the panel.
    m_scorecard = new QGroupBox(tr("Scorecard"), this);
    auto *cardForm = new QFormLayout(m_scorecard);
    auto *scale =
        new QLabel(tr("Scores from 1 (weak) to 4 (strong); 0 is not assessed."), m_scorecard);
    scale->setWordWrap(true);
    scale->setEnabled(false);
    cardForm->addRow(scale);
    // The criteria's names are long: each goes above its score so the panel stays narrow.
    cardForm->setRowWrapPolicy(QFormLayout::WrapAllRows);
    for (int c = 0; c < int(Criterion::Count); ++c) {
        auto *row = new QHBoxLayout;
        m_scores[size_t(c)] = new QSpinBox(m_scorecard);
        m_scores[size_t(c)]->setRange(0, Scorecard::MaxScore);
        m_scores[size_t(c)]->setSpecialValueText(tr("–"));
        m_scoreNotes[size_t(c)] = new QLineEdit(m_scorecard);
        m_scoreNotes[size_t(c)]->setPlaceholderText(tr("Notes"));
        row->addWidget(m_scores[size_t(c)]);
        row->addWidget(m_scoreNotes[size_t(c)], 1);
        auto *label = new QLabel(criterionLabel(Criterion(c)), m_scorecard);
        label->setWordWrap(true);
        label->setToolTip(criterionHint(Criterion(c)));
        m_scores[size_t(c)]->setToolTip(criterionHint(Criterion(c)));
        cardForm->addRow(label, row);
    }
    m_redFlags = textBox(m_scorecard, 2);
    cardForm->addRow(tr("Red flags"), m_redFlags);
    m_recommendation = new QComboBox(m_scorecard);
    for (Recommendation r : {Recommendation::None, Recommendation::StrongNo, Recommendation::No,
                             Recommendation::Yes, Recommendation::StrongYes})
        m_recommendation->addItem(recommendationLabel(r), int(r));
    cardForm->addRow(tr("Recommendation"), m_recommendation);
    layout->addWidget(m_scorecard);

    auto *buttons = new QHBoxLayout;
    m_delete = new QPushButton(tr("Delete"), this);
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("saveInterview"));
    m_save->setDefault(true);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch();

    // Long team or PM names must not widen the panel.
    for (QComboBox *box : findChildren<QComboBox *>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    connect(m_kind, &QComboBox::currentIndexChanged, this, &InterviewEditor::updateKind);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (m_interview)
            emit saveRequested(edited());
    });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        if (m_draft)
            emit closeRequested();
        else if (m_interview)
            emit deleteRequested(m_interview->meta.id);
    });
    setInterview(std::nullopt);
}

void InterviewEditor::setChoices(const QList<Pm> &pms, const QList<Team> &teams)
{
    m_pm->clear();
    for (const Pm &pm : pms)
        m_pm->addItem(pm.name, pm.meta.id);
    m_team->clear();
    m_team->addItem(tr("(no team)"), QString());
    for (const Team &team : teams)
        if (!team.isArchived())
            m_team->addItem(team.name, team.meta.id);
    if (m_interview)
        setInterview(m_interview, m_draft);
}

void InterviewEditor::setInterview(const std::optional<Interview> &interview, bool draft)
{
    m_interview = interview;
    m_draft = draft && interview;
    m_delete->setText(m_draft ? tr("Discard") : tr("Delete"));
    const bool has = interview.has_value();
    // With nothing selected only the hint shows: empty, disabled fields would say nothing.
    for (QWidget *w : findChildren<QWidget *>(Qt::FindDirectChildrenOnly))
        if (w != m_heading && w != m_warning)
            w->setVisible(has);
    if (!has) {
        m_heading->setText(tr("Select an interview, or double-click the calendar to book one."));
        m_scorecard->hide();
        return;
    }
    m_heading->setText(m_draft ? tr("New interview") : interview->title());
    // A draft may have no PM yet: the field asks for one rather than picking the first.
    m_pm->setCurrentIndex(m_pm->findData(interview->pmId));
    selectData(m_kind, int(interview->kind));
    m_interviewee->setText(interview->interviewee);
    m_organisation->setText(interview->organisation);
    selectData(m_team, interview->teamId);
    m_product->setText(interview->product);
    m_start->setDateTime(interview->start.toLocalTime());
    m_minutes->setValue(interview->minutes);
    m_location->setText(interview->location);
    selectData(m_status, int(interview->status));
    m_notes->setPlainText(interview->notes);
    m_findings->setPlainText(interview->findings);
    for (int c = 0; c < int(Criterion::Count); ++c) {
        m_scores[size_t(c)]->setValue(interview->scorecard.entries[size_t(c)].score);
        m_scoreNotes[size_t(c)]->setText(interview->scorecard.entries[size_t(c)].notes);
    }
    m_redFlags->setPlainText(interview->scorecard.redFlags);
    selectData(m_recommendation, int(interview->scorecard.recommendation));
    updateKind();
    m_shownAs = edited();
}

Interview InterviewEditor::edited() const
{
    Interview interview = m_interview.value_or(Interview());
    interview.pmId = m_pm->currentData().toString();
    interview.kind = InterviewKind(m_kind->currentData().toInt());
    interview.interviewee = m_interviewee->text().trimmed();
    interview.organisation = m_organisation->text().trimmed();
    interview.teamId = m_team->currentData().toString();
    interview.product = m_product->text().trimmed();
    // The editor shows local time; all-day interviews keep their UTC midnight.
    if (!interview.allDay)
        interview.start = m_start->dateTime().toUTC();
    interview.minutes = m_minutes->value();
    interview.location = m_location->text().trimmed();
    interview.status = InterviewStatus(m_status->currentData().toInt());
    interview.notes = m_notes->toPlainText();
    interview.findings = m_findings->toPlainText();
    for (int c = 0; c < int(Criterion::Count); ++c) {
        interview.scorecard.entries[size_t(c)].score = m_scores[size_t(c)]->value();
        interview.scorecard.entries[size_t(c)].notes = m_scoreNotes[size_t(c)]->text();
    }
    interview.scorecard.redFlags = m_redFlags->toPlainText();
    interview.scorecard.recommendation = Recommendation(m_recommendation->currentData().toInt());
    return interview;
}

void InterviewEditor::setWarning(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void InterviewEditor::updateKind()
{
    m_scorecard->setVisible(m_interview && InterviewKind(m_kind->currentData().toInt()) ==
                                               InterviewKind::Candidate);
}

void InterviewEditor::focusFirstField()
{
    m_interviewee->setFocus(Qt::OtherFocusReason);
    m_interviewee->selectAll();
}

void InterviewEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && m_interview) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}
