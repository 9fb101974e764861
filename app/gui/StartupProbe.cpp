// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "StartupProbe.hpp"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace lupa::app {

StartupProbe::StartupProbe(QWidget* window, QElapsedTimer started, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_started(started) {
    if (m_window != nullptr)
        m_window->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && m_firstPaintMs < 0) {
        // Report once the paint event has been handled: queue behind it.
        QTimer::singleShot(0, this, &StartupProbe::reportAndQuit);
        m_firstPaintMs = 0; // marks "seen"; the real value is taken in reportAndQuit
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportAndQuit() {
    m_firstPaintMs = m_started.elapsed();
    std::printf("startup: first paint after %lld ms\n", static_cast<long long>(m_firstPaintMs));
    std::fflush(stdout);
    QCoreApplication::exit(0);
}

} // namespace lupa::app
