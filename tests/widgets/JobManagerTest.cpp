// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/widgets/JobManager.hpp>
#include <lupa/widgets/JobsPanel.hpp>
#include <lupa/widgets/QtProgress.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <thread>

namespace lupa::widgets {
namespace {

// Writes numbers into `path` through an AtomicFile until cancelled (or `lines` are written).
lupa::Result<QString> writeUntilCancelled(lupa::ProgressSink& progress, const std::filesystem::path& path,
                                          std::atomic<bool>& writing, int lines = 1000000) {
    auto file = lupa::AtomicFile::open(path);
    if (!file)
        return file.error();
    for (int i = 0; i < lines; ++i) {
        if (progress.isCancelled())
            return lupa::Error::cancelled(); // the AtomicFile removes its temporary
        (*file)->stream() << i << '\n';
        if (i == 100) {
            (*file)->stream().flush();
            writing = true;
        }
        progress.report(static_cast<double>(i) / lines, "writing");
        QThread::usleep(20);
    }
    LUPA_TRY((*file)->commit());
    return QStringLiteral("wrote %1 lines").arg(lines);
}

TEST(JobManager, RunsAJobToSuccessAndReportsProgress) {
    JobManager manager;
    QSignalSpy started(&manager, &JobManager::jobStarted);
    QSignalSpy progressed(&manager, &JobManager::jobProgressed);
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    const int id =
        manager.start(QStringLiteral("count"), [](lupa::ProgressSink& progress) -> lupa::Result<QString> {
            progress.report(0.25, "first quarter");
            progress.report(0.5, "second quarter");
            progress.report(1.0, "done");
            return QStringLiteral("counted 42 hits");
        });
    EXPECT_EQ(id, 1);
    ASSERT_EQ(started.count(), 1);
    EXPECT_EQ(started.at(0).at(1).toString(), QStringLiteral("count"));
    ASSERT_TRUE(manager.waitForAll(10000));
    EXPECT_EQ(manager.runningCount(), 0);
    ASSERT_EQ(progressed.count(), 3);
    EXPECT_DOUBLE_EQ(progressed.at(1).at(1).toDouble(), 0.5);
    EXPECT_EQ(progressed.at(1).at(2).toString(), QStringLiteral("second quarter"));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_EQ(finished.at(0).at(0).toInt(), id);
    EXPECT_TRUE(finished.at(0).at(1).toBool());
    EXPECT_EQ(finished.at(0).at(2).toString(), QStringLiteral("counted 42 hits"));
}

TEST(JobManager, CancelStopsTheJobAndRemovesItsPartialOutput) {
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const std::filesystem::path target = folder.filePath(QStringLiteral("hits.csv")).toStdString();
    std::atomic<bool> writing{false};
    JobManager manager;
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    const int id = manager.start(QStringLiteral("write"), [&](lupa::ProgressSink& progress) {
        return writeUntilCancelled(progress, target, writing);
    });
    ASSERT_TRUE(QTest::qWaitFor([&] { return writing.load(); }, 10000));
    EXPECT_EQ(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 1); // the partial temporary
    EXPECT_EQ(manager.runningCount(), 1);
    manager.cancel(id);
    ASSERT_TRUE(manager.waitForAll(10000));
    ASSERT_EQ(finished.count(), 1);
    EXPECT_FALSE(finished.at(0).at(1).toBool());
    EXPECT_EQ(finished.at(0).at(2).toString(), QStringLiteral("Cancelled"));
    EXPECT_FALSE(std::filesystem::exists(target));
    EXPECT_TRUE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(JobManager, AFailingJobReportsItsError) {
    JobManager manager;
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    manager.start(QStringLiteral("read"), [](lupa::ProgressSink&) -> lupa::Result<QString> {
        return lupa::Error::badInput("hit without a module id", "event000001-hits.csv", 7);
    });
    manager.start(QStringLiteral("throw"), [](lupa::ProgressSink&) -> lupa::Result<QString> {
        throw std::runtime_error("out of cheese");
    });
    ASSERT_TRUE(manager.waitForAll(10000));
    ASSERT_EQ(finished.count(), 2);
    for (const auto& arguments : finished) {
        EXPECT_FALSE(arguments.at(1).toBool());
        const QString message = arguments.at(2).toString();
        if (arguments.at(0).toInt() == 1) {
            EXPECT_TRUE(message.contains(QStringLiteral("event000001-hits.csv:7"))) << message.toStdString();
            EXPECT_TRUE(message.contains(QStringLiteral("hit without a module id")));
        } else {
            EXPECT_TRUE(message.contains(QStringLiteral("out of cheese"))) << message.toStdString();
        }
    }
}

TEST(JobManager, CancelAllStopsEveryJob) {
    JobManager manager;
    QSignalSpy finished(&manager, &JobManager::jobFinished);
    auto waitForCancel = [](lupa::ProgressSink& progress) -> lupa::Result<QString> {
        while (!progress.isCancelled())
            QThread::msleep(2);
        return lupa::Error::cancelled();
    };
    for (int i = 0; i < 3; ++i)
        manager.start(QStringLiteral("wait %1").arg(i), waitForCancel);
    EXPECT_EQ(manager.runningCount(), 3);
    EXPECT_FALSE(manager.waitForAll(50));
    manager.cancelAll();
    ASSERT_TRUE(manager.waitForAll(10000));
    EXPECT_EQ(manager.runningCount(), 0);
    ASSERT_EQ(finished.count(), 3);
    for (const auto& arguments : finished)
        EXPECT_EQ(arguments.at(2).toString(), QStringLiteral("Cancelled"));
}

TEST(QtProgress, ThinsReportsButKeepsStagesAndTheEnd) {
    QtProgress progress;
    QSignalSpy progressed(&progress, &QtProgress::progressed);
    for (int i = 0; i < 100000; ++i)
        progress.report(i / 100000.0, "loop");
    progress.report(1.0, "loop");
    EXPECT_LT(progressed.count(), 100);
    ASSERT_GE(progressed.count(), 2);
    EXPECT_DOUBLE_EQ(progressed.last().at(0).toDouble(), 1.0);
    progress.report(1.0, "next stage");
    EXPECT_EQ(progressed.last().at(1).toString(), QStringLiteral("next stage"));
}

TEST(QtProgress, ReportsFromAWorkerArriveInTheGuiThread) {
    QtProgress progress;
    QThread* receiverThread = nullptr;
    QObject receiver;
    QObject::connect(&progress, &QtProgress::progressed, &receiver,
                     [&](double, const QString&) { receiverThread = QThread::currentThread(); });
    std::thread worker([&] {
        progress.report(0.5, "half");
        EXPECT_FALSE(progress.isCancelled());
    });
    worker.join();
    EXPECT_EQ(receiverThread, nullptr); // queued, not yet delivered
    QCoreApplication::processEvents();
    EXPECT_EQ(receiverThread, QThread::currentThread());
    progress.cancel();
    EXPECT_TRUE(progress.isCancelled());
}

TEST(JobsPanel, ShowsJobsAndCancelsFromTheButton) {
    JobManager manager;
    JobsPanel panel(&manager);
    panel.show();
    manager.start(QStringLiteral("quick"),
                  [](lupa::ProgressSink&) -> lupa::Result<QString> { return QStringLiteral("all good"); });
    const int slow =
        manager.start(QStringLiteral("slow"), [](lupa::ProgressSink& progress) -> lupa::Result<QString> {
            progress.report(0.1, "warming up");
            while (!progress.isCancelled())
                QThread::msleep(2);
            return lupa::Error::cancelled();
        });
    EXPECT_EQ(panel.rowCount(), 2);
    auto* slowRow = panel.findChild<QWidget*>(QStringLiteral("job-%1").arg(slow));
    ASSERT_NE(slowRow, nullptr);
    auto* cancel = slowRow->findChild<QPushButton*>(QStringLiteral("cancel"));
    ASSERT_NE(cancel, nullptr);
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(manager.waitForAll(10000));
    QCoreApplication::processEvents();
    EXPECT_EQ(slowRow->findChild<QLabel*>(QStringLiteral("stage"))->text(), QStringLiteral("Cancelled"));
    auto* quickRow = panel.findChild<QWidget*>(QStringLiteral("job-1"));
    ASSERT_NE(quickRow, nullptr);
    EXPECT_EQ(quickRow->findChild<QLabel*>(QStringLiteral("stage"))->text(), QStringLiteral("all good"));
    panel.clearFinished();
    EXPECT_EQ(panel.rowCount(), 0);
}

} // namespace
} // namespace lupa::widgets
