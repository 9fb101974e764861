// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"
#include "anomaly/AnomalyAnalysis.hpp"

#include <lupa/widgets/JobManager.hpp>

#include <QPointer>

#include <memory>
#include <string>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace lupa::app {

class AnomalyInputs;
class EpochRelay;
class FixedPointPanel;
class LatentSpacePanel;
class LossCurvePanel;
class RocPanel;
class ScoreHistogramPanel;
class TopEventsTable;
class TrainingPanel;
struct AnomalyJobOutput;

/// Event-level anomaly detection for trigger developers: a background sample and signal samples
/// (opened, dropped or simulated), an autoencoder trained on the background (live loss curves) or
/// opened from a model file, and its evaluation: ROC curves with the trigger rate, AUC and TPR at
/// FPR 1e-3 ... 1e-5 per signal, score distributions, the most anomalous events, the latent space,
/// and float versus fixed-point inference. Every long step is a job (progress, cancel).
class AnomalyWorkspace : public Workspace {
    Q_OBJECT

public:
    AnomalyWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~AnomalyWorkspace() override;

    /// HDF5 files with a "Particles" dataset (the ADC2021 layout) and lupa anomaly models (.lupa).
    [[nodiscard]] bool canOpen(const QString& path) const override;
    /// Adds an event file (the first becomes the background, later ones signals) or loads a model.
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    /// Starts writing the demo samples into `folder` as a job; when it is done they replace the inputs.
    bool simulateDemo(const QString& folder, int backgroundEvents = 50000, int signalEvents = 10000);
    /// Starts training on the background with the Model panel's settings; false (with a message) when
    /// it cannot start.
    bool train();
    /// Starts scoring and evaluating every signal with the current model.
    bool evaluate();
    /// Starts the float-versus-fixed-point comparison with the Fixed Point panel's formats.
    bool compareFixedPoint();
    /// Asks the running job to stop.
    void cancel();
    /// Loads an anomaly model file (no libtorch needed).
    Result<void> openModel(const QString& path);
    /// Writes the current model file to `path` atomically.
    Result<void> saveModel(const QString& path);

    /// Where "Simulate Demo Samples" writes: a folder in the application's data location.
    [[nodiscard]] static QString defaultDemoFolder();

    [[nodiscard]] AnomalyInputs* inputs() const { return m_inputs; }
    [[nodiscard]] TrainingPanel* training() const { return m_training; }
    [[nodiscard]] LossCurvePanel* lossCurve() const { return m_loss; }
    [[nodiscard]] RocPanel* roc() const { return m_roc; }
    [[nodiscard]] ScoreHistogramPanel* histograms() const { return m_histograms; }
    [[nodiscard]] TopEventsTable* topEvents() const { return m_topEvents; }
    [[nodiscard]] LatentSpacePanel* latentSpace() const { return m_latent; }
    [[nodiscard]] FixedPointPanel* fixedPoint() const { return m_fixed; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    /// The model in use, or nullptr.
    [[nodiscard]] std::shared_ptr<const ml::DenseModel> model() const { return m_model; }
    /// The last finished evaluation, or nullptr.
    [[nodiscard]] std::shared_ptr<const AnomalyEvaluation> evaluation() const { return m_evaluation; }
    /// The last finished fixed-point comparison, or nullptr.
    [[nodiscard]] std::shared_ptr<const FixedPointReport> fixedPointReport() const { return m_fixedReport; }
    /// The last message shown under the buttons (also sent as statusMessage()).
    [[nodiscard]] QString lastMessage() const;

private:
    enum class Job { None, Simulate, Train, Evaluate, Compare };

    QWidget* makeSidebar();
    QTabWidget* makeTabs();
    bool startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                  std::shared_ptr<AnomalyJobOutput> output);
    /// True when no job of this workspace runs; else false with a message.
    bool canStartJob();
    void onJobProgressed(int id, double fraction, const QString& stage);
    void onJobFinished(int id, bool succeeded, const QString& message);
    void finishJob(Job kind, AnomalyJobOutput& output);
    void finishTraining(AnomalyJobOutput& output);
    void finishEvaluation(AnomalyJobOutput& output);
    void setModel(std::shared_ptr<const ml::DenseModel> model, std::string bytes, const QString& path);
    [[nodiscard]] std::vector<SampleInput> sampleInputs() const;
    void report(const QString& message, bool error = false);
    void updateState();
    void restoreSettings();
    void saveInputs() const;
    void chooseModelToOpen();
    void chooseModelToSave();

    QPointer<widgets::JobManager> m_jobs;
    AnomalyInputs* m_inputs;
    TrainingPanel* m_training;
    QPushButton* m_evaluate;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
    LossCurvePanel* m_loss;
    RocPanel* m_roc;
    ScoreHistogramPanel* m_histograms;
    TopEventsTable* m_topEvents;
    LatentSpacePanel* m_latent;
    FixedPointPanel* m_fixed;
    QTabWidget* m_tabs;
    int m_job = 0;
    Job m_jobKind = Job::None;
    std::shared_ptr<AnomalyJobOutput> m_pending;
    std::shared_ptr<EpochRelay> m_epochRelay;
    TableCache m_tables;
    std::shared_ptr<const ml::DenseModel> m_model;
    std::string m_modelBytes;
    QString m_modelPath;
    std::shared_ptr<const AnomalyEvaluation> m_evaluation;
    std::shared_ptr<const FixedPointReport> m_fixedReport;
};

} // namespace lupa::app
