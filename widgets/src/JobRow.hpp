// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lupa::widgets {

/// One job in the JobsPanel: title, progress bar, stage text, Cancel button, then the outcome.
class JobRow : public QFrame {
    Q_OBJECT
public:
    /// A running job called `title`.
    explicit JobRow(const QString& title, QWidget* parent = nullptr);

    /// Shows progress `fraction` [0, 1] and the current stage.
    void setProgress(double fraction, const QString& stage);
    /// Shows the outcome and removes the Cancel button.
    void setFinished(bool succeeded, const QString& message);
    /// True once setFinished() was called.
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /// The user pressed Cancel.
    void cancelRequested();

private:
    QLabel* m_title;
    QProgressBar* m_bar;
    QLabel* m_stage;
    QPushButton* m_cancel;
    bool m_finished = false;
};

} // namespace lupa::widgets
