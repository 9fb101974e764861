// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>

#include <QObject>
#include <QString>

#include <chrono>
#include <mutex>
#include <string>
#include <string_view>

namespace lupa::widgets {

/// A lupa::ProgressSink for the GUI: jobs on worker threads report into it, and the GUI thread
/// receives progressed() as queued signals. Reports are thinned to a few per second, except when the
/// stage changes or the job completes, so that a tight loop cannot flood the event queue.
class QtProgress : public QObject, public lupa::ProgressSink {
    Q_OBJECT
public:
    /// A sink that is not cancelled.
    explicit QtProgress(QObject* parent = nullptr);

    /// Thread-safe; see the class comment.
    /// @param fraction how much is done, in [0, 1]
    /// @param stage what the job is doing now
    void report(double fraction, std::string_view stage) override;
    /// Thread-safe: true once cancel() was called.
    [[nodiscard]] bool isCancelled() const override;
    /// Asks the job to stop; thread-safe.
    void cancel();

Q_SIGNALS:
    /// The job reached `fraction` [0, 1] of its work, now doing `stage`.
    void progressed(double fraction, const QString& stage);

private:
    bool shouldEmit(double fraction, std::string_view stage);

    lupa::CancelFlag m_cancel;
    std::mutex m_mutex;
    std::string m_lastStage;
    double m_lastFraction = -1.0;
    std::chrono::steady_clock::time_point m_lastEmit{};
};

} // namespace lupa::widgets
