// A board of 10,000 goals: how long a filter change and a card move take (median of many),
// against the goal of one frame (16 ms). Prints figures; asserts nothing.
#include "core/ids.h"
#include "goals/goalboardmodel.h"
#include "goals/goalfilterproxy.h"
#include "goals/goalrepository.h"
#include "goals/goalspane.h"
#include "quietoffscreen.h"
#include "sample/starterdata.h"
#include "testworkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QListView>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

constexpr int goalCount = 10000;
constexpr int repeats = 41;

double medianMs(const std::function<void(int)> &run)
{
    std::vector<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run(i);
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void print(const char *what, double ms, double reference)
{
    std::printf("%-48s %8.2f ms  %6.1fx reference  %s\n", what, ms, ms / reference,
                ms <= 16.0 ? "within a frame" : "OVER a frame");
}

} // namespace

int main(int argc, char **argv)
{
    hideOffscreenSizeHintWarnings();
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    isolateUserFolders();
    TestWorkspace workspace(WorkspaceFactory::Content::Starter);
    WorkspaceSession &session = workspace.session();
    const QStringList pms = {
        StarterData::pmId(QStringLiteral("anna")), StarterData::pmId(QStringLiteral("annika")),
        StarterData::pmId(QStringLiteral("raquel")), StarterData::pmId(QStringLiteral("cory")),
        StarterData::pmId(QStringLiteral("abe"))};
    const QString quarter = QStringLiteral("2026-Q4");
    QList<Goal> goals;
    for (int i = 0; i < goalCount; ++i) {
        Goal goal;
        goal.meta.id = Ids::fromKey(QStringLiteral("bench-goal"), QString::number(i));
        goal.quarter = i % 10 == 0 ? QStringLiteral("2026-Q3") : quarter;
        goal.title = QStringLiteral("Goal number %1 of the benchmark board").arg(i);
        goal.kind = GoalKind(i % 3);
        goal.status = GoalStatus(i % 5);
        goal.ownerId = pms.at(i % pms.size());
        goal.rank = i;
        for (int k = 0; k < 3; ++k) {
            KeyResult result;
            result.meta.id =
                Ids::fromKey(QStringLiteral("bench-kr"), QStringLiteral("%1/%2").arg(i).arg(k));
            result.text = QStringLiteral("Key result %1").arg(k);
            result.done = (i + k) % 2;
            goal.keyResults.append(result);
        }
        goals.append(goal);
    }
    QElapsedTimer timer;
    timer.start();
    if (Outcome problem = session.goals().apply(goals)) {
        std::fprintf(stderr, "%s\n", qPrintable(problem->text()));
        return 1;
    }
    std::printf("saving %d goals with 3 key results each: %.0f ms\n", goalCount,
                double(timer.elapsed()));

    // Model level: the board and its five columns.
    GoalBoardModel board(session.goals(), session.coverage(), &session.undoStack(),
                         session.today());
    std::vector<std::unique_ptr<GoalFilterProxy>> columns;
    for (GoalStatus status : allGoalStatuses) {
        columns.push_back(std::make_unique<GoalFilterProxy>(board));
        columns.back()->setStatus(status);
        columns.back()->setQuarter(quarter);
    }
    // The reference: reading every card's title once, a pass over the board.
    const double reference = medianMs([&](int) {
        qsizetype length = 0;
        for (int row = 0; row < board.rowCount(); ++row)
            length += board.index(row).data().toString().size();
        if (length < 0)
            std::puts("");
    });
    std::printf("reference: one pass reading %d titles        %8.2f ms\n", board.rowCount(),
                reference);
    print("model: filter change (PM), five columns", medianMs([&](int i) {
              for (auto &column : columns)
                  column->setPmId(i % 2 ? pms.at(i % pms.size()) : QString());
          }),
          reference);
    print("model: filter change (quarter), five columns", medianMs([&](int i) {
              for (auto &column : columns)
                  column->setQuarter(i % 2 ? QStringLiteral("2026-Q3") : quarter);
          }),
          reference);
    for (auto &column : columns) {
        column->setQuarter(quarter);
        column->setPmId({});
    }
    print("model: card move to another column (undoable)", medianMs([&](int i) {
              const Goal &goal = board.goalAt(1 + 10 * i);
              board.move(goal.meta.id, GoalStatus((int(goal.status) + 1) % 5),
                         columns[0]->index(i, 0).data(GoalBoardModel::GoalIdRole).toString());
          }),
          reference);
    print("model: undo of a card move", medianMs([&](int) { session.undoStack().undo(); }),
          reference);
    columns.clear();

    // The pane: the same through its combo boxes and real views, laid out.
    GoalsPane pane(session);
    pane.resize(1280, 800);
    pane.show();
    QCoreApplication::processEvents();
    QComboBox *quarterFilter = pane.quarterFilter();
    quarterFilter->setCurrentIndex(quarterFilter->findData(quarter));
    QCoreApplication::processEvents();
    QComboBox *pmFilter = pane.pmFilter();
    print("pane: filter change (PM), laid out", medianMs([&](int i) {
              pmFilter->setCurrentIndex(i % 2 ? 1 + i % (pmFilter->count() - 1) : 0);
              QCoreApplication::processEvents();
          }),
          reference);
    pmFilter->setCurrentIndex(0);
    QCoreApplication::processEvents();
    QListView *todo = pane.columnView(GoalStatus::NotStarted);
    print("pane: card move with Ctrl+Right, laid out", medianMs([&](int i) {
              todo->setCurrentIndex(todo->model()->index(i, 0));
              pane.moveSelected(1, 0);
              QCoreApplication::processEvents();
          }),
          reference);
    print("pane: card move by the model alone, laid out", medianMs([&](int i) {
              const QString id =
                  todo->model()->index(i, 0).data(GoalBoardModel::GoalIdRole).toString();
              pane.board()->move(id, GoalStatus::OnTrack, {});
              QCoreApplication::processEvents();
          }),
          reference);
    print("pane: selecting a card (editor filled)", medianMs([&](int i) {
              todo->setCurrentIndex(todo->model()->index(i, 0));
              QCoreApplication::processEvents();
          }),
          reference);
    return 0;
}
