// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyInputs.hpp"

#include "AnomalyPlotStyle.hpp"

#include <QFileInfo>
#include <QGridLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

constexpr int kAnomalyPathRole = Qt::UserRole + 1;

QString pathOf(const QListWidgetItem* item) {
    return item->data(kAnomalyPathRole).toString();
}

} // namespace

AnomalyInputs::AnomalyInputs(QWidget* parent)
    : QWidget(parent)
    , m_files(new QListWidget(this))
    , m_add(new QPushButton(tr("Add Files…"), this))
    , m_simulate(new QPushButton(tr("Simulate Demo Samples"), this))
    , m_makeBackground(new QPushButton(tr("Use as Background"), this))
    , m_remove(new QPushButton(tr("Remove"), this)) {
    setObjectName(QStringLiteral("anomalyInputs"));
    m_files->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_files->setToolTip(tr("The first file is the background the autoencoder learns; the others are "
                           "signals (Delete removes the selected files)"));
    m_simulate->setToolTip(tr("Write toy ADC2021-like samples: 50 000 background events and 10 000 "
                              "events of each of four signals, with fixed seeds"));
    m_makeBackground->setToolTip(tr("Make the selected file the background"));
    auto* buttons = new QGridLayout;
    buttons->addWidget(m_add, 0, 0);
    buttons->addWidget(m_simulate, 0, 1);
    buttons->addWidget(m_makeBackground, 1, 0);
    buttons->addWidget(m_remove, 1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Event samples (background first):"), this));
    layout->addWidget(m_files, 1);
    layout->addLayout(buttons);
    connect(m_add, &QPushButton::clicked, this, &AnomalyInputs::openRequested);
    connect(m_simulate, &QPushButton::clicked, this, &AnomalyInputs::simulateRequested);
    connect(m_makeBackground, &QPushButton::clicked, this, &AnomalyInputs::useSelectedAsBackground);
    connect(m_remove, &QPushButton::clicked, this, &AnomalyInputs::removeSelected);
    connect(m_files, &QListWidget::itemSelectionChanged, this, &AnomalyInputs::updateButtons);
    auto* remove = new QShortcut(QKeySequence::Delete, m_files);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &AnomalyInputs::removeSelected);
    updateButtons();
}

void AnomalyInputs::addEventFile(const QString& path) {
    for (int row = 0; row < m_files->count(); ++row)
        if (pathOf(m_files->item(row)) == path)
            return;
    auto* item = new QListWidgetItem(m_files);
    item->setData(kAnomalyPathRole, path);
    item->setToolTip(path);
    relabel();
    Q_EMIT filesChanged();
}

void AnomalyInputs::setFiles(const QString& background, const QStringList& signalFiles) {
    {
        const QSignalBlocker block(this);
        m_files->clear();
        if (!background.isEmpty()) {
            addEventFile(background);
            for (const QString& path : signalFiles)
                addEventFile(path);
        }
    }
    relabel();
    Q_EMIT filesChanged();
}

void AnomalyInputs::setBackground(const QString& path) {
    for (int row = 1; row < m_files->count(); ++row)
        if (pathOf(m_files->item(row)) == path) {
            m_files->insertItem(0, m_files->takeItem(row));
            relabel();
            Q_EMIT filesChanged();
            return;
        }
}

void AnomalyInputs::removeFile(const QString& path) {
    for (int row = 0; row < m_files->count(); ++row)
        if (pathOf(m_files->item(row)) == path) {
            delete m_files->takeItem(row);
            relabel();
            Q_EMIT filesChanged();
            return;
        }
}

QString AnomalyInputs::background() const {
    return m_files->count() > 0 ? pathOf(m_files->item(0)) : QString();
}

QStringList AnomalyInputs::signalFiles() const {
    QStringList paths;
    for (int row = 1; row < m_files->count(); ++row)
        paths.append(pathOf(m_files->item(row)));
    return paths;
}

void AnomalyInputs::setRunning(bool running) {
    m_running = running;
    updateButtons();
}

void AnomalyInputs::relabel() {
    for (int row = 0; row < m_files->count(); ++row) {
        QListWidgetItem* item = m_files->item(row);
        const QString name = QFileInfo(pathOf(item)).fileName();
        item->setText(row == 0 ? tr("%1 — background").arg(name) : tr("%1 — signal").arg(name));
        QFont font = item->font();
        font.setBold(row == 0);
        item->setFont(font);
        if (row > 0)
            item->setForeground(anomalyplots::signalColour(row - 1)); // as in the plots
        else
            item->setData(Qt::ForegroundRole, QVariant());
    }
    updateButtons();
}

void AnomalyInputs::updateButtons() {
    const auto selected = m_files->selectedItems();
    m_add->setEnabled(!m_running);
    m_simulate->setEnabled(!m_running);
    m_remove->setEnabled(!m_running && !selected.isEmpty());
    m_makeBackground->setEnabled(!m_running && selected.size() == 1 && m_files->row(selected.front()) > 0);
}

void AnomalyInputs::useSelectedAsBackground() {
    const auto selected = m_files->selectedItems();
    if (m_running || selected.size() != 1)
        return;
    setBackground(pathOf(selected.front()));
}

void AnomalyInputs::removeSelected() {
    if (m_running || m_files->selectedItems().isEmpty())
        return;
    qDeleteAll(m_files->selectedItems());
    relabel();
    Q_EMIT filesChanged();
}

} // namespace lupa::app
