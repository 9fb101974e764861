// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RecentFiles.hpp"

#include "Settings.hpp"

#include <QFileInfo>

namespace lupa::app {
namespace {

QString absolute(const QString& path) {
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

RecentFiles::RecentFiles(QObject* parent)
    : QObject(parent)
    , m_files(Settings::value(Settings::kRecentFiles)) {
    m_files.removeAll(QString());
    while (m_files.size() > kMaximum)
        m_files.removeLast();
}

void RecentFiles::add(const QString& path) {
    const QString file = absolute(path);
    m_files.removeAll(file);
    m_files.prepend(file);
    while (m_files.size() > kMaximum)
        m_files.removeLast();
    store();
}

void RecentFiles::remove(const QString& path) {
    if (m_files.removeAll(absolute(path)) > 0)
        store();
}

void RecentFiles::clear() {
    m_files.clear();
    store();
}

void RecentFiles::store() {
    Settings::setValue(Settings::kRecentFiles, m_files);
    Q_EMIT changed();
}

} // namespace lupa::app
