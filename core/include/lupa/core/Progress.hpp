// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <atomic>
#include <string>
#include <string_view>

namespace lupa {

/// Where a long job reports how far it is and learns whether it should stop.
/// Implementations must be safe to call from worker threads.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    /// @param fraction how much of the whole job is done, in [0, 1]
    /// @param stage short text naming what the job is doing now ("reading hits", "epoch 3/10")
    virtual void report(double fraction, std::string_view stage) = 0;
    /// True once the user has asked the job to stop; jobs poll this and return Error::cancelled().
    [[nodiscard]] virtual bool isCancelled() const = 0;
};

/// A sink that ignores reports and is never cancelled, for callers that do not care.
class NullProgress final : public ProgressSink {
public:
    void report(double, std::string_view) override {}
    [[nodiscard]] bool isCancelled() const override { return false; }
    /// A shared instance.
    static NullProgress& instance();
};

/// A thread-safe cancel switch that can be shared between a job and whoever may stop it.
class CancelFlag {
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

/// Maps a sub-task's progress [0, 1] into the range [begin, end] of a parent sink, so that nested
/// stages of a job can each report from 0 to 1. Cancellation is the parent's.
class SubProgress final : public ProgressSink {
public:
    /// @param begin,end the parent's fractions this sub-task covers, 0 <= begin <= end <= 1
    SubProgress(ProgressSink& parent, double begin, double end);
    void report(double fraction, std::string_view stage) override;
    [[nodiscard]] bool isCancelled() const override { return m_parent.isCancelled(); }

private:
    ProgressSink& m_parent;
    double m_begin;
    double m_end;
};

} // namespace lupa
