// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventDisplayWorkspace.hpp"

#include "BarrelOutline.hpp"
#include "FileKinds.hpp"
#include "HitCloud.hpp"
#include "HitHistogram.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Log.hpp>
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/Polylines.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <vtkActor.h>
#include <vtkRenderer.h>

#include <algorithm>

namespace lupa::app {
namespace {

const WorkspaceRegistration<EventDisplayWorkspace> eventDisplayRegistration{20, "event-display"};

} // namespace

EventDisplayWorkspace::EventDisplayWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("event-display"), tr("Event Display"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/event-display.svg")), parent)
    , m_pages(new QStackedWidget(this))
    , m_page(new PlaceholderPage(
          icon(), title(),
          tr("Look at an event: detector geometry, hits, tracks, calorimeter deposits and "
             "physics objects. Pick, filter, project and share a picture."),
          m_pages))
    , m_view(new widgets::VtkView(m_pages))
    , m_histogram(new HitHistogram) {
    m_page->setPlannedFeatures({tr("Detector geometry from TrackML detector files and OBJ meshes"),
                                tr("Tracks, calorimeter cells and physics objects from Phoenix files"),
                                tr("3D, x-y, r-z and η-φ views; picking and filters")});
    connect(m_page->addButton(tr("Show Demo Event")), &QPushButton::clicked, this,
            &EventDisplayWorkspace::showDemoEvent);
    connect(m_page->addButton(tr("Open Event…")), &QPushButton::clicked, this, &Workspace::openFileRequested);
    m_view->setObjectName(QStringLiteral("eventView"));
    m_view->renderer()->GradientBackgroundOn();
    m_view->renderer()->SetBackground(0.02, 0.03, 0.05);
    m_view->renderer()->SetBackground2(0.13, 0.16, 0.22);
    m_pages->addWidget(m_page);
    m_pages->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
}

bool EventDisplayWorkspace::canOpen(const QString& path) const {
    return files::hasSuffix(path, {".csv", ".csv.gz", ".json"});
}

Result<void> EventDisplayWorkspace::open(const QString& path) {
    if (isDetectorDescription(path))
        return openGeometry(path);
    auto hits = files::hasSuffix(path, {".json"}) ? HitsReader::readPhoenix(path) : HitsReader::readCsv(path);
    if (!hits)
        return hits.error();
    showHits(*hits, QFileInfo(path).fileName());
    m_page->showSummary(QFileInfo(path).fileName(), hits->summary);
    return success();
}

QStringList EventDisplayWorkspace::fileFilters() const {
    return {tr("Event hits (*.csv *.csv.gz)"), tr("Phoenix events (*.json)"),
            tr("TrackML detector descriptions (detectors*.csv detectors*.csv.gz)")};
}

bool EventDisplayWorkspace::isDetectorDescription(const QString& path) {
    if (!files::hasSuffix(path, {".csv", ".csv.gz"}))
        return false;
    auto reader = CsvReader::open(files::toPath(path));
    if (!reader)
        return false;
    const auto& header = reader->header();
    return std::find(header.begin(), header.end(), "module_minhu") != header.end();
}

Result<void> EventDisplayWorkspace::openGeometry(const QString& path) {
    auto detectors = trackml::Detectors::read(files::toPath(path));
    if (!detectors)
        return detectors.error();
    auto actor = visualization::addModules(m_view->renderer(), visualization::moduleShapes(*detectors));
    if (!actor)
        return actor.error();
    if (m_geometry != nullptr)
        m_view->renderer()->RemoveActor(m_geometry);
    m_geometry = *actor;
    const auto modules = detectors->modules().size();
    m_page->showSummary(QFileInfo(path).fileName(), {tr("Detector description: %1 modules").arg(modules)});
    m_pages->setCurrentWidget(m_view);
    m_view->resetCamera();
    Q_EMIT statusMessage(tr("%1: %2 detector modules").arg(QFileInfo(path).fileName()).arg(modules));
    logInfo("Showing " + std::to_string(modules) + " detector modules from " + path.toStdString());
    return success();
}

QList<QDockWidget*> EventDisplayWorkspace::docks() {
    if (m_histogramDock == nullptr) {
        m_histogramDock = new QDockWidget(tr("Hit Radii"));
        m_histogramDock->setObjectName(QStringLiteral("hitRadiiDock"));
        m_histogramDock->setWidget(m_histogram);
    }
    return {m_histogramDock};
}

void EventDisplayWorkspace::showHits(const LoadedHits& hits, const QString& name) {
    vtkRenderer* renderer = m_view->renderer();
    clearScene();
    if (!hits.layerRadii.empty())
        m_outline = BarrelOutline::addTo(renderer, hits.layerRadii, hits.halfLength);
    if (!hits.tracks.empty()) {
        visualization::PolylineData lines;
        for (const auto& track : hits.tracks)
            lines.add(track);
        visualization::PolylineStyle style;
        style.colour = {0.95, 0.85, 0.3};
        if (auto tracks = visualization::addPolylines(renderer, lines, style))
            m_tracks = *tracks;
        else
            logError(tracks.error().describe());
    }
    auto cloud = HitCloud::addTo(renderer, hits.hits);
    if (cloud) {
        m_cloud = *cloud;
        m_pointCount = hits.hits.size();
    } else {
        logError(cloud.error().describe());
    }
    m_histogram->setHits(hits.hits);
    m_pages->setCurrentWidget(m_view);
    HitCloud::placeCamera(renderer);
    m_view->requestRender();
    Q_EMIT statusMessage(tr("%1: %2 hits").arg(name).arg(hits.hits.size()));
}

void EventDisplayWorkspace::clearScene() {
    for (vtkActor** actor : {&m_cloud, &m_outline, &m_tracks}) {
        if (*actor != nullptr)
            m_view->renderer()->RemoveActor(*actor);
        *actor = nullptr;
    }
    m_pointCount = 0;
}

void EventDisplayWorkspace::showDemoEvent() {
    const DemoEventConfig config;
    LoadedHits demo;
    demo.hits = makeDemoEvent(config);
    demo.layerRadii = config.layerRadii;
    demo.halfLength = config.halfLength;
    demo.summary.append(tr("Demo event: %1 hits").arg(demo.hits.size()));
    logInfo("Showing the demo event with " + std::to_string(demo.hits.size()) + " hits");
    showHits(demo, tr("Demo event"));
}

} // namespace lupa::app
