// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingWorkspace.hpp"

#include "FileKinds.hpp"
#include "QCustomPlotInclude.hpp"
#include "WorkspaceRegistry.hpp"
#include "anomaly/AnomalyJobs.hpp"
#include "anomaly/LossCurvePanel.hpp"
#include "tracking/TrackingInputs.hpp"
#include "tracking/TrackingMetricsTable.hpp"
#include "tracking/TrackingModelPanel.hpp"
#include "tracking/TrackingRatePlots.hpp"
#include "tracking/TrackingSettings.hpp"

#include <lupa/core/ml/ModelFileFormat.hpp>
#include <lupa/core/trackml/EventFolder.hpp>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <filesystem>

namespace lupa::app {
namespace {

const WorkspaceRegistration<TrackingWorkspace> trackingRegistration{30, "tracking"};

QGroupBox* trackingGroupBox(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// The training record a GNN model file carries, as a loss history (empty when it has none).
ml::TrainHistory trackingHistoryOf(const nlohmann::json& training) {
    ml::TrainHistory history;
    const auto losses = [&](const char* key) {
        std::vector<double> values;
        if (training.contains(key) && training[key].is_array())
            for (const auto& value : training[key])
                values.push_back(value.is_number() ? value.get<double>() : std::nan(""));
        return values;
    };
    history.trainLoss = losses("trainLoss");
    history.validationLoss = losses("validationLoss");
    if (training.contains("bestEpoch") && training["bestEpoch"].is_number_integer())
        history.bestEpoch = training["bestEpoch"].get<int>();
    const auto& monitored = history.validationLoss.empty() ? history.trainLoss : history.validationLoss;
    if (history.bestEpoch >= 0 && static_cast<std::size_t>(history.bestEpoch) < monitored.size())
        history.bestLoss = monitored[static_cast<std::size_t>(history.bestEpoch)];
    return history;
}

} // namespace

TrackingWorkspace::TrackingWorkspace(const WorkspaceContext& context, QWidget* parent)
    : Workspace(QStringLiteral("tracking"), tr("Tracking"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/tracking.svg")), parent)
    , m_jobs(context.jobs)
    , m_inputs(new TrackingInputs(this))
    , m_modelPanel(new TrackingModelPanel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_loss(new LossCurvePanel(this))
    , m_metrics(new TrackingMetricsTable(this))
    , m_efficiency(new TrackingRatePlots(tr("efficiency"), this))
    , m_fakeRate(new TrackingRatePlots(tr("fake rate"), this))
    , m_tabs(makeTabs())
    , m_epochRelay(std::make_shared<EpochRelay>(m_loss)) {
    m_loss->plot()->yAxis->setLabel(tr("edge loss (binary cross-entropy)"));
    auto* splitter = new QSplitter(this);
    splitter->addWidget(makeSidebar());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_inputs, &TrackingInputs::simulateRequested, this, &TrackingWorkspace::simulate);
    connect(m_inputs, &TrackingInputs::openFolderRequested, this, &TrackingWorkspace::chooseFolder);
    connect(m_inputs, &TrackingInputs::eventChanged, this, [this] {
        clearOutcomes();
        updateState();
    });
    connect(m_modelPanel, &TrackingModelPanel::baselineRequested, this, &TrackingWorkspace::runBaseline);
    connect(m_modelPanel, &TrackingModelPanel::trainRequested, this, &TrackingWorkspace::train);
    connect(m_modelPanel, &TrackingModelPanel::gnnRequested, this, &TrackingWorkspace::runGnn);
    connect(m_modelPanel, &TrackingModelPanel::openModelRequested, this, &TrackingWorkspace::chooseModel);
    connect(m_cancel, &QPushButton::clicked, this, &TrackingWorkspace::cancel);
    if (m_jobs) {
        connect(m_jobs, &widgets::JobManager::jobProgressed, this, &TrackingWorkspace::onJobProgressed);
        connect(m_jobs, &widgets::JobManager::jobFinished, this, &TrackingWorkspace::onJobFinished);
    }
    restoreSettings();
    updateState();
}

TrackingWorkspace::~TrackingWorkspace() {
    m_epochRelay->detach(); // the training thread may outlive the loss curve
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

QWidget* TrackingWorkspace::makeSidebar() {
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* jobRow = new QHBoxLayout;
    jobRow->addWidget(m_progress, 1);
    jobRow->addWidget(m_cancel);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(trackingGroupBox(tr("Events"), m_inputs, content));
    layout->addWidget(trackingGroupBox(tr("Reconstruction"), m_modelPanel, content));
    layout->addLayout(jobRow);
    layout->addWidget(m_message);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(320);
    return scroll;
}

QTabWidget* TrackingWorkspace::makeTabs() {
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_metrics, tr("Metrics"));
    tabs->addTab(m_efficiency, tr("Efficiency"));
    tabs->addTab(m_fakeRate, tr("Fake Rate"));
    tabs->addTab(m_loss, tr("Training"));
    return tabs;
}

bool TrackingWorkspace::canOpen(const QString& path) const {
    static const QRegularExpression trackMlName(
        QStringLiteral("^(event\\d+-(hits|truth|particles|cells)|detectors)\\.csv(\\.gz)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return trackMlName.match(QFileInfo(path).fileName()).hasMatch();
}

Result<void> TrackingWorkspace::open(const QString& path) {
    static const QRegularExpression part(QStringLiteral("-(hits|truth|particles|cells)\\.csv(\\.gz)?$"));
    const QFileInfo info(path);
    if (!info.exists())
        return Error::io(tr("the file does not exist").toStdString(), path.toStdString());
    const QString prefix = QDir(info.absolutePath()).filePath(info.fileName().remove(part));
    return openFolder(info.absolutePath(), prefix.toStdString());
}

QStringList TrackingWorkspace::fileFilters() const {
    return {tr("TrackML event files (*.csv *.csv.gz)")};
}

Result<void> TrackingWorkspace::openFolder(const QString& folder, const std::string& event) {
    auto prefixes = trackml::eventPrefixesIn(files::toPath(folder));
    if (!prefixes)
        return std::move(prefixes).error();
    m_inputs->setEvents(QFileInfo(folder).absoluteFilePath(), *prefixes, event);
    Settings::setValue(TrackingSettings::kEventFolder, m_inputs->folder());
    report(tr("%1: %2 event(s)").arg(QFileInfo(folder).fileName()).arg(prefixes->size()));
    return success();
}

Result<void> TrackingWorkspace::openModel(const QString& path) {
    auto content = ml::readModelFile(files::toPath(path));
    if (!content)
        return std::move(content).error();
    if (content->metadata.kind != "track-gnn")
        return Error::badInput(tr("this is a \"%1\" model, not a GNN tracking model (\"track-gnn\")")
                                   .arg(QString::fromStdString(content->metadata.kind))
                                   .toStdString(),
                               path.toStdString());
    const auto& extra = content->metadata.extra;
    const auto member = [&extra](const char* key) {
        return extra.is_object() && extra.contains(key) && extra[key].is_object() ? extra[key]
                                                                                  : nlohmann::json::object();
    };
    const auto history = trackingHistoryOf(member("training"));
    if (history.trainLoss.empty())
        m_loss->clear(tr("%1 holds no training history.").arg(files::fileName(path)));
    else
        m_loss->showHistory(history);
    m_modelPath = QFileInfo(path).absoluteFilePath();
    const QString graph = QString::fromStdString(member("graph").value("kind", std::string()));
    m_modelPanel->setModelDescription(graph.isEmpty() ? files::fileName(path)
                                                      : tr("%1 (%2 graph)").arg(files::fileName(path), graph),
                                      m_modelPath);
    Settings::setValue(TrackingSettings::kModel, m_modelPath);
    updateState();
    return success();
}

bool TrackingWorkspace::simulate() {
    if (!canStartJob())
        return false;
    const QString folder = m_inputs->outputFolder();
    if (folder.isEmpty()) {
        report(tr("Choose the folder for the simulated events first"), true);
        return false;
    }
    saveSettings();
    m_pendingModel.clear();
    TrackingSimulation simulation{files::toPath(folder), m_inputs->simulatedEvents(), m_inputs->pileup(),
                                  static_cast<std::uint64_t>(m_inputs->seed())};
    auto out = std::make_shared<TrackingJobOutput>();
    return startJob(Job::Simulate, tr("Simulate TrackML events"), TrackingJobs::simulation(simulation, out),
                    out);
}

bool TrackingWorkspace::runBaseline() {
    if (!canStartJob() || !needEvent())
        return false;
    auto out = std::make_shared<TrackingJobOutput>();
    return startJob(Job::Baseline, tr("Baseline track reconstruction"),
                    TrackingJobs::baseline(m_inputs->currentPrefix(), out), out);
}

bool TrackingWorkspace::train() {
    if (!canStartJob() || !needEvent())
        return false;
    saveSettings();
    const auto config = m_modelPanel->trainConfig();
    m_pendingModel = QDir(m_inputs->folder()).filePath(QStringLiteral("track-gnn.lupa"));
    const int run = m_loss->start(config.training.epochs);
    m_tabs->setCurrentWidget(m_loss);
    auto out = std::make_shared<TrackingJobOutput>();
    return startJob(Job::Train, tr("Train the GNN track finder"),
                    TrackingJobs::training(m_inputs->trainingPrefixes(), config,
                                           files::toPath(m_pendingModel), m_epochRelay, run, out),
                    out);
}

bool TrackingWorkspace::runGnn() {
    if (!canStartJob() || !needEvent())
        return false;
    if (m_modelPath.isEmpty()) {
        report(tr("Train a GNN or open a model first"), true);
        return false;
    }
    auto out = std::make_shared<TrackingJobOutput>();
    return startJob(Job::Gnn, tr("GNN track reconstruction"),
                    TrackingJobs::gnn(m_inputs->currentPrefix(), files::toPath(m_modelPath), out), out);
}

void TrackingWorkspace::cancel() {
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

std::shared_ptr<const TrackingOutcome> TrackingWorkspace::outcome(TrackingMethod method) const {
    return m_outcomes[static_cast<std::size_t>(method)];
}

bool TrackingWorkspace::startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                                 std::shared_ptr<TrackingJobOutput> output) {
    m_pending = std::move(output);
    m_job = m_jobs->start(title, std::move(work));
    m_jobKind = kind;
    m_progress->setValue(0);
    report(tr("%1…").arg(title));
    updateState();
    return true;
}

bool TrackingWorkspace::canStartJob() {
    if (m_jobs && m_job == 0)
        return true;
    report(m_jobs ? tr("Wait for the running job to finish, or cancel it") : tr("No job runner"), true);
    return false;
}

bool TrackingWorkspace::needEvent() {
    if (!m_inputs->currentPrefix().empty())
        return true;
    report(tr("Simulate events or open a folder of TrackML events first"), true);
    return false;
}

void TrackingWorkspace::onJobProgressed(int id, double fraction, const QString& stage) {
    if (id != m_job)
        return;
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_progress->setToolTip(stage);
}

void TrackingWorkspace::onJobFinished(int id, bool succeeded, const QString& message) {
    if (id != m_job)
        return;
    const Job kind = m_jobKind;
    const auto output = std::move(m_pending);
    m_job = 0;
    m_jobKind = Job::None;
    m_progress->setValue(succeeded ? 1000 : 0);
    if (succeeded && output) {
        finishJob(kind, *output);
        report(message);
    } else {
        if (kind == Job::Train)
            m_loss->clear(tr("Training stopped: %1").arg(message));
        report(message, true);
    }
    updateState();
}

void TrackingWorkspace::finishJob(Job kind, TrackingJobOutput& output) {
    switch (kind) {
    case Job::Simulate:
        if (output.prefixes.empty())
            break;
        if (auto opened = openFolder(QString::fromStdString(
                std::filesystem::path(output.prefixes.front()).parent_path().string()));
            !opened)
            report(files::describe(opened.error()), true);
        break;
    case Job::Train:
        finishTraining(output);
        break;
    case Job::Baseline:
    case Job::Gnn:
        showOutcome(output.outcome);
        break;
    case Job::None:
        break;
    }
}

void TrackingWorkspace::finishTraining(const TrackingJobOutput& output) {
    if (!output.trained)
        return;
    if (auto opened = openModel(m_pendingModel); !opened)
        report(files::describe(opened.error()), true);
    m_loss->showHistory(trackingHistoryOf(output.trained->training));
}

void TrackingWorkspace::showOutcome(std::shared_ptr<const TrackingOutcome> outcome) {
    if (!outcome)
        return;
    m_outcomes[static_cast<std::size_t>(outcome->method)] = outcome;
    m_metrics->showOutcome(*outcome);
    if (outcome->metrics) {
        const auto& m = *outcome->metrics;
        m_efficiency->showRates(outcome->method, m.efficiencyVsPt, m.efficiencyVsEta);
        m_fakeRate->showRates(outcome->method, m.fakeRateVsPt, m.fakeRateVsEta);
    }
    m_tabs->setCurrentWidget(m_metrics);
}

void TrackingWorkspace::clearOutcomes() {
    m_outcomes = {};
    m_metrics->clearOutcomes();
    m_efficiency->clearRates();
    m_fakeRate->clearRates();
}

QString TrackingWorkspace::lastMessage() const {
    return m_message->text();
}

void TrackingWorkspace::report(const QString& message, bool error) {
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    Q_EMIT statusMessage(message);
}

void TrackingWorkspace::updateState() {
    const bool running = m_job != 0;
    m_inputs->setRunning(running);
    m_modelPanel->setState(running, !m_inputs->currentPrefix().empty(), !m_modelPath.isEmpty());
    m_cancel->setEnabled(running);
}

void TrackingWorkspace::restoreSettings() {
    QString output = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(QStringLiteral("tracking-events"));
    const QString folder = Settings::value(TrackingSettings::kEventFolder);
    if (!folder.isEmpty())
        output = folder;
    m_inputs->setSimulation(Settings::value(TrackingSettings::kSimEvents),
                            Settings::value(TrackingSettings::kSimMu),
                            Settings::value(TrackingSettings::kSimSeed), output);
    m_modelPanel->setSettings(
        Settings::value(TrackingSettings::kEpochs), Settings::value(TrackingSettings::kHidden),
        Settings::value(TrackingSettings::kSteps), Settings::value(TrackingSettings::kGraph));
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        (void)openFolder(folder); // a folder that no longer holds events is simply not restored
    const QString model = Settings::value(TrackingSettings::kModel);
    if (!model.isEmpty() && QFileInfo::exists(model))
        (void)openModel(model);
    report(QString());
}

void TrackingWorkspace::saveSettings() const {
    Settings::setValue(TrackingSettings::kSimEvents, m_inputs->simulatedEvents());
    Settings::setValue(TrackingSettings::kSimMu, m_inputs->pileup());
    Settings::setValue(TrackingSettings::kSimSeed, m_inputs->seed());
    Settings::setValue(TrackingSettings::kEpochs, m_modelPanel->epochs());
    Settings::setValue(TrackingSettings::kHidden, m_modelPanel->hidden());
    Settings::setValue(TrackingSettings::kSteps, m_modelPanel->steps());
    Settings::setValue(TrackingSettings::kGraph, m_modelPanel->graph());
}

void TrackingWorkspace::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Open a Folder of TrackML Events"), m_inputs->folder());
    if (folder.isEmpty())
        return;
    if (auto opened = openFolder(folder); !opened)
        report(files::describe(opened.error()), true);
}

void TrackingWorkspace::chooseModel() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open GNN Tracking Model"), m_modelPath,
                                                      tr("lupa models (*.lupa);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openModel(path); !opened)
        report(files::describe(opened.error()), true);
}

} // namespace lupa::app
