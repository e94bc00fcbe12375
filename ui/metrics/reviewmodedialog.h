#pragma once

#include "core/problem.h"
#include "metrics/metricstypes.h"

#include <QDialog>

class MetricsRepository;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class MetricChart;

// Review mode: one product's metrics for a growth review as small multiples (the last year,
// the rolling average, the bands), each with its month-over-month and year-over-year change
// and where it stands against its bands. Steps through the products with product-market fit
// and exports the whole review as a PDF.
class ReviewModeDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewModeDialog(MetricsRepository &metrics, const QString &productId, QDate month,
                     QWidget *parent = nullptr);

    QString productId() const;
    QList<MetricChart *> charts() const { return m_charts; }
    QStringList figureTexts() const; // one line per metric, as shown
    Outcome exportPdf(const QString &path);

private:
    void load();
    void step(int delta);
    void exportClicked();

    MetricsRepository &m_metrics;
    QList<Product> m_products;
    QComboBox *m_product;
    QDateEdit *m_month;
    QWidget *m_sheet;
    QGridLayout *m_grid;
    QLabel *m_heading;
    QLabel *m_noCharts; // why there are figures but no charts, if so
    QList<MetricChart *> m_charts;
    QList<QLabel *> m_figures;
};
