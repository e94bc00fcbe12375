#include "damagebanner.h"

#include "core/palette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

DamageBanner::DamageBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_restore(new QPushButton)
{
    setObjectName(QStringLiteral("damageBanner"));
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, Palette::current().bannerBackground);
    colours.setColor(QPalette::WindowText, Palette::current().bannerText);
    setPalette(colours);
    setFrameShape(QFrame::StyledPanel);

    auto *icon = new QLabel;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (m_latest)
            emit restoreRequested(*m_latest);
    });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore, 0, Qt::AlignVCenter);
    hide();
}

void DamageBanner::showDamage(const QString &problem, const std::optional<Backup> &latest)
{
    m_latest = latest;
    QString text = tr("<b>This workspace is damaged, and Cadence no longer writes to it:</b> "
                      "nothing you change now is saved.<br>%1")
                       .arg(problem.toHtmlEscaped());
    if (latest) {
        m_restore->setText(
            tr("Restore the backup of %1…")
                .arg(QLocale().toString(latest->takenAt.toLocalTime(), QLocale::ShortFormat)));
        m_restore->show();
    } else {
        text += tr("<br>There is no backup of it to restore.");
        m_restore->hide();
    }
    m_text->setText(text);
    show();
}
