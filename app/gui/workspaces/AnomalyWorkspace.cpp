// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AnomalyWorkspace.hpp"

#include "FileKinds.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"

#include <lupa/core/Hdf5File.hpp>

#include <QFileInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

const WorkspaceRegistration<AnomalyWorkspace> registration{50, "anomaly"};

} // namespace

AnomalyWorkspace::AnomalyWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("anomaly"), tr("Anomaly Detection"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/anomaly.svg")), parent)
    , m_page(new PlaceholderPage(icon(), title(),
                                 tr("Train an autoencoder on background events, score signal events and "
                                    "read ROC curves, AUC and the true-positive rate at tiny false-positive "
                                    "rates."),
                                 this)) {
    m_page->setPlannedFeatures({tr("Autoencoder and variational autoencoder training"),
                                tr("ROC curves, AUC and TPR at FPR 10⁻⁵ for every signal"),
                                tr("Checks of fixed-point inference for the trigger")});
    connect(m_page->addButton(tr("Open Events…")), &QPushButton::clicked, this,
            &Workspace::openFileRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

bool AnomalyWorkspace::canOpen(const QString& path) const {
    if (!files::hasSuffix(path, {".h5", ".hdf5"}) || !files::looksLikeHdf5(path))
        return false;
    auto file = Hdf5File::openForReading(files::toPath(path));
    return file.ok() && file->hasDataset("Particles");
}

Result<void> AnomalyWorkspace::open(const QString& path) {
    auto file = Hdf5File::openForReading(files::toPath(path));
    if (!file)
        return file.error();
    auto shape = file->shape("Particles");
    if (!shape)
        return shape.error();
    if (shape->size() != 3 || (*shape)[2] != 4) {
        return Error::badInput(
            tr("the dataset \"Particles\" must have the shape (events, objects, 4)").toStdString(),
            path.toStdString());
    }
    m_page->showSummary(
        QFileInfo(path).fileName(),
        {tr("%1 events with up to %2 physics objects each").arg((*shape)[0]).arg((*shape)[1])});
    Q_EMIT statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return success();
}

QStringList AnomalyWorkspace::fileFilters() const {
    return {tr("ADC2021 events (*.h5 *.hdf5)")};
}

} // namespace lupa::app
