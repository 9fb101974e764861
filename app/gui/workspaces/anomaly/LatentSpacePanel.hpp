// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "AnomalyAnalysis.hpp"

#include <QWidget>

#include <memory>

class QComboBox;
class QCustomPlot;
class QSpinBox;

namespace lupa::widgets {
class PlotView;
}

namespace lupa::app {

/// A scatter plot of two latent dimensions of the autoencoder: the background's subsample against
/// one signal's or every signal's.
class LatentSpacePanel : public QWidget {
    Q_OBJECT
public:
    explicit LatentSpacePanel(QWidget* parent = nullptr);

    /// Shows the latent vectors of an evaluation (kept until the next one).
    void showEvaluation(std::shared_ptr<const AnomalyEvaluation> evaluation);
    /// Chooses the dimensions on the axes (0-based).
    void setDimensions(int x, int y);

    [[nodiscard]] QCustomPlot* plot() const;

private:
    void redraw();

    std::shared_ptr<const AnomalyEvaluation> m_evaluation;
    widgets::PlotView* m_view;
    QSpinBox* m_x;
    QSpinBox* m_y;
    QComboBox* m_signal;
};

} // namespace lupa::app
