#include "metricsdialogs.h"
#include "widgets/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QDoubleSpinBox *thresholdBox()
{
    auto *box = new QDoubleSpinBox;
    box->setRange(-1e12, 1e12);
    box->setDecimals(2);
    return box;
}

} // namespace

MetricDefinitionDialog::MetricDefinitionDialog(const MetricDefinition &definition, bool keyEditable,
                                               const QStringList &takenKeys, QWidget *parent)
    : QDialog(parent)
    , m_original(definition)
    , m_takenKeys(takenKeys)
    , m_key(new QLineEdit(definition.key))
    , m_name(new QLineEdit(definition.name))
    , m_text(new QPlainTextEdit(definition.definition))
    , m_unit(new QComboBox)
    , m_direction(new QComboBox)
    , m_smoothing(new QSpinBox)
    , m_hasBands(new QCheckBox(tr("Benchmark bands")))
    , m_poor(thresholdBox())
    , m_good(thresholdBox())
    , m_great(thresholdBox())
    , m_source(new QLineEdit)
    , m_takenOn(new QDateEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
    , m_why(new QLabel)
{
    setWindowTitle(keyEditable ? tr("New metric") : tr("Edit metric %1").arg(definition.name));
    m_key->setReadOnly(!keyEditable);
    m_key->setPlaceholderText(tr("activation (as in CSV files)"));
    m_text->setPlaceholderText(tr("How exactly it is computed, so that every PM reads it alike."));
    m_text->setMaximumHeight(90);
    m_unit->addItem(tr("Percent"), unitKey(MetricUnit::Percent));
    m_unit->addItem(tr("Count"), unitKey(MetricUnit::Count));
    m_unit->addItem(tr("Currency"), unitKey(MetricUnit::Currency));
    m_unit->addItem(tr("Ratio"), unitKey(MetricUnit::Ratio));
    m_unit->setCurrentIndex(m_unit->findData(unitKey(definition.unit)));
    m_direction->addItem(tr("Higher is better"), directionKey(GoodDirection::Up));
    m_direction->addItem(tr("Lower is better"), directionKey(GoodDirection::Down));
    m_direction->setCurrentIndex(m_direction->findData(directionKey(definition.goodDirection)));
    m_smoothing->setRange(0, 12);
    m_smoothing->setSpecialValueText(tr("None"));
    m_smoothing->setSuffix(tr(" months rolling average"));
    m_smoothing->setValue(definition.smoothingMonths);
    m_hasBands->setChecked(definition.bands.has_value());
    const BenchmarkBands bands = definition.bands.value_or(BenchmarkBands{});
    m_poor->setValue(bands.poor);
    m_good->setValue(bands.good);
    m_great->setValue(bands.great);
    m_source->setText(bands.source);
    m_source->setPlaceholderText(tr("Where the thresholds come from"));
    m_takenOn->setCalendarPopup(true);
    m_takenOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_takenOn->setDate(bands.takenOn.isValid() ? bands.takenOn : QDate::currentDate());

    auto *form = new QFormLayout;
    form->addRow(tr("Key"), m_key);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Definition"), m_text);
    form->addRow(tr("Unit"), m_unit);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Smoothing"), m_smoothing);
    form->addRow(m_hasBands);
    form->addRow(tr("Poor at"), m_poor);
    form->addRow(tr("Good from"), m_good);
    form->addRow(tr("Great from"), m_great);
    form->addRow(tr("Source"), m_source);
    form->addRow(tr("Taken on"), m_takenOn);
    // Why OK is greyed out, said where it is seen rather than only in a tooltip.
    m_why->setObjectName(QStringLiteral("definitionProblem"));
    showAsError(m_why);
    m_why->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_why);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {m_key, m_name, m_source})
        connect(edit, &QLineEdit::textChanged, this, &MetricDefinitionDialog::validate);
    for (QDoubleSpinBox *box : {m_poor, m_good, m_great})
        connect(box, &QDoubleSpinBox::valueChanged, this, &MetricDefinitionDialog::validate);
    connect(m_hasBands, &QCheckBox::toggled, this, &MetricDefinitionDialog::validate);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &MetricDefinitionDialog::validate);
    validate();
}

void MetricDefinitionDialog::validate()
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]+$"));
    const QString key = m_key->text().trimmed();
    QString why;
    if (!keyPattern.match(key).hasMatch())
        why = tr("The key is lower-case letters, digits and _.");
    else if (!m_key->isReadOnly() && m_takenKeys.contains(key))
        why = tr("The catalogue has a metric with that key already.");
    else if (m_name->text().trimmed().isEmpty())
        why = tr("A metric needs a name.");
    else if (m_hasBands->isChecked()) {
        const bool up = m_direction->currentData().toString() == directionKey(GoodDirection::Up);
        const bool ordered =
            up ? m_poor->value() < m_good->value() && m_good->value() <= m_great->value()
               : m_poor->value() > m_good->value() && m_good->value() >= m_great->value();
        if (!ordered)
            why = up ? tr("Higher is better: poor < good ≤ great.")
                     : tr("Lower is better: poor > good ≥ great.");
        else if (m_source->text().trimmed().isEmpty())
            why = tr("Say where the bands come from.");
    }
    for (QWidget *widget : {static_cast<QWidget *>(m_poor), static_cast<QWidget *>(m_good),
                            static_cast<QWidget *>(m_great), static_cast<QWidget *>(m_source),
                            static_cast<QWidget *>(m_takenOn)})
        widget->setEnabled(m_hasBands->isChecked());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(why);
    m_why->setText(why);
    m_why->setVisible(!why.isEmpty());
}

MetricDefinition MetricDefinitionDialog::definition() const
{
    MetricDefinition definition = m_original;
    definition.key = m_key->text().trimmed();
    definition.name = m_name->text().trimmed();
    definition.definition = m_text->toPlainText().trimmed();
    definition.unit = unitFromKey(m_unit->currentData().toString()).value_or(MetricUnit::Count);
    definition.goodDirection =
        directionFromKey(m_direction->currentData().toString()).value_or(GoodDirection::Up);
    definition.smoothingMonths = m_smoothing->value();
    if (m_hasBands->isChecked())
        definition.bands = BenchmarkBands{m_poor->value(), m_good->value(), m_great->value(),
                                          m_source->text().trimmed(), m_takenOn->date()};
    else
        definition.bands.reset();
    return definition;
}

ProductDialog::ProductDialog(const Product &product, const QList<Team> &teams, QDate today,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(product)
    , m_name(new QLineEdit(product.name))
    , m_team(new QComboBox)
    , m_fit(new QCheckBox(tr("Has product-market fit (monthly growth reviews)")))
    , m_since(new QDateEdit)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(product.name.isEmpty() ? tr("New product") : tr("Edit %1").arg(product.name));
    m_team->addItem(tr("(no team)"), QString());
    for (const Team &team : teams)
        m_team->addItem(team.name, team.meta.id);
    m_team->setCurrentIndex(std::max(0, m_team->findData(product.teamId)));
    m_fit->setChecked(product.productMarketFit);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_since->setDate(product.pmfSince.isValid() ? product.pmfSince
                                                : QDate(today.year(), today.month(), 1));
    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Team"), m_team);
    form->addRow(m_fit);
    form->addRow(tr("Reviews from"), m_since);
    setMinimumWidth(440);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto validate = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
        m_since->setEnabled(m_fit->isChecked());
    };
    connect(m_name, &QLineEdit::textChanged, this, validate);
    connect(m_fit, &QCheckBox::toggled, this, validate);
    validate();
}

Product ProductDialog::product() const
{
    Product product = m_original;
    product.name = m_name->text().trimmed();
    product.teamId = m_team->currentData().toString();
    product.productMarketFit = m_fit->isChecked();
    product.pmfSince =
        m_fit->isChecked() ? QDate(m_since->date().year(), m_since->date().month(), 1) : QDate();
    return product;
}

ReviewDialog::ReviewDialog(const QString &productName, QDate month,
                           const std::optional<GrowthReview> &review, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_done(new QCheckBox(tr("Done")))
    , m_doneOn(new QDateEdit)
    , m_notes(new QPlainTextEdit)
    , m_link(new QLineEdit)
{
    setWindowTitle(
        tr("Growth review: %1, %2").arg(productName, month.toString(QStringLiteral("MMMM yyyy"))));
    m_done->setChecked(!review || review->isDone());
    m_doneOn->setCalendarPopup(true);
    m_doneOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_doneOn->setDate(review && review->isDone() ? review->doneOn : today);
    m_notes->setPlainText(review ? review->notes : QString());
    m_notes->setPlaceholderText(tr("What the metrics said and what the team will do about it."));
    m_link->setText(review ? review->link : QString());
    m_link->setPlaceholderText(tr("https://… (the write-up or pull request)"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout;
    form->addRow(m_done, m_doneOn);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(tr("Link"), m_link);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_done, &QCheckBox::toggled, m_doneOn, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ReviewDialog::done() const
{
    return m_done->isChecked();
}

QDate ReviewDialog::doneOn() const
{
    return m_done->isChecked() ? m_doneOn->date() : QDate();
}

QString ReviewDialog::notes() const
{
    return m_notes->toPlainText().trimmed();
}

QString ReviewDialog::link() const
{
    return m_link->text().trimmed();
}
