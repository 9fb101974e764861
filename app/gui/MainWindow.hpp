// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QHash>
#include <QList>
#include <QMainWindow>

#include <memory>

class QDockWidget;

namespace lupa::widgets {
class JobManager;
class LogPanel;
} // namespace lupa::widgets

namespace lupa::app {

struct CommandLineOptions;
class DockLayout;
class ErrorReporter;
class FileActions;
class FileOpener;
class PreferencesAction;
class RecentFiles;
class StatusIndicators;
class Workspace;
class WorkspaceStack;
class WorkspaceSwitcher;

/// lupa's main window: the workspaces in the middle, switched by a tab strip (Ctrl+1, Ctrl+2, ...),
/// the Jobs and Log panels and the workspaces' own docks around them. Menu actions and policies live
/// in their own classes (FileActions, ViewActions, HelpActions, PreferencesAction, DropRouter, ...);
/// this class only puts them together.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    /// @param reporter where errors are reported; nullptr = message boxes on this window
    explicit MainWindow(ErrorReporter* reporter = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Acts on the command line: first workspace, files to open, the demo.
    void applyOptions(const CommandLineOptions& options);
    /// Shows the demo event in the event display and starts the demo job.
    void showDemo();

    [[nodiscard]] WorkspaceStack* workspaces() const { return m_workspaces; }
    [[nodiscard]] FileOpener* fileOpener() const { return m_opener; }
    [[nodiscard]] RecentFiles* recentFiles() const { return m_recentFiles; }
    [[nodiscard]] DockLayout* dockLayout() const { return m_layout; }
    [[nodiscard]] widgets::JobManager* jobs() const { return m_jobs; }
    [[nodiscard]] StatusIndicators* statusIndicators() const { return m_status; }
    [[nodiscard]] PreferencesAction* preferencesAction() const { return m_preferences; }
    /// Every dock: Jobs, Log and the workspaces' docks.
    [[nodiscard]] const QList<QDockWidget*>& docks() const { return m_docks; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QDockWidget* addPanel(QWidget* panel, const QString& title, const QString& objectName,
                          Qt::DockWidgetArea area);
    void createDocks();
    void createMenus();
    void connectWorkspaces();
    void onWorkspaceChanged(Workspace* workspace);

    std::unique_ptr<ErrorReporter> m_ownReporter;
    ErrorReporter* m_reporter;
    widgets::JobManager* m_jobs;
    WorkspaceStack* m_workspaces;
    RecentFiles* m_recentFiles;
    FileOpener* m_opener;
    DockLayout* m_layout;
    WorkspaceSwitcher* m_switcher;
    FileActions* m_fileActions = nullptr;
    PreferencesAction* m_preferences = nullptr;
    StatusIndicators* m_status = nullptr;
    widgets::LogPanel* m_log = nullptr;
    QList<QDockWidget*> m_docks;
    QHash<Workspace*, QList<QDockWidget*>> m_workspaceDocks;
};

} // namespace lupa::app
