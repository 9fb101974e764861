// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Log.hpp>

#include <QDateTime>
#include <QString>
#include <QWidget>

#include <deque>
#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace lupa::widgets {

namespace detail {
struct LogBridge; ///< joins the process-wide log hooks to a LogPanel (see LogPanel.cpp)
} // namespace detail

/// A read-only view of log messages with a minimum-level filter, Copy and Clear. install() makes it
/// the destination of lupa::log and of Qt's qDebug/qWarning/...; messages may come from any thread.
class LogPanel : public QWidget {
    Q_OBJECT
public:
    /// An empty panel showing Info and above.
    explicit LogPanel(QWidget* parent = nullptr);
    /// Uninstalls the panel if it is installed.
    ~LogPanel() override;

    /// Becomes lupa's log sink and Qt's message handler; the previous ones keep receiving every
    /// message too, and are restored by uninstall() or destruction.
    void install();
    /// Gives the log back to the previous sink and message handler.
    void uninstall();

    /// Adds a message; thread-safe (from another thread it is shown once the GUI thread runs).
    void append(lupa::LogLevel level, const QString& message);

    /// Shows only messages at `level` or above.
    void setMinimumLevel(lupa::LogLevel level);
    /// The text currently shown (the filtered messages, one a line).
    [[nodiscard]] QString visibleText() const;
    /// Messages kept (at most a fixed number; the oldest go first).
    [[nodiscard]] int messageCount() const;

    /// Copies the shown text to the clipboard.
    void copyToClipboard() const;
    /// Forgets all messages.
    void clear();

    /// How much the panel keeps [messages].
    static constexpr int kMaximumMessages = 20000;

private:
    struct Entry {
        lupa::LogLevel level;
        QDateTime time;
        QString text;
    };
    void appendInGuiThread(const Entry& entry);
    void refresh();
    [[nodiscard]] static QString format(const Entry& entry);

    QComboBox* m_level;
    QPlainTextEdit* m_view;
    std::deque<Entry> m_entries;
    lupa::LogLevel m_minimum = lupa::LogLevel::Info;
    std::shared_ptr<detail::LogBridge> m_bridge;
};

} // namespace lupa::widgets
