#pragma once

#include "coverage/coverageedits.h"
#include "shell/pane.h"
#include "widgets/sidewayshint.h"

#include <optional>

class CoverageFilterProxy;
class CoverageMatrixModel;
class PmLoadModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QSpinBox;
class QBoxLayout;
class QSplitter;
class QTableView;
class SummaryLine;
class QToolButton;
struct Pm;
struct Team;

// Which teams have a PM, which have only light support, which have none and since when,
// each PM's load, and all of it as of any past day. Edits go through undo commands.
class CoveragePane final : public Pane
{
    Q_OBJECT

public:
    explicit CoveragePane(WorkspaceSession &session, QWidget *parent = nullptr);

    static PaneInfo info();
    // A team's row of the matrix, or a PM's row of the load list, as of today if need be.
    bool showRecord(const RecordRef &ref) override;

    // For tests and the other parts of the pane: the views and the model they show.
    QTableView *matrixView() const { return m_matrixView; }
    QTableView *loadView() const { return m_loadView; }
    QDateEdit *dayEdit() const { return m_dayEdit; }
    CoverageMatrixModel *matrix() const { return m_matrix; }

    // Records an edit through the undo stack; false (and a status message) if it failed.
    bool record(CoverageChange change);
    void setSupport(const QString &teamId, const QString &pmId, std::optional<Support> support,
                    QDate from);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    bool selectTeam(const QString &teamId);
    QWidget *createToolbar();
    QWidget *createSidePanel();
    void updateSummary();
    void fitColumns();
    SidewaysHint::OutOfSight columnsOutOfSight() const;
    void showMatrixMenu(const QPoint &position);
    void showPmMenu(const QString &pmId, const QPoint &globalPosition);
    void showCellMenu(const QModelIndex &proxyIndex, const QPoint &globalPosition);
    void addTeam();
    void addPm();
    void renameTeam(const Team &team);
    void renamePm(const Pm &pm);
    void archiveTeam(const Team &team);
    void archivePm(const Pm &pm);
    void populateArchivedMenu();
    std::optional<QDate> askDate(const QString &title, const QString &label);

    CoverageMatrixModel *m_matrix;
    CoverageFilterProxy *m_proxy;
    PmLoadModel *m_loads;
    QSplitter *m_splitter = nullptr;
    QBoxLayout *m_sideLayout = nullptr;
    QTableView *m_matrixView;
    QTableView *m_loadView;
    QListView *m_uncoveredView;
    QDateEdit *m_dayEdit;
    QLineEdit *m_search;
    QComboBox *m_levelFilter;
    QSpinBox *m_limit;
    QToolButton *m_archivedButton;
    SummaryLine *m_summary;
    QLabel *m_uncoveredTitle;
    QLabel *m_emptyState;
    SidewaysHint *m_columnsOutOfSight = nullptr;
};
