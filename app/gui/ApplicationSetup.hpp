// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

namespace lupa::app {

/// Sets the names the application is known by (organisation, application, version, desktop file id),
/// which also decide where QSettings keeps lupa's settings. Call right after creating the application.
void setApplicationIdentity();

/// Sets the window icon from the resources; needs a QGuiApplication.
void setApplicationIcon();

} // namespace lupa::app
