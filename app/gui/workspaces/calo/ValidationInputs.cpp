// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ValidationInputs.hpp"

#include "workspaces/FileKinds.hpp"

#include <lupa/core/calo/ShowerFile.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

constexpr int kValidationPathRole = Qt::UserRole + 1;

} // namespace

ValidationInputs::ValidationInputs(QWidget* parent)
    : QWidget(parent)
    , m_referenceLabel(new QLabel(tr("none: open or drop a CaloChallenge file"), this))
    , m_candidates(new QListWidget(this))
    , m_binning(new QComboBox(this))
    , m_distances(new QCheckBox(tr("Fréchet and kernel physics distances"), this))
    , m_run(new QPushButton(tr("Run Validation"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export Report…"), this)) {
    setObjectName(QStringLiteral("validationInputs"));
    m_referenceLabel->setWordWrap(true);
    m_candidates->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_candidates->setToolTip(tr("Generated showers compared with the reference (Delete removes)"));
    m_binning->addItem(tr("Automatic (from the voxel count)"), QString());
    for (const calo::Dataset d :
         {calo::Dataset::OnePhotons, calo::Dataset::OnePions, calo::Dataset::Two, calo::Dataset::Three})
        m_binning->addItem(tr("Dataset %1").arg(QString::fromStdString(calo::datasetName(d))),
                           QString::fromStdString(calo::datasetName(d)));
    m_distances->setChecked(true);
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setToolTip(tr("Compute features, histograms and metrics (Ctrl+R)"));
    auto* open = new QPushButton(tr("Add Files…"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("Reference:"), m_referenceLabel);
    form->addRow(tr("Binning:"), m_binning);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Candidates:"), this));
    layout->addWidget(m_candidates, 1);
    layout->addWidget(open);
    layout->addWidget(m_distances);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addWidget(m_export);
    connect(open, &QPushButton::clicked, this, &ValidationInputs::openRequested);
    connect(m_run, &QPushButton::clicked, this, &ValidationInputs::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ValidationInputs::cancelRequested);
    connect(m_export, &QPushButton::clicked, this, &ValidationInputs::exportRequested);
    auto* remove = new QShortcut(QKeySequence::Delete, m_candidates);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &ValidationInputs::removeSelectedCandidates);
    updateButtons();
}

void ValidationInputs::addShowerFile(const QString& path) {
    if (m_reference.isEmpty()) {
        setReference(path);
        return;
    }
    auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_candidates);
    item->setData(kValidationPathRole, path);
    item->setToolTip(path);
    updateButtons();
}

void ValidationInputs::setReference(const QString& path) {
    m_reference = path;
    m_referenceLabel->setText(QFileInfo(path).fileName());
    m_referenceLabel->setToolTip(path);
    updateButtons();
}

void ValidationInputs::addBinningFile(const QString& path) {
    int index = m_binning->findData(path);
    if (index < 0) {
        m_binning->addItem(QFileInfo(path).fileName(), path);
        index = m_binning->count() - 1;
    }
    m_binning->setCurrentIndex(index);
}

QStringList ValidationInputs::candidates() const {
    QStringList paths;
    for (int i = 0; i < m_candidates->count(); ++i)
        paths.append(m_candidates->item(i)->data(kValidationPathRole).toString());
    return paths;
}

Result<calo::Binning> ValidationInputs::binning() const {
    const QString choice = m_binning->currentData().toString();
    if (choice.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
        return calo::Binning::fromXmlFile(files::toPath(choice));
    if (!choice.isEmpty()) {
        auto dataset = calo::parseDatasetName(choice.toStdString());
        if (!dataset)
            return std::move(dataset).error();
        return calo::Binning::builtin(*dataset);
    }
    auto reader = calo::ShowerReader::open(files::toPath(m_reference));
    if (!reader)
        return std::move(reader).error();
    auto dataset = calo::Binning::datasetForVoxelCount(reader->voxelCount());
    if (!dataset)
        return Error::badInput(
            tr("%1; choose a binning").arg(QString::fromStdString(dataset.error().message)).toStdString(),
            m_reference.toStdString());
    return calo::Binning::builtin(*dataset);
}

bool ValidationInputs::physicsDistances() const {
    return m_distances->isChecked();
}

void ValidationInputs::setRunning(bool running) {
    m_running = running;
    updateButtons();
}

void ValidationInputs::setExportable(bool exportable) {
    m_exportable = exportable;
    updateButtons();
}

void ValidationInputs::updateButtons() {
    m_run->setEnabled(!m_running && !m_reference.isEmpty() && m_candidates->count() > 0);
    m_cancel->setEnabled(m_running);
    m_export->setEnabled(!m_running && m_exportable);
}

void ValidationInputs::removeSelectedCandidates() {
    qDeleteAll(m_candidates->selectedItems());
    updateButtons();
}

} // namespace lupa::app
