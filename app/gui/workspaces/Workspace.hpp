// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <QIcon>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QDockWidget;

namespace lupa::app {

/// One capability of lupa (inspection, event display, ...) as a page of the main window. A workspace
/// says which files it reads and may bring dock widgets, shown while it is the current workspace.
class Workspace : public QWidget {
    Q_OBJECT

public:
    /// @param id stable identifier used in settings and on the command line ("event-display")
    /// @param title name shown to the user, translated
    Workspace(QString id, QString title, QIcon icon, QWidget* parent = nullptr);

    [[nodiscard]] const QString& id() const { return m_id; }
    [[nodiscard]] const QString& title() const { return m_title; }
    [[nodiscard]] const QIcon& icon() const { return m_icon; }

    /// Whether this workspace reads the file at `path`, judged from its name and, where that is cheap,
    /// its first bytes. open() may still fail when the content is corrupt.
    [[nodiscard]] virtual bool canOpen(const QString& path) const = 0;

    /// Opens the file; the error says why it could not (BadInput names the file and line or record).
    virtual Result<void> open(const QString& path) = 0;

    /// Name filters for the Open dialog, e.g. "Images (*.png *.tif)".
    [[nodiscard]] virtual QStringList fileFilters() const = 0;

    /// Dock widgets this workspace adds to the main window, each with a unique objectName.
    /// The main window takes them over; they are shown while this workspace is current.
    [[nodiscard]] virtual QList<QDockWidget*> docks() { return {}; }

Q_SIGNALS:
    /// A short message for the status bar.
    void statusMessage(const QString& message);
    /// The user asked, from inside the workspace, to choose a file to open.
    void openFileRequested();

private:
    QString m_id;
    QString m_title;
    QIcon m_icon;
};

} // namespace lupa::app
