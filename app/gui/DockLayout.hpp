// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QByteArray>
#include <QObject>

class QMainWindow;

namespace lupa::app {

/// Saves and restores the main window's geometry and the arrangement of its docks and toolbars,
/// and returns to the arrangement lupa starts with on request.
class DockLayout : public QObject {
    Q_OBJECT

public:
    /// Version of the saved state; raise it when docks change so that an old layout is ignored.
    static constexpr int kStateVersion = 1;

    explicit DockLayout(QMainWindow* window);

    /// Remembers the current arrangement as the one reset() returns to.
    void captureDefault();
    /// Restores geometry and state from the settings; false when nothing usable was saved.
    bool restore();
    /// Writes geometry and state to the settings.
    void save() const;
    /// Returns the docks and toolbars to the arrangement captured by captureDefault().
    void reset();

private:
    QMainWindow* m_window;
    QByteArray m_default;
};

} // namespace lupa::app
