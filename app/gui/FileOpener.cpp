// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "FileOpener.hpp"

#include "ErrorReporter.hpp"
#include "RecentFiles.hpp"
#include "workspaces/FileKinds.hpp"
#include "workspaces/Workspace.hpp"
#include "workspaces/WorkspaceStack.hpp"

#include <lupa/core/Log.hpp>

#include <QDir>
#include <QFileInfo>

#include <exception>

namespace lupa::app {

FileOpener::FileOpener(WorkspaceStack* workspaces, RecentFiles* recentFiles, ErrorReporter* reporter,
                       QObject* parent)
    : QObject(parent)
    , m_workspaces(workspaces)
    , m_recentFiles(recentFiles)
    , m_reporter(reporter) {}

Workspace* FileOpener::workspaceFor(const QString& path) const {
    Workspace* current = m_workspaces->current();
    if (current != nullptr && current->canOpen(path))
        return current;
    for (Workspace* workspace : m_workspaces->workspaces()) {
        if (workspace->canOpen(path))
            return workspace;
    }
    return nullptr;
}

bool FileOpener::open(const QString& path) {
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.isFile() || !info.isReadable()) {
        fail(path, tr("The file %1 does not exist or cannot be read.").arg(name),
             tr("No such readable file."));
        return false;
    }
    Workspace* workspace = workspaceFor(info.absoluteFilePath());
    if (workspace == nullptr) {
        fail(path,
             tr("lupa does not know how to open %1. It reads TrackML CSV files, Phoenix JSON events, "
                "CaloChallenge and ADC2021 HDF5 files and module images.")
                 .arg(name),
             tr("No workspace reads files like this one."));
        return false;
    }
    Result<void> result = Error::runtime("not opened");
    try {
        result = workspace->open(info.absoluteFilePath());
    } catch (const std::exception& exception) {
        // A reader that throws must not take the application down with it.
        result = Error::runtime(exception.what());
    }
    if (!result) {
        fail(path,
             tr("%1 could not be opened in %2: %3")
                 .arg(name, workspace->title(), QString::fromStdString(result.error().message)),
             files::describe(result.error()));
        return false;
    }
    m_workspaces->setCurrent(workspace);
    m_recentFiles->add(info.absoluteFilePath());
    logInfo("Opened " + info.absoluteFilePath().toStdString() + " in " + workspace->id().toStdString());
    Q_EMIT opened(workspace, info.absoluteFilePath());
    return true;
}

int FileOpener::openAll(const QStringList& paths) {
    int opened = 0;
    for (const QString& path : paths)
        opened += open(path) ? 1 : 0;
    return opened;
}

QStringList FileOpener::fileFilters() const {
    QStringList filters;
    for (Workspace* workspace : m_workspaces->workspaces())
        filters.append(workspace->fileFilters());
    filters.removeDuplicates();
    filters.append(tr("All files (*)"));
    return filters;
}

void FileOpener::fail(const QString& path, const QString& text, const QString& detail) {
    logError("Cannot open " + path.toStdString() + ": " + detail.toStdString());
    m_recentFiles->remove(path);
    m_reporter->reportError(tr("Cannot Open File"), text, detail);
}

} // namespace lupa::app
