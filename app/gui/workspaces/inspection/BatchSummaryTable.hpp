// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "InspectionJobs.hpp"

#include <QTableWidget>

#include <vector>

namespace lupa::app {

/// The session summary of "Inspect Folder…": one row per image with its verdict (coloured) and number of
/// defects, or why it could not be inspected. Activating a row (click, Enter) asks to open that result.
class BatchSummaryTable : public QTableWidget {
    Q_OBJECT
public:
    explicit BatchSummaryTable(QWidget* parent = nullptr);

    /// Replaces the rows.
    void showSession(const std::vector<BatchEntry>& entries);
    /// The image of `row` ("" out of range).
    [[nodiscard]] QString imageAt(int row) const;

Q_SIGNALS:
    /// The operator picked the result of `imagePath`.
    void resultRequested(const QString& imagePath);
};

} // namespace lupa::app
