#include "metricsedits.h"

#include "core/ids.h"

#include <QCoreApplication>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(MetricsEdits)
};

// One record of one kind (products, definitions…) going from `before` to `after`.
template<typename Record>
MetricsChange replace(const QString &text, QList<Record> MetricsEdit::*records, Record before,
                      Record after)
{
    MetricsChange change;
    change.text = text;
    change.before.*records = {std::move(before)};
    change.after.*records = {std::move(after)};
    return change;
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
    return replace(Text::tr("Add product %1").arg(product.name), &MetricsEdit::products,
                   tombstoneOf(product), product);
}

MetricsChange editProduct(const Product &before, const Product &after)
{
    return replace(Text::tr("Edit product %1").arg(after.name), &MetricsEdit::products, before,
                   after);
}

MetricsChange removeProduct(const Product &product)
{
    return replace(Text::tr("Remove product %1").arg(product.name), &MetricsEdit::products, product,
                   tombstoneOf(product));
}

MetricsChange saveDefinition(const std::optional<MetricDefinition> &before,
                             const MetricDefinition &after)
{
    MetricsChange change;
    MetricDefinition saved = after;
    saved.key = saved.key.trimmed();
    if (before) {
        saved.meta = before->meta;
        change.text = Text::tr("Edit metric %1").arg(saved.name);
        change.before.definitions = {*before};
    } else {
        saved.meta = RecordMeta{};
        // Same key, same id: the catalogue entry people create independently merges.
        saved.meta.id = MetricIds::definition(saved.key);
        change.text = Text::tr("Add metric %1").arg(saved.name);
        change.before.definitions = {tombstoneOf(saved)};
    }
    change.after.definitions = {saved};
    return change;
}

MetricsChange removeDefinition(const MetricDefinition &definition)
{
    return replace(Text::tr("Remove metric %1").arg(definition.name), &MetricsEdit::definitions,
                   definition, tombstoneOf(definition));
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
    change.text = doneOn.isValid() ? Text::tr("Mark growth review of %1 done")
                                         .arg(review.month.toString(QStringLiteral("MMMM yyyy")))
                                   : Text::tr("Edit growth review of %1")
                                         .arg(review.month.toString(QStringLiteral("MMMM yyyy")));
    change.before.reviews = {before ? *before : tombstoneOf(review)};
    change.after.reviews = {review};
    return change;
}

} // namespace MetricsEdits
