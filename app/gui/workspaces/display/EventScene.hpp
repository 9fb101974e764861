// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "../HitsReader.hpp"
#include "EventCollection.hpp"
#include "HitHighlight.hpp"

#include <lupa/core/Result.hpp>
#include <lupa/visualization/Camera.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>

#include <QObject>

#include <array>
#include <vector>

class vtkActor;
class vtkProp;

namespace lupa::widgets {
class VtkView;
}

namespace lupa::app {

/// One view of the event display: the event's hits (one point cloud coloured by layer), barrel
/// outline, tracks and detector modules in a VtkView looked at from a camera preset, the marker of the
/// selected hit, and the translation of clicks on hits into hit indices.
class EventScene : public QObject {
    Q_OBJECT

public:
    /// Fills `view` (which must outlive this scene); `preset` places the camera when hits are shown.
    EventScene(widgets::VtkView* view, visualization::ViewPreset preset, QObject* parent = nullptr);

    /// Replaces the hits, outline and tracks with those of `hits`; the modules stay. Frames the camera.
    void showHits(const LoadedHits& hits);
    /// Replaces the detector modules (drawn see-through, never picked).
    Result<void> showModules(const std::vector<visualization::ModuleShape>& modules);
    /// Marks hit `index` (of the hits shown), or hides the marker for -1. Schedules a render.
    void highlightHit(int index);
    /// Points the camera as the preset says and frames everything.
    void placeCamera();
    /// Shows or hides a collection (also for what is loaded later). Schedules a render.
    void setCollectionVisible(EventCollection collection, bool visible);
    [[nodiscard]] bool isCollectionVisible(EventCollection collection) const;
    /// Sets the hits' diameter [screen pixels] (also for hits loaded later). Schedules a render.
    void setPointSize(double pixels);

    [[nodiscard]] widgets::VtkView* view() const { return m_view; }
    [[nodiscard]] const HitHighlight& highlight() const { return m_highlight; }
    /// The hits' actor, nullptr before hits were shown.
    [[nodiscard]] vtkActor* cloudActor() const { return m_cloud; }
    [[nodiscard]] vtkActor* tracksActor() const { return m_tracks; }
    [[nodiscard]] vtkActor* geometryActor() const { return m_geometry; }
    /// Position of hit `index` [mm].
    [[nodiscard]] std::array<double, 3> hitPosition(int index) const;

Q_SIGNALS:
    /// A click picked hit `index`; -1 when it hit the background.
    void hitPicked(int index);

private:
    void onPicked(vtkProp* prop, long long pointId);
    void removeEventActors();
    void applyStyle();

    widgets::VtkView* m_view;
    visualization::ViewPreset m_preset;
    HitHighlight m_highlight;
    std::vector<DemoHit> m_hits;
    vtkActor* m_cloud = nullptr;    // owned by the view's renderer
    vtkActor* m_outline = nullptr;  // owned by the view's renderer
    vtkActor* m_tracks = nullptr;   // owned by the view's renderer
    vtkActor* m_geometry = nullptr; // owned by the view's renderer
    std::array<bool, kEventCollectionCount> m_visible{true, true, true};
    double m_pointSize = 4.0; // [screen pixels]
};

} // namespace lupa::app
