#include "bulkwrite.h"

BulkWrite::BulkWrite(Workspace &workspace, QStringList tables)
    : m_workspace(workspace)
    , m_tables(std::move(tables))
{
    if ((m_problem = workspace.verify()))
        return;
    m_transaction.emplace(workspace);
    m_problem = m_transaction->problem();
}

Outcome BulkWrite::commit()
{
    if (!isOpen())
        return m_problem;
    if (Outcome dangling = m_workspace.checkReferences(m_tables)) {
        m_transaction->rollback();
        return dangling;
    }
    return m_transaction->commit();
}
