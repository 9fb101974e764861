// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionWorkspace.hpp"

#include "FileKinds.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"

#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

const WorkspaceRegistration<InspectionWorkspace> registration{10, "inspection"};

} // namespace

InspectionWorkspace::InspectionWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("inspection"), tr("Inspection"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/inspection.svg")), parent)
    , m_page(new PlaceholderPage(icon(), title(),
                                 tr("Photograph each detector module at each production stage and get "
                                    "PASS, FAIL or REVIEW with the defects marked."),
                                 this)) {
    m_page->setPlannedFeatures({tr("Registration of the photograph to its reference image"),
                                tr("Anomaly maps and defect boxes with their classes"),
                                tr("Confirm or overrule the verdict and keep the QC record")});
    connect(m_page->addButton(tr("Open Module Image…")), &QPushButton::clicked, this,
            &Workspace::openFileRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

bool InspectionWorkspace::canOpen(const QString& path) const {
    return files::hasSuffix(path, {".png", ".tif", ".tiff", ".jpg", ".jpeg", ".bmp"});
}

Result<void> InspectionWorkspace::open(const QString& path) {
    QImageReader reader(path);
    const QSize size = reader.size();
    const QImage::Format format = reader.imageFormat();
    if (!reader.canRead() || !size.isValid()) {
        return Error::badInput(tr("not a readable image (%1)").arg(reader.errorString()).toStdString(),
                               path.toStdString());
    }
    const QString depth = format == QImage::Format_Grayscale16  ? tr("16-bit grey")
                          : format == QImage::Format_Grayscale8 ? tr("8-bit grey")
                                                                : tr("colour");
    m_page->showSummary(QFileInfo(path).fileName(),
                        {tr("%1 × %2 pixels, %3").arg(size.width()).arg(size.height()).arg(depth)});
    Q_EMIT statusMessage(tr("Opened image %1").arg(QFileInfo(path).fileName()));
    return success();
}

QStringList InspectionWorkspace::fileFilters() const {
    return {tr("Module images (*.png *.tif *.tiff *.jpg *.jpeg *.bmp)")};
}

} // namespace lupa::app
