// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EarlierStageBar.hpp"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QSignalBlocker>
#include <QToolButton>

namespace lupa::app {
namespace {

/// "reception, 2026-11-30, PASS": the stage, the day it was inspected and its verdict.
QString itemText(const EarlierInspection& inspection) {
    return EarlierStageBar::tr("%1, %2, %3")
        .arg(QString::fromStdString(inspection.stage),
             QString::fromStdString(inspection.timeUtc.substr(0, 10)),
             QString::fromStdString(inspection.verdict));
}

} // namespace

EarlierStageBar::EarlierStageBar(QWidget* parent)
    : QWidget(parent)
    , m_compare(new QToolButton(this))
    , m_stages(new QComboBox(this)) {
    m_compare->setText(tr("Compare with Earlier Stage"));
    m_compare->setCheckable(true);
    m_compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_compare->setToolTip(tr("Compare the image with the same module at an earlier production stage, as "
                             "the QC database recorded it, instead of the reference (Ctrl+E)"));
    m_stages->setPlaceholderText(tr("no earlier stage"));
    m_stages->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 2);
    row->addWidget(m_compare);
    row->addWidget(m_stages);
    connect(m_compare, &QToolButton::toggled, this, &EarlierStageBar::onToggled);
    connect(m_stages, &QComboBox::currentIndexChanged, this, &EarlierStageBar::onStageChosen);
    setInspections({}, QString());
}

void EarlierStageBar::setInspections(const std::vector<EarlierInspection>& inspections,
                                     const QString& whyNone) {
    const QString chosen = currentStage();
    {
        const QSignalBlocker blocker(m_stages);
        m_stages->clear();
        for (const auto& inspection : inspections)
            m_stages->addItem(itemText(inspection), QString::fromStdString(inspection.stage));
        const int kept = m_stages->findData(chosen);
        m_stages->setCurrentIndex(kept >= 0 ? kept : m_stages->count() - 1); // else the latest stage
    }
    const bool any = !inspections.empty();
    setEnabled(any);
    m_stages->setToolTip(any ? tr("The earlier stages of this module in the QC database") : whyNone);
    if (!any)
        setComparing(false);
}

QString EarlierStageBar::currentStage() const {
    return m_stages->currentData().toString();
}

bool EarlierStageBar::setCurrentStage(const QString& stage) {
    const int index = m_stages->findData(stage);
    if (index < 0)
        return false;
    const QSignalBlocker blocker(m_stages);
    m_stages->setCurrentIndex(index);
    return true;
}

void EarlierStageBar::setComparing(bool comparing) {
    const QSignalBlocker blocker(m_compare);
    m_compare->setChecked(comparing);
}

bool EarlierStageBar::isComparing() const {
    return m_compare->isChecked();
}

void EarlierStageBar::onToggled(bool comparing) {
    if (comparing)
        Q_EMIT compareRequested(currentStage());
    else
        Q_EMIT referenceRequested();
}

void EarlierStageBar::onStageChosen() {
    if (isComparing())
        Q_EMIT compareRequested(currentStage());
}

} // namespace lupa::app
