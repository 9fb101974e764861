// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Log.hpp>
#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/QtProgress.hpp>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMetaObject>

#include <exception>

namespace lupa::widgets {

JobManager::JobManager(QObject* parent)
    : QObject(parent) {}

JobManager::~JobManager() {
    cancelAll();
    m_pool.waitForDone();
}

int JobManager::start(const QString& title, Work work) {
    const int id = m_nextId++;
    auto* progress = new QtProgress(this);
    connect(progress, &QtProgress::progressed, this,
            [this, id](double fraction, const QString& stage) { Q_EMIT jobProgressed(id, fraction, stage); });
    m_running.emplace(id, progress);
    Q_EMIT jobStarted(id, title);
    m_pool.start([this, id, progress, work = std::move(work)] { run(id, work, progress); });
    return id;
}

// Runs on a worker thread; hands the outcome to the GUI thread.
void JobManager::run(int id, const Work& work, QtProgress* progress) {
    bool succeeded = false;
    QString message;
    try {
        auto result = work(*progress);
        succeeded = result.ok();
        if (succeeded)
            message = std::move(result).value();
        else if (result.error().kind == lupa::ErrorKind::Cancelled)
            message = tr("Cancelled");
        else
            message = QString::fromStdString(result.error().describe());
    } catch (const std::exception& error) {
        message = tr("Failed: %1").arg(QString::fromUtf8(error.what()));
    }
    if (!succeeded && progress->isCancelled())
        message = tr("Cancelled");
    QMetaObject::invokeMethod(
        this, [this, id, succeeded, message] { finish(id, succeeded, message); }, Qt::QueuedConnection);
}

void JobManager::finish(int id, bool succeeded, const QString& message) {
    const auto found = m_running.find(id);
    if (found == m_running.end())
        return;
    found->second->deleteLater();
    m_running.erase(found);
    lupa::log(succeeded ? lupa::LogLevel::Info : lupa::LogLevel::Warning,
              QStringLiteral("job %1: %2").arg(id).arg(message).toStdString());
    Q_EMIT jobFinished(id, succeeded, message);
}

void JobManager::cancel(int jobId) {
    const auto found = m_running.find(jobId);
    if (found != m_running.end())
        found->second->cancel();
}

void JobManager::cancelAll() {
    for (const auto& [id, progress] : m_running)
        progress->cancel();
}

bool JobManager::waitForAll(int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    if (!m_pool.waitForDone(static_cast<int>(deadline.remainingTime())))
        return false;
    // The workers are done; deliver their queued progress and finish calls.
    while (!m_running.empty() && !deadline.hasExpired())
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    return m_running.empty();
}

int JobManager::runningCount() const {
    return static_cast<int>(m_running.size());
}

} // namespace lupa::widgets
