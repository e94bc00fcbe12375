#pragma once

#include "formats/metricscsv.h"

#include <QDialog>

class QDialogButtonBox;

// The preview of a metrics CSV before importing it: the form, how each column is read, the
// first rows, and every problem with its line number. Import is offered only for a file
// without problems, and lands all its values or none.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvImportDialog(MetricsCsv::Preview preview, QWidget *parent = nullptr);
    const MetricsCsv::Preview &preview() const { return m_preview; }
    bool canImport() const;

private:
    MetricsCsv::Preview m_preview;
    QDialogButtonBox *m_buttons;
};
