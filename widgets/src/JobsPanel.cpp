// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "JobRow.hpp"

#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/JobsPanel.hpp>

#include <QHBoxLayout>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace lupa::widgets {

JobsPanel::JobsPanel(JobManager* manager, QWidget* parent)
    : QWidget(parent)
    , m_manager(manager)
    , m_rows(new QVBoxLayout) {
    auto* content = new QWidget;
    m_rows->addStretch(1);
    m_rows->setContentsMargins(0, 0, 0, 0);
    content->setLayout(m_rows);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows wrap their text instead
    scroll->setWidget(content);

    auto* clear = new QPushButton(tr("Clear finished"), this);
    clear->setObjectName(QStringLiteral("clearFinished"));
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear);

    auto* layout = new QVBoxLayout(this);
    setMinimumWidth(240);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(clear, &QPushButton::clicked, this, &JobsPanel::clearFinished);
    connect(manager, &JobManager::jobStarted, this, &JobsPanel::addRow);
    connect(manager, &JobManager::jobProgressed, this, [this](int id, double fraction, const QString& stage) {
        if (const auto found = m_rowsById.find(id); found != m_rowsById.end())
            found->second->setProgress(fraction, stage);
    });
    connect(manager, &JobManager::jobFinished, this, [this](int id, bool succeeded, const QString& message) {
        if (const auto found = m_rowsById.find(id); found != m_rowsById.end())
            found->second->setFinished(succeeded, message);
    });
}

void JobsPanel::addRow(int id, const QString& title) {
    auto* row = new JobRow(title);
    row->setObjectName(QStringLiteral("job-%1").arg(id));
    m_rows->insertWidget(m_rows->count() - 1, row); // above the stretch
    m_rowsById.emplace(id, row);
    connect(row, &JobRow::cancelRequested, m_manager, [this, id] { m_manager->cancel(id); });
}

void JobsPanel::clearFinished() {
    for (auto it = m_rowsById.begin(); it != m_rowsById.end();) {
        if (it->second->isFinished()) {
            it->second->hide();
            it->second->deleteLater();
            it = m_rowsById.erase(it);
        } else {
            ++it;
        }
    }
}

QSize JobsPanel::sizeHint() const {
    return {340, 260};
}

int JobsPanel::rowCount() const {
    return static_cast<int>(m_rowsById.size());
}

} // namespace lupa::widgets
