// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace compares a module with itself at an earlier production stage: two inspections of
// one serial number saved at two stages, the earlier photograph side by side and blinking instead of the
// reference, and clear messages when the recorded file is missing or has changed since.
#include "GuiTestSupport.hpp"
#include "InspectionTestBoards.hpp"
#include "workspaces/InspectionWorkspace.hpp"
#include "workspaces/inspection/EarlierStageBar.hpp"
#include "workspaces/inspection/InspectionControlPanel.hpp"
#include "workspaces/inspection/InspectionViewPanel.hpp"
#include "workspaces/inspection/ModuleForm.hpp"

#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/inspection/InspectionCompareView.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QToolButton>

#include <cstdlib>
#include <memory>

namespace lupa::app::test {
namespace {

const QString kSerial = QStringLiteral("20UPGM0007");
const QString kEarlierStage = QStringLiteral("reception");
const QString kLaterStage = QStringLiteral("after wire-bonding");

/// Pixels of two 8-bit grey images of the same size that differ by more than a few grey levels.
int differingPixels(const QImage& a, const QImage& b) {
    const QImage first = a.convertToFormat(QImage::Format_Grayscale8);
    const QImage second = b.convertToFormat(QImage::Format_Grayscale8);
    if (first.size() != second.size())
        return first.width() * first.height() + 1;
    int differing = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            differing += std::abs(first.constScanLine(y)[x] - second.constScanLine(y)[x]) > 8 ? 1 : 0;
    return differing;
}

class InspectionStageCompareTest : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        m_workspace = std::make_unique<InspectionWorkspace>(WorkspaceContext{&m_jobs});
        m_workspace->resize(1600, 1000);
        m_workspace->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_workspace.get()));
        m_workspace->setQcDatabasePath(m_folder.filePath(QStringLiteral("qc.sqlite")));
    }

    void TearDown() override {
        m_workspace.reset();
        GuiTest::TearDown();
    }

    /// Writes the same board (and its reference) photographed at one stage: other defects at each stage.
    QString writeStageImage(const QString& name, std::uint64_t seed) {
        const vision::SyntheticSample sample = unperturbedBoard(seed);
        const QString path = m_folder.filePath(name);
        EXPECT_TRUE(vision::writeImage(sample.tested, path.toStdString()).ok());
        EXPECT_TRUE(vision::writeImage(sample.reference, referencePath().toStdString()).ok());
        return path;
    }

    [[nodiscard]] QString referencePath() const { return m_folder.filePath(QStringLiteral("reference.png")); }

    ModuleForm* form() const { return m_workspace->controls()->moduleForm(); }
    EarlierStageBar* bar() const { return m_workspace->viewPanel()->earlierStages(); }
    widgets::InspectionCompareView* compareView() const { return m_workspace->viewPanel()->compareView(); }
    /// What the right half of the compare view shows.
    QImage comparedImage() const { return compareView()->reference()->imagePyramid().levelImage(0); }

    /// Inspects `image` as module kSerial at `stage` and saves the record.
    void inspectAndSave(const QString& image, const QString& stage) {
        form()->serialEdit()->setText(kSerial);
        form()->stageBox()->setCurrentText(stage);
        ASSERT_TRUE(m_workspace->openReference(referencePath()).ok());
        ASSERT_TRUE(m_workspace->openImage(image).ok());
        ASSERT_TRUE(m_workspace->run()) << m_workspace->lastMessage().toStdString();
        waitForJobs();
        ASSERT_NE(m_workspace->outcome(), nullptr) << m_workspace->lastMessage().toStdString();
        const auto saved = m_workspace->saveRecord();
        ASSERT_TRUE(saved.ok()) << saved.error().describe();
    }

    /// Switches "Compare with Earlier Stage" as the operator does and waits for what it started.
    void clickCompare() {
        bar()->compareButton()->click();
        waitForJobs();
    }

    void waitForJobs() {
        ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
        settle(50);
    }

    widgets::JobManager m_jobs;
    std::unique_ptr<InspectionWorkspace> m_workspace;
};

TEST_F(InspectionStageCompareTest, ShowsTheModuleAtAnEarlierStageSideBySideAndBlinking) {
    const QString earlier = writeStageImage(QStringLiteral("module-reception.png"), 3);
    const QString later = writeStageImage(QStringLiteral("module-wire-bonded.png"), 7);
    inspectAndSave(earlier, kEarlierStage);
    EXPECT_TRUE(m_workspace->earlierInspections().empty()) << "nothing comes before the first stage";
    EXPECT_FALSE(bar()->isEnabled());

    inspectAndSave(later, kLaterStage); // the stage change lists the earlier one
    ASSERT_EQ(m_workspace->earlierInspections().size(), 1U);
    EXPECT_EQ(m_workspace->earlierInspections()[0].stage, kEarlierStage.toStdString());
    EXPECT_TRUE(bar()->isEnabled());
    EXPECT_EQ(bar()->stageBox()->count(), 1);
    EXPECT_EQ(bar()->currentStage(), kEarlierStage);
    EXPECT_EQ(bar()->compareButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    const QImage earlierImage(earlier);
    const QImage laterImage(later);
    ASSERT_GT(differingPixels(earlierImage, laterImage), 50) << "the stages must look different";

    clickCompare();
    ASSERT_TRUE(m_workspace->viewPanel()->comparesEarlierStage()) << m_workspace->lastMessage().toStdString();
    EXPECT_TRUE(bar()->isComparing());
    EXPECT_TRUE(m_workspace->lastMessage().contains(kEarlierStage))
        << m_workspace->lastMessage().toStdString();
    EXPECT_TRUE(m_workspace->lastMessage().contains(QStringLiteral("aligned with the current image")))
        << m_workspace->lastMessage().toStdString();
    EXPECT_EQ(m_workspace->viewPanel()->compareMode(), InspectionViewPanel::SideBySide);
    EXPECT_TRUE(compareView()->reference()->isVisible());
    EXPECT_TRUE(compareView()->referenceTitle()->text().contains(kEarlierStage));
    EXPECT_LT(differingPixels(comparedImage(), earlierImage),
              earlierImage.width() * earlierImage.height() / 500)
        << "the right half shows the earlier photograph";
    EXPECT_GT(differingPixels(comparedImage(), laterImage), 50);

    m_workspace->viewPanel()->setCompareMode(InspectionViewPanel::Blink);
    EXPECT_EQ(m_workspace->view()->compareMode(), widgets::InspectionImageView::CompareMode::Blink);
    EXPECT_EQ(m_workspace->view()->referenceLabel(), kEarlierStage);
    EXPECT_LT(differingPixels(m_workspace->view()->referencePyramid().levelImage(0), earlierImage),
              earlierImage.width() * earlierImage.height() / 500)
        << "blinking alternates with the earlier photograph";

    clickCompare(); // off again: the reference
    EXPECT_FALSE(m_workspace->viewPanel()->comparesEarlierStage());
    EXPECT_EQ(differingPixels(m_workspace->view()->referencePyramid().levelImage(0), QImage(referencePath())),
              0);
    EXPECT_EQ(m_workspace->view()->referenceLabel(), widgets::InspectionImageView::tr("reference"));
}

TEST_F(InspectionStageCompareTest, SaysSoWhenTheRecordedImageIsMissingOrHasChanged) {
    const QString earlier = writeStageImage(QStringLiteral("module-reception.png"), 3);
    const QString later = writeStageImage(QStringLiteral("module-wire-bonded.png"), 7);
    inspectAndSave(earlier, kEarlierStage);
    inspectAndSave(later, kLaterStage);
    ASSERT_EQ(m_workspace->earlierInspections().size(), 1U);
    const QString moved = m_folder.filePath(QStringLiteral("moved.png"));
    ASSERT_TRUE(QFile::rename(earlier, moved));

    clickCompare();
    EXPECT_FALSE(m_workspace->viewPanel()->comparesEarlierStage());
    EXPECT_FALSE(bar()->isComparing());
    EXPECT_TRUE(m_workspace->lastMessage().contains(QStringLiteral("no longer exists")))
        << m_workspace->lastMessage().toStdString();
    EXPECT_TRUE(m_workspace->lastMessage().contains(earlier)) << m_workspace->lastMessage().toStdString();
    EXPECT_EQ(differingPixels(m_workspace->view()->referencePyramid().levelImage(0), QImage(referencePath())),
              0)
        << "the reference stays";

    // Another photograph under the recorded name: its SHA-256 no longer matches the record.
    ASSERT_TRUE(QFile::copy(later, earlier));
    clickCompare();
    EXPECT_FALSE(m_workspace->viewPanel()->comparesEarlierStage());
    EXPECT_TRUE(m_workspace->lastMessage().contains(QStringLiteral("SHA-256")))
        << m_workspace->lastMessage().toStdString();

    // The original file back: the comparison works again.
    ASSERT_TRUE(QFile::remove(earlier));
    ASSERT_TRUE(QFile::rename(moved, earlier));
    ASSERT_TRUE(m_workspace->compareWithEarlierStage(kEarlierStage))
        << m_workspace->lastMessage().toStdString();
    waitForJobs();
    EXPECT_TRUE(m_workspace->viewPanel()->comparesEarlierStage()) << m_workspace->lastMessage().toStdString();

    // Another module: nothing earlier to compare with, and the reference is shown again.
    form()->serialEdit()->setText(QStringLiteral("20UPGM9999"));
    Q_EMIT form()->serialEdit()->editingFinished();
    EXPECT_TRUE(m_workspace->earlierInspections().empty());
    EXPECT_FALSE(m_workspace->viewPanel()->comparesEarlierStage());
    EXPECT_FALSE(m_workspace->compareWithEarlierStage());
    EXPECT_TRUE(m_workspace->lastMessage().contains(QStringLiteral("20UPGM9999")))
        << m_workspace->lastMessage().toStdString();
}

TEST_F(InspectionStageCompareTest, NeedsASerialNumberAndAnImage) {
    form()->serialEdit()->clear();
    m_workspace->refreshEarlierStages();
    EXPECT_FALSE(bar()->isEnabled());
    EXPECT_TRUE(bar()->stageBox()->toolTip().contains(QStringLiteral("serial number")));
    EXPECT_FALSE(m_workspace->compareWithEarlierStage(kEarlierStage));
    EXPECT_FALSE(m_workspace->lastMessage().isEmpty());
    EXPECT_FALSE(bar()->isComparing());
}

} // namespace
} // namespace lupa::app::test
