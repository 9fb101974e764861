// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QCoreApplication>

namespace lupa::widgets {
class JobManager;
}

namespace lupa::app {

class WorkspaceStack;

/// The demo that `lupa --demo` and Tools > Show Demo Event start: the core's demo event in the event
/// display and a short job in the Jobs panel.
class DemoSession {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::DemoSession)

public:
    /// Shows the demo event in the event display, makes it the current workspace and starts the demo job.
    static void run(WorkspaceStack* workspaces, widgets::JobManager* jobs);

    /// Starts a job that works for `seconds`, reporting its progress, and stops early when cancelled.
    /// @return the job's id
    static int startDemoJob(widgets::JobManager* jobs, double seconds = 2.0);
};

} // namespace lupa::app
