// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DockLayout.hpp"

#include "Settings.hpp"

#include <QMainWindow>

namespace lupa::app {

DockLayout::DockLayout(QMainWindow* window)
    : QObject(window)
    , m_window(window) {}

void DockLayout::captureDefault() {
    m_default = m_window->saveState(kStateVersion);
}

bool DockLayout::restore() {
    const QByteArray geometry = Settings::value(Settings::kWindowGeometry);
    const QByteArray state = Settings::value(Settings::kWindowState);
    const bool geometryRestored = !geometry.isEmpty() && m_window->restoreGeometry(geometry);
    const bool stateRestored = !state.isEmpty() && m_window->restoreState(state, kStateVersion);
    return geometryRestored || stateRestored;
}

void DockLayout::save() const {
    Settings::setValue(Settings::kWindowGeometry, m_window->saveGeometry());
    Settings::setValue(Settings::kWindowState, m_window->saveState(kStateVersion));
}

void DockLayout::reset() {
    if (!m_default.isEmpty())
        m_window->restoreState(m_default, kStateVersion);
}

} // namespace lupa::app
