// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/QtProgress.hpp>

#include <algorithm>

namespace lupa::widgets {
namespace {

constexpr auto kMinimumInterval = std::chrono::milliseconds(40); // at most ~25 updates per second

} // namespace

QtProgress::QtProgress(QObject* parent)
    : QObject(parent) {}

bool QtProgress::shouldEmit(double fraction, std::string_view stage) {
    std::lock_guard lock(m_mutex);
    const auto now = std::chrono::steady_clock::now();
    const bool stageChanged = stage != m_lastStage;
    const bool finished = fraction >= 1.0 && m_lastFraction < 1.0;
    if (!stageChanged && !finished && now - m_lastEmit < kMinimumInterval)
        return false;
    m_lastEmit = now;
    m_lastFraction = fraction;
    if (stageChanged)
        m_lastStage = stage;
    return true;
}

void QtProgress::report(double fraction, std::string_view stage) {
    fraction = std::clamp(fraction, 0.0, 1.0);
    if (shouldEmit(fraction, stage))
        Q_EMIT progressed(fraction, QString::fromUtf8(stage.data(), static_cast<qsizetype>(stage.size())));
}

bool QtProgress::isCancelled() const {
    return m_cancel.isCancelled();
}

void QtProgress::cancel() {
    m_cancel.cancel();
}

} // namespace lupa::widgets
