// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>

#include <QObject>
#include <QString>
#include <QThreadPool>

#include <functional>
#include <map>

namespace lupa::widgets {

class QtProgress;

/// Runs long jobs on worker threads, one QtProgress each, and reports their life as signals in the
/// GUI thread. Use it from the GUI thread; destroying it cancels and waits for every job.
class JobManager : public QObject {
    Q_OBJECT
public:
    /// The job itself: runs on a worker thread, reports into and polls the sink, and returns a short
    /// human summary of its result ("wrote 1200 tracks to out.csv") or an error.
    using Work = std::function<lupa::Result<QString>(lupa::ProgressSink&)>;

    explicit JobManager(QObject* parent = nullptr);
    ~JobManager() override;

    /// Starts `work` on the pool and returns the job's id (ids count up from 1).
    int start(const QString& title, Work work);
    /// Asks job `jobId` to stop; it finishes with the message "Cancelled" once it notices.
    void cancel(int jobId);
    /// Asks every running job to stop.
    void cancelAll();
    /// Waits until every job has finished and its signals were delivered, or `timeoutMs` passed [ms];
    /// true when none is left running. For tests and shutdown.
    bool waitForAll(int timeoutMs);
    /// Jobs started and not yet finished.
    [[nodiscard]] int runningCount() const;

Q_SIGNALS:
    /// Job `id` was started.
    void jobStarted(int id, const QString& title);
    /// Job `id` reached `fraction` [0, 1] of its work, now doing `stage`.
    void jobProgressed(int id, double fraction, const QString& stage);
    /// Job `id` ended: message is its result summary, its error description, or "Cancelled".
    void jobFinished(int id, bool succeeded, const QString& message);

private:
    void run(int id, const Work& work, QtProgress* progress);
    void finish(int id, bool succeeded, const QString& message);

    QThreadPool m_pool;
    std::map<int, QtProgress*> m_running;
    int m_nextId = 1;
};

} // namespace lupa::widgets
