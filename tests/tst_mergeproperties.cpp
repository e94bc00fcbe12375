// The merge's promises as properties over random histories (RapidCheck): three replicas edit,
// delete and bring back the same records, field by field, with skewed clocks, and merge each
// other in random order. Then:
// - every order and grouping of merging the same workspaces gives the same content;
// - merging a workspace a second time changes nothing;
// - no value is lost: each value written is the current one, or kept as a conflict, or was
//   replaced by someone who had it in front of them;
// - clocks never go backwards, and each replica's clock is past every stamp it holds.
// CADENCE_MERGE_HISTORIES sets how many histories (300 by default, what CI runs; set it to 10000
// or more by hand; the seed is fixed, and RC_PARAMS, RapidCheck's own setting, overrides both). A
// failing history is shrunk to a small one and printed.
#include "mergehistory.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <rapidcheck.h>

using namespace MergeHistory;

namespace {

// Copies a replica's file as it stands (consistent, through SQLite), for order experiments.
std::unique_ptr<Workspace> snapshot(Workspace &workspace, const QString &path,
                                    std::shared_ptr<Clock> clock)
{
    RC_ASSERT(!workspace.copyTo(path));
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto opened = Workspace::open(path, std::move(clock));
    RC_ASSERT(opened.ok());
    return opened.take();
}

void mergeInto(Workspace &into, const QList<Workspace *> &from)
{
    std::vector<std::unique_ptr<MergeSource>> sources;
    QList<MergeSource *> list;
    for (Workspace *workspace : from) {
        sources.push_back(MergeSource::over(*workspace));
        list.append(sources.back().get());
    }
    RC_ASSERT(Merge::mergeSources(into, list).ok());
}

} // namespace

class TestMergeProperties : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_templates{historiesRoot()};
    QStringList m_templatePaths;

private slots:
    void initTestCase()
    {
        isolateUserFolders();
        if (qEnvironmentVariableIsEmpty("RC_PARAMS")) {
            const QByteArray count = qEnvironmentVariableIsEmpty("CADENCE_MERGE_HISTORIES")
                                         ? QByteArray("300")
                                         : qgetenv("CADENCE_MERGE_HISTORIES");
            qputenv("RC_PARAMS", "seed=20261201 max_size=40 max_success=" + count);
        }
        m_templatePaths = makeTemplates(m_templates.path());
        QCOMPARE(m_templatePaths.size(), Replicas);
    }

    void mergesConvergeLoseNothingAndRepeatHarmlessly()
    {
        const QStringList templates = m_templatePaths;
        const bool ok = rc::check("merge properties", [&](const std::vector<Step> &steps) {
            History history(templates, TestWorkspace::defaultNow().addSecs(60));
            for (const Step &step : steps) {
                history.run(step);
                // Stamps of others come in only by merges; every edit checks its own clock.
                if (step.kind == Step::Merge)
                    history.checkClocks();
            }

            // Order and grouping: (0 + 1) + 2, (0 + 2) + 1, and 0 + (1 + 2), each on a copy.
            auto clock = std::make_shared<FixedClock>(history.clock(0).now());
            const QString folder = history.folder();
            Workspace *one = &history.replica(1);
            Workspace *two = &history.replica(2);
            auto a = snapshot(history.replica(0), folder + QStringLiteral("/a.cadence"), clock);
            auto b = snapshot(history.replica(0), folder + QStringLiteral("/b.cadence"), clock);
            auto c = snapshot(history.replica(0), folder + QStringLiteral("/c.cadence"), clock);
            auto d = snapshot(history.replica(0), folder + QStringLiteral("/d.cadence"), clock);
            auto joined =
                snapshot(history.replica(1), folder + QStringLiteral("/j.cadence"), clock);
            mergeInto(*a, {one});
            mergeInto(*a, {two});
            mergeInto(*b, {two});
            mergeInto(*b, {one});
            mergeInto(*c, {one, two});
            mergeInto(*joined, {two});
            mergeInto(*d, {joined.get()});
            const QStringList merged = content(*a);
            RC_ASSERT(content(*b) == merged);
            RC_ASSERT(content(*c) == merged);
            RC_ASSERT(content(*d) == merged);

            // A second merge of the same workspaces changes nothing.
            {
                std::unique_ptr<MergeSource> again = MergeSource::over(*two);
                auto repeated = Merge::mergeSources(*a, {again.get()});
                RC_ASSERT(repeated.ok());
                RC_ASSERT(repeated.value().first().total().isEmpty());
                RC_ASSERT(content(*a) == merged);
            }

            // Everyone merges everyone until nothing changes: the same content everywhere.
            for (int round = 0; round < 3; ++round)
                for (int into = 0; into < Replicas; ++into)
                    for (int from = 0; from < Replicas; ++from)
                        if (into != from)
                            history.merge(into, from);
            history.checkClocks();
            const QStringList everywhere = content(history.replica(0));
            RC_ASSERT(content(history.replica(1)) == everywhere);
            RC_ASSERT(content(history.replica(2)) == everywhere);
            if (everywhere != merged)
                for (const QString &line : everywhere)
                    if (!merged.contains(line))
                        RC_LOG() << "only after everyone merged: " << qPrintable(line) << std::endl;
            if (everywhere != merged)
                for (const QString &line : merged)
                    if (!everywhere.contains(line))
                        RC_LOG() << "only in the first merge: " << qPrintable(line) << std::endl;
            RC_ASSERT(everywhere == merged);

            // No value lost: each written value is current, kept as a conflict, or was
            // replaced by an edit made with it in front of its author.
            checkNothingLost(history, history.replica(0));
        });
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestMergeProperties)
#include "tst_mergeproperties.moc"
