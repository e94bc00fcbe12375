#include "csvimportdialog.h"
#include "core/palette.h"
#include "widgets/errortext.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(MetricsCsv::Preview preview, QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_preview.file).fileName()));
    auto *summary = new QLabel(
        tr("%1 · %2 · %3. Each column is read as shown in italics under its header. Values "
           "already in the workspace are left alone: importing the same file again changes "
           "nothing.")
            .arg(m_preview.form == MetricsCsv::Form::Long ? tr("Long form (one value per row)")
                                                          : tr("Wide form (one column per metric)"),
                 m_preview.rowCount == 1 ? tr("1 row") : tr("%1 rows").arg(m_preview.rowCount),
                 m_preview.points.size() == 1 ? tr("1 value")
                                              : tr("%1 values").arg(m_preview.points.size())));
    summary->setWordWrap(true);
    // The lines with a problem, to mark them in the preview.
    QHash<int, QString> problems;
    static const QRegularExpression linePattern(QStringLiteral("^line (\\d+): "));
    for (const QString &error : std::as_const(m_preview.errors))
        if (const QRegularExpressionMatch match = linePattern.match(error); match.hasMatch())
            problems[match.captured(1).toInt()] +=
                (problems.contains(match.captured(1).toInt()) ? QStringLiteral("\n") : QString()) +
                error;

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
    // Rows are numbered by their line in the file (the header is line 1), as the errors are.
    QStringList lines{tr("read as")};
    for (qsizetype r = 0; r < m_preview.firstRows.size(); ++r) {
        const int line = m_preview.firstRowLines.value(r, int(r) + 2);
        lines << QString::number(line);
        for (qsizetype c = 0; c < m_preview.firstRows[r].size() && c < m_preview.columns.size();
             ++c) {
            auto *cell = new QTableWidgetItem(m_preview.firstRows[r][c]);
            if (problems.contains(line)) {
                cell->setBackground(Palette::current().errorBackground);
                cell->setToolTip(problems.value(line));
            }
            table->setItem(int(r) + 1, int(c), cell);
        }
    }
    table->setVerticalHeaderLabels(lines);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    if (!m_preview.ok()) {
        auto *errorsLabel = new QLabel(
            (m_preview.errors.size() == 1 ? tr("1 problem")
                                          : tr("%1 problems").arg(m_preview.errors.size())) +
            tr(": fix the file and import it again. Nothing will be imported."));
        showAsError(errorsLabel, true);
        auto *errors = new QListWidget;
        errors->addItems(m_preview.errors);
        layout->addWidget(errorsLabel);
        layout->addWidget(errors, 1);
    }
    if (canImport()) {
        QPushButton *import = m_buttons->addButton(
            m_preview.points.size() == 1 ? tr("Import 1 value")
                                         : tr("Import %1 values").arg(m_preview.points.size()),
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
