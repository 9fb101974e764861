// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QStringList>

namespace lupa::app {

/// The files opened lately, most recent first, kept in the settings.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    /// How many files the list remembers.
    static constexpr int kMaximum = 10;

    /// Reads the list from the settings.
    explicit RecentFiles(QObject* parent = nullptr);

    /// Absolute paths, most recent first.
    [[nodiscard]] const QStringList& files() const { return m_files; }

    /// Puts `path` (made absolute) at the top, dropping older duplicates and the oldest beyond kMaximum.
    void add(const QString& path);
    /// Removes `path`, e.g. after it failed to open.
    void remove(const QString& path);
    /// Forgets every file.
    void clear();

Q_SIGNALS:
    /// The list changed.
    void changed();

private:
    void store();

    QStringList m_files;
};

} // namespace lupa::app
