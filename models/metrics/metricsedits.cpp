#include "metricsedits.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetricsEdits", text);
}

template<typename Record> Record tombstoneOf(Record record)
{
    record.meta.deleted = true;
    return record;
}

} // namespace

namespace MetricsEdits {

MetricsChange addProduct(const QString &name, const QString &teamId, bool productMarketFit,
                         QDate pmfSince)
{
    Product product;
    product.meta.id = Ids::random();
    product.name = name.trimmed();
    product.teamId = teamId;
    product.productMarketFit = productMarketFit;
    product.pmfSince = productMarketFit ? pmfSince : QDate();
    MetricsChange change;
    change.text = tr("Add product %1").arg(product.name);
    change.before.products = {tombstoneOf(product)};
    change.after.products = {product};
    return change;
}

MetricsChange editProduct(const Product &before, const Product &after)
{
    MetricsChange change;
    change.text = tr("Edit product %1").arg(after.name);
    change.before.products = {before};
    change.after.products = {after};
    return change;
}

MetricsChange removeProduct(const Product &product)
{
    MetricsChange change;
    change.text = tr("Remove product %1").arg(product.name);
    change.before.products = {product};
    change.after.products = {tombstoneOf(product)};
    return change;
}

MetricsChange saveDefinition(const std::optional<MetricDefinition> &before,
                             const MetricDefinition &after)
{
    MetricsChange change;
    MetricDefinition saved = after;
    saved.key = saved.key.trimmed();
    if (before) {
        saved.meta = before->meta;
        change.text = tr("Edit metric %1").arg(saved.name);
        change.before.definitions = {*before};
    } else {
        saved.meta = RecordMeta{};
        // Same key, same id: the catalogue entry people create independently merges.
        saved.meta.id = MetricIds::definition(saved.key);
        change.text = tr("Add metric %1").arg(saved.name);
        change.before.definitions = {tombstoneOf(saved)};
    }
    change.after.definitions = {saved};
    return change;
}

MetricsChange removeDefinition(const MetricDefinition &definition)
{
    MetricsChange change;
    change.text = tr("Remove metric %1").arg(definition.name);
    change.before.definitions = {definition};
    change.after.definitions = {tombstoneOf(definition)};
    return change;
}

MetricsChange recordReview(const std::optional<GrowthReview> &before, const QString &productId,
                           QDate month, QDate doneOn, const QString &notes, const QString &link)
{
    GrowthReview review = before.value_or(GrowthReview{});
    review.productId = productId;
    review.month = QDate(month.year(), month.month(), 1);
    review.meta.id = MetricIds::review(productId, review.month);
    review.meta.deleted = false;
    review.doneOn = doneOn;
    review.notes = notes;
    review.link = link.trimmed();
    MetricsChange change;
    change.text = doneOn.isValid() ? tr("Mark growth review of %1 done")
                                         .arg(review.month.toString(QStringLiteral("MMMM yyyy")))
                                   : tr("Edit growth review of %1")
                                         .arg(review.month.toString(QStringLiteral("MMMM yyyy")));
    change.before.reviews = {before ? *before : tombstoneOf(review)};
    change.after.reviews = {review};
    return change;
}

} // namespace MetricsEdits
