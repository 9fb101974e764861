// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace lupa::app {

/// Saves a picture of a window once it is shown and the event loop has settled, then quits the
/// application with exit code 0 (saved) or 1 (failed). Used by `lupa --screenshot FILE`.
class ScreenshotTaker : public QObject {
    Q_OBJECT

public:
    /// @param delayMs how long to let the window settle after it is shown [ms]
    ScreenshotTaker(QWidget* window, QString path, int delayMs = 1500, QObject* parent = nullptr);

    /// Starts waiting; call after showing the window.
    void schedule();

    /// Grabs `window` (OpenGL views included) and writes it to `path`; false when writing failed.
    static bool save(QWidget* window, const QString& path);

private:
    void takeAndQuit();

    QPointer<QWidget> m_window;
    QString m_path;
    int m_delayMs;
};

} // namespace lupa::app
