// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace lupa::app {

class ErrorReporter;

/// The Help menu: the user guide (F1), About lupa and About Qt.
class HelpActions : public QObject {
    Q_OBJECT

public:
    HelpActions(QWidget* window, ErrorReporter* reporter);

    /// Adds the actions to `menu`.
    void populate(QMenu* menu);

    /// Where the user guide is: installed beside the program or, in a build tree, in the sources;
    /// empty when neither exists.
    [[nodiscard]] static QString userGuidePath();

    /// Shows the About dialog (non-blocking).
    void showAbout();

private:
    void showUserGuide();

    QWidget* m_window;
    ErrorReporter* m_reporter;
    QAction* m_userGuide;
    QAction* m_about;
    QAction* m_aboutQt;
};

} // namespace lupa::app
