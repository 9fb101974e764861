// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ScreenshotTaker.hpp"

#include <lupa/core/Log.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <utility>

namespace lupa::app {

ScreenshotTaker::ScreenshotTaker(QWidget* window, QString path, int delayMs, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_delayMs(delayMs) {}

void ScreenshotTaker::schedule() {
    QTimer::singleShot(m_delayMs, this, &ScreenshotTaker::takeAndQuit);
}

bool ScreenshotTaker::save(QWidget* window, const QString& path) {
    const QFileInfo target(path);
    if (!QDir().mkpath(target.absolutePath()))
        return false;
    // QWidget::grab renders every child, OpenGL widgets included, without needing a window manager.
    const QPixmap picture = window->grab();
    return !picture.isNull() && picture.save(target.absoluteFilePath());
}

void ScreenshotTaker::takeAndQuit() {
    const bool saved = m_window != nullptr && save(m_window, m_path);
    if (saved)
        logInfo("Saved a screenshot to " + m_path.toStdString());
    else
        logError("Could not save a screenshot to " + m_path.toStdString());
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace lupa::app
