// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace: a synthetic board pair inspected as a job, defects in the table and on the
// image in step, the operator's decisions saved to the QC database, the live threshold, a folder session.
#include "workspaces/InspectionWorkspace.hpp"

#include "GuiTestSupport.hpp"
#include "InspectionTestBoards.hpp"
#include "ScreenshotTaker.hpp"
#include "workspaces/inspection/BatchSummaryTable.hpp"
#include "workspaces/inspection/InspectionControlPanel.hpp"
#include "workspaces/inspection/InspectionOutcome.hpp"
#include "workspaces/inspection/InspectionViewPanel.hpp"
#include "workspaces/inspection/ModuleForm.hpp"
#include "workspaces/inspection/VerdictPanel.hpp"

#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/vision/qc/QcDatabase.hpp>
#include <lupa/vision/qc/Sha256.hpp>
#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/inspection/DefectTableModel.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace lupa::app::test {
namespace {

/// A synthetic tested/reference pair written as PNG files, with its true defect boxes.
struct PairFiles {
    QString tested;
    QString reference;
    std::vector<inspection::LabelledBox> truth;
};

class InspectionWorkspaceTest : public GuiTest {
protected:
    /// Writes a pair with four defects and no perturbation (tested and reference pixels coincide).
    PairFiles writePair(const QString& folder, const QString& stem, std::uint64_t seed) {
        const vision::SyntheticSample sample = unperturbedBoard(seed);
        QDir().mkpath(folder);
        PairFiles files{QDir(folder).filePath(stem + QStringLiteral(".png")),
                        QDir(m_folder.path()).filePath(QStringLiteral("reference.png")), sample.defects};
        EXPECT_TRUE(vision::writeImage(sample.tested, files.tested.toStdString()).ok());
        EXPECT_TRUE(vision::writeImage(sample.reference, files.reference.toStdString()).ok());
        return files;
    }

    /// Opens `pair` in the workspace, runs the inspection and waits for it.
    void inspect(InspectionWorkspace& workspace, const PairFiles& pair) {
        ASSERT_TRUE(workspace.openReference(pair.reference).ok());
        ASSERT_TRUE(workspace.openImage(pair.tested).ok());
        ASSERT_TRUE(workspace.run()) << workspace.lastMessage().toStdString();
        ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
        settle(50);
        ASSERT_NE(workspace.outcome(), nullptr) << workspace.lastMessage().toStdString();
    }

    widgets::JobManager m_jobs;
};

bool overlapsTruth(const inspection::Box& box, const std::vector<inspection::LabelledBox>& truth) {
    for (const auto& defect : truth)
        if (inspection::intersectionOverUnion(box, defect.box) > 0.0)
            return true;
    return false;
}

QModelIndex statusCell(const widgets::DefectTableModel* model, int row) {
    return model->index(row, widgets::DefectTableModel::StatusColumn);
}

TEST_F(InspectionWorkspaceTest, InspectsAPairAndSavesTheOperatorsDecisions) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1600, 1000);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    const PairFiles pair = writePair(m_folder.path(), QStringLiteral("module"), 7);
    inspect(workspace, pair);

    EXPECT_EQ(workspace.outcome()->verdict.verdict, vision::Verdict::Fail);
    EXPECT_EQ(workspace.verdictPanel()->verdictText(), QStringLiteral("FAIL"));
    const widgets::DefectTableModel* model = workspace.defectModel();
    ASSERT_GE(model->rowCount(), 2);
    ASSERT_EQ(workspace.view()->defects().size(), static_cast<std::size_t>(model->rowCount()));
    int matched = 0;
    for (const auto& detection : workspace.outcome()->detections)
        matched += overlapsTruth(detection.box, pair.truth) ? 1 : 0;
    EXPECT_GE(matched, 1);

    // The table drives the view; a click on a box drives the table.
    workspace.defectTable()->selectRow(1);
    EXPECT_EQ(workspace.view()->selectedDefect(), 1);
    Q_EMIT workspace.view()->defectClicked(0);
    EXPECT_EQ(workspace.selectedDefect(), 0);

    // Overrule the first defect in the table, confirm the next one with the keyboard's functions.
    ASSERT_TRUE(workspace.defectModel()->setData(statusCell(model, 0), widgets::kDefectOverruled));
    EXPECT_EQ(workspace.view()->defects()[0].status, widgets::kDefectOverruled);
    ASSERT_TRUE(workspace.selectNextDefect());
    EXPECT_EQ(workspace.view()->selectedDefect(), 1);
    ASSERT_TRUE(workspace.confirmSelectedDefect());
    EXPECT_EQ(model->defect(1).status, widgets::kDefectConfirmed);
    EXPECT_EQ(workspace.view()->defects()[1].status, widgets::kDefectConfirmed);

    workspace.controls()->moduleForm()->serialEdit()->setText(QStringLiteral("20UPGM0001"));
    workspace.controls()->moduleForm()->operatorEdit()->setText(QStringLiteral("Ada"));
    workspace.verdictPanel()->setVerdictOverride(QStringLiteral("REVIEW"));
    workspace.verdictPanel()->setComment(QStringLiteral("scratch on the carrier, not the module"));
    const QString database = m_folder.filePath(QStringLiteral("qc/records.sqlite"));
    workspace.setQcDatabasePath(database);
    auto id = workspace.saveRecord();
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_TRUE(workspace.lastMessage().contains(QString::number(*id)));

    auto db =
        vision::qc::QcDatabase::open(database.toStdString(), vision::qc::QcDatabase::OpenMode::ReadOnly);
    ASSERT_TRUE(db.ok()) << db.error().message;
    auto record = db->inspection(*id);
    ASSERT_TRUE(record.ok()) << record.error().message;
    EXPECT_EQ(record->moduleSerial, "20UPGM0001");
    EXPECT_EQ(record->operatorName, "Ada");
    EXPECT_EQ(record->verdict, "FAIL");
    EXPECT_EQ(vision::qc::finalVerdict(*record), "REVIEW");
    EXPECT_EQ(record->imageSha256, *vision::qc::sha256OfFile(pair.tested.toStdString()));
    ASSERT_EQ(record->defects.size(), static_cast<std::size_t>(model->rowCount()));
    ASSERT_TRUE(record->defects[0].decision.has_value());
    EXPECT_EQ(record->defects[0].decision->decision, vision::qc::kOverruled);
    ASSERT_TRUE(record->defects[1].decision.has_value());
    EXPECT_EQ(record->defects[1].decision->decision, vision::qc::kConfirmed);
    EXPECT_EQ(record->defects[0].box, workspace.outcome()->detections[0].box); // no perturbation: same frame
    ASSERT_TRUE(record->verdictDecision.has_value());
    EXPECT_EQ(record->verdictDecision->comment, "scratch on the carrier, not the module");

    // A later decision on the saved result is appended to the same record.
    workspace.defectModel()->setData(statusCell(model, 1), widgets::kDefectOverruled);
    auto again = workspace.saveRecord();
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(*again, *id);
    auto reread = db->inspection(*id);
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(reread->defects[1].decision->decision, vision::qc::kOverruled);

    const QString json = m_folder.filePath(QStringLiteral("itk.json"));
    ASSERT_TRUE(workspace.exportItkJson(json).ok()) << workspace.lastMessage().toStdString();
    QFile file(json);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QJsonDocument::fromJson(file.readAll()).isObject());

    // The PDF report: written whole (nothing else left in its folder), an A4 PDF with the image in it.
    const QString reports = m_folder.filePath(QStringLiteral("reports"));
    QDir().mkpath(reports);
    const QString pdf = QDir(reports).filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(workspace.exportReportPdf(pdf).ok()) << workspace.lastMessage().toStdString();
    QFile report(pdf);
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QByteArray bytes = report.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    EXPECT_GT(bytes.size(), 20'000) << "the registered image should be embedded";
    EXPECT_TRUE(bytes.contains("/Image")) << "no image object in the PDF";
    EXPECT_EQ(QDir(reports).entryList(QDir::Files | QDir::Hidden).size(), 1);
    EXPECT_FALSE(
        workspace.exportReportPdf(m_folder.filePath(QStringLiteral("missing/folder/report.pdf"))).ok());
}

TEST_F(InspectionWorkspaceTest, AModuleTypeDrawnHereGivesReferenceAndRegionsThatWeightTheInspection) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1600, 1000);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    const PairFiles pair = writePair(m_folder.path(), QStringLiteral("module"), 7);
    ASSERT_TRUE(workspace.openReference(pair.reference).ok());
    ASSERT_TRUE(workspace.openImage(pair.tested).ok());
    const QPolygonF wholeBoard(QRectF(-1, -1, 4000, 4000));
    workspace.view()->addRegion({QStringLiteral("board"), QStringLiteral("generic"), wholeBoard, 1.0});
    workspace.controls()->moduleForm()->typeBox()->setCurrentText(QStringLiteral("synthetic board"));
    QDir().mkpath(m_folder.filePath(QStringLiteral("types")));
    const QString typeFile = m_folder.filePath(QStringLiteral("types/board.json"));
    const auto saved = workspace.saveModuleType(typeFile);
    ASSERT_TRUE(saved.ok()) << saved.error().describe();
    const auto type = inspection::readModuleTypeFile(typeFile.toStdString());
    ASSERT_TRUE(type.ok()) << type.error().describe();
    EXPECT_EQ(type->name, "synthetic board");
    ASSERT_EQ(type->regions.size(), 1U);
    EXPECT_EQ(type->regions[0].kind, inspection::RegionKind::Generic);
    ASSERT_EQ(type->references.size(), 1U);
    EXPECT_TRUE(type->references[0].image.is_absolute()); // outside the type's folder: an absolute path

    // Opened in another workspace: the reference and the regions come back; defects carry the region name.
    InspectionWorkspace other(WorkspaceContext{&m_jobs});
    other.resize(1600, 1000);
    other.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&other));
    ASSERT_TRUE(other.openModuleType(typeFile).ok()) << other.lastMessage().toStdString();
    EXPECT_EQ(QFileInfo(other.referencePath()).canonicalFilePath(),
              QFileInfo(pair.reference).canonicalFilePath());
    ASSERT_EQ(other.view()->regions().size(), 1U);
    inspect(other, {pair.tested, other.referencePath(), pair.truth});
    ASSERT_FALSE(other.outcome()->detections.empty());
    for (const auto& detection : other.outcome()->detections)
        EXPECT_EQ(detection.region, "board");

    // The same board under an "ignore" region: nothing to report.
    other.view()->setRegions({{QStringLiteral("board"), QStringLiteral("ignore"), wholeBoard, 1.0}});
    ASSERT_TRUE(other.run()) << other.lastMessage().toStdString();
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(50);
    EXPECT_TRUE(other.outcome()->detections.empty());
    EXPECT_EQ(other.outcome()->verdict.verdict, vision::Verdict::Pass);
}

TEST_F(InspectionWorkspaceTest, DecisionsOnDefectsAreUndoneAndRedoneWithTheKeyboard) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1200, 800);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    QApplication::setActiveWindow(&workspace);
    inspect(workspace, writePair(m_folder.path(), QStringLiteral("module"), 7));
    const widgets::DefectTableModel* model = workspace.defectModel();
    ASSERT_GE(model->rowCount(), 2);
    QTableView* table = workspace.defectTable();
    table->setFocus();

    table->selectRow(0);
    ASSERT_TRUE(workspace.overruleSelectedDefect());
    table->selectRow(1);
    ASSERT_TRUE(workspace.confirmSelectedDefect());
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(model->defect(1).status, widgets::kDefectOpen);
    EXPECT_EQ(model->defect(0).status, widgets::kDefectOverruled);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(model->defect(0).status, widgets::kDefectOpen);
    EXPECT_EQ(workspace.view()->defects()[0].status, widgets::kDefectOpen); // the view follows
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(model->defect(0).status, widgets::kDefectOverruled);
    EXPECT_EQ(workspace.view()->defects()[0].status, widgets::kDefectOverruled);

    // Another threshold gives another set of defects: the earlier decisions' steps no longer apply.
    workspace.viewPanel()->setThresholdScale(0.8);
    std::vector<int> before;
    for (int row = 0; row < model->rowCount(); ++row)
        before.push_back(model->defect(row).status);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    for (int row = 0; row < model->rowCount(); ++row)
        EXPECT_EQ(model->defect(row).status, before[static_cast<std::size_t>(row)]) << "row " << row;
}

TEST_F(InspectionWorkspaceTest, AHigherThresholdFindsNoMoreDefects) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1200, 800);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    inspect(workspace, writePair(m_folder.path(), QStringLiteral("module"), 6));

    workspace.viewPanel()->setThresholdScale(0.5);
    const int atHalf = workspace.defectModel()->rowCount();
    EXPECT_DOUBLE_EQ(workspace.outcome()->thresholdScale, 0.5);
    workspace.viewPanel()->setThresholdScale(2.0);
    const int atDouble = workspace.defectModel()->rowCount();
    EXPECT_GT(atHalf, 0);
    EXPECT_LE(atDouble, atHalf);
    EXPECT_EQ(workspace.view()->defects().size(), static_cast<std::size_t>(atDouble));
    EXPECT_DOUBLE_EQ(workspace.outcome()->thresholdScale, 2.0);
}

TEST_F(InspectionWorkspaceTest, InspectsAFolderAsASessionAndOpensAResult) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1200, 800);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    const QString folder = m_folder.filePath(QStringLiteral("session"));
    const PairFiles first = writePair(folder, QStringLiteral("a"), 1);
    writePair(folder, QStringLiteral("b"), 2);
    ASSERT_TRUE(workspace.openReference(first.reference).ok());

    ASSERT_TRUE(workspace.inspectFolder(folder)) << workspace.lastMessage().toStdString();
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(50);
    BatchSummaryTable* session = workspace.sessionTable();
    ASSERT_EQ(session->rowCount(), 2) << workspace.lastMessage().toStdString();
    EXPECT_EQ(session->item(0, 1)->text(), QStringLiteral("FAIL"));
    EXPECT_GT(session->item(0, 2)->text().toInt(), 0);

    Q_EMIT session->resultRequested(session->imageAt(1));
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(50);
    ASSERT_NE(workspace.outcome(), nullptr);
    EXPECT_TRUE(QString::fromStdString(workspace.outcome()->testedPath).endsWith(QStringLiteral("b.png")));
}

TEST_F(InspectionWorkspaceTest, ExplainsWhatIsMissingAndNamesBadFiles) {
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    EXPECT_FALSE(workspace.run());
    EXPECT_FALSE(workspace.lastMessage().isEmpty());
    const QString broken = writeFile(QStringLiteral("broken.png"), QByteArray("not an image"));
    auto opened = workspace.openImage(broken);
    ASSERT_FALSE(opened.ok());
    EXPECT_NE(opened.error().file.find("broken.png"), std::string::npos);
    EXPECT_FALSE(workspace.saveRecord().ok());
    EXPECT_FALSE(workspace.train(m_folder.filePath(QStringLiteral("nothing")), 1,
                                 m_folder.filePath(QStringLiteral("model.lupa"))));
}

TEST_F(InspectionWorkspaceTest, ScreenshotsForTheUserGuide) {
    const QString shots = qEnvironmentVariable("LUPA_SCREENSHOT_DIR");
    if (shots.isEmpty())
        GTEST_SKIP() << "set LUPA_SCREENSHOT_DIR to write the user guide's pictures";
    InspectionWorkspace workspace(WorkspaceContext{&m_jobs});
    workspace.resize(1600, 1000);
    workspace.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&workspace));
    workspace.controls()->moduleForm()->serialEdit()->setText(QStringLiteral("20UPGM22110039"));
    workspace.controls()->moduleForm()->operatorEdit()->setText(QStringLiteral("A. Operator"));
    ASSERT_TRUE(workspace.runDemo(m_folder.filePath(QStringLiteral("demo"))));
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(100);
    ASSERT_NE(workspace.outcome(), nullptr) << workspace.lastMessage().toStdString();
    ASSERT_GT(workspace.defectModel()->rowCount(), 0);
    workspace.defectModel()->setData(statusCell(workspace.defectModel(), 0), widgets::kDefectConfirmed);
    workspace.defectTable()->selectRow(0); // centres the view on the defect
    workspace.view()->setZoom(2.0);
    workspace.verdictPanel()->setComment(QStringLiteral("particle on a trace near W6X3"));
    settle(300);
    EXPECT_TRUE(ScreenshotTaker::save(&workspace, QDir(shots).filePath(QStringLiteral("inspection.png"))));
}

} // namespace
} // namespace lupa::app::test
