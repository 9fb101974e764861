// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventDisplayWorkspace.hpp"

#include "FileKinds.hpp"
#include "HitHistogram.hpp"
#include "PlaceholderPage.hpp"
#include "WorkspaceRegistry.hpp"
#include "display/CollectionsPanel.hpp"
#include "display/EventNavigator.hpp"
#include "display/EventScene.hpp"
#include "display/EventSelection.hpp"
#include "display/HitTable.hpp"
#include "display/HitTableModel.hpp"

#include <lupa/core/CsvReader.hpp>
#include <lupa/core/Log.hpp>
#include <lupa/core/trackml/Detectors.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <vtkActor.h>
#include <vtkRenderer.h>

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace lupa::app {
namespace {

const WorkspaceRegistration<EventDisplayWorkspace> eventDisplayRegistration{20, "event-display"};

// A view of the event display with the dark gradient behind the detector.
widgets::VtkView* makeEventView(const QString& name, QWidget* parent) {
    auto* view = new widgets::VtkView(parent);
    view->setObjectName(name);
    view->renderer()->GradientBackgroundOn();
    view->renderer()->SetBackground(0.02, 0.03, 0.05);
    view->renderer()->SetBackground2(0.13, 0.16, 0.22);
    return view;
}

} // namespace

EventDisplayWorkspace::EventDisplayWorkspace(const WorkspaceContext& /*context*/, QWidget* parent)
    : Workspace(QStringLiteral("event-display"), tr("Event Display"),
                QIcon(QStringLiteral(":/lupa/icons/workspaces/event-display.svg")), parent)
    , m_selection(new EventSelection(this))
    , m_pages(new QStackedWidget(this))
    , m_page(new PlaceholderPage(
          icon(), title(),
          tr("Look at an event: detector geometry, hits, tracks, calorimeter deposits and "
             "physics objects. Pick, filter, project and share a picture."),
          m_pages))
    , m_histogram(new HitHistogram)
    , m_collections(new CollectionsPanel) {
    m_page->setPlannedFeatures({tr("Detector geometry from TrackML detector files and OBJ meshes"),
                                tr("Tracks, calorimeter cells and physics objects from Phoenix files"),
                                tr("3D, x-y, r-z and η-φ views; picking and filters")});
    connect(m_page->addButton(tr("Show Demo Event")), &QPushButton::clicked, this,
            &EventDisplayWorkspace::showDemoEvent);
    connect(m_page->addButton(tr("Open Event…")), &QPushButton::clicked, this, &Workspace::openFileRequested);
    m_display = makeDisplayPage();
    m_pages->addWidget(m_page);
    m_pages->addWidget(m_display);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    connect(m_selection, &EventSelection::changed, this, &EventDisplayWorkspace::onSelectionChanged);
    connect(m_collections, &CollectionsPanel::visibilityChanged, this,
            [this](EventCollection which, bool on) {
                m_threeD->setCollectionVisible(which, on);
                m_transverse->setCollectionVisible(which, on);
            });
    connect(m_collections, &CollectionsPanel::pointSizeChanged, this, [this](double pixels) {
        m_threeD->setPointSize(pixels);
        m_transverse->setPointSize(pixels);
    });
}

QWidget* EventDisplayWorkspace::makeDisplayPage() {
    auto* page = new QWidget(m_pages);
    page->setObjectName(QStringLiteral("eventDisplayPage"));
    m_navigator = new EventNavigator(page);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    auto* views = new QSplitter(Qt::Horizontal, splitter);
    m_threeD = new EventScene(makeEventView(QStringLiteral("eventView"), views),
                              visualization::ViewPreset::ThreeD, this);
    m_transverse = new EventScene(makeEventView(QStringLiteral("eventTransverseView"), views),
                                  visualization::ViewPreset::Transverse, this);
    m_table = new HitTable(m_selection, splitter);
    splitter->addWidget(views);
    splitter->addWidget(m_table);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The table's size hint (hundreds of rows) would otherwise squeeze the views to a strip.
    constexpr int kViewsShare = 3000;
    constexpr int kTableShare = 1000;
    splitter->setSizes({kViewsShare, kTableShare});
    constexpr int kMinimumViewsHeight = 240; // px
    views->setMinimumHeight(kMinimumViewsHeight);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigator);
    layout->addWidget(splitter, 1);
    for (EventScene* scene : {m_threeD, m_transverse})
        connect(scene, &EventScene::hitPicked, m_selection, &EventSelection::select);
    connect(m_navigator, &EventNavigator::eventRequested, this, &EventDisplayWorkspace::openRequestedEvent);
    return page;
}

void EventDisplayWorkspace::openRequestedEvent(const QString& path) {
    if (const Result<void> opened = open(path); !opened) {
        logError(opened.error().describe());
        Q_EMIT statusMessage(files::describe(opened.error()));
    }
}

void EventDisplayWorkspace::onSelectionChanged(int index) {
    m_threeD->highlightHit(index);
    m_transverse->highlightHit(index);
    if (index < 0)
        return;
    const HitDetails details = m_table->hitModel()->details(index);
    const auto position = m_threeD->hitPosition(index);
    Q_EMIT statusMessage(tr("Hit %1: x %2, y %3, z %4 mm")
                             .arg(details.id)
                             .arg(position[0], 0, 'f', 1)
                             .arg(position[1], 0, 'f', 1)
                             .arg(position[2], 0, 'f', 1));
}

widgets::VtkView* EventDisplayWorkspace::view() const {
    return m_threeD->view();
}

widgets::VtkView* EventDisplayWorkspace::transverseView() const {
    return m_transverse->view();
}

vtkActor* EventDisplayWorkspace::cloudActor() const {
    return m_threeD->cloudActor();
}

vtkActor* EventDisplayWorkspace::tracksActor() const {
    return m_threeD->tracksActor();
}

vtkActor* EventDisplayWorkspace::geometryActor() const {
    return m_threeD->geometryActor();
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
    m_navigator->setCurrentFile(path);
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
    const auto shapes = visualization::moduleShapes(*detectors);
    for (EventScene* scene : {m_threeD, m_transverse})
        LUPA_TRY(scene->showModules(shapes));
    const auto modules = detectors->modules().size();
    m_moduleCount = modules;
    m_collections->setCount(EventCollection::Geometry, static_cast<long long>(modules));
    m_page->showSummary(QFileInfo(path).fileName(), {tr("Detector description: %1 modules").arg(modules)});
    m_pages->setCurrentWidget(m_display);
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
    if (m_collectionsDock == nullptr) {
        m_collectionsDock = new QDockWidget(tr("Collections"));
        m_collectionsDock->setObjectName(QStringLiteral("collectionsDock"));
        m_collectionsDock->setWidget(m_collections);
    }
    return {m_histogramDock, m_collectionsDock};
}

void EventDisplayWorkspace::showHits(const LoadedHits& hits, const QString& name) {
    m_selection->reset(static_cast<int>(hits.hits.size()));
    m_threeD->showHits(hits);
    m_transverse->showHits(hits);
    m_pointCount = m_threeD->cloudActor() != nullptr ? hits.hits.size() : 0;
    std::vector<HitDetails> details = hits.details;
    for (std::size_t i = details.size(); i < hits.hits.size(); ++i) {
        HitDetails fill; // callers without details (the demo): number the hits, keep their layer
        fill.id = i + 1;
        fill.layer = hits.hits[i].layer;
        fill.particle = static_cast<std::uint64_t>(std::max<std::int64_t>(0, hits.hits[i].particle));
        details.push_back(fill);
    }
    m_table->hitModel()->setHits(hits.hits, std::move(details), hits.hasParticles, hits.hasMomentum);
    m_table->updateColumns();
    m_histogram->setHits(hits.hits);
    m_collections->setCount(EventCollection::Hits, static_cast<long long>(m_pointCount));
    m_collections->setCount(EventCollection::Tracks, static_cast<long long>(hits.tracks.size()));
    m_collections->setCount(
        EventCollection::Geometry,
        static_cast<long long>(m_moduleCount > 0 ? m_moduleCount : hits.layerRadii.size()));
    m_pages->setCurrentWidget(m_display);
    Q_EMIT statusMessage(tr("%1: %2 hits").arg(name).arg(hits.hits.size()));
}

void EventDisplayWorkspace::showDemoEvent() {
    const DemoEventConfig config;
    LoadedHits demo;
    demo.hits = makeDemoEvent(config);
    demo.layerRadii = config.layerRadii;
    demo.halfLength = config.halfLength;
    demo.hasParticles = true;
    demo.summary.append(tr("Demo event: %1 hits").arg(demo.hits.size()));
    logInfo("Showing the demo event with " + std::to_string(demo.hits.size()) + " hits");
    showHits(demo, tr("Demo event"));
    m_navigator->setCurrentFile({});
}

} // namespace lupa::app
