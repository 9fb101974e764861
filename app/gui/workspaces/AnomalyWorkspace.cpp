// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyWorkspace.hpp"

#include "FileKinds.hpp"
#include "WorkspaceRegistry.hpp"
#include "anomaly/AnomalyInputs.hpp"
#include "anomaly/AnomalyJobs.hpp"
#include "anomaly/AnomalySettings.hpp"
#include "anomaly/FixedPointPanel.hpp"
#include "anomaly/LatentSpacePanel.hpp"
#include "anomaly/LossCurvePanel.hpp"
#include "anomaly/RocPanel.hpp"
#include "anomaly/ScoreHistogramPanel.hpp"
#include "anomaly/TopEventsTable.hpp"
#include "anomaly/TrainingPanel.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/Scoring.hpp>
#include <lupa/core/ml/ModelFileFormat.hpp>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

const WorkspaceRegistration<AnomalyWorkspace> anomalyRegistration{50, "anomaly"};

QGroupBox* anomalyGroupBox(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// A model file's content as an anomaly model, or why it is not one.
Result<ml::DenseModel> anomalyModelOf(const std::string& bytes, const std::string& name) {
    auto content = ml::parseModelFile(bytes, name);
    if (!content)
        return std::move(content).error();
    auto model = ml::DenseModel::fromContent(*content, name);
    if (!model)
        return std::move(model).error();
    auto info = anomaly::AnomalyModelInfo::fromMetadata(model->metadata());
    if (!info)
        return Error::badInput(info.error().message, name);
    return model;
}

} // namespace

AnomalyWorkspace::AnomalyWorkspace(const WorkspaceContext& context, QWidget* parent)
    : Workspace(QStringLiteral("anomaly"), tr("Anomaly Detection"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/anomaly.svg")), parent)
    , m_jobs(context.jobs)
    , m_inputs(new AnomalyInputs(this))
    , m_training(new TrainingPanel(this))
    , m_evaluate(new QPushButton(tr("Evaluate"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_loss(new LossCurvePanel(this))
    , m_roc(new RocPanel(this))
    , m_histograms(new ScoreHistogramPanel(this))
    , m_topEvents(new TopEventsTable(this))
    , m_latent(new LatentSpacePanel(this))
    , m_fixed(new FixedPointPanel(this))
    , m_tabs(makeTabs())
    , m_epochRelay(std::make_shared<EpochRelay>(m_loss)) {
    auto* splitter = new QSplitter(this);
    splitter->addWidget(makeSidebar());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_inputs, &AnomalyInputs::openRequested, this, &Workspace::openFileRequested);
    connect(m_inputs, &AnomalyInputs::simulateRequested, this, [this] { simulateDemo(defaultDemoFolder()); });
    connect(m_training, &TrainingPanel::trainRequested, this, &AnomalyWorkspace::train);
    connect(m_training, &TrainingPanel::openModelRequested, this, &AnomalyWorkspace::chooseModelToOpen);
    connect(m_training, &TrainingPanel::saveModelRequested, this, &AnomalyWorkspace::chooseModelToSave);
    connect(m_evaluate, &QPushButton::clicked, this, &AnomalyWorkspace::evaluate);
    connect(m_cancel, &QPushButton::clicked, this, &AnomalyWorkspace::cancel);
    connect(m_fixed, &FixedPointPanel::compareRequested, this, &AnomalyWorkspace::compareFixedPoint);
    if (m_jobs) {
        connect(m_jobs, &widgets::JobManager::jobProgressed, this, &AnomalyWorkspace::onJobProgressed);
        connect(m_jobs, &widgets::JobManager::jobFinished, this, &AnomalyWorkspace::onJobFinished);
    }
    restoreSettings();
    connect(m_inputs, &AnomalyInputs::filesChanged, this, [this] {
        saveInputs();
        updateState();
    });
    updateState();
}

AnomalyWorkspace::~AnomalyWorkspace() {
    m_epochRelay->detach(); // the training thread may outlive the loss curve
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

QWidget* AnomalyWorkspace::makeSidebar() {
    m_evaluate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_evaluate->setToolTip(tr("Score every sample and compute ROC curves, AUC and TPR (Ctrl+R)"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* jobRow = new QHBoxLayout;
    jobRow->addWidget(m_progress, 1);
    jobRow->addWidget(m_cancel);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(anomalyGroupBox(tr("Events"), m_inputs, content), 1);
    layout->addWidget(anomalyGroupBox(tr("Model"), m_training, content));
    layout->addWidget(m_evaluate);
    layout->addLayout(jobRow);
    layout->addWidget(m_message);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(300);
    return scroll;
}

QTabWidget* AnomalyWorkspace::makeTabs() {
    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_loss, tr("Training"));
    tabs->addTab(m_roc, tr("ROC"));
    tabs->addTab(m_histograms, tr("Scores"));
    tabs->addTab(m_topEvents, tr("Most Anomalous"));
    tabs->addTab(m_latent, tr("Latent Space"));
    tabs->addTab(m_fixed, tr("Fixed Point"));
    return tabs;
}

bool AnomalyWorkspace::canOpen(const QString& path) const {
    if (files::hasSuffix(path, {".lupa"})) {
        auto bytes = readFile(files::toPath(path));
        return bytes.ok() && anomalyModelOf(*bytes, path.toStdString()).ok();
    }
    if (!files::hasSuffix(path, {".h5", ".hdf5"}) || !files::looksLikeHdf5(path))
        return false;
    auto file = Hdf5File::openForReading(files::toPath(path));
    return file.ok() && file->hasDataset(anomaly::kAdcDataset);
}

Result<void> AnomalyWorkspace::open(const QString& path) {
    if (files::hasSuffix(path, {".lupa"}))
        return openModel(path);
    auto file = Hdf5File::openForReading(files::toPath(path));
    if (!file)
        return file.error();
    auto shape = file->shape(anomaly::kAdcDataset);
    if (!shape)
        return shape.error();
    if (shape->size() != 3 || (*shape)[2] != anomaly::kAdcValuesPerObject)
        return Error::badInput(
            tr("the dataset \"Particles\" must have the shape (events, objects, 4)").toStdString(),
            path.toStdString());
    m_tables.erase(files::toPath(path)); // read again: the file may have changed
    m_inputs->addEventFile(path);
    const bool background = m_inputs->background() == path;
    report(tr("%1: %2 events, added as %3")
               .arg(files::fileName(path))
               .arg((*shape)[0])
               .arg(background ? tr("the background") : tr("a signal")));
    return success();
}

QStringList AnomalyWorkspace::fileFilters() const {
    return {tr("ADC2021 events (*.h5 *.hdf5)"), tr("lupa anomaly models (*.lupa)")};
}

QString AnomalyWorkspace::defaultDemoFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("anomaly-demo"));
}

bool AnomalyWorkspace::simulateDemo(const QString& folder, int backgroundEvents, int signalEvents) {
    auto out = std::make_shared<AnomalyJobOutput>();
    return startJob(Job::Simulate, tr("Simulate demo samples"),
                    AnomalyJobs::simulation(files::toPath(folder),
                                            static_cast<std::uint64_t>(backgroundEvents),
                                            static_cast<std::uint64_t>(signalEvents), out),
                    out);
}

bool AnomalyWorkspace::train() {
    if (!canStartJob())
        return false;
    if (m_inputs->background().isEmpty()) {
        report(tr("Open or simulate a background sample first"), true);
        return false;
    }
    auto options = m_training->options();
    if (!options) {
        report(QString::fromStdString(options.error().message), true);
        return false;
    }
    Settings::setValue(AnomalySettings::kHiddenSizes, m_training->hiddenSizesText());
    Settings::setValue(AnomalySettings::kLatentSize, m_training->latentSize());
    Settings::setValue(AnomalySettings::kEpochs, m_training->epochs());
    Settings::setValue(AnomalySettings::kSeed, m_training->seed());
    const int run = m_loss->start(options->train.epochs);
    m_tabs->setCurrentWidget(m_loss);
    auto out = std::make_shared<AnomalyJobOutput>();
    return startJob(Job::Train, tr("Train anomaly autoencoder"),
                    AnomalyJobs::training(files::toPath(m_inputs->background()), m_tables, *options,
                                          threadCount(), m_epochRelay, run, out),
                    out);
}

bool AnomalyWorkspace::evaluate() {
    if (!m_model || m_inputs->background().isEmpty() || m_inputs->signalFiles().isEmpty()) {
        report(tr("Evaluation needs a model, a background and at least one signal"), true);
        return false;
    }
    auto out = std::make_shared<AnomalyJobOutput>();
    return startJob(Job::Evaluate, tr("Evaluate anomaly model"),
                    AnomalyJobs::evaluation(m_model, sampleInputs(), m_tables, out), out);
}

bool AnomalyWorkspace::compareFixedPoint() {
    if (!m_model || m_inputs->background().isEmpty()) {
        report(tr("The comparison needs a model and a background"), true);
        return false;
    }
    const ml::FixedPointConfig config = m_fixed->config();
    for (const auto& format : {config.data, config.weights})
        if (auto valid = format.validate(); !valid) {
            report(QString::fromStdString(valid.error().message), true);
            return false;
        }
    auto out = std::make_shared<AnomalyJobOutput>();
    return startJob(Job::Compare, tr("Compare float and fixed point"),
                    AnomalyJobs::comparison(m_model, sampleInputs(), m_tables, config, out), out);
}

void AnomalyWorkspace::cancel() {
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

bool AnomalyWorkspace::startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                                std::shared_ptr<AnomalyJobOutput> output) {
    if (!canStartJob())
        return false;
    m_pending = std::move(output);
    m_job = m_jobs->start(title, std::move(work));
    m_jobKind = kind;
    m_progress->setValue(0);
    report(tr("%1…").arg(title));
    updateState();
    return true;
}

bool AnomalyWorkspace::canStartJob() {
    if (m_jobs && m_job == 0)
        return true;
    report(m_jobs ? tr("Wait for the running job to finish, or cancel it") : tr("No job runner"), true);
    return false;
}

void AnomalyWorkspace::onJobProgressed(int id, double fraction, const QString& stage) {
    if (id != m_job)
        return;
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_progress->setToolTip(stage);
}

void AnomalyWorkspace::onJobFinished(int id, bool succeeded, const QString& message) {
    if (id != m_job)
        return;
    const Job kind = m_jobKind;
    const auto output = std::move(m_pending);
    m_job = 0;
    m_jobKind = Job::None;
    m_progress->setValue(succeeded ? 1000 : 0);
    if (succeeded && output) {
        for (auto& [path, table] : output->tables)
            m_tables.emplace(path, table);
        finishJob(kind, *output);
        report(message);
    } else {
        if (kind == Job::Train)
            m_loss->clear(tr("Training stopped: %1").arg(message));
        report(message, true);
    }
    updateState();
}

void AnomalyWorkspace::finishJob(Job kind, AnomalyJobOutput& output) {
    switch (kind) {
    case Job::Simulate: {
        QStringList paths;
        for (const auto& path : output.demoFiles) {
            m_tables.erase(path);
            paths.append(QString::fromStdString(path.string()));
        }
        if (!paths.isEmpty())
            m_inputs->setFiles(paths.takeFirst(), paths);
        break;
    }
    case Job::Train:
        finishTraining(output);
        break;
    case Job::Evaluate:
        finishEvaluation(output);
        break;
    case Job::Compare:
        m_fixedReport = output.fixedPoint;
        if (m_fixedReport)
            m_fixed->showReport(*m_fixedReport);
        m_tabs->setCurrentWidget(m_fixed);
        break;
    case Job::None:
        break;
    }
}

void AnomalyWorkspace::finishTraining(AnomalyJobOutput& output) {
    if (!output.trained || !output.model)
        return;
    m_loss->showHistory(output.trained->history);
    setModel(output.model, std::move(output.trained->modelFile), QString());
}

void AnomalyWorkspace::finishEvaluation(AnomalyJobOutput& output) {
    m_evaluation = output.evaluation;
    if (!m_evaluation)
        return;
    m_roc->showSignals(m_evaluation->signals);
    m_histograms->showSamples(m_evaluation->samples);
    m_topEvents->showEvaluation(*m_evaluation);
    m_latent->showEvaluation(m_evaluation);
    m_tabs->setCurrentWidget(m_roc);
}

Result<void> AnomalyWorkspace::openModel(const QString& path) {
    auto bytes = readFile(files::toPath(path));
    if (!bytes)
        return std::move(bytes).error();
    auto model = anomalyModelOf(*bytes, path.toStdString());
    if (!model)
        return std::move(model).error();
    auto shared = std::make_shared<const ml::DenseModel>(std::move(*model));
    if (const auto history = trainingHistoryOf(shared->metadata()))
        m_loss->showHistory(*history);
    else
        m_loss->clear(tr("%1 holds no training history.").arg(files::fileName(path)));
    setModel(std::move(shared), std::move(*bytes), path);
    report(tr("Opened the model %1").arg(files::fileName(path)));
    return success();
}

Result<void> AnomalyWorkspace::saveModel(const QString& path) {
    if (m_modelBytes.empty())
        return Error::usage(tr("there is no model to save: train or open one first").toStdString());
    LUPA_TRY(writeFileAtomically(files::toPath(path), m_modelBytes));
    setModel(m_model, std::move(m_modelBytes), path);
    report(tr("Saved the model to %1").arg(path));
    return success();
}

void AnomalyWorkspace::setModel(std::shared_ptr<const ml::DenseModel> model, std::string bytes,
                                const QString& path) {
    m_model = std::move(model);
    m_modelBytes = std::move(bytes);
    m_modelPath = path;
    const QString widths = m_model ? QString::fromStdString(layerWidthsOf(*m_model)) : QString();
    if (path.isEmpty())
        m_training->setModelDescription(tr("trained, not saved yet: %1").arg(widths));
    else
        m_training->setModelDescription(tr("%1: %2").arg(files::fileName(path), widths), path);
    if (!path.isEmpty())
        Settings::setValue(AnomalySettings::kModel, path);
    updateState();
}

std::vector<SampleInput> AnomalyWorkspace::sampleInputs() const {
    std::vector<SampleInput> inputs;
    QStringList paths = m_inputs->signalFiles();
    paths.prepend(m_inputs->background());
    for (const QString& path : paths)
        inputs.push_back({sampleName(files::toPath(path)), files::toPath(path)});
    return inputs;
}

QString AnomalyWorkspace::lastMessage() const {
    return m_message->text();
}

void AnomalyWorkspace::report(const QString& message, bool error) {
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
    Q_EMIT statusMessage(message);
}

void AnomalyWorkspace::updateState() {
    const bool running = m_job != 0;
    const bool hasBackground = !m_inputs->background().isEmpty();
    m_inputs->setRunning(running);
    m_training->setState(running, hasBackground, m_model != nullptr);
    m_evaluate->setEnabled(!running && m_model && hasBackground && !m_inputs->signalFiles().isEmpty());
    m_cancel->setEnabled(running);
    m_fixed->setState(running, m_model && hasBackground);
}

void AnomalyWorkspace::restoreSettings() {
    m_training->setSettings(
        Settings::value(AnomalySettings::kHiddenSizes), Settings::value(AnomalySettings::kLatentSize),
        Settings::value(AnomalySettings::kEpochs), Settings::value(AnomalySettings::kSeed));
    const QString background = Settings::value(AnomalySettings::kBackground);
    if (!background.isEmpty() && QFileInfo::exists(background)) {
        QStringList signalFiles;
        for (const QString& path : Settings::value(AnomalySettings::kSignals))
            if (QFileInfo::exists(path))
                signalFiles.append(path);
        m_inputs->setFiles(background, signalFiles);
    }
    const QString model = Settings::value(AnomalySettings::kModel);
    if (!model.isEmpty() && QFileInfo::exists(model))
        (void)openModel(model); // a model that no longer loads is simply not restored
}

void AnomalyWorkspace::saveInputs() const {
    Settings::setValue(AnomalySettings::kBackground, m_inputs->background());
    Settings::setValue(AnomalySettings::kSignals, m_inputs->signalFiles());
}

void AnomalyWorkspace::chooseModelToOpen() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Anomaly Model"), m_modelPath,
                                                      tr("lupa anomaly models (*.lupa);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openModel(path); !opened)
        report(files::describe(opened.error()), true);
}

void AnomalyWorkspace::chooseModelToSave() {
    const QString suggested = m_modelPath.isEmpty() ? QStringLiteral("anomaly-model.lupa") : m_modelPath;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Anomaly Model"), suggested,
                                                tr("lupa anomaly models (*.lupa)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".lupa");
    if (auto saved = saveModel(path); !saved)
        report(files::describe(saved.error()), true);
}

} // namespace lupa::app
