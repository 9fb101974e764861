// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"
#include "inspection/EarlierStages.hpp"
#include "inspection/QcRecordSession.hpp"

#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QPointer>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

class QTabWidget;
class QTableView;

namespace lupa::vision {
class ModulePipeline;
}

namespace lupa::widgets {
class DefectTableModel;
class InspectionImageView;
} // namespace lupa::widgets

namespace lupa::app {

class BatchSummaryTable;
class InspectionControlPanel;
class InspectionLossPlot;
class InspectionViewPanel;
class TrainingLossRelay;
class VerdictPanel;
struct InspectionJobOutput;
struct InspectionOutcome;

/// Quality control of detector modules from photographs, for operators at assembly sites: the module
/// image is registered to its golden reference and scored (template difference, or a trained model),
/// defects are boxed with an anomaly overlay, and the verdict is PASS / FAIL / REVIEW. The operator
/// confirms (C) or overrules (O) each defect, steps through them (N), may change the verdict and the
/// threshold (live, without registering again), and saves the QC record (Ctrl+S) or exports it for the
/// ITk production database. The image is compared with the reference or, from the QC database, with the
/// same module at an earlier stage (Ctrl+E). Folders are inspected as a session; models are trained on good
/// images. Every long step is a job on the JobManager (progress, cancel).
class InspectionWorkspace : public Workspace {
    Q_OBJECT

public:
    InspectionWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);
    ~InspectionWorkspace() override;

    /// Module images: PNG, TIFF, JPEG, BMP.
    [[nodiscard]] bool canOpen(const QString& path) const override;
    /// Opens `path` as the image to inspect (openImage).
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    /// Reads `path` and shows it as the image to inspect (the last result is cleared).
    Result<void> openImage(const QString& path);
    /// Reads `path` to check it and makes it the golden reference (remembered).
    Result<void> openReference(const QString& path);
    /// Loads an inspection model file; "" returns to template difference with the default settings.
    Result<void> openModel(const QString& path);
    /// Reads a module-type file: its reference for the current stage becomes the reference, its regions
    /// are drawn on the view (and weight every inspection), its name fills the module form.
    Result<void> openModuleType(const QString& path);
    /// Writes the module type (name from the form, the reference, the view's regions) to `path`.
    Result<void> saveModuleType(const QString& path);
    [[nodiscard]] const QString& moduleTypePath() const { return m_moduleTypePath; }
    /// Where Save Record writes (remembered); "" = defaultQcDatabasePath().
    void setQcDatabasePath(const QString& path);
    [[nodiscard]] QString qcDatabasePath() const;
    /// The QC database in the application's data folder.
    [[nodiscard]] static QString defaultQcDatabasePath();
    /// Where "Demo Sample" writes its images: a folder in the application's data location.
    [[nodiscard]] static QString defaultDemoFolder();

    /// Starts inspecting the image against the reference; false (with a message) when it cannot start.
    bool run();
    /// Writes a synthetic board pair with defects into `folder`, opens it and starts inspecting it.
    bool runDemo(const QString& folder, std::uint64_t seed = 7);
    /// Starts inspecting every module image of `folder` against the current reference and model.
    bool inspectFolder(const QString& folder);
    /// Starts training a model on the good images of `folder` for `epochs` autoencoder epochs on `patches`
    /// patches (0 = the trainer's default), saved to `modelFile` and then loaded.
    bool train(const QString& folder, int epochs, const QString& modelFile, int patches = 0);
    /// Asks the running job to stop.
    void cancel();
    /// Saves the result with the operator's decisions to the QC database; returns the inspection's id.
    Result<std::int64_t> saveRecord();
    /// Writes the record as ITk VISUAL_INSPECTION JSON to `path`.
    Result<void> exportItkJson(const QString& path);
    /// Writes the record with the image and its defects as a PDF report to `path`.
    Result<void> exportReportPdf(const QString& path);

    /// Lists the earlier production stages at which the QC database holds an inspection of the module in
    /// the form (serial number and stage), and ends a comparison with an earlier stage. Called when the
    /// module, the stage or the database changes.
    void refreshEarlierStages();
    /// Starts showing the module at `stage` ("" = the stage chosen in the view's bar) as the QC database
    /// recorded it, aligned with the image on screen, beside it and blinking with it instead of the
    /// reference. The job fails with a message saying so when the recorded file is missing or no longer
    /// matches its SHA-256. False (with a message) when it cannot start.
    bool compareWithEarlierStage(const QString& stage = {});
    /// Compares with the golden reference again.
    void compareWithReference();
    /// The module's latest inspection at each earlier stage, earliest first, as last listed.
    [[nodiscard]] const std::vector<EarlierInspection>& earlierInspections() const { return m_earlier; }

    /// Marks the selected defect confirmed / overruled; false when none is selected.
    bool confirmSelectedDefect();
    bool overruleSelectedDefect();
    /// Selects the next defect (after the last: the first); false when there are none.
    bool selectNextDefect();
    /// The defect selected in the table, -1 for none.
    [[nodiscard]] int selectedDefect() const;

    [[nodiscard]] InspectionControlPanel* controls() const { return m_controls; }
    [[nodiscard]] InspectionViewPanel* viewPanel() const { return m_viewPanel; }
    [[nodiscard]] widgets::InspectionImageView* view() const;
    [[nodiscard]] widgets::DefectTableModel* defectModel() const { return m_defects; }
    [[nodiscard]] QTableView* defectTable() const { return m_table; }
    [[nodiscard]] VerdictPanel* verdictPanel() const { return m_verdict; }
    [[nodiscard]] BatchSummaryTable* sessionTable() const { return m_session; }
    [[nodiscard]] InspectionLossPlot* lossPlot() const { return m_loss; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    /// The result on screen, or nullptr.
    [[nodiscard]] std::shared_ptr<const InspectionOutcome> outcome() const { return m_outcome; }
    [[nodiscard]] const QString& imagePath() const { return m_imagePath; }
    [[nodiscard]] const QString& referencePath() const { return m_referencePath; }
    [[nodiscard]] const QString& modelPath() const { return m_modelPath; }
    /// The id of the saved record of the result on screen, 0 when not saved.
    [[nodiscard]] std::int64_t savedRecordId() const { return m_record.recordId(); }
    /// The last message shown under the buttons (also sent as statusMessage()).
    [[nodiscard]] QString lastMessage() const;
    /// One line about the image opened last ("module.png: 640 × 480 pixels, 8-bit grey").
    [[nodiscard]] const QString& summaryText() const { return m_summary; }

private:
    enum class Job { None, Inspect, Batch, Train, EarlierStage };

    QWidget* makeRightColumn();
    void connectParts();
    void connectEarlierStages();
    void refreshStageList();
    void showEarlierStage(const InspectionJobOutput& output);
    [[nodiscard]] const EarlierInspection* earlierInspectionAt(const QString& stage) const;
    [[nodiscard]] QString whyNoEarlierStage() const;
    void addShortcuts();
    void addUndoActions();
    bool startJob(Job kind, const QString& title, widgets::JobManager::Work work,
                  std::shared_ptr<InspectionJobOutput> output);
    bool canStartJob();
    void onJobProgressed(int id, double fraction, const QString& stage);
    void onJobFinished(int id, bool succeeded, const QString& message);
    void finishJob(Job kind, InspectionJobOutput& output);
    void showOutcome(InspectionJobOutput& output);
    void applyThreshold(double scale);
    void refreshDefects();
    void onStatusEdited(int row, int status);
    void onTableRowChanged(int row);
    bool setSelectedStatus(int status);
    [[nodiscard]] std::vector<int> statuses() const;
    [[nodiscard]] ModuleContext moduleContext() const;
    [[nodiscard]] OperatorReview operatorReview() const;
    void report(const QString& message, bool error = false);
    void reportError(const Error& error);
    void updateState();
    void updateInputs();
    void restoreSettings();
    void chooseImage();
    void chooseReference();
    void chooseModel();
    void chooseModuleType();
    void chooseModuleTypeToSave();
    /// The pipeline with the view's regions and the module type's pixel scale.
    [[nodiscard]] std::shared_ptr<const vision::ModulePipeline> inspectionPipeline() const;
    void chooseDatabase();
    void chooseFolderToInspect();
    void chooseTraining();
    void chooseExport();
    void chooseReport();
    [[nodiscard]] QString lastFolder() const;

    QPointer<widgets::JobManager> m_jobs;
    InspectionControlPanel* m_controls;
    InspectionViewPanel* m_viewPanel;
    widgets::DefectTableModel* m_defects;
    QTableView* m_table;
    VerdictPanel* m_verdict;
    BatchSummaryTable* m_session;
    InspectionLossPlot* m_loss;
    QTabWidget* m_tabs;
    int m_job = 0;
    Job m_jobKind = Job::None;
    std::shared_ptr<InspectionJobOutput> m_pending;
    std::shared_ptr<TrainingLossRelay> m_lossRelay;
    std::shared_ptr<const vision::ModulePipeline> m_pipeline;
    std::shared_ptr<InspectionOutcome> m_outcome;
    QcRecordSession m_record;
    QString m_imagePath;
    QString m_referencePath;
    QString m_modelPath;
    QString m_moduleTypePath;
    std::optional<inspection::ModuleType> m_moduleType;
    std::vector<EarlierInspection> m_earlier;
    QString m_databasePath;
    QString m_summary;
    bool m_selecting = false;
};

} // namespace lupa::app
