#pragma once

#include "formats/metricscsv.h"

#include <QDialog>

#include <functional>

class ProblemListView;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The preview of a metrics CSV before importing it: the form, how each column is read, the
// first rows, how the file's labels are read (a PostHog series as a metric, a breakdown as a
// product: each can be changed here), the products it would add, and every problem grouped
// with its lines. Import is offered only for a file without problems, and lands all its
// values or none.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // Reads the file again with other options (a mapping changed, new products added or not).
    using Reread = std::function<Result<MetricsCsv::Preview>(const MetricsCsv::Options &)>;

    CsvImportDialog(MetricsCsv::Preview preview, MetricsCsv::Options options,
                    const MetricsCsv::Catalogue &catalogue, Reread readAgain,
                    QWidget *parent = nullptr);
    const MetricsCsv::Preview &preview() const { return m_preview; }
    const MetricsCsv::Options &options() const { return m_options; }
    bool canImport() const;
    // For tests.
    QTableWidget *mappingTable() const { return m_mappings; }
    QCheckBox *addProductsBox() const { return m_addProducts; }
    ProblemListView *problems() const { return m_problems; }

private:
    void show(const MetricsCsv::Preview &preview);
    void reread();

    MetricsCsv::Preview m_preview;
    MetricsCsv::Options m_options;
    QStringList m_metricKeys;
    QStringList m_productNames;
    Reread m_reread;
    QLabel *m_summary;
    QTableWidget *m_rows;
    QLabel *m_mappingTitle;
    QTableWidget *m_mappings;
    QCheckBox *m_addProducts;
    ProblemListView *m_problems;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
};
