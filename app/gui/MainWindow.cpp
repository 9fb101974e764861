// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "MainWindow.hpp"

#include "CommandLine.hpp"
#include "DemoSession.hpp"
#include "DockLayout.hpp"
#include "DropRouter.hpp"
#include "FileActions.hpp"
#include "FileOpener.hpp"
#include "HelpActions.hpp"
#include "MessageBoxErrorReporter.hpp"
#include "PreferencesAction.hpp"
#include "RecentFiles.hpp"
#include "Settings.hpp"
#include "StatusIndicators.hpp"
#include "ViewActions.hpp"
#include "workspaces/Workspace.hpp"
#include "workspaces/WorkspaceStack.hpp"
#include "workspaces/WorkspaceSwitcher.hpp"

#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/JobsPanel.hpp>
#include <lupa/widgets/LogPanel.hpp>

#include <QCloseEvent>
#include <QDockWidget>
#include <QMenuBar>
#include <QStatusBar>

namespace lupa::app {
namespace {

constexpr int kStatusMessageMs = 5000;

} // namespace

MainWindow::MainWindow(ErrorReporter* reporter, QWidget* parent)
    : QMainWindow(parent)
    , m_ownReporter(reporter == nullptr ? std::make_unique<MessageBoxErrorReporter>(this) : nullptr)
    , m_reporter(reporter == nullptr ? m_ownReporter.get() : reporter)
    , m_jobs(new widgets::JobManager(this))
    , m_workspaces(new WorkspaceStack(this))
    , m_recentFiles(new RecentFiles(this))
    , m_opener(new FileOpener(m_workspaces, m_recentFiles, m_reporter, this))
    , m_layout(new DockLayout(this)) {
    setObjectName(QStringLiteral("mainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    m_workspaces->populate(WorkspaceContext{m_jobs});
    setCentralWidget(m_workspaces);
    m_switcher = new WorkspaceSwitcher(m_workspaces, this);
    addToolBar(Qt::TopToolBarArea, m_switcher);
    new DropRouter(this, m_opener);

    createDocks();
    createMenus();
    m_status = new StatusIndicators(statusBar(), m_jobs);
    connectWorkspaces();

    if (!m_workspaces->setCurrent(Settings::value(Settings::kCurrentWorkspace)))
        m_workspaces->setCurrent(Settings::kCurrentWorkspace.defaultValue);
    onWorkspaceChanged(m_workspaces->current());
    resize(1280, 800);
    m_layout->captureDefault();
    m_layout->restore();
}

MainWindow::~MainWindow() {
    m_jobs->cancelAll();
    m_jobs->waitForAll(5000);
}

void MainWindow::applyOptions(const CommandLineOptions& options) {
    if (!options.workspace.isEmpty() && !m_workspaces->setCurrent(options.workspace))
        statusBar()->showMessage(tr("There is no workspace \"%1\".").arg(options.workspace),
                                 kStatusMessageMs);
    if (options.demo)
        showDemo();
    m_opener->openAll(options.files);
}

void MainWindow::showDemo() {
    DemoSession::run(m_workspaces, m_jobs);
    statusBar()->showMessage(tr("Showing the demo event"), kStatusMessageMs);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_layout->save();
    if (Workspace* current = m_workspaces->current())
        Settings::setValue(Settings::kCurrentWorkspace, current->id());
    m_jobs->cancelAll();
    QMainWindow::closeEvent(event);
}

QDockWidget* MainWindow::addPanel(QWidget* panel, const QString& title, const QString& objectName,
                                  Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    addDockWidget(area, dock);
    m_docks.append(dock);
    return dock;
}

void MainWindow::createDocks() {
    QDockWidget* jobs = addPanel(new widgets::JobsPanel(m_jobs, this), tr("Jobs"), QStringLiteral("jobsDock"),
                                 Qt::BottomDockWidgetArea);
    m_log = new widgets::LogPanel(this);
    m_log->install();
    QDockWidget* log = addPanel(m_log, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);
    splitDockWidget(jobs, log, Qt::Horizontal);
    resizeDocks({jobs, log}, {150, 150}, Qt::Vertical);
    for (Workspace* workspace : m_workspaces->workspaces()) {
        for (QDockWidget* dock : workspace->docks()) {
            dock->setParent(this);
            addDockWidget(Qt::RightDockWidgetArea, dock);
            m_docks.append(dock);
            m_workspaceDocks[workspace].append(dock);
        }
    }
}

void MainWindow::createMenus() {
    m_fileActions = new FileActions(this, m_opener, m_recentFiles);
    m_fileActions->populate(menuBar()->addMenu(tr("&File")));

    auto* viewActions = new ViewActions(this, m_layout);
    viewActions->populate(menuBar()->addMenu(tr("&View")), m_switcher->workspaceActions(), m_docks);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    QAction* demo = tools->addAction(tr("Show &Demo Event"), this, &MainWindow::showDemo);
    demo->setObjectName(QStringLiteral("demoAction"));
    demo->setStatusTip(tr("Show a simulated event in the event display"));
    tools->addSeparator();
    m_preferences = new PreferencesAction(this);
    tools->addAction(m_preferences);
    connect(m_preferences, &PreferencesAction::applied, this, [this] {
        m_status->refreshThreads();
        statusBar()->showMessage(tr("Preferences applied"), kStatusMessageMs);
    });

    auto* help = new HelpActions(this, m_reporter);
    help->populate(menuBar()->addMenu(tr("&Help")));
}

void MainWindow::connectWorkspaces() {
    for (Workspace* workspace : m_workspaces->workspaces()) {
        connect(workspace, &Workspace::statusMessage, this,
                [this](const QString& message) { statusBar()->showMessage(message, kStatusMessageMs); });
        connect(workspace, &Workspace::openFileRequested, this,
                [this, workspace] { m_fileActions->chooseAndOpen(workspace->fileFilters()); });
    }
    connect(m_workspaces, &WorkspaceStack::currentWorkspaceChanged, this, &MainWindow::onWorkspaceChanged);
}

void MainWindow::onWorkspaceChanged(Workspace* workspace) {
    for (auto it = m_workspaceDocks.cbegin(); it != m_workspaceDocks.cend(); ++it) {
        for (QDockWidget* dock : it.value())
            dock->setVisible(it.key() == workspace);
    }
    setWindowTitle(workspace == nullptr ? QStringLiteral("lupa")
                                        : QStringLiteral("%1 — lupa").arg(workspace->title()));
}

} // namespace lupa::app
