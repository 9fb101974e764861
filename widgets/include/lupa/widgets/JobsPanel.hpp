// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QWidget>

#include <map>

class QVBoxLayout;

namespace lupa::widgets {

class JobManager;
class JobRow;

/// The list of a JobManager's jobs: per job its title, a progress bar, the current stage, a Cancel
/// button while it runs and its result or error once it ends; "Clear finished" removes ended jobs.
class JobsPanel : public QWidget {
    Q_OBJECT
public:
    /// Shows the jobs of `manager`, which must outlive the panel.
    explicit JobsPanel(JobManager* manager, QWidget* parent = nullptr);

    /// Removes the rows of jobs that have ended.
    void clearFinished();
    /// Rows shown (running and ended jobs).
    [[nodiscard]] int rowCount() const;
    /// Wide enough for a title, a progress bar and a Cancel button side by side.
    [[nodiscard]] QSize sizeHint() const override;

private:
    void addRow(int id, const QString& title);

    JobManager* m_manager;
    QVBoxLayout* m_rows;
    std::map<int, JobRow*> m_rowsById;
};

} // namespace lupa::widgets
