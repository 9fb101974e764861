// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "VerdictPanel.hpp"

#include "DefectPresentation.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

const QString kNoVerdict = QStringLiteral("—");

} // namespace

VerdictPanel::VerdictPanel(QWidget* parent)
    : QWidget(parent)
    , m_verdict(new QLabel(kNoVerdict, this))
    , m_reasons(new QListWidget(this))
    , m_override(new QComboBox(this))
    , m_comment(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save Record"), this))
    , m_export(new QPushButton(tr("Export ITk JSON…"), this))
    , m_report(new QPushButton(tr("Report…"), this)) {
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 2.6);
    big.setBold(true);
    m_verdict->setFont(big);
    m_verdict->setAlignment(Qt::AlignCenter);
    m_verdict->setMinimumHeight(m_verdict->fontMetrics().height() + 16);
    m_reasons->setMaximumHeight(90);
    m_reasons->setWordWrap(true);
    m_override->addItem(tr("keep the pipeline's verdict"), QString());
    for (const char* verdict : {"PASS", "FAIL", "REVIEW"})
        m_override->addItem(QString::fromLatin1(verdict), QString::fromLatin1(verdict));
    m_override->setToolTip(
        tr("The verdict you give: the same as the pipeline's confirms it, another overrules it"));
    m_comment->setPlaceholderText(tr("comment for the record"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    m_save->setToolTip(tr("Save the inspection with your decisions to the QC database (Ctrl+S)"));
    m_export->setToolTip(tr("Write the record as an ITk production database VISUAL_INSPECTION test run"));
    m_report->setToolTip(
        tr("Write a PDF report: module, verdict, the image with the defects, the defect table"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Your verdict:"), m_override);
    form->addRow(tr("Co&mment:"), m_comment);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_export);
    buttons->addWidget(m_report);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verdict);
    layout->addWidget(m_reasons);
    layout->addLayout(form);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &VerdictPanel::saveRequested);
    connect(m_export, &QPushButton::clicked, this, &VerdictPanel::exportRequested);
    connect(m_report, &QPushButton::clicked, this, &VerdictPanel::reportRequested);
    clear();
}

void VerdictPanel::showVerdict(const vision::VerdictResult& verdict) {
    m_verdict->setText(QString::fromLatin1(vision::toString(verdict.verdict)));
    m_verdict->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: 6px;")
                                 .arg(verdictColour(verdict.verdict).name()));
    m_reasons->clear();
    for (const auto& reason : verdict.reasons)
        m_reasons->addItem(QString::fromStdString(reason));
}

void VerdictPanel::clear() {
    m_verdict->setText(kNoVerdict);
    m_verdict->setStyleSheet(QString());
    m_reasons->clear();
    m_override->setCurrentIndex(0);
    m_comment->clear();
    setActionsEnabled(false);
}

QString VerdictPanel::verdictOverride() const {
    return m_override->currentData().toString();
}

void VerdictPanel::setVerdictOverride(const QString& verdict) {
    const int index = m_override->findData(verdict);
    m_override->setCurrentIndex(index < 0 ? 0 : index);
}

QString VerdictPanel::comment() const {
    return m_comment->text();
}

void VerdictPanel::setComment(const QString& comment) {
    m_comment->setText(comment);
}

QString VerdictPanel::verdictText() const {
    return m_verdict->text();
}

void VerdictPanel::setActionsEnabled(bool enabled) {
    m_save->setEnabled(enabled);
    m_export->setEnabled(enabled);
    m_report->setEnabled(enabled);
}

} // namespace lupa::app
