// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>

namespace lupa::app {

/// The hit selected in the event display, shared by its views and its details table: whoever selects
/// a hit (a pick in a view, a row of the table) tells this object, and everyone follows its signal.
/// Hits are numbered by their index in the loaded event, from 0; -1 means nothing is selected.
class EventSelection : public QObject {
    Q_OBJECT

public:
    explicit EventSelection(QObject* parent = nullptr);

    /// Sets how many hits the event has and clears the selection (a new event was loaded).
    void reset(int hitCount);
    /// Selects hit `index`; an index outside [0, hitCount) clears the selection.
    void select(int index);
    /// Clears the selection.
    void clear() { select(-1); }

    /// The selected hit, or -1.
    [[nodiscard]] int current() const { return m_current; }
    [[nodiscard]] bool hasSelection() const { return m_current >= 0; }
    [[nodiscard]] int hitCount() const { return m_hitCount; }

Q_SIGNALS:
    /// The selected hit changed to `index` (-1: nothing selected). Not emitted when it stays the same.
    void changed(int index);

private:
    int m_hitCount = 0;
    int m_current = -1;
};

} // namespace lupa::app
