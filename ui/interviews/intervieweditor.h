#pragma once

#include "coverage/coveragetypes.h"
#include "interviews/interviewtypes.h"

#include <QWidget>

#include <array>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// The details of one interview: who, when, where, status, notes and findings, and for a
// candidate the hiring page's scorecard. It edits a copy; Save hands the edited interview to
// the pane, which records it as one undoable change.
class InterviewEditor final : public QWidget
{
    Q_OBJECT

public:
    explicit InterviewEditor(QWidget *parent = nullptr);

    void setChoices(const QList<Pm> &pms, const QList<Team> &teams);
    // An interview to edit; a draft is one not saved yet (New interview): Save creates it, and
    // Escape or Discard leaves nothing behind.
    void setInterview(const std::optional<Interview> &interview, bool draft = false);
    std::optional<Interview> interview() const { return m_interview; }
    bool isDraft() const { return m_draft; }
    // Puts the keyboard in the first field (Enter on the week view).
    void focusFirstField();
    Interview edited() const;
    // Whether a field says something else than when the interview was shown.
    bool isModified() const { return m_interview && !(edited() == m_shownAs); }
    void setWarning(const QString &text);

signals:
    void saveRequested(const Interview &interview);
    void deleteRequested(const QString &interviewId);
    // Escape, or Discard on a draft: the pane closes the editor, dropping what was typed.
    void closeRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateKind();

    std::optional<Interview> m_interview;
    Interview m_shownAs; // edited() as the fields were filled in
    bool m_draft = false;
    QLabel *m_heading;
    QLabel *m_warning;
    QComboBox *m_pm;
    QComboBox *m_kind;
    QLineEdit *m_interviewee;
    QLineEdit *m_organisation;
    QComboBox *m_team;
    QLineEdit *m_product;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_location;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QPlainTextEdit *m_findings;
    QGroupBox *m_scorecard;
    std::array<QSpinBox *, size_t(Criterion::Count)> m_scores{};
    std::array<QLineEdit *, size_t(Criterion::Count)> m_scoreNotes{};
    QPlainTextEdit *m_redFlags;
    QComboBox *m_recommendation;
    QPushButton *m_save;
    QPushButton *m_delete;
};
