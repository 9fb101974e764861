// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Log.hpp>
#include <lupa/widgets/LogPanel.hpp>

#include <QCoreApplication>
#include <QTest>
#include <gtest/gtest.h>

#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace lupa::widgets {
namespace {

// Collects what reaches lupa's log sink; restores the previous sink on destruction.
class SinkRecorder {
public:
    SinkRecorder() {
        m_previous = lupa::setLogSink([this](lupa::LogLevel, std::string_view message) {
            std::lock_guard lock(m_mutex);
            m_messages.emplace_back(message);
        });
    }
    ~SinkRecorder() { lupa::setLogSink(m_previous); }
    bool received(const std::string& message) {
        std::lock_guard lock(m_mutex);
        return std::find(m_messages.begin(), m_messages.end(), message) != m_messages.end();
    }

private:
    std::mutex m_mutex;
    std::vector<std::string> m_messages;
    lupa::LogSink m_previous;
};

TEST(LogPanel, ReceivesLupaLogMessages) {
    LogPanel panel;
    panel.install();
    lupa::logWarning("module 12 failed the flatness check");
    EXPECT_TRUE(
        panel.visibleText().contains(QStringLiteral("[warning] module 12 failed the flatness check")));
    EXPECT_EQ(panel.messageCount(), 1);
}

TEST(LogPanel, ReceivesMessagesFromOtherThreads) {
    LogPanel panel;
    panel.install();
    std::thread worker([] {
        for (int i = 0; i < 50; ++i)
            lupa::logInfo("event " + std::to_string(i));
    });
    worker.join();
    QCoreApplication::processEvents();
    EXPECT_EQ(panel.messageCount(), 50);
    EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("[info] event 49")));
}

TEST(LogPanel, ReceivesQtMessages) {
    LogPanel panel;
    panel.install();
    qWarning("a Qt warning about %s", "fonts");
    EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("a Qt warning about fonts")));
}

TEST(LogPanel, FiltersByLevel) {
    LogPanel panel;
    panel.append(lupa::LogLevel::Debug, QStringLiteral("debug detail"));
    panel.append(lupa::LogLevel::Info, QStringLiteral("info line"));
    panel.append(lupa::LogLevel::Error, QStringLiteral("error line"));
    EXPECT_FALSE(panel.visibleText().contains(QStringLiteral("debug detail"))); // Info and above by default
    EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("info line")));
    panel.setMinimumLevel(lupa::LogLevel::Error);
    EXPECT_FALSE(panel.visibleText().contains(QStringLiteral("info line")));
    EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("error line")));
    panel.setMinimumLevel(lupa::LogLevel::Debug);
    EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("debug detail")));
    panel.clear();
    EXPECT_TRUE(panel.visibleText().isEmpty());
    EXPECT_EQ(panel.messageCount(), 0);
}

TEST(LogPanel, PassesMessagesOnAndUninstallsWhenDestroyed) {
    SinkRecorder recorder;
    {
        LogPanel panel;
        panel.install();
        lupa::logError("while installed");
        EXPECT_TRUE(panel.visibleText().contains(QStringLiteral("while installed")));
    }
    EXPECT_TRUE(recorder.received("while installed")); // the previous sink still gets everything
    lupa::logError("after the panel is gone");
    EXPECT_TRUE(recorder.received("after the panel is gone"));
}

} // namespace
} // namespace lupa::widgets
