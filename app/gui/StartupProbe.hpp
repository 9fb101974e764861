// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QWidget;

namespace lupa::app {

/// Measures start-up for `lupa --startup-probe`: waits for the first paint of the main window,
/// prints "startup: first paint after N ms" (N counted from `started`, taken at the top of main)
/// on stdout and quits with exit code 0. docs/benchmarks.md records what it prints.
class StartupProbe : public QObject {
    Q_OBJECT

public:
    /// @param started a timer started as early as possible in main()
    StartupProbe(QWidget* window, QElapsedTimer started, QObject* parent = nullptr);

    /// Milliseconds from `started` to the end of the first paint; -1 before it happened.
    [[nodiscard]] qint64 firstPaintMs() const { return m_firstPaintMs; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reportAndQuit();

    QPointer<QWidget> m_window;
    QElapsedTimer m_started;
    qint64 m_firstPaintMs = -1;
};

} // namespace lupa::app
