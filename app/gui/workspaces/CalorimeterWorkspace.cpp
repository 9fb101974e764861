// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CalorimeterWorkspace.hpp"

#include "FileKinds.hpp"
#include "WorkspaceRegistry.hpp"
#include "calo/ValidationInputs.hpp"
#include "calo/ValidationResults.hpp"

#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/calo/ShowerFile.hpp>
#include <lupa/core/calo/ValidationPlots.hpp>
#include <lupa/widgets/JobManager.hpp>

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QSplitter>

namespace lupa::app {
namespace {

const WorkspaceRegistration<CalorimeterWorkspace> calorimeterRegistration{40, "calorimeter"};

} // namespace

CalorimeterWorkspace::CalorimeterWorkspace(const WorkspaceContext& context, QWidget* parent)
    : Workspace(QStringLiteral("calorimeter"), tr("Calorimeter Validation"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/calorimeter.svg")), parent)
    , m_jobs(context.jobs)
    , m_inputs(new ValidationInputs(this))
    , m_results(new ValidationResults(this)) {
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_inputs);
    splitter->addWidget(m_results);
    splitter->setStretchFactor(1, 4);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
    connect(m_inputs, &ValidationInputs::openRequested, this, &Workspace::openFileRequested);
    connect(m_inputs, &ValidationInputs::runRequested, this, &CalorimeterWorkspace::run);
    connect(m_inputs, &ValidationInputs::exportRequested, this, &CalorimeterWorkspace::chooseExportFolder);
    if (m_jobs) {
        connect(m_inputs, &ValidationInputs::cancelRequested, this, [this] { m_jobs->cancel(m_job); });
        connect(m_jobs, &widgets::JobManager::jobFinished, this, &CalorimeterWorkspace::onJobFinished);
    }
}

bool CalorimeterWorkspace::canOpen(const QString& path) const {
    if (files::hasSuffix(path, {".xml"}))
        return true;
    if (!files::hasSuffix(path, {".h5", ".hdf5"}))
        return false;
    if (!files::looksLikeHdf5(path))
        return true; // open() explains what is wrong with it
    auto file = Hdf5File::openForReading(files::toPath(path));
    return file.ok() && file->hasDataset("showers");
}

Result<void> CalorimeterWorkspace::open(const QString& path) {
    if (files::hasSuffix(path, {".xml"})) {
        auto binning = calo::Binning::fromXmlFile(files::toPath(path));
        if (!binning)
            return std::move(binning).error();
        m_inputs->addBinningFile(path);
        Q_EMIT statusMessage(
            tr("Binning %1: %2 voxels").arg(QFileInfo(path).fileName()).arg(binning->voxelCount()));
        return success();
    }
    return openShowers(path);
}

Result<void> CalorimeterWorkspace::openShowers(const QString& path) {
    auto reader = calo::ShowerReader::open(files::toPath(path));
    if (!reader)
        return std::move(reader).error();
    m_inputs->addShowerFile(path);
    const bool reference = m_inputs->reference() == path;
    Q_EMIT statusMessage(tr("%1: %2 showers of %3 voxels, added as %4")
                             .arg(QFileInfo(path).fileName())
                             .arg(reader->showerCount())
                             .arg(reader->voxelCount())
                             .arg(reference ? tr("the reference") : tr("a candidate")));
    return success();
}

bool CalorimeterWorkspace::run() {
    if (!m_jobs || m_inputs->reference().isEmpty() || m_inputs->candidates().isEmpty()) {
        Q_EMIT statusMessage(tr("Open a reference and at least one candidate first"));
        return false;
    }
    auto binning = m_inputs->binning();
    if (!binning) {
        Q_EMIT statusMessage(QString::fromStdString(binning.error().describe()));
        return false;
    }
    m_binning = *binning;
    std::vector<std::filesystem::path> candidates;
    for (const QString& c : m_inputs->candidates())
        candidates.push_back(files::toPath(c));
    calo::ValidationOptions options;
    options.physicsDistances = m_inputs->physicsDistances();
    auto result = std::make_shared<calo::ValidationReport>();
    m_pending = result;
    const auto reference = files::toPath(m_inputs->reference());
    const calo::Binning jobBinning = *binning;
    m_job = m_jobs->start(tr("Validate showers"), [=](ProgressSink& progress) -> Result<QString> {
        auto report = calo::validateShowers(reference, candidates, jobBinning, progress, options);
        if (!report)
            return std::move(report).error();
        *result = std::move(*report);
        return tr("validated %1 candidate(s) against %2")
            .arg(candidates.size())
            .arg(QString::fromStdString(reference.filename().string()));
    });
    m_inputs->setRunning(true);
    return true;
}

void CalorimeterWorkspace::onJobFinished(int id, bool succeeded, const QString& message) {
    if (id != m_job)
        return;
    m_inputs->setRunning(false);
    Q_EMIT statusMessage(message);
    if (!succeeded || !m_pending || !m_binning)
        return;
    m_report = std::move(m_pending);
    m_results->showReport(m_report, *m_binning);
    m_inputs->setExportable(true);
}

Result<void> CalorimeterWorkspace::exportTo(const QString& folder) const {
    if (!m_report || !m_binning)
        return Error::usage(tr("nothing to export: run the validation first").toStdString());
    auto json = calo::writeValidationOutputs(*m_report, *m_binning, files::toPath(folder));
    if (!json)
        return std::move(json).error();
    return success();
}

void CalorimeterWorkspace::chooseExportFolder() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export the validation into"));
    if (folder.isEmpty())
        return;
    const auto written = exportTo(folder);
    Q_EMIT statusMessage(written ? tr("Wrote metrics.json and the plots to %1").arg(folder)
                                 : QString::fromStdString(written.error().describe()));
}

QStringList CalorimeterWorkspace::fileFilters() const {
    return {tr("CaloChallenge showers (*.h5 *.hdf5)"), tr("CaloChallenge binning (*.xml)")};
}

} // namespace lupa::app
