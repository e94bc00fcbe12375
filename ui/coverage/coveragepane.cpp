#include "coveragepane.h"

#include "commands/coveragecommand.h"
#include "core/palette.h"
#include "core/settings.h"
#include "coverage/coveragefilterproxy.h"
#include "coverage/coveragematrixmodel.h"
#include "coverage/coveragerepository.h"
#include "coverage/pmloadmodel.h"
#include "coverage/uncoveredteamsmodel.h"
#include "coveragecelldelegate.h"
#include "widgets/datedialog.h"
#include "workspace/workspacesession.h"

#include "widgets/cachedtextdelegate.h"
#include "widgets/panetoolbar.h"
#include "widgets/sidewayshint.h"
#include "widgets/summaryline.h"

#include <QComboBox>

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QResizeEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QStringTokenizer>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace {

// The matrix's column header. With a column per PM, QHeaderView's own size hint measures up
// to two hundred two-line sections each time the table lays itself out, which made opening a
// large workspace slow; every PM header has the same two lines, so the first stands for all.
class MatrixHeader final : public QHeaderView
{
public:
    explicit MatrixHeader(QWidget *parent)
        : QHeaderView(Qt::Horizontal, parent)
    {
        // As QTableView sets up its own header.
        setSectionsClickable(true);
        setHighlightSections(true);
    }

    QSize sizeHint() const override
    {
        constexpr int firstPm = CoverageMatrixModel::FixedColumnCount;
        if (count() <= firstPm)
            return QHeaderView::sizeHint();
        return sectionSizeFromContents(CoverageMatrixModel::TeamColumn)
            .expandedTo(sectionSizeFromContents(firstPm));
    }
};

// How wide texts are in a font, as the sum of their characters' advances, each character
// measured once: exact enough to size columns (kerning only narrows a text), where laying
// out every header of a hundred PMs took a tenth of opening the pane. Texts in scripts that
// are shaped, or with characters beyond the basic plane, are laid out whole.
class TextWidths
{
public:
    explicit TextWidths(const QFont &font)
        : m_metrics(font)
    {}

    int of(QStringView text)
    {
        int width = 0;
        for (const QChar character : text) {
            if (character.isSurrogate() || character.script() > QChar::Script_Latin)
                return m_metrics.horizontalAdvance(text.toString());
            auto known = m_widths.constFind(character);
            if (known == m_widths.cend())
                known = m_widths.insert(character, m_metrics.horizontalAdvance(character));
            width += *known;
        }
        return width;
    }

private:
    QFontMetrics m_metrics;
    QHash<QChar, int> m_widths;
};

QLabel *sectionTitle(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace

PaneInfo CoveragePane::info()
{
    return {QStringLiteral("coverage"), tr("Coverage"),
            QIcon(QStringLiteral(":/cadence/icons/coverage.svg")), Area::Coverage};
}

CoveragePane::CoveragePane(WorkspaceSession &session, QWidget *parent)
    : Pane(session, info(), parent)
    , m_matrix(new CoverageMatrixModel(session.coverage(), session.today(), this))
    , m_proxy(new CoverageFilterProxy(this))
    , m_loads(new PmLoadModel(*m_matrix, this))
    , m_matrixView(new QTableView)
    , m_loadView(new QTableView)
    , m_uncoveredView(new QListView)
    , m_dayEdit(new QDateEdit(session.today()))
    , m_search(new QLineEdit)
    , m_levelFilter(new QComboBox)
    , m_limit(new QSpinBox)
    , m_archivedButton(new QToolButton)
    , m_summary(new SummaryLine)
    , m_uncoveredTitle(sectionTitle(QString()))
    , m_emptyState(new QLabel)
{
    m_matrix->setPmTeamLimit(Settings().pmTeamLimit());
    m_proxy->setSourceModel(m_matrix);

    m_matrixView->setObjectName(QStringLiteral("coverageMatrix"));
    m_matrixView->setHorizontalHeader(new MatrixHeader(m_matrixView));
    // The row header hidden and sized before the model comes: while it shows, each layout of
    // the table measures up to two hundred of its sections, and a new default size resizes
    // every row.
    m_matrixView->verticalHeader()->hide();
    m_matrixView->verticalHeader()->setDefaultSectionSize(28);
    m_matrixView->setModel(m_proxy);
    m_matrixView->setItemDelegate(new CoverageCellDelegate(m_matrixView));
    m_matrixView->setSortingEnabled(true);
    m_matrixView->sortByColumn(CoverageMatrixModel::TeamColumn, Qt::AscendingOrder);
    m_matrixView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_matrixView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_matrixView->setAlternatingRowColors(true);
    m_matrixView->setShowGrid(false);
    m_matrixView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_matrixView->horizontalHeader()->setDefaultSectionSize(120);
    m_matrixView->horizontalHeader()->setMinimumSectionSize(60);
    m_matrixView->setAcceptDrops(true);
    m_matrixView->setDragDropMode(QAbstractItemView::DropOnly);
    m_matrixView->setDropIndicatorShown(true);
    m_matrixView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_matrixView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_matrixView->installEventFilter(this);
    connect(m_matrixView, &QWidget::customContextMenuRequested, this,
            &CoveragePane::showMatrixMenu);
    connect(m_matrixView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() >= CoverageMatrixModel::FixedColumnCount)
            showCellMenu(index, m_matrixView->viewport()->mapToGlobal(
                                    m_matrixView->visualRect(index).center()));
        else if (const TeamCoverage *team = m_matrix->teamAt(m_proxy->mapToSource(index)))
            renameTeam(team->team);
    });
    connect(m_matrixView->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint &position) {
                const int column = m_matrixView->horizontalHeader()->logicalIndexAt(position);
                if (const PmLoad *load = m_matrix->pmAt(column))
                    showPmMenu(load->pm.meta.id,
                               m_matrixView->horizontalHeader()->mapToGlobal(position));
            });
    connect(m_matrix, &CoverageMatrixModel::pmDropped, this,
            [this](const QString &teamId, const QString &pmId) {
                setSupport(teamId, pmId, Support::Full, m_matrix->day());
            });
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &CoveragePane::updateSummary);

    // A narrow window scrolls the PMs sideways, and says which of them are out of sight.
    m_columnsOutOfSight = new SidewaysHint(m_matrixView, [this] { return columnsOutOfSight(); });
    m_columnsOutOfSight->setObjectName(QStringLiteral("coverageColumnsOutOfSight"));
    connect(m_matrix, &QAbstractItemModel::modelReset, m_columnsOutOfSight, &SidewaysHint::refresh);
    connect(m_matrixView->horizontalHeader(), &QHeaderView::sectionResized, m_columnsOutOfSight,
            &SidewaysHint::refresh);
    auto *matrixSide = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixSide);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->setSpacing(2);
    matrixLayout->addWidget(m_columnsOutOfSight);
    matrixLayout->addWidget(m_matrixView, 1);

    auto *splitter = m_splitter = new QSplitter;
    splitter->addWidget(matrixSide);
    splitter->addWidget(createSidePanel());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->addWidget(createToolbar());
    m_summary->setObjectName(QStringLiteral("coverageSummary"));
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    m_emptyState->setObjectName(QStringLiteral("coverageEmptyState"));
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->setWordWrap(true);
    m_emptyState->setEnabled(false);
    auto *emptyLayout = new QVBoxLayout(m_matrixView->viewport());
    emptyLayout->addWidget(m_emptyState);
    connect(m_matrix, &QAbstractItemModel::modelReset, this, &CoveragePane::fitColumns);
    fitColumns();
    updateSummary();
}

QWidget *CoveragePane::createToolbar()
{
    // The title and the edits, then the day and the filters.
    auto *bar = new PaneToolbar(title());
    QHBoxLayout *top = bar->top();
    QHBoxLayout *row = bar->bottom();
    top->addStretch(1);

    m_dayEdit->setObjectName(QStringLiteral("asOfDate"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dayEdit->setToolTip(tr("Coverage as it stood on this day; edits take effect from it."));
    auto *today = new QPushButton(tr("Today"));
    connect(today, &QPushButton::clicked, this, [this] { m_dayEdit->setDate(session().today()); });
    connect(m_dayEdit, &QDateEdit::dateChanged, m_matrix, &CoverageMatrixModel::setDay);
    row->addWidget(new QLabel(tr("As of")));
    row->addWidget(m_dayEdit);
    row->addWidget(today);
    row->addSpacing(16);

    m_search->setObjectName(QStringLiteral("teamFilter"));
    m_search->setPlaceholderText(tr("Filter teams…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &CoverageFilterProxy::setText);
    row->addWidget(m_search, 1);

    m_levelFilter->setObjectName(QStringLiteral("levelFilter"));
    m_levelFilter->addItem(tr("All teams"), -1);
    m_levelFilter->addItem(tr("No PM"), int(CoverageLevel::None));
    m_levelFilter->addItem(tr("Light support only"), int(CoverageLevel::Light));
    m_levelFilter->addItem(tr("Covered"), int(CoverageLevel::Full));
    connect(m_levelFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int level = m_levelFilter->currentData().toInt();
        m_proxy->setLevel(level < 0 ? std::nullopt
                                    : std::optional<CoverageLevel>(CoverageLevel(level)));
    });
    row->addWidget(m_levelFilter);
    row->addStretch(1);

    auto *addTeamButton = new QPushButton(tr("Add Team…"));
    connect(addTeamButton, &QPushButton::clicked, this, &CoveragePane::addTeam);
    auto *addPmButton = new QPushButton(tr("Add PM…"));
    connect(addPmButton, &QPushButton::clicked, this, &CoveragePane::addPm);
    m_archivedButton->setText(tr("Archived"));
    m_archivedButton->setPopupMode(QToolButton::InstantPopup);
    m_archivedButton->setToolTip(tr("Teams and PMs that were archived, to restore them"));
    auto *archivedMenu = new QMenu(m_archivedButton);
    m_archivedButton->setMenu(archivedMenu);
    connect(archivedMenu, &QMenu::aboutToShow, this, &CoveragePane::populateArchivedMenu);
    top->addWidget(addTeamButton);
    top->addWidget(addPmButton);
    top->addWidget(m_archivedButton);
    return bar;
}

QWidget *CoveragePane::createSidePanel()
{
    auto *panel = new QWidget;
    panel->setMinimumWidth(220);
    // The uncovered teams above the PM load beside the matrix; side by side under it, in a
    // small window (see resizeEvent), so that the matrix keeps most of the height.
    m_sideLayout = new QBoxLayout(QBoxLayout::TopToBottom, panel);
    m_sideLayout->setContentsMargins(8, 0, 0, 0);
    m_sideLayout->setSpacing(12);
    auto *uncoveredPart = new QWidget(panel);
    auto *column = new QVBoxLayout(uncoveredPart);
    column->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->addWidget(uncoveredPart, 2);

    column->addWidget(m_uncoveredTitle);
    auto *uncovered = new UncoveredTeamsModel(*m_matrix, this);
    m_uncoveredView->setObjectName(QStringLiteral("uncoveredTeams"));
    m_uncoveredView->setModel(uncovered);
    m_uncoveredView->setItemDelegate(new CachedTextDelegate(m_uncoveredView));
    m_uncoveredView->setSpacing(3);
    m_uncoveredView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Every entry is two lines: laying out hundreds of them need not measure each.
    m_uncoveredView->setUniformItemSizes(true);
    connect(m_uncoveredView, &QListView::activated, this, [this](const QModelIndex &index) {
        selectTeam(index.data(UncoveredTeamsModel::TeamIdRole).toString());
    });
    column->addWidget(m_uncoveredView, 1);

    auto *loadPart = new QWidget(panel);
    column = new QVBoxLayout(loadPart);
    column->setContentsMargins(0, 0, 0, 0);
    m_sideLayout->addWidget(loadPart, 3);
    column->addWidget(sectionTitle(tr("PM load")));
    m_loadView->setObjectName(QStringLiteral("pmLoad"));
    // Hidden before the model comes, as the matrix's (see the constructor).
    m_loadView->verticalHeader()->hide();
    m_loadView->setModel(m_loads);
    m_loadView->setItemDelegate(new CachedTextDelegate(m_loadView));
    m_loadView->setSortingEnabled(true);
    m_loadView->sortByColumn(PmLoadModel::TeamsColumn, Qt::DescendingOrder);
    m_loadView->setShowGrid(false);
    m_loadView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_loadView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_loadView->setDragEnabled(true);
    m_loadView->setDragDropMode(QAbstractItemView::DragOnly);
    m_loadView->horizontalHeader()->setSectionResizeMode(PmLoadModel::NameColumn,
                                                         QHeaderView::Stretch);
    // Wide enough for "12 (12 light)": measuring every PM's row on each change costs more.
    m_loadView->horizontalHeader()->setSectionResizeMode(PmLoadModel::TeamsColumn,
                                                         QHeaderView::Fixed);
    m_loadView->setColumnWidth(
        PmLoadModel::TeamsColumn,
        std::max(m_loadView->fontMetrics().horizontalAdvance(tr("%1 (%2 light)").arg(88).arg(88)),
                 m_loadView->horizontalHeader()->sectionSizeHint(PmLoadModel::TeamsColumn)) +
            16);
    m_loadView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_loadView, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        if (const PmLoad *load = m_loads->loadAt(m_loadView->indexAt(position)))
            showPmMenu(load->pm.meta.id, m_loadView->viewport()->mapToGlobal(position));
    });
    column->addWidget(m_loadView, 1);

    auto *hint = new QLabel(tr("Drag a PM onto a team to assign them."));
    hint->setWordWrap(true);
    hint->setEnabled(false);
    column->addWidget(hint);

    auto *limitRow = new QHBoxLayout;
    m_limit->setObjectName(QStringLiteral("pmTeamLimit"));
    m_limit->setRange(1, 20);
    m_limit->setValue(m_matrix->pmTeamLimit());
    m_limit->setToolTip(tr("The handbook wants each PM on a small number of teams."));
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int limit) {
        Settings().setPmTeamLimit(limit);
        m_matrix->setPmTeamLimit(limit);
        updateSummary();
    });
    // Short, so that the row fits the side panel of a small window.
    limitRow->addWidget(new QLabel(tr("Flag PMs above")));
    limitRow->addWidget(m_limit);
    limitRow->addWidget(new QLabel(tr("teams")));
    limitRow->addStretch(1);
    column->addLayout(limitRow);
    return panel;
}

void CoveragePane::fitColumns()
{
    // PM columns as wide as the longest line of their two-line header, so that the handbook's
    // five PMs fit beside the team names on a 1280-pixel screen.
    TextWidths headerWidths(m_matrixView->horizontalHeader()->font());
    // The team column as wide as the longest names (in bold, as uncovered teams are), measured
    // directly: asking the delegate for each of hundreds of rows took longer than the rest of
    // opening the pane.
    QList<const QString *> names;
    for (const TeamCoverage &team : m_matrix->snapshot().teams())
        names << &team.team.name;
    const qsizetype measured = std::min<qsizetype>(names.size(), 24);
    std::partial_sort(names.begin(), names.begin() + measured, names.end(),
                      [](const QString *a, const QString *b) { return a->size() > b->size(); });
    QFont bold = m_matrixView->font();
    bold.setBold(true);
    TextWidths nameWidths(bold);
    int teamWidth =
        m_matrixView->horizontalHeader()->sectionSizeHint(CoverageMatrixModel::TeamColumn);
    const int padding =
        2 * (m_matrixView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 1) + 12;
    for (qsizetype i = 0; i < measured; ++i)
        teamWidth = std::max(teamWidth, nameWidths.of(*names[i]) + padding);
    m_matrixView->setColumnWidth(CoverageMatrixModel::TeamColumn, teamWidth);
    m_matrixView->setColumnWidth(CoverageMatrixModel::CoverageColumn, 165);
    for (int column = CoverageMatrixModel::FixedColumnCount; column < m_matrix->columnCount();
         ++column) {
        int widest = 0;
        const QString header = m_matrix->headerData(column, Qt::Horizontal).toString();
        for (const QStringView line : QStringTokenizer(header, u'\n'))
            widest = std::max(widest, headerWidths.of(line));
        m_matrixView->setColumnWidth(column, std::max(84, widest + 24));
    }
}

void CoveragePane::updateSummary()
{
    const CoverageSnapshot &snapshot = m_matrix->snapshot();
    int none = 0;
    int light = 0;
    for (const TeamCoverage &team : snapshot.teams()) {
        none += team.level == CoverageLevel::None;
        light += team.level == CoverageLevel::Light;
    }
    int overLimit = 0;
    for (const PmLoad &load : snapshot.loads())
        overLimit += load.teams() > m_matrix->pmTeamLimit();

    // Colours as the matrix's coverage column has them.
    const Palette &colours = Palette::current();
    QList<SummaryLine::Part> parts;
    parts.append({tr("%n team(s)", nullptr, int(snapshot.teams().size())), {}});
    parts.append(
        {tr("%n with no PM", nullptr, none), none ? colours.coverageNone : colours.coverageFull});
    parts.append({tr("%n with light support only", nullptr, light), colours.coverageLight});
    parts.append({tr("%n PM(s)", nullptr, int(snapshot.loads().size())), {}});
    if (overLimit)
        parts.append({tr("%n above %1", nullptr, overLimit)
                          .arg(tr("%n team(s)", nullptr, m_matrix->pmTeamLimit())),
                      colours.error});
    m_summary->setParts(parts);
    const bool noTeams = snapshot.teams().isEmpty();
    m_uncoveredTitle->setText(noTeams ? tr("Teams with no PM")
                              : none  ? tr("Teams with no PM (%1)").arg(none)
                                      : tr("Every team has a PM"));
    m_emptyState->setText(
        noTeams ? tr("No teams on %1.\nAdd the engineering teams with “Add Team…”, the PMs with "
                     "“Add PM…”, then drag a PM onto a team.")
                      .arg(QLocale().toString(snapshot.day(), QLocale::LongFormat))
                : QString());
    m_emptyState->setVisible(noTeams);
    m_summary->setVisible(!noTeams);
}

bool CoveragePane::record(CoverageChange change)
{
    if (change.isEmpty())
        return false;
    return pushEdit(new CoverageCommand(session().coverage(), std::move(change)));
}

void CoveragePane::setSupport(const QString &teamId, const QString &pmId,
                              std::optional<Support> support, QDate from)
{
    CoverageRepository &repository = session().coverage();
    const std::optional<Team> team = repository.team(teamId);
    const std::optional<Pm> pm = repository.pm(pmId);
    if (!team || !pm)
        return;
    record(CoverageEdits::setSupport(*team, *pm, support, from, repository.assignments()));
}

SidewaysHint::OutOfSight CoveragePane::columnsOutOfSight() const
{
    SidewaysHint::OutOfSight out;
    const int width = m_matrixView->viewport()->width();
    // The team names too: scrolled past, the rows no longer say which team they are.
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        if (m_matrixView->isColumnHidden(column))
            continue;
        // A PM's header is their name over their count of teams.
        const QString name =
            m_proxy->headerData(column, Qt::Horizontal).toString().section(QLatin1Char('\n'), 0, 0);
        const int x = m_matrixView->columnViewportPosition(column);
        if (x < 0)
            out.left << name;
        else if (x + m_matrixView->columnWidth(column) > width)
            out.right << name;
    }
    return out;
}

void CoveragePane::resizeEvent(QResizeEvent *event)
{
    Pane::resizeEvent(event);
    // A small window: the matrix takes the whole width, for as many PM columns as it can
    // show, and the uncovered teams and the PM load go under it.
    const Qt::Orientation wanted = event->size().width() < 900 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_sideLayout->setDirection(wanted == Qt::Vertical ? QBoxLayout::LeftToRight
                                                          : QBoxLayout::TopToBottom);
        const int total =
            wanted == Qt::Vertical ? event->size().height() - 110 : event->size().width() - 32;
        m_splitter->setSizes(wanted == Qt::Vertical ? QList<int>{total * 7 / 10, total * 3 / 10}
                                                    : QList<int>{total * 3 / 5, total * 2 / 5});
    }
}

bool CoveragePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_matrixView && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QModelIndex index = m_matrixView->currentIndex();
        const QModelIndex source = m_proxy->mapToSource(index);
        const PmLoad *load = m_matrix->pmAt(source.column());
        const TeamCoverage *team = m_matrix->teamAt(source);
        if (load && team && key->modifiers() == Qt::NoModifier) {
            std::optional<std::optional<Support>> wanted;
            if (key->key() == Qt::Key_F)
                wanted = std::optional<Support>(Support::Full);
            else if (key->key() == Qt::Key_L)
                wanted = std::optional<Support>(Support::Light);
            else if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)
                wanted = std::optional<Support>();
            if (wanted) {
                setSupport(team->team.meta.id, load->pm.meta.id, *wanted, m_matrix->day());
                return true;
            }
        }
    }
    return Pane::eventFilter(watched, event);
}

void CoveragePane::showCellMenu(const QModelIndex &proxyIndex, const QPoint &globalPosition)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const PmLoad *load = m_matrix->pmAt(source.column());
    const TeamCoverage *team = m_matrix->teamAt(source);
    if (!load || !team)
        return;
    const QString teamId = team->team.meta.id;
    const QString pmId = load->pm.meta.id;
    const std::optional<Support> current = team->supportBy(pmId);
    const QDate day = m_matrix->day();
    const QString from = QLocale().toString(day, QLocale::ShortFormat);

    QMenu menu;
    menu.setToolTipsVisible(true);
    menu.addSection(tr("%1 on %2").arg(load->pm.name, team->team.name));
    auto addChoice = [&](const QString &text, const QString &shortcut,
                         std::optional<Support> support) {
        QAction *action = menu.addAction(text, this, [this, teamId, pmId, support, day] {
            setSupport(teamId, pmId, support, day);
        });
        action->setShortcut(QKeySequence(shortcut));
        action->setCheckable(true);
        action->setChecked(current == support);
        action->setEnabled(current != support);
    };
    addChoice(tr("Full support from %1").arg(from), QStringLiteral("F"), Support::Full);
    addChoice(tr("Light support from %1").arg(from), QStringLiteral("L"), Support::Light);
    addChoice(tr("No support from %1").arg(from), QStringLiteral("Del"), std::nullopt);
    menu.addSeparator();
    menu.addAction(tr("Change on another date…"), this, [this, teamId, pmId, current] {
        const std::optional<QDate> when =
            askDate(tr("Change Support"), tr("The change takes effect on:"));
        if (!when)
            return;
        QStringList choices = {tr("Full support"), tr("Light support"), tr("No support")};
        bool ok = false;
        const int preselected = current ? (*current == Support::Full ? 1 : 0) : 0;
        const QString chosen = QInputDialog::getItem(this, tr("Change Support"), tr("Support:"),
                                                     choices, preselected, false, &ok);
        if (!ok)
            return;
        const int which = int(choices.indexOf(chosen));
        setSupport(teamId, pmId,
                   which == 0   ? std::optional<Support>(Support::Full)
                   : which == 1 ? std::optional<Support>(Support::Light)
                                : std::nullopt,
                   *when);
    });
    menu.exec(globalPosition);
}

void CoveragePane::showMatrixMenu(const QPoint &position)
{
    const QModelIndex index = m_matrixView->indexAt(position);
    const QPoint global = m_matrixView->viewport()->mapToGlobal(position);
    if (index.column() >= CoverageMatrixModel::FixedColumnCount) {
        showCellMenu(index, global);
        return;
    }
    QMenu menu;
    if (const TeamCoverage *coverage = m_matrix->teamAt(m_proxy->mapToSource(index))) {
        const Team team = coverage->team;
        menu.addSection(team.name);
        QMenu *assign = menu.addMenu(tr("Assign PM"));
        for (const PmLoad &load : m_matrix->snapshot().loads()) {
            if (coverage->supportBy(load.pm.meta.id))
                continue;
            assign->addAction(load.pm.name, this, [this, id = team.meta.id, pm = load.pm.meta.id] {
                setSupport(id, pm, Support::Full, m_matrix->day());
            });
        }
        assign->setEnabled(!assign->isEmpty());
        menu.addAction(tr("Rename Team…"), this, [this, team] { renameTeam(team); });
        menu.addAction(tr("Archive Team…"), this, [this, team] { archiveTeam(team); });
        menu.addSeparator();
    }
    menu.addAction(tr("Add Team…"), this, &CoveragePane::addTeam);
    menu.addAction(tr("Add PM…"), this, &CoveragePane::addPm);
    menu.exec(global);
}

void CoveragePane::showPmMenu(const QString &pmId, const QPoint &globalPosition)
{
    const std::optional<Pm> pm = session().coverage().pm(pmId);
    if (!pm)
        return;
    QMenu menu;
    menu.addSection(pm->name);
    menu.addAction(tr("Rename PM…"), this, [this, pm = *pm] { renamePm(pm); });
    menu.addAction(tr("Archive PM…"), this, [this, pm = *pm] { archivePm(pm); });
    menu.exec(globalPosition);
}

void CoveragePane::addTeam()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add Team"), tr("Team name:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        record(CoverageEdits::addTeam(name, m_matrix->day()));
}

void CoveragePane::addPm()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Add PM"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (ok && !name.trimmed().isEmpty())
        record(CoverageEdits::addPm(name, m_matrix->day()));
}

void CoveragePane::renameTeam(const Team &team)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename Team"), tr("Team name:"),
                                               QLineEdit::Normal, team.name, &ok);
    if (ok)
        record(CoverageEdits::renameTeam(team, name));
}

void CoveragePane::renamePm(const Pm &pm)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename PM"), tr("Name:"), QLineEdit::Normal, pm.name, &ok);
    if (ok)
        record(CoverageEdits::renamePm(pm, name));
}

void CoveragePane::archiveTeam(const Team &team)
{
    if (const auto on = askDate(tr("Archive %1").arg(team.name),
                                tr("From this day the team is no longer shown, and its PMs' "
                                   "support ends:")))
        record(CoverageEdits::archiveTeam(team, *on, session().coverage().assignments()));
}

void CoveragePane::archivePm(const Pm &pm)
{
    if (const auto on = askDate(tr("Archive %1").arg(pm.name),
                                tr("From this day %1 no longer supports any team:").arg(pm.name)))
        record(CoverageEdits::archivePm(pm, *on, session().coverage().assignments()));
}

void CoveragePane::populateArchivedMenu()
{
    QMenu *menu = m_archivedButton->menu();
    menu->clear();
    CoverageRepository &repository = session().coverage();
    for (const Team &team : repository.teams())
        if (team.isArchived())
            menu->addAction(tr("Restore team %1").arg(team.name), this,
                            [this, team] { record(CoverageEdits::restoreTeam(team)); });
    for (const Pm &pm : repository.pms())
        if (pm.isArchived())
            menu->addAction(tr("Restore PM %1").arg(pm.name), this,
                            [this, pm] { record(CoverageEdits::restorePm(pm)); });
    if (menu->isEmpty())
        menu->addAction(tr("Nothing is archived"))->setEnabled(false);
}

std::optional<QDate> CoveragePane::askDate(const QString &title, const QString &label)
{
    return DateDialog::ask(this, title, label, m_matrix->day());
}

bool CoveragePane::selectTeam(const QString &teamId)
{
    const int row = m_matrix->rowOfTeam(teamId);
    const QModelIndex index = m_proxy->mapFromSource(m_matrix->index(row, 0));
    if (row < 0 || !index.isValid())
        return false;
    m_matrixView->setCurrentIndex(index);
    m_matrixView->scrollTo(index);
    return true;
}

bool CoveragePane::showRecord(const RecordRef &ref)
{
    const bool team = ref.table == QLatin1String("team");
    if (!team && ref.table != QLatin1String("pm"))
        return false;
    // Not there on the day shown, or filtered out: today's coverage, unfiltered.
    auto shown = [&] {
        if (team)
            return m_matrix->rowOfTeam(ref.id) >= 0;
        return m_matrix->columnOfPm(ref.id) >= 0;
    };
    if (!shown())
        m_dayEdit->setDate(session().today());
    if (!shown())
        return false;
    m_search->clear();
    m_levelFilter->setCurrentIndex(0);
    if (team) {
        m_matrixView->setFocus();
        return selectTeam(ref.id);
    }
    for (int row = 0; row < m_loads->rowCount(); ++row) {
        const QModelIndex index = m_loads->index(row, PmLoadModel::NameColumn);
        if (index.data(PmLoadModel::PmIdRole).toString() == ref.id) {
            m_loadView->setCurrentIndex(index);
            m_loadView->scrollTo(index);
            m_loadView->setFocus();
        }
    }
    return true;
}
