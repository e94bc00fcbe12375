#include "panetoolbar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

PaneToolbar::PaneToolbar(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_top(new QHBoxLayout)
    , m_bottom(new QHBoxLayout)
    , m_title(new QLabel(title, this))
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(m_top);
    rows->addLayout(m_bottom);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    m_title->setFont(font);
    m_top->addWidget(m_title);
}
