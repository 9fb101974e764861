// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QSet>

class QLabel;
class QStatusBar;

namespace lupa::widgets {
class JobManager;
}

namespace lupa::app {

/// The permanent part of the status bar: how many threads parallel work uses and how many jobs run.
class StatusIndicators : public QObject {
    Q_OBJECT

public:
    StatusIndicators(QStatusBar* bar, widgets::JobManager* jobs);

    /// Shows the thread count again, after the preferences changed.
    void refreshThreads();

    /// Number of jobs running now.
    [[nodiscard]] int runningJobs() const { return static_cast<int>(m_running.size()); }

    [[nodiscard]] QLabel* threadsLabel() const { return m_threads; }
    [[nodiscard]] QLabel* jobsLabel() const { return m_jobs; }

private:
    void refreshJobs();

    QLabel* m_threads;
    QLabel* m_jobs;
    QSet<int> m_running;
};

} // namespace lupa::app
