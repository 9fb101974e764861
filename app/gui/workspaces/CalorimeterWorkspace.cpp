// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CalorimeterWorkspace.hpp"

#include "FileKinds.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"

#include <lupa/core/Hdf5File.hpp>

#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>
#include <QXmlStreamReader>

namespace lupa::app {
namespace {

const WorkspaceRegistration<CalorimeterWorkspace> registration{40, "calorimeter"};

QString shapeText(const Shape& shape) {
    QStringList sizes;
    for (const std::uint64_t size : shape)
        sizes.append(QString::number(size));
    return sizes.join(QStringLiteral(" × "));
}

} // namespace

CalorimeterWorkspace::CalorimeterWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("calorimeter"), tr("Calorimeter Validation"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/calorimeter.svg")), parent)
    , m_page(new PlaceholderPage(icon(), title(),
                                 tr("Compare showers from a generative model with GEANT4 showers: features, "
                                    "histograms, separation power, classifier AUC, FPD and KPD."),
                                 this)) {
    m_page->setPlannedFeatures({tr("High-level features of every shower"),
                                tr("Histograms with separation powers against the reference"),
                                tr("Classifier test and Fréchet and kernel physics distances")});
    connect(m_page->addButton(tr("Open Showers…")), &QPushButton::clicked, this,
            &Workspace::openFileRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
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
    return files::hasSuffix(path, {".xml"}) ? openBinning(path) : openShowers(path);
}

Result<void> CalorimeterWorkspace::openShowers(const QString& path) {
    auto file = Hdf5File::openForReading(files::toPath(path));
    if (!file)
        return file.error();
    for (const char* name : {"showers", "incident_energies"}) {
        if (!file->hasDataset(name)) {
            return Error::badInput(tr("not a CaloChallenge file: the dataset \"%1\" is missing")
                                       .arg(QLatin1String(name))
                                       .toStdString(),
                                   path.toStdString());
        }
    }
    auto showers = file->shape("showers");
    if (!showers)
        return showers.error();
    const std::uint64_t count = showers->empty() ? 0 : showers->front();
    m_page->showSummary(QFileInfo(path).fileName(),
                        {tr("%1 showers, dataset shape %2").arg(count).arg(shapeText(*showers))});
    Q_EMIT statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return success();
}

Result<void> CalorimeterWorkspace::openBinning(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(file.errorString().toStdString(), path.toStdString());
    QXmlStreamReader xml(&file);
    int layers = 0;
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (root && xml.name() != QLatin1String("Bins"))
            return Error::badInput(
                tr("not a CaloChallenge binning file: the root element is not <Bins>").toStdString(),
                path.toStdString(), xml.lineNumber());
        root = false;
        if (xml.name() == QLatin1String("Layer"))
            ++layers;
    }
    if (xml.hasError() || root)
        return Error::badInput(tr("not valid XML: %1").arg(xml.errorString()).toStdString(),
                               path.toStdString(), xml.lineNumber());
    m_page->showSummary(QFileInfo(path).fileName(), {tr("Binning with %1 layers").arg(layers)});
    Q_EMIT statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return success();
}

QStringList CalorimeterWorkspace::fileFilters() const {
    return {tr("CaloChallenge showers (*.h5 *.hdf5)"), tr("CaloChallenge binning (*.xml)")};
}

} // namespace lupa::app
