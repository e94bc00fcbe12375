#include "csvimportdialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(MetricsCsv::Preview preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_preview.file).fileName()));
    auto *summary =
        new QLabel(tr("%1 form · %2 rows · %3 values")
                       .arg(m_preview.form == MetricsCsv::Form::Long ? tr("Long") : tr("Wide"))
                       .arg(m_preview.rowCount)
                       .arg(m_preview.points.size()));

    // The first rows under their headers, with how each column is read above them.
    auto *table =
        new QTableWidget(int(m_preview.firstRows.size()) + 1, int(m_preview.columns.size()));
    QStringList headers;
    for (qsizetype c = 0; c < m_preview.columns.size(); ++c) {
        headers << m_preview.columns[c].header;
        auto *role =
            new QTableWidgetItem(tr("→ %1").arg(MetricsCsv::roleName(m_preview.columns[c])));
        QFont font = role->font();
        font.setItalic(true);
        role->setFont(font);
        table->setItem(0, int(c), role);
    }
    table->setHorizontalHeaderLabels(headers);
    for (qsizetype r = 0; r < m_preview.firstRows.size(); ++r)
        for (qsizetype c = 0; c < m_preview.firstRows[r].size() && c < m_preview.columns.size();
             ++c)
            table->setItem(int(r) + 1, int(c), new QTableWidgetItem(m_preview.firstRows[r][c]));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    if (!m_preview.ok()) {
        auto *errorsLabel = new QLabel(
            tr("%n problem(s): fix the file and import it again. Nothing will be imported.",
               nullptr, int(m_preview.errors.size())));
        errorsLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
        auto *errors = new QListWidget;
        errors->addItems(m_preview.errors);
        layout->addWidget(errorsLabel);
        layout->addWidget(errors, 1);
    }
    if (canImport()) {
        QPushButton *import =
            m_buttons->addButton(tr("Import %n value(s)", nullptr, int(m_preview.points.size())),
                                 QDialogButtonBox::AcceptRole);
        import->setDefault(true);
    }
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 480);
}

bool CsvImportDialog::canImport() const
{
    return m_preview.ok() && !m_preview.points.isEmpty();
}
