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

/// The training and validation loss per epoch, drawn live while an autoencoder trains and replaced
/// by the final history when it is done.
class LossCurvePanel : public QWidget {
    Q_OBJECT
public:
    explicit LossCurvePanel(QWidget* parent = nullptr);

    /// Empties the plot for a training of at most `epochs` epochs; returns the run's number, which
    /// that training's addEpoch() calls pass.
    int start(int epochs);
    /// Adds one finished epoch of training `run` (GUI thread). Reports of another run, or arriving
    /// after showHistory() or clear(), are counted but not drawn.
    void addEpoch(int run, const ml::EpochReport& report);
    /// Shows a whole training history (replaces the live points).
    void showHistory(const ml::TrainHistory& history);
    /// Empties the plot and says that the model came from a file.
    void clear(const QString& note);

    [[nodiscard]] QCustomPlot* plot() const;
    /// Epoch reports of the current run received by addEpoch() since start().
    [[nodiscard]] int liveEpochs() const { return m_liveEpochs; }

private:
    void rescale();

    widgets::PlotView* m_view;
    QCPGraph* m_train;
    QCPGraph* m_validation;
    QLabel* m_note;
    int m_epochs = 1;
    int m_liveEpochs = 0;
    int m_run = 0;
    bool m_live = false;
};

} // namespace lupa::app
