#pragma once

#include "weekaction.h"
#include "workspace/repository.h"

#include <optional>

// The week plan's checklist: what users did with suggestions, and the items they added.
class WeekActionRepository final : public Repository
{
    Q_OBJECT

public:
    using Repository::Repository;

    // The live records of one PM's weeks (empty pmId: everyone's), oldest first.
    QList<WeekAction> actionsOf(const QString &pmId) const;
    // Including tombstones: an edit starts from the record as stored.
    std::optional<WeekAction> action(const QString &id) const;

    // Saves the records of one edit in one transaction, stamping each. Saved records come
    // back through actions.
    Outcome apply(QList<WeekAction> &actions);

private:
    QList<WeekAction> select(const QString &where, const QVariantList &values) const;
};
