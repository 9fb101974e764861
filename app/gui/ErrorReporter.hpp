// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>

namespace lupa::app {

/// Tells the user that something failed. The application shows a message box; tests can record
/// the reports instead.
class ErrorReporter {
public:
    virtual ~ErrorReporter() = default;

    /// @param title short title of the report ("Cannot open file")
    /// @param text what failed and what to do, in words a user understands
    /// @param detail technical detail (file, line, library message), shown on request
    virtual void reportError(const QString& title, const QString& text, const QString& detail) = 0;
};

} // namespace lupa::app
