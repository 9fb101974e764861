// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PlaceholderPage.hpp"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

QLabel* makeLabel(const QString& text, qreal pointSizeFactor, bool bold, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * pointSizeFactor);
    font.setBold(bold);
    label->setFont(font);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PlaceholderPage::PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                                 QWidget* parent)
    : QWidget(parent)
    , m_features(makeLabel(QString(), 1.0, false, this))
    , m_summary(makeLabel(QString(), 1.0, false, this))
    , m_buttons(new QHBoxLayout) {
    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(QSize(96, 96)));
    iconLabel->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* text = new QVBoxLayout;
    text->setSpacing(12);
    text->addWidget(makeLabel(title, 1.8, true, this));
    text->addWidget(makeLabel(description, 1.1, false, this));
    m_features->setTextFormat(Qt::RichText);
    text->addWidget(m_features);
    m_buttons->setSpacing(6);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addLayout(m_buttons);
    buttonRow->addStretch();
    text->addLayout(buttonRow);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setContentsMargins(10, 8, 10, 8);
    m_summary->setObjectName(QStringLiteral("placeholderSummary"));
    m_summary->hide();
    text->addWidget(m_summary);

    auto* card = new QHBoxLayout;
    card->setSpacing(28);
    card->addWidget(iconLabel, 0, Qt::AlignTop);
    card->addLayout(text, 1);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);
    outer->addStretch(1);
    auto* centred = new QHBoxLayout;
    centred->addStretch(1);
    centred->addLayout(card, 6);
    centred->addStretch(1);
    outer->addLayout(centred);
    outer->addStretch(2);
}

void PlaceholderPage::setPlannedFeatures(const QStringList& features) {
    QString html = QStringLiteral("<p style='margin-bottom:4px'><b>%1</b></p><ul style='margin-top:0'>")
                       .arg(tr("Coming to this workspace:").toHtmlEscaped());
    for (const QString& feature : features)
        html += QStringLiteral("<li>%1</li>").arg(feature.toHtmlEscaped());
    html += QStringLiteral("</ul>");
    m_features->setText(html);
}

QPushButton* PlaceholderPage::addButton(const QString& text) {
    auto* button = new QPushButton(text, this);
    button->setMinimumWidth(180);
    m_buttons->addWidget(button);
    return button;
}

void PlaceholderPage::showSummary(const QString& heading, const QStringList& lines) {
    QString html = QStringLiteral("<b>%1</b>").arg(heading.toHtmlEscaped());
    for (const QString& line : lines)
        html += QStringLiteral("<br>%1").arg(line.toHtmlEscaped());
    m_summary->setText(html);
    m_summary->show();
    m_summaryText = (QStringList{heading} + lines).join(QLatin1Char('\n'));
}

QString PlaceholderPage::summaryText() const {
    return m_summaryText;
}

} // namespace lupa::app
