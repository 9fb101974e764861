// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::widgets {
class JobManager;
}

namespace lupa::app {

/// What the main window shares with every workspace it creates.
struct WorkspaceContext {
    widgets::JobManager* jobs = nullptr; ///< runs long work off the GUI thread, shown in the Jobs panel
};

} // namespace lupa::app
