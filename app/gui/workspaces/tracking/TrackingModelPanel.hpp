// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/tracking/GnnTracker.hpp>

#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace lupa::app {

/// The reconstructions of the Tracking workspace: Run Baseline (classical seeding and track following,
/// no model needed), and the GNN pipeline's settings (graph kind, epochs, hidden size, message-passing
/// steps) with Train, Open Model… and Run GNN.
class TrackingModelPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrackingModelPanel(QWidget* parent = nullptr);

    /// The training settings chosen, on top of the core's defaults.
    [[nodiscard]] tracking::GnnTrainConfig trainConfig() const;
    /// Sets the GNN fields; `graph` as tracking::toString() names it (unknown names keep the choice).
    void setSettings(int epochs, int hidden, int steps, const QString& graph);
    [[nodiscard]] int epochs() const;
    [[nodiscard]] int hidden() const;
    [[nodiscard]] int steps() const;
    /// The graph kind's name ("layer_map").
    [[nodiscard]] QString graph() const;

    /// Shows which model is loaded ("none" when `description` is empty).
    void setModelDescription(const QString& description, const QString& toolTip = {});
    /// Enables the buttons: the reconstructions need an event, Run GNN a model, nothing while a job runs.
    void setState(bool running, bool hasEvent, bool hasModel);

Q_SIGNALS:
    void baselineRequested();
    void trainRequested();
    void gnnRequested();
    void openModelRequested();

private:
    QPushButton* m_baseline;
    QComboBox* m_graph;
    QSpinBox* m_epochs;
    QSpinBox* m_hidden;
    QSpinBox* m_steps;
    QLabel* m_model;
    QPushButton* m_train;
    QPushButton* m_open;
    QPushButton* m_run;
};

} // namespace lupa::app
