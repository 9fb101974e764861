// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventSelection.hpp"

namespace lupa::app {

EventSelection::EventSelection(QObject* parent)
    : QObject(parent) {}

void EventSelection::reset(int hitCount) {
    m_hitCount = hitCount > 0 ? hitCount : 0;
    clear();
}

void EventSelection::select(int index) {
    const int next = index >= 0 && index < m_hitCount ? index : -1;
    if (next == m_current)
        return;
    m_current = next;
    Q_EMIT changed(m_current);
}

} // namespace lupa::app
