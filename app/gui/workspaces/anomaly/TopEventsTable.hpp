// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "AnomalyAnalysis.hpp"

#include <QTableWidget>

namespace lupa::app {

/// The most anomalous events over the background and every signal: rank, sample, event index,
/// score, and the feature that contributes most to the score with its share.
class TopEventsTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { RankColumn, SampleColumn, EventColumn, ScoreColumn, FeatureColumn, ShareColumn };

    explicit TopEventsTable(QWidget* parent = nullptr);

    /// Fills the table from an evaluation (highest score first).
    void showEvaluation(const AnomalyEvaluation& evaluation);
};

} // namespace lupa::app
