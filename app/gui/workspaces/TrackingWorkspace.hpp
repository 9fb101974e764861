// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"
#include "tracking/TrackingJobs.hpp"

#include <lupa/widgets/JobManager.hpp>

#include <QPointer>

#include <array>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace lupa::app {

class EpochRelay;
class LossCurvePanel;
class TrackingInputs;
class TrackingMetricsTable;
class TrackingModelPanel;
class TrackingRatePlots;

/// Track reconstruction for physicists: simulate TrackML events (or open a folder of them), reconstruct
/// the chosen event with the classical baseline or a GNN pipeline trained here (live loss curve), and
/// score both the TrackML way: score, efficiency, fake and duplicate rate side by side, efficiency and
/// fake rate versus pT and eta. Every long step is a job (progress, cancel).
class TrackingWorkspace : public Workspace {
    Q_OBJECT

public:
    TrackingWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~TrackingWorkspace() override;

    /// TrackML event files (event…-hits/-truth/-particles/-cells.csv[.gz]) and detectors.csv.
    [[nodiscard]] bool canOpen(const QString& path) const override;
    /// Opens the folder of the file and chooses its event.
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    /// Uses the events of `folder`; chooses `event` (a prefix) when given, else the last one.
    Result<void> openFolder(const QString& folder, const std::string& event = {});
    /// Uses the GNN model file `path` (it is read when the GNN runs).
    Result<void> openModel(const QString& path);

    /// Starts simulating with the Events panel's settings; false (with a message) when it cannot start.
    bool simulate();
    /// Starts the baseline reconstruction of the chosen event.
    bool runBaseline();
    /// Starts training the GNN on the folder's other events with the GNN panel's settings.
    bool train();
    /// Starts the GNN reconstruction of the chosen event.
    bool runGnn();
    /// Asks the running job to stop.
    void cancel();

    [[nodiscard]] TrackingInputs* inputs() const { return m_inputs; }
    [[nodiscard]] TrackingModelPanel* modelPanel() const { return m_modelPanel; }
    [[nodiscard]] LossCurvePanel* lossCurve() const { return m_loss; }
    [[nodiscard]] TrackingMetricsTable* metrics() const { return m_metrics; }
    [[nodiscard]] TrackingRatePlots* efficiencyPlots() const { return m_efficiency; }
    [[nodiscard]] TrackingRatePlots* fakeRatePlots() const { return m_fakeRate; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    /// The model file in use, empty when none.
    [[nodiscard]] QString modelPath() const { return m_modelPath; }
    /// The last reconstruction of the chosen event by `method`, or nullptr.
    [[nodiscard]] std::shared_ptr<const TrackingOutcome> outcome(TrackingMethod method) const;
    /// The last message shown under the buttons (also sent as statusMessage()).
    [[nodiscard]] QString lastMessage() const;

private:
    enum class Job { None, Simulate, Baseline, Train, Gnn };

    QWidget* makeSidebar();
    QTabWidget* makeTabs();
    bool startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                  std::shared_ptr<TrackingJobOutput> output);
    bool canStartJob();
    bool needEvent();
    void onJobProgressed(int id, double fraction, const QString& stage);
    void onJobFinished(int id, bool succeeded, const QString& message);
    void finishJob(Job kind, TrackingJobOutput& output);
    void finishTraining(const TrackingJobOutput& output);
    void showOutcome(std::shared_ptr<const TrackingOutcome> outcome);
    void clearOutcomes();
    void report(const QString& message, bool error = false);
    void updateState();
    void restoreSettings();
    void saveSettings() const;
    void chooseFolder();
    void chooseModel();

    QPointer<widgets::JobManager> m_jobs;
    TrackingInputs* m_inputs;
    TrackingModelPanel* m_modelPanel;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    LossCurvePanel* m_loss;
    TrackingMetricsTable* m_metrics;
    TrackingRatePlots* m_efficiency;
    TrackingRatePlots* m_fakeRate;
    QTabWidget* m_tabs;
    int m_job = 0;
    Job m_jobKind = Job::None;
    QString m_pendingModel;
    std::shared_ptr<TrackingJobOutput> m_pending;
    std::shared_ptr<EpochRelay> m_epochRelay;
    QString m_modelPath;
    std::array<std::shared_ptr<const TrackingOutcome>, 2> m_outcomes;
};

} // namespace lupa::app
