// The merge's promises as properties over random histories (RapidCheck): three replicas edit,
// delete and bring back the same records, field by field, with skewed clocks, and merge each
// other in random order. Then:
// - every order and grouping of merging the same workspaces gives the same content;
// - merging a workspace a second time changes nothing;
// - no value is lost: each value written is the current one, or kept as a conflict, or was
//   replaced by someone who had it in front of them;
// - clocks never go backwards, and each replica's clock is past every stamp it holds.
// CADENCE_MERGE_HISTORIES sets how many histories (10,000 by default, what CI runs, in about
// two and a half minutes on two cores; set it higher by hand; the seed is fixed, and RC_PARAMS,
// RapidCheck's own setting, overrides both). A failing history is shrunk to a small one and
// printed.
#include "mergehistory.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <rapidcheck.h>

using namespace MergeHistory;

namespace {

Merge::Report mergeInto(Workspace &into, const QList<Workspace *> &from)
{
    std::vector<std::unique_ptr<MergeSource>> sources;
    QList<MergeSource *> list;
    for (Workspace *workspace : from) {
        sources.push_back(MergeSource::over(*workspace));
        list.append(sources.back().get());
    }
    auto merged = Merge::mergeSources(into, list);
    RC_ASSERT(merged.ok());
    return merged.value().last();
}

// The content of `into` after these merges (each a merge of one or more workspaces at once),
// made in a transaction that is rolled back afterwards, as the dry run does: every order starts
// from the same workspace, without a copy of its file per order. The merges join that
// transaction and run exactly as they do alone; only their commit waits.
QStringList contentAfter(Workspace &into, const QList<QList<Workspace *>> &merges)
{
    WriteTransaction order(into);
    RC_ASSERT(order.isOpen());
    for (const QList<Workspace *> &from : merges)
        mergeInto(into, from);
    QStringList lines = content(into);
    // A second merge of the same workspace changes nothing.
    RC_ASSERT(mergeInto(into, merges.last()).total().isEmpty());
    RC_ASSERT(content(into) == lines);
    order.rollback();
    return lines;
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
                                         ? QByteArray("10000")
                                         : qgetenv("CADENCE_MERGE_HISTORIES");
            qputenv("RC_PARAMS", "seed=20261201 max_size=40 max_success=" + count);
        }
        m_templatePaths = makeTemplates(m_templates.path());
        QCOMPARE(m_templatePaths.size(), Replicas);
    }

    void mergesConvergeLoseNothingAndRepeatHarmlessly()
    {
        ReplicaSet replicas(m_templatePaths);
        const bool ok = rc::check("merge properties", [&](const std::vector<Step> &steps) {
            History history(replicas, TestWorkspace::defaultNow().addSecs(60));
            for (const Step &step : steps) {
                history.run(step);
                // Stamps of others come in only by merges; every edit checks its own clock.
                if (step.kind == Step::Merge)
                    history.checkClocks();
            }

            // Order and grouping: (0 + 1) + 2, (0 + 2) + 1, 0 + (1 + 2) at once, and 0 + a copy
            // of 1 that merged 2.
            Workspace &zero = history.replica(0);
            Workspace *one = &history.replica(1);
            Workspace *two = &history.replica(2);
            const QStringList merged = contentAfter(zero, {{one}, {two}});
            RC_ASSERT(contentAfter(zero, {{two}, {one}}) == merged);
            RC_ASSERT(contentAfter(zero, {{one, two}}) == merged);
            Workspace &joined = history.copyOf(1);
            mergeInto(joined, {two});
            RC_ASSERT(contentAfter(zero, {{&joined}}) == merged);

            // Everyone merges everyone until a round changes nothing: then the same content
            // everywhere, the same as the first merge's.
            bool changed = true;
            for (int round = 0; changed && round <= Replicas; ++round) {
                changed = false;
                for (int into = 0; into < Replicas; ++into)
                    for (int from = 0; from < Replicas; ++from)
                        if (into != from && !history.merge(into, from).total().isEmpty())
                            changed = true;
            }
            RC_ASSERT(!changed);
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
