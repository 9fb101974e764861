// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/widgets/LogPanel.hpp>

#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QThread>
#include <QVBoxLayout>

#include <mutex>

namespace lupa::widgets {

/// Connects the process-wide log hooks to one panel; shared with the hooks so that a message arriving
/// on another thread while the panel goes away finds `panel` null instead of a dangling pointer.
struct detail::LogBridge {
    void deliver(lupa::LogLevel level, const QString& message) {
        thread_local bool delivering = false; // a message logged while showing one is dropped, not looped
        std::lock_guard lock(mutex);
        if (!panel || delivering)
            return;
        delivering = true;
        panel->append(level, message);
        delivering = false;
    }

    std::recursive_mutex mutex;
    LogPanel* panel = nullptr;
    lupa::LogSink previousSink;
    QtMessageHandler previousHandler = nullptr;
};

namespace {

std::mutex& activeMutex() {
    static std::mutex mutex;
    return mutex;
}

// The bridge of the installed panel, for Qt's message handler (a plain function pointer).
std::shared_ptr<detail::LogBridge>& activeBridge() {
    static std::shared_ptr<detail::LogBridge> bridge;
    return bridge;
}

std::shared_ptr<detail::LogBridge> currentBridge() {
    std::lock_guard lock(activeMutex());
    return activeBridge();
}

lupa::LogLevel levelOf(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return lupa::LogLevel::Debug;
    case QtInfoMsg:
        return lupa::LogLevel::Info;
    case QtWarningMsg:
        return lupa::LogLevel::Warning;
    case QtCriticalMsg:
    case QtFatalMsg:
        return lupa::LogLevel::Error;
    }
    return lupa::LogLevel::Info;
}

void handleQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const auto bridge = currentBridge();
    if (!bridge)
        return;
    bridge->deliver(levelOf(type), message);
    if (bridge->previousHandler)
        bridge->previousHandler(type, context, message);
}

} // namespace

LogPanel::LogPanel(QWidget* parent)
    : QWidget(parent)
    , m_level(new QComboBox(this))
    , m_view(new QPlainTextEdit(this)) {
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(tr("Debug"), static_cast<int>(lupa::LogLevel::Debug));
    m_level->addItem(tr("Info"), static_cast<int>(lupa::LogLevel::Info));
    m_level->addItem(tr("Warning"), static_cast<int>(lupa::LogLevel::Warning));
    m_level->addItem(tr("Error"), static_cast<int>(lupa::LogLevel::Error));
    m_level->setCurrentIndex(m_level->findData(static_cast<int>(m_minimum)));
    m_view->setObjectName(QStringLiteral("log"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(kMaximumMessages);
    m_view->setLineWrapMode(QPlainTextEdit::NoWrap);

    auto* copy = new QPushButton(tr("Copy"), this);
    auto* clearButton = new QPushButton(tr("Clear"), this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_level);
    bar->addStretch(1);
    bar->addWidget(copy);
    bar->addWidget(clearButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { setMinimumLevel(static_cast<lupa::LogLevel>(m_level->currentData().toInt())); });
    connect(copy, &QPushButton::clicked, this, &LogPanel::copyToClipboard);
    connect(clearButton, &QPushButton::clicked, this, &LogPanel::clear);
}

LogPanel::~LogPanel() {
    uninstall();
}

void LogPanel::install() {
    if (m_bridge)
        return;
    m_bridge = std::make_shared<detail::LogBridge>();
    m_bridge->panel = this;
    {
        std::lock_guard lock(activeMutex());
        activeBridge() = m_bridge;
    }
    m_bridge->previousHandler = qInstallMessageHandler(handleQtMessage);
    m_bridge->previousSink =
        lupa::setLogSink([bridge = m_bridge](lupa::LogLevel level, std::string_view text) {
            bridge->deliver(level, QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
            if (bridge->previousSink)
                bridge->previousSink(level, text);
        });
}

void LogPanel::uninstall() {
    if (!m_bridge)
        return;
    {
        std::lock_guard lock(m_bridge->mutex);
        m_bridge->panel = nullptr;
    }
    bool wasActive = false;
    {
        std::lock_guard lock(activeMutex());
        wasActive = activeBridge() == m_bridge;
        if (wasActive)
            activeBridge().reset();
    }
    if (wasActive) {
        qInstallMessageHandler(m_bridge->previousHandler);
        lupa::setLogSink(m_bridge->previousSink);
    }
    m_bridge.reset();
}

void LogPanel::append(lupa::LogLevel level, const QString& message) {
    Entry entry{level, QDateTime::currentDateTime(), message};
    if (QThread::currentThread() == thread())
        appendInGuiThread(entry);
    else
        QMetaObject::invokeMethod(
            this, [this, entry] { appendInGuiThread(entry); }, Qt::QueuedConnection);
}

void LogPanel::appendInGuiThread(const Entry& entry) {
    m_entries.push_back(entry);
    if (m_entries.size() > static_cast<std::size_t>(kMaximumMessages))
        m_entries.pop_front();
    if (entry.level >= m_minimum)
        m_view->appendPlainText(format(entry));
}

void LogPanel::setMinimumLevel(lupa::LogLevel level) {
    m_minimum = level;
    const int index = m_level->findData(static_cast<int>(level));
    if (index != m_level->currentIndex())
        m_level->setCurrentIndex(index);
    refresh();
}

void LogPanel::refresh() {
    QStringList lines;
    for (const Entry& entry : m_entries)
        if (entry.level >= m_minimum)
            lines.append(format(entry));
    m_view->setPlainText(lines.join(QLatin1Char('\n')));
}

QString LogPanel::format(const Entry& entry) {
    return QStringLiteral("%1 [%2] %3")
        .arg(entry.time.toString(QStringLiteral("HH:mm:ss.zzz")),
             QString::fromLatin1(lupa::toString(entry.level)), entry.text);
}

QString LogPanel::visibleText() const {
    return m_view->toPlainText();
}

int LogPanel::messageCount() const {
    return static_cast<int>(m_entries.size());
}

void LogPanel::copyToClipboard() const {
    QGuiApplication::clipboard()->setText(visibleText());
}

void LogPanel::clear() {
    m_entries.clear();
    m_view->clear();
}

} // namespace lupa::widgets
