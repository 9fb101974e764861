// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// "Train Model…" of the Inspection workspace, driven through its dialog: a folder of good synthetic boards,
// a training job whose epochs reach the loss plot live, the model written and in use; and Cancel, which
// stops the job and leaves no model file behind.
#include "GuiTestSupport.hpp"
#include "QCustomPlotInclude.hpp"
#include "workspaces/InspectionWorkspace.hpp"
#include "workspaces/inspection/InspectionControlPanel.hpp"
#include "workspaces/inspection/InspectionLossPlot.hpp"
#include "workspaces/inspection/TrainModelDialog.hpp"

#include <lupa/vision/SyntheticBoard.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

#include <functional>

namespace lupa::app::test {
namespace {

/// The dialog's settings for a training that takes seconds.
struct TrainingChoice {
    QString folder;
    int epochs = 2;
    int patches = 200;
    QString modelFile;
};

class InspectionTrainingTest : public GuiTest {
protected:
    void SetUp() override {
        GuiTest::SetUp();
        m_workspace = std::make_unique<InspectionWorkspace>(WorkspaceContext{&m_jobs});
        m_workspace->resize(1200, 800);
        m_workspace->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_workspace.get()));
    }

    void TearDown() override {
        m_workspace.reset();
        GuiTest::TearDown();
    }

    /// Writes `count` defect-free boards of 160 × 160 px into the folder `name` and returns its path.
    QString writeGoodImages(const QString& name, int count) {
        const QString folder = m_folder.filePath(name);
        QDir().mkpath(folder);
        for (int i = 0; i < count; ++i) {
            vision::BoardConfig board;
            board.width = 160;
            board.height = 160;
            board.seed = static_cast<std::uint64_t>(i + 1);
            const QString path = QDir(folder).filePath(QStringLiteral("good-%1.png").arg(i));
            EXPECT_TRUE(vision::writeImage(vision::generateBoard(board), path.toStdString()).ok());
        }
        return folder;
    }

    /// Clicks "Train Model…" and, once its dialog is open, checks that Train needs images, then fills in
    /// `choice` and clicks Train. A dialog left open by a failed expectation is closed.
    void trainThroughDialog(const TrainingChoice& choice) {
        whenDialogOpens([&](TrainModelDialog& dialog) {
            dialog.setFolder(m_folder.filePath(QStringLiteral("nothing-here")));
            EXPECT_EQ(dialog.imageCount(), 0);
            EXPECT_FALSE(dialog.trainButton()->isEnabled()) << "no images, nothing to train on";
            dialog.setFolder(choice.folder);
            dialog.setEpochs(choice.epochs);
            dialog.setPatches(choice.patches);
            dialog.setModelFile(choice.modelFile);
            EXPECT_GT(dialog.imageCount(), 0);
            ASSERT_TRUE(dialog.trainButton()->isEnabled());
            QTest::mouseClick(dialog.trainButton(), Qt::LeftButton);
        });
        QTest::mouseClick(m_workspace->controls()->trainButton(), Qt::LeftButton); // returns when it closed
        EXPECT_TRUE(m_dialogSeen) << "Train Model… opened no dialog";
    }

    /// Calls `fill` with the training dialog as soon as it is shown (it runs its own event loop).
    void whenDialogOpens(std::function<void(TrainModelDialog&)> fill) {
        m_dialogSeen = false;
        auto* poll = new QTimer(m_workspace.get());
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [this, poll, fill = std::move(fill)] {
            TrainModelDialog* dialog = nullptr;
            for (QWidget* widget : QApplication::topLevelWidgets())
                if (auto* candidate = qobject_cast<TrainModelDialog*>(widget);
                    candidate && candidate->isVisible())
                    dialog = candidate;
            if (dialog == nullptr)
                return;
            poll->stop();
            poll->deleteLater();
            m_dialogSeen = true;
            fill(*dialog);
            if (dialog->isVisible())
                dialog->reject();
        });
        poll->start();
    }

    /// Processes events until `condition` holds or the job timeout passed.
    static bool waitUntil(const std::function<bool()>& condition) {
        QElapsedTimer clock;
        clock.start();
        while (!condition() && clock.elapsed() < kJobTimeoutMs)
            settle(20);
        return condition();
    }

    widgets::JobManager m_jobs;
    std::unique_ptr<InspectionWorkspace> m_workspace;
    bool m_dialogSeen = false;
};

TEST_F(InspectionTrainingTest, TrainsOnGoodImagesWithALiveLossCurveAndUsesTheModel) {
    const QString model = m_folder.filePath(QStringLiteral("board-model.lupa"));
    trainThroughDialog({writeGoodImages(QStringLiteral("good"), 5), 2, 200, model});
    ASSERT_EQ(m_jobs.runningCount(), 1) << m_workspace->lastMessage().toStdString();
    EXPECT_EQ(m_workspace->tabs()->currentWidget(), m_workspace->lossPlot());
    EXPECT_FALSE(m_workspace->controls()->trainButton()->isEnabled()) << "one job at a time";

    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(100);
    EXPECT_EQ(m_workspace->modelPath(), model) << m_workspace->lastMessage().toStdString();
    EXPECT_TRUE(QFileInfo(model).isFile());
    EXPECT_GE(m_workspace->lossPlot()->epochsShown(), 1);
    EXPECT_LE(m_workspace->lossPlot()->epochsShown(), 2);
    EXPECT_EQ(m_workspace->lossPlot()->plot()->graph(0)->dataCount(), m_workspace->lossPlot()->epochsShown());
    EXPECT_TRUE(m_workspace->controls()->trainButton()->isEnabled());

    // The next dialog starts with what was chosen.
    whenDialogOpens([](TrainModelDialog& dialog) {
        EXPECT_EQ(dialog.epochs(), 2);
        EXPECT_EQ(dialog.patches(), 200);
    });
    QTest::mouseClick(m_workspace->controls()->trainButton(), Qt::LeftButton);
    EXPECT_TRUE(m_dialogSeen);
    EXPECT_EQ(m_jobs.runningCount(), 0) << "a rejected dialog trains nothing";
}

TEST_F(InspectionTrainingTest, CancelStopsTheTrainingAndLeavesNoModelFile) {
    const QString models = m_folder.filePath(QStringLiteral("models"));
    QDir().mkpath(models);
    const QString model = QDir(models).filePath(QStringLiteral("board-model.lupa"));
    trainThroughDialog({writeGoodImages(QStringLiteral("good"), 5), 500, 1000, model});
    ASSERT_EQ(m_jobs.runningCount(), 1) << m_workspace->lastMessage().toStdString();
    ASSERT_TRUE(waitUntil([this] { return m_workspace->lossPlot()->epochsShown() >= 1; }))
        << "no epoch reached the loss plot while training: " << m_workspace->lastMessage().toStdString();

    ASSERT_TRUE(m_workspace->controls()->cancelButton()->isEnabled());
    QTest::mouseClick(m_workspace->controls()->cancelButton(), Qt::LeftButton);
    ASSERT_TRUE(m_jobs.waitForAll(kJobTimeoutMs));
    settle(100);
    EXPECT_TRUE(m_workspace->lastMessage().contains(QStringLiteral("Cancelled")))
        << m_workspace->lastMessage().toStdString();
    EXPECT_LT(m_workspace->lossPlot()->epochsShown(), 500);
    EXPECT_TRUE(m_workspace->modelPath().isEmpty()) << "the model in use did not change";
    EXPECT_FALSE(QFileInfo::exists(model));
    EXPECT_TRUE(QDir(models).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        << "no partial or temporary model file";
    EXPECT_TRUE(m_workspace->controls()->trainButton()->isEnabled()) << "ready for the next job";
}

} // namespace
} // namespace lupa::app::test
