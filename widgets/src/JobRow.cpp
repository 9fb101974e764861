// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "JobRow.hpp"

#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <cmath>

namespace lupa::widgets {
namespace {

constexpr int kBarSteps = 1000; // progress bar resolution: 0.1 %

} // namespace

JobRow::JobRow(const QString& title, QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_bar(new QProgressBar(this))
    , m_stage(new QLabel(tr("Waiting…"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this)) {
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_stage->setWordWrap(true);
    m_stage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_bar->setRange(0, kBarSteps);
    m_bar->setValue(0);
    auto* layout = new QGridLayout(this);
    layout->setColumnStretch(0, 1);
    layout->addWidget(m_title, 0, 0);
    layout->addWidget(m_cancel, 0, 1);
    layout->addWidget(m_bar, 1, 0, 1, 2);
    layout->addWidget(m_stage, 2, 0, 1, 2);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_stage->setText(tr("Cancelling…"));
        Q_EMIT cancelRequested();
    });
}

void JobRow::setProgress(double fraction, const QString& stage) {
    if (m_finished)
        return;
    m_bar->setValue(static_cast<int>(std::lround(fraction * kBarSteps)));
    if (m_cancel->isEnabled())
        m_stage->setText(stage);
}

void JobRow::setFinished(bool succeeded, const QString& message) {
    m_finished = true;
    m_cancel->hide();
    if (succeeded)
        m_bar->setValue(kBarSteps);
    else
        m_bar->hide();
    m_stage->setText(message);
    m_stage->setStyleSheet(succeeded ? QString() : QStringLiteral("color: #b03030;"));
    m_stage->setProperty("succeeded", succeeded);
}

} // namespace lupa::widgets
