#include "csvimportdialog.h"
#include "core/palette.h"
#include "widgets/errortext.h"

#include "widgets/problemlistview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

QString formText(const MetricsCsv::Preview &preview)
{
    switch (preview.form) {
    case MetricsCsv::Form::Long:
        return CsvImportDialog::tr("Long form (one value per row)");
    case MetricsCsv::Form::Wide:
        return CsvImportDialog::tr("Wide form (one column per metric)");
    case MetricsCsv::Form::Trends:
        return preview.period == Granularity::Monthly
                   ? CsvImportDialog::tr("PostHog trends export by month (each value on the "
                                         "month's first day)")
               : preview.period == Granularity::Weekly
                   ? CsvImportDialog::tr("PostHog trends export by week (each value on the "
                                         "week's first day)")
                   : CsvImportDialog::tr("PostHog trends export by day");
    }
    return {};
}

void readOnly(QTableWidget *table)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
}

} // namespace

CsvImportDialog::CsvImportDialog(MetricsCsv::Preview preview, MetricsCsv::Options options,
                                 const MetricsCsv::Catalogue &catalogue, Reread readAgain,
                                 QWidget *parent)
    : QDialog(parent)
    , m_preview(std::move(preview))
    , m_options(std::move(options))
    , m_reread(std::move(readAgain))
    , m_summary(new QLabel)
    , m_rows(new QTableWidget)
    , m_mappingTitle(new QLabel(tr("<b>Read as</b> (what the file leaves to Cadence; change it "
                                   "where it guessed wrong):")))
    , m_mappings(new QTableWidget(0, 3))
    , m_addProducts(new QCheckBox)
    , m_problems(new ProblemListView)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel))
    , m_import(m_buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole))
{
    for (const MetricDefinition &definition : catalogue.definitions)
        m_metricKeys << definition.key;
    for (const Product &product : catalogue.products)
        m_productNames << product.name;
    setWindowTitle(tr("Import %1").arg(QFileInfo(m_preview.file).fileName()));
    m_summary->setWordWrap(true);
    readOnly(m_rows);
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mappings->setObjectName(QStringLiteral("csvMapping"));
    m_mappings->setHorizontalHeaderLabels({tr("In the file"), tr("Line"), tr("Read as")});
    m_mappings->verticalHeader()->setVisible(false);
    m_mappings->setSelectionMode(QAbstractItemView::NoSelection);
    m_mappings->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_mappings->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_mappings->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_addProducts->setObjectName(QStringLiteral("addProducts"));
    connect(m_addProducts, &QCheckBox::toggled, this, [this](bool checked) {
        m_options.addProducts = checked;
        reread();
    });
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_rows, 2);
    layout->addWidget(m_mappingTitle);
    layout->addWidget(m_mappings, 1);
    layout->addWidget(m_addProducts);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 560);
    show(m_preview);
}

bool CsvImportDialog::canImport() const
{
    return m_preview.ok() && m_preview.valueCount > 0;
}

void CsvImportDialog::reread()
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    Result<MetricsCsv::Preview> again = m_reread(m_options);
    QGuiApplication::restoreOverrideCursor();
    if (again)
        show(again.take());
    else
        m_summary->setText(again.problem().text());
}

void CsvImportDialog::show(const MetricsCsv::Preview &preview)
{
    m_preview = preview;
    m_summary->setText(
        tr("%1 · %2 · %3. Each column is read as shown in italics under its header. Values "
           "already in the workspace are left alone: importing the same file again changes "
           "nothing.")
            .arg(formText(m_preview), tr("%n row(s)", nullptr, m_preview.rowCount),
                 tr("%n value(s)", nullptr, int(std::min<qint64>(m_preview.valueCount, INT_MAX)))));

    // The first rows under their headers, with how each column is read above them. Rows are
    // numbered by their line in the file (the header is line 1), as the problems are.
    m_rows->clear();
    m_rows->setRowCount(int(m_preview.firstRows.size()) + 1);
    m_rows->setColumnCount(int(m_preview.columns.size()));
    QStringList headers;
    for (qsizetype c = 0; c < m_preview.columns.size(); ++c) {
        headers << m_preview.columns[c].header;
        auto *role =
            new QTableWidgetItem(tr("→ %1").arg(MetricsCsv::roleName(m_preview.columns[c])));
        QFont font = role->font();
        font.setItalic(true);
        role->setFont(font);
        m_rows->setItem(0, int(c), role);
    }
    m_rows->setHorizontalHeaderLabels(headers);
    QStringList lines{tr("read as")};
    for (qsizetype r = 0; r < m_preview.firstRows.size(); ++r) {
        const int line = m_preview.firstRowLines.value(r, int(r) + 2);
        lines << QString::number(line);
        const QStringList problems = m_preview.problems.on(line);
        for (qsizetype c = 0; c < m_preview.firstRows[r].size() && c < m_preview.columns.size();
             ++c) {
            auto *cell = new QTableWidgetItem(m_preview.firstRows[r][c]);
            if (!problems.isEmpty()) {
                cell->setBackground(Palette::current().errorBackground);
                cell->setToolTip(problems.join(QLatin1Char('\n')));
            }
            m_rows->setItem(int(r) + 1, int(c), cell);
        }
    }
    m_rows->setVerticalHeaderLabels(lines);

    // The labels Cadence read as a metric or a product, each with its choice.
    m_mappings->setRowCount(int(m_preview.mappings.size()));
    for (qsizetype row = 0; row < m_preview.mappings.size(); ++row) {
        const MetricsCsv::Mapping mapping = m_preview.mappings[row];
        const bool metric = mapping.kind == MetricsCsv::Mapping::Kind::Metric;
        const QString label =
            mapping.label.isEmpty()
                ? (metric ? tr("(no metric in the file)") : tr("(no product in the file)"))
                : (metric ? tr("series “%1”") : tr("breakdown “%1”")).arg(mapping.label);
        m_mappings->setItem(int(row), 0, new QTableWidgetItem(label));
        m_mappings->setItem(int(row), 1, new QTableWidgetItem(QString::number(mapping.line)));
        auto *choice = new QComboBox;
        choice->addItem(metric ? tr("— choose a metric —") : tr("— choose a product —"));
        QStringList targets = metric ? m_metricKeys : m_productNames;
        if (!metric && !mapping.target.isEmpty() && !targets.contains(mapping.target))
            targets.prepend(mapping.target); // a new product, by the breakdown's name
        for (const QString &target : std::as_const(targets))
            choice->addItem(metric || m_productNames.contains(target) ? target
                                                                      : tr("%1 (new)").arg(target),
                            target);
        choice->setCurrentIndex(std::max(0, choice->findData(mapping.target)));
        connect(choice, &QComboBox::activated, this, [this, mapping, choice, metric] {
            QHash<QString, QString> &chosen = metric ? m_options.metricFor : m_options.productFor;
            chosen.insert(mapping.label, choice->currentData().toString());
            reread();
        });
        m_mappings->setCellWidget(int(row), 2, choice);
    }
    m_mappingTitle->setVisible(!m_preview.mappings.isEmpty());
    m_mappings->setVisible(!m_preview.mappings.isEmpty());

    // The products the file names that the catalogue does not have yet.
    QStringList names;
    for (const MetricsCsv::NewProduct &product : std::as_const(m_preview.newProducts))
        names << (product.teamName.isEmpty()
                      ? product.name
                      : tr("%1 (team %2)").arg(product.name, product.teamName));
    {
        const QSignalBlocker quiet(m_addProducts);
        m_addProducts->setChecked(m_options.addProducts);
    }
    m_addProducts->setText(
        tr("Add %n new product(s) to the catalogue: %1", nullptr, int(names.size()))
            .arg(names.join(QStringLiteral(", "))));
    m_addProducts->setVisible(!names.isEmpty());

    const QStringList problems = m_preview.problems.lines();
    m_problems->setProblems(problems, tr("%n problem(s): fix the file and import it again. "
                                         "Nothing will be imported.",
                                         nullptr, int(problems.size())));
    m_import->setText(
        tr("Import %n value(s)", nullptr, int(std::min<qint64>(m_preview.valueCount, INT_MAX))));
    // Offered only when it can be done: Cancel alone says that nothing can be imported.
    m_buttons->removeButton(m_import); // which leaves it without a parent
    m_import->setParent(this);
    m_import->hide();
    if (canImport()) {
        m_buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
        m_import->show();
    }
}
