#pragma once

#include "workspace.h"

#include <QStringList>

#include <optional>

// One bulk write (an import, a merge) as one transaction: it begins only on a file SQLite's
// integrity check has passed in this session (Workspace::verify), and commits only if every
// record of the tables it wrote still finds the records it refers to. It lands whole, on an
// intact file, or nothing lands. The work inside uses WriteTransactions as usual: they join it.
class BulkWrite final
{
public:
    BulkWrite(Workspace &workspace, QStringList tables);
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    bool isOpen() const { return m_transaction && m_transaction->isOpen(); }
    // Why it did not begin.
    const Outcome &problem() const { return m_problem; }
    Outcome commit();

private:
    Workspace &m_workspace;
    QStringList m_tables;
    Outcome m_problem;
    std::optional<WriteTransaction> m_transaction;
};
