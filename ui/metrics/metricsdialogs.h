#pragma once

#include "coverage/coveragetypes.h"
#include "metrics/metricstypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

// Edits one entry of the metric catalogue: its definition, unit, good direction, smoothing
// and benchmark bands with their source.
class MetricDefinitionDialog final : public QDialog
{
    Q_OBJECT

public:
    // keyEditable: false when editing (the key names the series already imported).
    MetricDefinitionDialog(const MetricDefinition &definition, bool keyEditable,
                           const QStringList &takenKeys, QWidget *parent = nullptr);
    MetricDefinition definition() const;

private:
    void validate();

    MetricDefinition m_original;
    QStringList m_takenKeys;
    QLineEdit *m_key;
    QLineEdit *m_name;
    QPlainTextEdit *m_text;
    QComboBox *m_unit;
    QComboBox *m_direction;
    QSpinBox *m_smoothing;
    QCheckBox *m_hasBands;
    QDoubleSpinBox *m_poor;
    QDoubleSpinBox *m_good;
    QDoubleSpinBox *m_great;
    QLineEdit *m_source;
    QDateEdit *m_takenOn;
    QDialogButtonBox *m_buttons;
    QLabel *m_why;
};

// Edits a product: its name, team and product-market fit.
class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    ProductDialog(const Product &product, const QList<Team> &teams, QDate today,
                  QWidget *parent = nullptr);
    Product product() const;

private:
    Product m_original;
    QLineEdit *m_name;
    QComboBox *m_team;
    QCheckBox *m_fit;
    QDateEdit *m_since;
    QDialogButtonBox *m_buttons;
};

// Marks a growth review done, with its notes and a link to the write-up.
class ReviewDialog final : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(const QString &productName, QDate month, const std::optional<GrowthReview> &review,
                 QDate today, QWidget *parent = nullptr);
    bool done() const;
    QDate doneOn() const;
    QString notes() const;
    QString link() const;

private:
    QCheckBox *m_done;
    QDateEdit *m_doneOn;
    QPlainTextEdit *m_notes;
    QLineEdit *m_link;
};
