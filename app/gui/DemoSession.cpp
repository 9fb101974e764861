// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DemoSession.hpp"

#include "workspaces/EventDisplayWorkspace.hpp"
#include "workspaces/WorkspaceStack.hpp"

#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Log.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <chrono>
#include <string>
#include <thread>

namespace lupa::app {

void DemoSession::run(WorkspaceStack* workspaces, widgets::JobManager* jobs) {
    if (auto* display = workspaces->find<EventDisplayWorkspace>()) {
        display->showDemoEvent();
        workspaces->setCurrent(display);
    }
    startDemoJob(jobs);
}

int DemoSession::startDemoJob(widgets::JobManager* jobs, double seconds) {
    constexpr int kSteps = 40;
    const auto step = std::chrono::duration<double>(seconds / kSteps);
    return jobs->start(tr("Demo job"), [step](ProgressSink& progress) -> Result<QString> {
        for (int i = 0; i < kSteps; ++i) {
            if (progress.isCancelled())
                return Error::cancelled();
            progress.report(double(i) / kSteps,
                            "step " + std::to_string(i + 1) + "/" + std::to_string(kSteps));
            std::this_thread::sleep_for(step);
        }
        progress.report(1.0, "done");
        logInfo("The demo job finished");
        return tr("The demo job finished.");
    });
}

} // namespace lupa::app
