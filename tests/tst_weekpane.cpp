// The This week pane through the real main window (offscreen): the first use's question, PM
// and week switched by its controls, actions ticked and snoozed with the mouse and undone with
// Ctrl+Z, items of one's own, records opened in their panes from the checklist and the page,
// live updates from another pane, the Markdown export and the printout.
#include "coverage/coveragerepository.h"
#include "goals/goalboardmodel.h"
#include "goals/goaleditor.h"
#include "goals/goalspane.h"
#include "interviews/intervieweditor.h"
#include "interviews/interviewrepository.h"
#include "interviews/interviewspane.h"
#include "metrics/metricspane.h"
#include "shell/mainwindow.h"
#include "testworkspace.h"
#include "week/mepm.h"
#include "week/weekactiondelegate.h"
#include "week/weekactionmodel.h"
#include "week/weekactionrepository.h"
#include "week/weekpane.h"
#include "widgets/summaryline.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

namespace {

QToolButton *toolButton(QWidget *parent, const QString &text)
{
    for (QToolButton *button : parent->findChildren<QToolButton *>())
        if (button->text() == text)
            return button;
    return nullptr;
}

// The row of the checklist whose item reads `text`.
QModelIndex rowOf(WeekPane *pane, const QString &text)
{
    const QAbstractItemModel *model = pane->actionsView()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == text)
            return model->index(row, 0);
    return {};
}

// Clicks a part of a row of the checklist, where the delegate draws it.
void clickPart(WeekPane *pane, const QModelIndex &index, WeekActionDelegate::Part part)
{
    QListView *view = pane->actionsView();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.rect = view->visualRect(index);
    option.widget = view;
    const QRect rect = pane->actionDelegate()->partRect(option, index, part);
    QVERIFY(!rect.isNull());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
}

// Clicks the link of the page whose text starts with `start`.
bool clickLink(QTextBrowser *page, const QString &start)
{
    QTextDocument *document = page->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto fragment = block.begin(); !fragment.atEnd(); ++fragment) {
            const QTextFragment piece = fragment.fragment();
            if (!piece.charFormat().isAnchor() || !piece.text().startsWith(start))
                continue;
            QTextCursor cursor(document);
            cursor.setPosition(piece.position() + 1);
            page->setTextCursor(cursor);
            page->ensureCursorVisible();
            const QPoint at = page->cursorRect(cursor).center();
            QTest::mouseClick(page->viewport(), Qt::LeftButton, {}, at);
            return true;
        }
    }
    return false;
}

// Picks an entry of the next popup menu, once it is open.
void chooseInNextMenu(const QString &start)
{
    QTimer::singleShot(0, [start] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *action : menu->actions())
            if (action->text().startsWith(start)) {
                menu->close();
                action->trigger();
                return;
            }
        menu->close();
    });
}

} // namespace

class TestWeekPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        m_path = m_dir.filePath(QStringLiteral("team.cadence"));
        auto created = WorkspaceFactory::create(
            m_path, std::make_shared<FixedClock>(TestWorkspace::defaultNow()),
            WorkspaceFactory::Content::Sample);
        QVERIFY(created);
    }

    void init()
    {
        auto opened = WorkspaceSession::open(
            m_path, std::make_shared<FixedClock>(TestWorkspace::defaultNow()));
        QVERIFY(opened);
        m_window = std::make_unique<MainWindow>();
        m_window->setPersistent(false);
        m_window->setSession(opened.take());
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_pane = qobject_cast<WeekPane *>(m_window->currentPane());
        QVERIFY(m_pane);
        m_annika = session().coverage().findPm(QStringLiteral("Annika Schmid"))->meta.id;
    }

    void cleanup()
    {
        m_pane = nullptr;
        m_window.reset();
    }

    void firstUseAsksWhoseWeekItIs()
    {
        QSettings().remove(QStringLiteral("week"));
        QVERIFY(!MePm::of(session()));
        // A new window on the same workspace asks before it plans anything.
        cleanup();
        init();
        QVERIFY(m_pane->isAsking());
        QVERIFY(m_pane->plan().actions.isEmpty());
        QComboBox *choice = m_pane->meChoice();
        choice->setCurrentIndex(choice->findText(QStringLiteral("Annika Schmid")));
        QTest::mouseClick(m_pane->findChild<QPushButton *>(QStringLiteral("weekThatsMe")),
                          Qt::LeftButton);
        QVERIFY(!m_pane->isAsking());
        QCOMPARE(MePm::of(session()), std::optional<QString>(m_annika));
        QCOMPARE(m_pane->pmId(), m_annika);
        QCOMPARE(m_pane->pmBox()->currentText(), QStringLiteral("Annika Schmid (me)"));
        QVERIFY(!m_pane->plan().actions.isEmpty());
        // Next time, the week of "me" straight away.
        cleanup();
        init();
        QVERIFY(!m_pane->isAsking());
        QCOMPARE(m_pane->pmId(), m_annika);
        // The File menu prints what the pane shows.
        QAction *print = nullptr;
        for (QAction *action : m_window->menuBar()->actions().first()->menu()->actions())
            if (action->text().remove(u'&') == QStringLiteral("Print…"))
                print = action;
        QVERIFY(print && print->isEnabled());
        QVERIFY(m_window->showPane(QStringLiteral("coverage")));
        QVERIFY(!print->isEnabled());
    }

    void switchPmAndWeek()
    {
        MePm::set(session(), m_annika);
        m_pane->setPmId(m_annika);
        const QDate start = m_pane->plan().start;
        QCOMPARE(start, QDate(2026, 11, 16));
        QTest::mouseClick(toolButton(m_pane, QStringLiteral("▶")), Qt::LeftButton);
        QCOMPARE(m_pane->plan().start, start.addDays(7));
        QVERIFY(m_pane->rangeButton()->text().startsWith(QLatin1String("Next week")));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_pane->actionsView()->setFocus();
        QTest::keyClick(m_pane->actionsView(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(m_pane->plan().start, start.addDays(14));
        QTest::mouseClick(toolButton(m_pane, QStringLiteral("Today")), Qt::LeftButton);
        QCOMPARE(m_pane->plan().start, start);
        QTest::mouseClick(toolButton(m_pane, QStringLiteral("◀")), Qt::LeftButton);
        QCOMPARE(m_pane->plan().start, start.addDays(-7));
        QVERIFY(m_pane->plan().isPast());
        // Everyone's week: the team-wide suggestions come in, Annika's own go.
        QComboBox *pm = m_pane->pmBox();
        pm->setCurrentIndex(pm->findData(QString()));
        QVERIFY(m_pane->plan().isEveryone());
        QCOMPARE(m_pane->plan().start, start.addDays(-7));
        QVERIFY(rowOf(m_pane, QStringLiteral("Find a PM for Customer Analytics")).isValid());
        pm->setCurrentIndex(pm->findData(m_annika));
        QVERIFY(!rowOf(m_pane, QStringLiteral("Find a PM for Customer Analytics")).isValid());
    }

    // The agenda's times are a column: the text of a line starts at its tab stop whatever the
    // text holds (a name imported with a line break and a tab in it collapses to spaces), and
    // a lead wider than the stop does not push the text along.
    void theAgendaKeepsItsTimesInAColumn()
    {
        m_pane->setPmId(m_annika);
        const Interview *kwame = nullptr;
        for (const AgendaDay &day : m_pane->plan().days)
            for (const AgendaSlot &slot : day.entries)
                if (!slot.isFree())
                    kwame = &*slot.interview;
        QVERIFY(kwame);
        Interview renamed = *kwame;
        renamed.interviewee = QStringLiteral("Kwame\nVega\tJr");
        QVERIFY(!session().interviews().save(renamed));
        auto blockOf = [this](const QString &text) {
            for (QTextBlock block = m_pane->page()->document()->begin(); block.isValid();
                 block = block.next())
                if (block.text().contains(text))
                    return block;
            return QTextBlock();
        };
        QTRY_VERIFY(blockOf(QStringLiteral("Kwame Vega Jr")).isValid());
        for (const QString &text : {QStringLiteral("Kwame Vega Jr"), QStringLiteral("free for")}) {
            const QTextBlock block = blockOf(text);
            QVERIFY2(block.isValid(), qPrintable(text));
            QCOMPARE(block.text().count(u'\t'), 1);
            const int after = int(block.text().indexOf(u'\t')) + 1;
            const QTextLine line = block.layout()->lineForTextPosition(after);
            QVERIFY(qAbs(line.cursorToX(after) - block.blockFormat().leftMargin()) < 1);
            QVERIFY(block.blockFormat().leftMargin() >= 110);
        }
    }

    void tickAndSnoozeThenUndo()
    {
        m_pane->setPmId(m_annika);
        m_pane->showWeekOf(session().today());
        QUndoStack &undo = session().undoStack();
        const QString review = QStringLiteral("Run the November growth review for Experiments");
        QModelIndex row = rowOf(m_pane, review);
        QVERIFY(row.isValid());
        clickPart(m_pane, row, WeekActionDelegate::Part::Check);
        QCoreApplication::processEvents();
        row = rowOf(m_pane, review);
        QCOMPARE(row.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(undo.count(), 1);
        QCOMPARE(session().weekActions().actionsOf(m_annika).size(), 1);

        // Snooze another until next week: it leaves the list.
        const QModelIndex other = m_pane->actionsView()->model()->index(0, 0);
        const QString otherText = other.data().toString();
        QVERIFY(otherText != review);
        chooseInNextMenu(QStringLiteral("Until next week"));
        clickPart(m_pane, other, WeekActionDelegate::Part::Snooze);
        QCoreApplication::processEvents();
        QVERIFY(!rowOf(m_pane, otherText).isValid());
        QCOMPARE(undo.count(), 2);
        QVERIFY(m_pane->putAsideBox()->isVisible());
        m_pane->putAsideBox()->setChecked(true);
        QCOMPARE(ActionState(rowOf(m_pane, otherText).data(WeekActionModel::StateRole).toInt()),
                 ActionState::Snoozed);
        m_pane->putAsideBox()->setChecked(false);

        // Ctrl+Z twice: back as it was.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QVERIFY(rowOf(m_pane, otherText).isValid());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QCOMPARE(rowOf(m_pane, review).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(session().weekActions().actionsOf(m_annika).isEmpty());
    }

    void aSummaryTooNarrowEndsInAnEllipsisNotADot()
    {
        // The chips above the plan in a small window: a fact that has no room ends the line
        // in "…" (the whole line on hovering), never in a coloured dot with nothing after it.
        SummaryLine line;
        const QColor blue(0, 0, 255);
        line.setParts({{QStringLiteral("interviews: 0 done"), QColor(255, 0, 0)},
                       {QStringLiteral("2 growth reviews to run"), blue}});
        const QFontMetrics metrics = line.fontMetrics();
        auto bluePixels = [&] {
            const QImage image = line.grab().toImage();
            int count = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    count += image.pixelColor(x, y) == blue;
            return count;
        };
        // Room for the first fact, the gap and the second dot only.
        line.resize(metrics.horizontalAdvance(QStringLiteral("● interviews: 0 done    ●  ")),
                    metrics.height());
        QCOMPARE(bluePixels(), 0);
        QCOMPARE(line.toolTip(), line.text());
        line.resize(line.sizeHint() + QSize(20, 0));
        QVERIFY(bluePixels() > 0);
        QVERIFY(line.toolTip().isEmpty());
    }

    void itemsOfOnesOwnAreAddedAndDismissed()
    {
        m_pane->setPmId(m_annika);
        QLineEdit *add = m_pane->addEdit();
        QTest::keyClicks(add, QStringLiteral("Prepare the offsite"));
        QTest::keyClick(add, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY(add->text().isEmpty());
        QVERIFY(rowOf(m_pane, QStringLiteral("Prepare the offsite")).isValid());
        // Ctrl+Z in the emptied field takes back the adding, not the typing.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        add->setFocus();
        QTest::keyClick(add, Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::processEvents();
        QVERIFY(add->text().isEmpty());
        QVERIFY(!rowOf(m_pane, QStringLiteral("Prepare the offsite")).isValid());
        QTest::keyClick(add, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCoreApplication::processEvents();
        QVERIFY(add->text().isEmpty());
        const QModelIndex row = rowOf(m_pane, QStringLiteral("Prepare the offsite"));
        QVERIFY(row.isValid());
        QVERIFY(row.data(WeekActionModel::CustomRole).toBool());
        clickPart(m_pane, row, WeekActionDelegate::Part::Dismiss);
        QCoreApplication::processEvents();
        QVERIFY(!rowOf(m_pane, QStringLiteral("Prepare the offsite")).isValid());
        session().undoStack().undo();
        QCoreApplication::processEvents();
        QVERIFY(rowOf(m_pane, QStringLiteral("Prepare the offsite")).isValid());
        session().undoStack().undo();
    }

    void itemsOpenTheirRecordSelected()
    {
        m_pane->setPmId(m_annika);
        // An action about a goal opens the Goals pane on that goal.
        const SuggestedAction *atRisk = nullptr;
        for (const SuggestedAction &action : m_pane->plan().actions)
            if (action.record.rule == WeekRule::GoalAtRisk)
                atRisk = &action;
        QVERIFY(atRisk);
        const QString goalId = atRisk->subject.id;
        clickPart(m_pane, rowOf(m_pane, atRisk->text()), WeekActionDelegate::Part::Text);
        auto *goals = qobject_cast<GoalsPane *>(m_window->currentPane());
        QVERIFY(goals);
        QCOMPARE(goals->editor()->goalId(), goalId);

        // A review on the page opens the product's chart and its review.
        QVERIFY(m_window->showPane(QStringLiteral("week")));
        QVERIFY(clickLink(m_pane->page(), QStringLiteral("Experiments, November review")));
        auto *metrics = qobject_cast<MetricsPane *>(m_window->currentPane());
        QVERIFY(metrics);
        QCOMPARE(metrics->productBox()->currentText(), QStringLiteral("Experiments"));
        const QModelIndex review = metrics->reviewTable()->currentIndex();
        QVERIFY(review.isValid());
        QCOMPARE(review.siblingAtColumn(0).data().toString(), QStringLiteral("2026-11"));

        // An interview of the agenda opens in the week view, with its editor.
        QVERIFY(m_window->showPane(QStringLiteral("week")));
        QVERIFY(clickLink(m_pane->page(), QStringLiteral("User interview:")));
        auto *interviews = qobject_cast<InterviewsPane *>(m_window->currentPane());
        QVERIFY(interviews);
        QVERIFY(interviews->editor()->interview());
        QCOMPARE(interviews->editor()->interview()->pmId, m_annika);
    }

    void followsChangesMadeInAnotherPane()
    {
        m_pane->setPmId(m_annika);
        const SuggestedAction *atRisk = nullptr;
        for (const SuggestedAction &action : m_pane->plan().actions)
            if (action.record.rule == WeekRule::GoalAtRisk)
                atRisk = &action;
        QVERIFY(atRisk);
        const QString text = atRisk->text();
        const QString goalId = atRisk->subject.id;
        QVERIFY(m_window->showPane(QStringLiteral("goals")));
        auto *goals = qobject_cast<GoalsPane *>(m_window->currentPane());
        QVERIFY(goals->board()->move(goalId, GoalStatus::OnTrack, {}));
        // Behind the Goals pane the plan waits; shown again, it is planned before it is drawn.
        QCoreApplication::processEvents();
        QVERIFY(rowOf(m_pane, text).isValid());
        QVERIFY(m_window->showPane(QStringLiteral("week")));
        QVERIFY(!rowOf(m_pane, text).isValid());
        session().undoStack().undo();
        QCoreApplication::processEvents();
        QVERIFY(rowOf(m_pane, text).isValid());
    }

    void exportsMarkdownAndPrintsOnTwoPagesAtMost()
    {
        m_pane->setPmId(m_annika);
        const QString path = m_dir.filePath(QStringLiteral("week.md"));
        QVERIFY(!m_pane->exportMarkdown(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Annika Schmid · week of 16–22 November 2026")));
        QVERIFY(
            text.contains(QLatin1String("- [ ] Run the November growth review for Experiments")));
        // A file that cannot be written is one problem naming it, and nothing else.
        const Outcome problem =
            m_pane->exportMarkdown(m_dir.filePath(QStringLiteral("no/such.md")));
        QVERIFY(problem);
        QVERIFY(problem->text().contains(QLatin1String("no/such.md")));

        for (const QString &pmId : {m_annika, QString()}) {
            m_pane->setPmId(pmId);
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            const QString pdf = m_dir.filePath(QStringLiteral("week.pdf"));
            printer.setOutputFileName(pdf);
            m_pane->print(printer);
            QFile printed(pdf);
            QVERIFY(printed.open(QIODevice::ReadOnly));
            const QByteArray bytes = printed.readAll();
            const qsizetype pages = bytes.count("/Type /Page") - bytes.count("/Type /Pages");
            QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        }
    }

private:
    WorkspaceSession &session() { return *m_window->session(); }

    QTemporaryDir m_dir;
    QString m_path;
    QString m_annika;
    std::unique_ptr<MainWindow> m_window;
    WeekPane *m_pane = nullptr;
};

QTEST_MAIN(TestWeekPane)
#include "tst_weekpane.moc"
