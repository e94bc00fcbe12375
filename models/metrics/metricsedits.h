#pragma once

#include "metricstypes.h"

// The rules of editing products, the catalogue and reviews, as before/after records for one
// undoable command (see MetricsCommand).
namespace MetricsEdits {

// A new record appears in `before` as a tombstone with the same id, so undo removes it.
MetricsChange addProduct(const QString &name, const QString &teamId, bool productMarketFit,
                         QDate pmfSince);
MetricsChange editProduct(const Product &before, const Product &after);
MetricsChange removeProduct(const Product &product);

// Adds the definition, or changes the one with the same key.
MetricsChange saveDefinition(const std::optional<MetricDefinition> &before,
                             const MetricDefinition &after);
MetricsChange removeDefinition(const MetricDefinition &definition);

// Marks the product's review of `month` done on `doneOn` (or not done, with an invalid date),
// with its notes and link.
MetricsChange recordReview(const std::optional<GrowthReview> &before, const QString &productId,
                           QDate month, QDate doneOn, const QString &notes, const QString &link);

} // namespace MetricsEdits
