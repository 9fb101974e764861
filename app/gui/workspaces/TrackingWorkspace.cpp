// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackingWorkspace.hpp"

#include "FileKinds.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"

#include <lupa/core/CsvReader.hpp>

#include <QFileInfo>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <cstdint>

namespace lupa::app {
namespace {

const WorkspaceRegistration<TrackingWorkspace> trackingRegistration{30, "tracking"};

QString joinedHeader(const CsvReader& reader) {
    QStringList names;
    for (const std::string& name : reader.header())
        names.append(QString::fromStdString(name));
    return names.join(QStringLiteral(", "));
}

} // namespace

TrackingWorkspace::TrackingWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("tracking"), tr("Tracking"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/tracking.svg")), parent)
    , m_page(new PlaceholderPage(icon(), title(),
                                 tr("Simulate events, reconstruct their tracks with a graph neural network "
                                    "or a classical baseline, and score them the TrackML way."),
                                 this)) {
    m_page->setPlannedFeatures({tr("Event simulation with pile-up"),
                                tr("Training and running the track-finding pipeline"),
                                tr("Score, efficiency, fake and duplicate rates")});
    connect(m_page->addButton(tr("Open TrackML Event…")), &QPushButton::clicked, this,
            &Workspace::openFileRequested);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_page);
}

bool TrackingWorkspace::canOpen(const QString& path) const {
    static const QRegularExpression trackMlName(
        QStringLiteral("^(event\\d+-(hits|truth|particles|cells)|detectors)\\.csv(\\.gz)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return trackMlName.match(QFileInfo(path).fileName()).hasMatch();
}

Result<void> TrackingWorkspace::open(const QString& path) {
    auto reader = CsvReader::open(files::toPath(path));
    if (!reader)
        return reader.error();
    std::int64_t rows = 0;
    while (true) {
        auto more = reader->next();
        if (!more)
            return more.error();
        if (!*more)
            break;
        ++rows;
    }
    m_page->showSummary(QFileInfo(path).fileName(),
                        {tr("%1 rows").arg(rows), tr("Columns: %1").arg(joinedHeader(*reader))});
    Q_EMIT statusMessage(tr("Opened %1").arg(QFileInfo(path).fileName()));
    return success();
}

QStringList TrackingWorkspace::fileFilters() const {
    return {tr("TrackML event files (*.csv *.csv.gz)")};
}

} // namespace lupa::app
