// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "StatusIndicators.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QLabel>
#include <QStatusBar>

namespace lupa::app {

StatusIndicators::StatusIndicators(QStatusBar* bar, widgets::JobManager* jobs)
    : QObject(bar)
    , m_threads(new QLabel(bar))
    , m_jobs(new QLabel(bar)) {
    m_threads->setObjectName(QStringLiteral("threadsIndicator"));
    m_jobs->setObjectName(QStringLiteral("jobsIndicator"));
    for (QLabel* label : {m_jobs, m_threads}) {
        label->setContentsMargins(8, 0, 8, 0);
        bar->addPermanentWidget(label);
    }
    connect(jobs, &widgets::JobManager::jobStarted, this, [this](int id) {
        m_running.insert(id);
        refreshJobs();
    });
    connect(jobs, &widgets::JobManager::jobFinished, this, [this](int id) {
        m_running.remove(id);
        refreshJobs();
    });
    refreshThreads();
    refreshJobs();
}

void StatusIndicators::refreshThreads() {
    m_threads->setText(tr("Threads: %1").arg(threadCount()));
    m_threads->setToolTip(tr("Threads lupa's computations use; change them in the preferences."));
}

void StatusIndicators::refreshJobs() {
    m_jobs->setText(m_running.isEmpty() ? tr("No jobs running")
                                        : tr("Jobs running: %1").arg(m_running.size()));
}

} // namespace lupa::app
