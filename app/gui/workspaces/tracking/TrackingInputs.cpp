// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingInputs.hpp"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <filesystem>
#include <initializer_list>

namespace lupa::app {

TrackingInputs::TrackingInputs(QWidget* parent)
    : QWidget(parent)
    , m_events(new QSpinBox(this))
    , m_mu(new QDoubleSpinBox(this))
    , m_seed(new QSpinBox(this))
    , m_output(new QLineEdit(this))
    , m_browse(new QPushButton(tr("…"), this))
    , m_simulate(new QPushButton(tr("Simulate"), this))
    , m_open(new QPushButton(tr("Open Event Folder…"), this))
    , m_folder(new QLabel(this))
    , m_event(new QComboBox(this)) {
    m_events->setRange(1, 1000);
    m_events->setToolTip(tr("Number of events to simulate"));
    m_mu->setRange(0, 300);
    m_mu->setDecimals(1);
    m_mu->setToolTip(tr("Mean number of pile-up interactions per event (200 is the HL-LHC's; ~50 "
                        "particles each)"));
    m_seed->setRange(0, 1'000'000'000);
    m_seed->setToolTip(tr("Events depend on the seed and their number only"));
    m_output->setToolTip(tr("Folder the simulated TrackML CSV files are written to"));
    m_browse->setToolTip(tr("Choose the output folder"));
    m_folder->setWordWrap(true);
    m_folder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_event->setToolTip(
        tr("The event to reconstruct and score; the GNN trains on the folder's other events"));
    auto* outputRow = new QHBoxLayout;
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Events:"), m_events);
    form->addRow(tr("Pile-up μ:"), m_mu);
    form->addRow(tr("Seed:"), m_seed);
    form->addRow(tr("Output folder:"), outputRow);
    auto* chosen = new QFormLayout;
    chosen->addRow(tr("Folder:"), m_folder);
    chosen->addRow(tr("Event:"), m_event);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_simulate);
    layout->addWidget(m_open);
    layout->addLayout(chosen);
    connect(m_simulate, &QPushButton::clicked, this, &TrackingInputs::simulateRequested);
    connect(m_open, &QPushButton::clicked, this, &TrackingInputs::openFolderRequested);
    connect(m_browse, &QPushButton::clicked, this, &TrackingInputs::chooseOutputFolder);
    connect(m_event, &QComboBox::currentIndexChanged, this, &TrackingInputs::eventChanged);
    setEvents({}, {});
}

void TrackingInputs::setSimulation(int events, double mu, int seed, const QString& folder) {
    m_events->setValue(events);
    m_mu->setValue(mu);
    m_seed->setValue(seed);
    m_output->setText(folder);
}

int TrackingInputs::simulatedEvents() const {
    return m_events->value();
}

double TrackingInputs::pileup() const {
    return m_mu->value();
}

int TrackingInputs::seed() const {
    return m_seed->value();
}

QString TrackingInputs::outputFolder() const {
    return m_output->text().trimmed();
}

void TrackingInputs::setEvents(const QString& folder, const std::vector<std::string>& prefixes,
                               const std::string& current) {
    m_folderPath = folder;
    m_prefixes = prefixes;
    const QSignalBlocker blocker(m_event);
    m_event->clear();
    int chosen = static_cast<int>(prefixes.size()) - 1;
    for (std::size_t i = 0; i < prefixes.size(); ++i) {
        m_event->addItem(QString::fromStdString(std::filesystem::path(prefixes[i]).filename().string()),
                         QString::fromStdString(prefixes[i]));
        if (prefixes[i] == current)
            chosen = static_cast<int>(i);
    }
    m_event->setCurrentIndex(chosen);
    m_folder->setText(folder.isEmpty()
                          ? tr("none: simulate events or open a folder")
                          : tr("%1 (events: %2)").arg(QFileInfo(folder).fileName()).arg(prefixes.size()));
    m_folder->setToolTip(folder);
    Q_EMIT eventChanged();
}

std::string TrackingInputs::currentPrefix() const {
    return m_event->currentData().toString().toStdString();
}

std::vector<std::string> TrackingInputs::trainingPrefixes() const {
    if (m_prefixes.size() < 2)
        return m_prefixes;
    std::vector<std::string> others;
    const std::string current = currentPrefix();
    for (const auto& prefix : m_prefixes)
        if (prefix != current)
            others.push_back(prefix);
    return others;
}

void TrackingInputs::setRunning(bool running) {
    for (QWidget* widget : std::initializer_list<QWidget*>{m_simulate, m_open, m_browse, m_event})
        widget->setEnabled(!running);
}

void TrackingInputs::chooseOutputFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder for Simulated Events"), outputFolder());
    if (!folder.isEmpty())
        m_output->setText(folder);
}

} // namespace lupa::app
