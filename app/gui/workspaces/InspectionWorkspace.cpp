// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionWorkspace.hpp"

#include "FileKinds.hpp"
#include "WorkspaceRegistry.hpp"
#include "inspection/BatchSummaryTable.hpp"
#include "inspection/ImageConversion.hpp"
#include "inspection/InspectionControlPanel.hpp"
#include "inspection/InspectionLossPlot.hpp"
#include "inspection/InspectionViewPanel.hpp"
#include "inspection/InspectionWorkspaceSettings.hpp"
#include "inspection/ModuleForm.hpp"
#include "inspection/VerdictPanel.hpp"

#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/widgets/inspection/DefectTableModel.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

const WorkspaceRegistration<InspectionWorkspace> inspectionRegistration{10, "inspection"};

QString depthText(const vision::Image& image) {
    if (image.channels() >= 3)
        return InspectionWorkspace::tr("colour");
    return image.depth() == vision::PixelDepth::U16 ? InspectionWorkspace::tr("16-bit grey")
                                                    : InspectionWorkspace::tr("8-bit grey");
}

} // namespace

InspectionWorkspace::InspectionWorkspace(const WorkspaceContext& context, QWidget* parent)
    : Workspace(QStringLiteral("inspection"), tr("Inspection"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/inspection.svg")), parent)
    , m_jobs(context.jobs)
    , m_controls(new InspectionControlPanel(this))
    , m_viewPanel(new InspectionViewPanel(this))
    , m_defects(new widgets::DefectTableModel(this))
    , m_table(new QTableView(this))
    , m_verdict(new VerdictPanel(this))
    , m_session(new BatchSummaryTable(this))
    , m_loss(new InspectionLossPlot(this))
    , m_tabs(new QTabWidget(this))
    , m_lossRelay(std::make_shared<TrainingLossRelay>(m_loss))
    , m_pipeline(std::make_shared<const vision::ModulePipeline>()) {
    m_tabs->addTab(m_viewPanel, tr("Image"));
    m_tabs->addTab(m_session, tr("Session"));
    m_tabs->addTab(m_loss, tr("Training"));
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_controls);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(280);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(scroll);
    splitter->addWidget(m_tabs);
    splitter->addWidget(makeRightColumn());
    splitter->setStretchFactor(1, 4);
    splitter->setStretchFactor(2, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connectParts();
    connectEarlierStages();
    addShortcuts();
    restoreSettings();
    refreshStageList();
    refreshEarlierStages();
    updateInputs();
    updateState();
}

InspectionWorkspace::~InspectionWorkspace() {
    m_lossRelay->detach(); // the training thread may outlive the plot
    if (m_job != 0 && m_jobs)
        m_jobs->cancel(m_job);
}

QWidget* InspectionWorkspace::makeRightColumn() {
    m_table->setModel(m_defects);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setToolTip(tr("C confirms the selected defect, O overrules it, N goes to the next one"));
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->addWidget(new QLabel(tr("Defects (C confirm, O overrule, N next)"), column));
    layout->addWidget(m_table, 1);
    layout->addWidget(m_verdict);
    column->setMinimumWidth(340);
    return column;
}

void InspectionWorkspace::connectParts() {
    connect(m_controls, &InspectionControlPanel::openImageRequested, this, &InspectionWorkspace::chooseImage);
    connect(m_controls, &InspectionControlPanel::openReferenceRequested, this,
            &InspectionWorkspace::chooseReference);
    connect(m_controls, &InspectionControlPanel::openModelRequested, this, &InspectionWorkspace::chooseModel);
    connect(m_controls, &InspectionControlPanel::openModuleTypeRequested, this,
            &InspectionWorkspace::chooseModuleType);
    connect(m_controls, &InspectionControlPanel::saveModuleTypeRequested, this,
            &InspectionWorkspace::chooseModuleTypeToSave);
    connect(m_controls, &InspectionControlPanel::chooseDatabaseRequested, this,
            &InspectionWorkspace::chooseDatabase);
    connect(m_controls, &InspectionControlPanel::runRequested, this, &InspectionWorkspace::run);
    connect(m_controls, &InspectionControlPanel::demoRequested, this,
            [this] { runDemo(defaultDemoFolder()); });
    connect(m_controls, &InspectionControlPanel::inspectFolderRequested, this,
            &InspectionWorkspace::chooseFolderToInspect);
    connect(m_controls, &InspectionControlPanel::trainRequested, this, &InspectionWorkspace::chooseTraining);
    connect(m_controls, &InspectionControlPanel::cancelRequested, this, &InspectionWorkspace::cancel);
    connect(m_viewPanel, &InspectionViewPanel::thresholdScaleChanged, this,
            &InspectionWorkspace::applyThreshold);
    connect(view(), &widgets::InspectionImageView::defectClicked, this, [this](int index) {
        m_selecting = true; // the view selected the box itself
        m_table->selectRow(index);
        m_selecting = false;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onTableRowChanged(current.row()); });
    connect(m_defects, &widgets::DefectTableModel::statusEdited, this,
            [this](int row, int, int status) { onStatusEdited(row, status); });
    connect(m_verdict, &VerdictPanel::saveRequested, this, [this] {
        if (auto saved = saveRecord(); !saved)
            reportError(saved.error());
    });
    connect(m_verdict, &VerdictPanel::exportRequested, this, &InspectionWorkspace::chooseExport);
    connect(m_verdict, &VerdictPanel::reportRequested, this, &InspectionWorkspace::chooseReport);
    connect(m_session, &BatchSummaryTable::resultRequested, this, [this](const QString& path) {
        if (auto opened = openImage(path); !opened)
            reportError(opened.error());
        else
            run();
    });
    if (m_jobs) {
        connect(m_jobs, &widgets::JobManager::jobProgressed, this, &InspectionWorkspace::onJobProgressed);
        connect(m_jobs, &widgets::JobManager::jobFinished, this, &InspectionWorkspace::onJobFinished);
    }
}

void InspectionWorkspace::addShortcuts() {
    const auto add = [this](Qt::Key key, auto slot) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    add(Qt::Key_C, [this] { confirmSelectedDefect(); });
    add(Qt::Key_O, [this] { overruleSelectedDefect(); });
    add(Qt::Key_N, [this] { selectNextDefect(); });
    addUndoActions();
}

bool InspectionWorkspace::canOpen(const QString& path) const {
    return files::hasSuffix(path, {".png", ".tif", ".tiff", ".jpg", ".jpeg", ".bmp"});
}

Result<void> InspectionWorkspace::open(const QString& path) {
    return openImage(path);
}

QStringList InspectionWorkspace::fileFilters() const {
    return {tr("Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)")};
}

Result<void> InspectionWorkspace::openImage(const QString& path) {
    auto image = vision::readImage(files::toPath(path));
    if (!image)
        return std::move(image).error();
    m_imagePath = path;
    m_outcome.reset();
    m_record.reset();
    m_viewPanel->showImage(toQImage(*image));
    m_defects->setRows({});
    m_verdict->clear();
    m_tabs->setCurrentWidget(m_viewPanel);
    m_summary = tr("%1: %2 × %3 pixels, %4")
                    .arg(files::fileName(path))
                    .arg(image->width())
                    .arg(image->height())
                    .arg(depthText(*image));
    Settings::setValue(InspectionWorkspaceSettings::kLastFolder, QFileInfo(path).absolutePath());
    report(tr("Opened image %1").arg(m_summary));
    updateInputs();
    updateState();
    return success();
}

Result<void> InspectionWorkspace::openReference(const QString& path) {
    auto image = vision::readImage(files::toPath(path));
    if (!image)
        return std::move(image).error();
    m_referencePath = path;
    Settings::setValue(InspectionWorkspaceSettings::kReference, path);
    report(tr("Reference %1: %2 × %3 pixels")
               .arg(files::fileName(path))
               .arg(image->width())
               .arg(image->height()));
    updateInputs();
    updateState();
    return success();
}

Result<void> InspectionWorkspace::openModel(const QString& path) {
    if (path.isEmpty()) {
        m_pipeline = std::make_shared<const vision::ModulePipeline>();
    } else {
        auto pipeline = vision::ModulePipeline::load(files::toPath(path));
        if (!pipeline)
            return std::move(pipeline).error();
        m_pipeline = std::make_shared<const vision::ModulePipeline>(std::move(*pipeline));
    }
    m_modelPath = path;
    Settings::setValue(InspectionWorkspaceSettings::kModel, path);
    report(path.isEmpty() ? tr("Template difference with the default settings")
                          : tr("Opened the model %1 (%2 channel)")
                                .arg(files::fileName(path),
                                     QString::fromLatin1(vision::toString(m_pipeline->settings().channel))));
    updateInputs();
    updateState();
    return success();
}

void InspectionWorkspace::setQcDatabasePath(const QString& path) {
    m_databasePath = path;
    Settings::setValue(InspectionWorkspaceSettings::kQcDatabase, path);
    m_record.reset(); // another database: the next save writes a new record
    updateInputs();
    refreshStageList();
    refreshEarlierStages();
}

QString InspectionWorkspace::qcDatabasePath() const {
    return m_databasePath.isEmpty() ? defaultQcDatabasePath() : m_databasePath;
}

QString InspectionWorkspace::defaultQcDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("qc-records.sqlite"));
}

QString InspectionWorkspace::defaultDemoFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("inspection-demo"));
}

QString InspectionWorkspace::lastMessage() const {
    return m_controls->message();
}

void InspectionWorkspace::report(const QString& message, bool error) {
    m_controls->showMessage(message, error);
    Q_EMIT statusMessage(message);
}

void InspectionWorkspace::reportError(const Error& error) {
    report(files::describe(error), true);
}

void InspectionWorkspace::updateState() {
    const bool running = m_job != 0;
    const bool referenceReady =
        !m_referencePath.isEmpty() || m_pipeline->settings().channel == vision::AnomalyChannel::Autoencoder;
    m_controls->setState(running, !m_imagePath.isEmpty() && referenceReady);
    m_verdict->setActionsEnabled(!running && m_outcome != nullptr);
}

void InspectionWorkspace::updateInputs() {
    m_controls->setInputs(m_imagePath, m_referencePath, m_modelPath, qcDatabasePath());
    m_controls->setModuleType(m_moduleTypePath);
}

void InspectionWorkspace::restoreSettings() {
    m_databasePath = Settings::value(InspectionWorkspaceSettings::kQcDatabase);
    const QString reference = Settings::value(InspectionWorkspaceSettings::kReference);
    if (!reference.isEmpty() && QFileInfo::exists(reference))
        m_referencePath = reference;
    const QString model = Settings::value(InspectionWorkspaceSettings::kModel);
    if (!model.isEmpty() && QFileInfo::exists(model))
        (void)openModel(model); // a model that no longer loads is simply not restored
    report(tr("Open a module image and its reference, or try the demo sample."));
}

} // namespace lupa::app
