// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QStringList>

namespace lupa::app {

class ErrorReporter;
class RecentFiles;
class Workspace;
class WorkspaceStack;

/// Opens files in the workspace that reads them: the current workspace when it can, otherwise the
/// first in tab order. Failures are logged with their detail and reported to the user; a file that
/// opened goes to the top of the recent files.
class FileOpener : public QObject {
    Q_OBJECT

public:
    FileOpener(WorkspaceStack* workspaces, RecentFiles* recentFiles, ErrorReporter* reporter,
               QObject* parent = nullptr);

    /// The workspace that would open `path`, or nullptr when none reads it.
    [[nodiscard]] Workspace* workspaceFor(const QString& path) const;

    /// Opens one file and shows its workspace; false (after reporting why) when it failed.
    bool open(const QString& path);
    /// Opens several files, reporting each failure; returns how many opened.
    int openAll(const QStringList& paths);

    /// Name filters for an Open dialog covering every workspace, "All files" last.
    [[nodiscard]] QStringList fileFilters() const;

Q_SIGNALS:
    /// A file opened in `workspace`.
    void opened(lupa::app::Workspace* workspace, const QString& path);

private:
    void fail(const QString& path, const QString& text, const QString& detail);

    WorkspaceStack* m_workspaces;
    RecentFiles* m_recentFiles;
    ErrorReporter* m_reporter;
};

} // namespace lupa::app
