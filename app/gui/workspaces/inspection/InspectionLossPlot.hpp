// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/ml/Trainer.hpp>

#include <QWidget>

class QCPGraph;
class QCustomPlot;
class QLabel;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// The autoencoder's training and validation loss per epoch while "Train Model…" runs (log scale).
class InspectionLossPlot : public QWidget {
    Q_OBJECT
public:
    explicit InspectionLossPlot(QWidget* parent = nullptr);

    /// Empties the plot for a training of at most `epochs` epochs; returns the run's number, which that
    /// training's addEpoch() calls pass.
    int start(int epochs);
    /// Adds one finished epoch of training `run` (GUI thread); reports of an older run are ignored.
    void addEpoch(int run, const ml::EpochReport& report);
    /// Ends the live curve with a note ("model saved to …", "training stopped: …").
    void finish(const QString& note);

    [[nodiscard]] QCustomPlot* plot() const;
    /// Epochs drawn for the current run.
    [[nodiscard]] int epochsShown() const { return m_epochsShown; }

private:
    void rescale();

    widgets::PlotView* m_view;
    QCPGraph* m_train;
    QCPGraph* m_validation;
    QLabel* m_note;
    int m_epochs = 1;
    int m_epochsShown = 0;
    int m_run = 0;
};

} // namespace lupa::app
