// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventScene.hpp"

#include "../BarrelOutline.hpp"
#include "../HitCloud.hpp"

#include <lupa/core/Log.hpp>
#include <lupa/visualization/Polylines.hpp>
#include <lupa/widgets/VtkView.hpp>

#include <vtkActor.h>
#include <vtkProperty.h>
#include <vtkRenderer.h>

namespace lupa::app {

EventScene::EventScene(widgets::VtkView* view, visualization::ViewPreset preset, QObject* parent)
    : QObject(parent)
    , m_view(view)
    , m_preset(preset)
    , m_highlight(view->renderer()) {
    connect(m_view, &widgets::VtkView::picked, this,
            [this](vtkProp* prop, double, double, double, long long pointId) { onPicked(prop, pointId); });
}

void EventScene::removeEventActors() {
    for (vtkActor** actor : {&m_cloud, &m_outline, &m_tracks}) {
        if (*actor != nullptr)
            m_view->renderer()->RemoveActor(*actor);
        *actor = nullptr;
    }
    m_hits.clear();
    m_highlight.hide();
}

void EventScene::showHits(const LoadedHits& hits) {
    vtkRenderer* renderer = m_view->renderer();
    removeEventActors();
    if (!hits.layerRadii.empty()) {
        m_outline = BarrelOutline::addTo(renderer, hits.layerRadii, hits.halfLength);
        m_outline->PickableOff();
    }
    if (!hits.tracks.empty()) {
        visualization::PolylineData lines;
        for (const auto& track : hits.tracks)
            lines.add(track);
        visualization::PolylineStyle style;
        style.colour = {0.95, 0.85, 0.3};
        if (auto tracks = visualization::addPolylines(renderer, lines, style)) {
            m_tracks = *tracks;
            m_tracks->PickableOff(); // hits are what a click selects, even behind a track
        } else {
            logError(tracks.error().describe());
        }
    }
    if (auto cloud = HitCloud::addTo(renderer, hits.hits)) {
        m_cloud = *cloud;
        m_hits = hits.hits;
    } else {
        logError(cloud.error().describe());
    }
    applyStyle();
    placeCamera();
}

Result<void> EventScene::showModules(const std::vector<visualization::ModuleShape>& modules) {
    auto actor = visualization::addModules(m_view->renderer(), modules);
    if (!actor)
        return actor.error();
    if (m_geometry != nullptr)
        m_view->renderer()->RemoveActor(m_geometry);
    m_geometry = *actor;
    m_geometry->PickableOff(); // the modules are see-through: a click goes to the hits inside
    applyStyle();
    placeCamera();
    return success();
}

void EventScene::applyStyle() {
    const auto shown = [this](EventCollection collection) {
        return m_visible[static_cast<std::size_t>(collection)] ? 1 : 0;
    };
    if (m_cloud != nullptr) {
        m_cloud->SetVisibility(shown(EventCollection::Hits));
        m_cloud->GetProperty()->SetPointSize(static_cast<float>(m_pointSize));
    }
    if (m_tracks != nullptr)
        m_tracks->SetVisibility(shown(EventCollection::Tracks));
    for (vtkActor* geometry : {m_geometry, m_outline}) {
        if (geometry != nullptr)
            geometry->SetVisibility(shown(EventCollection::Geometry));
    }
}

void EventScene::setCollectionVisible(EventCollection collection, bool visible) {
    m_visible[static_cast<std::size_t>(collection)] = visible;
    applyStyle();
    m_view->requestRender();
}

bool EventScene::isCollectionVisible(EventCollection collection) const {
    return m_visible[static_cast<std::size_t>(collection)];
}

void EventScene::setPointSize(double pixels) {
    m_pointSize = pixels;
    applyStyle();
    m_view->requestRender();
}

void EventScene::placeCamera() {
    if (m_preset == visualization::ViewPreset::ThreeD)
        HitCloud::placeCamera(m_view->renderer());
    else
        visualization::applyViewPreset(m_view->renderer(), m_preset);
    m_view->requestRender();
}

std::array<double, 3> EventScene::hitPosition(int index) const {
    const DemoHit& hit = m_hits.at(static_cast<std::size_t>(index));
    return {hit.x, hit.y, hit.z};
}

void EventScene::highlightHit(int index) {
    if (index >= 0 && static_cast<std::size_t>(index) < m_hits.size())
        m_highlight.showAt(hitPosition(index));
    else
        m_highlight.hide();
    m_view->requestRender();
}

void EventScene::onPicked(vtkProp* prop, long long pointId) {
    if (prop == nullptr) {
        Q_EMIT hitPicked(-1);
        return;
    }
    if (m_cloud == nullptr || prop != m_cloud || pointId < 0 ||
        static_cast<std::size_t>(pointId) >= m_hits.size())
        return;
    Q_EMIT hitPicked(static_cast<int>(pointId));
}

} // namespace lupa::app
