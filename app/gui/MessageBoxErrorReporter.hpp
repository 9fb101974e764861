// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "ErrorReporter.hpp"

#include <QPointer>
#include <QWidget>

namespace lupa::app {

/// Reports errors in a window-modal message box that does not block the caller (QMessageBox::open),
/// so that drops and events finish before the user reads the message.
class MessageBoxErrorReporter final : public ErrorReporter {
public:
    /// Object name of the message boxes it shows, for tests that look for them.
    static constexpr const char* kObjectName = "lupaErrorMessage";

    /// @param parent the window the message boxes belong to
    explicit MessageBoxErrorReporter(QWidget* parent);

    void reportError(const QString& title, const QString& text, const QString& detail) override;

private:
    QPointer<QWidget> m_parent;
};

} // namespace lupa::app
