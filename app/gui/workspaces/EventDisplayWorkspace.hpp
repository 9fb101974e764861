// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "HitsReader.hpp"
#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

#include <cstddef>

class QDockWidget;
class QStackedWidget;
class vtkActor;

namespace lupa::widgets {
class VtkView;
}

namespace lupa::app {

class HitHistogram;
class PlaceholderPage;

/// The event display: an event's hits in 3D, coloured by layer, with a histogram of their radii in a
/// dock. For now it reads hits from TrackML-style CSV files and Phoenix event JSON, and shows the demo.
class EventDisplayWorkspace : public Workspace {
    Q_OBJECT

public:
    EventDisplayWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// CSV files (plain or gzip) and Phoenix event JSON.
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;
    /// The "Hit Radii" dock with the histogram.
    [[nodiscard]] QList<QDockWidget*> docks() override;

    /// Shows hits as a point cloud coloured by layer and fills the histogram.
    /// @param name what the hits are, for the status bar
    void showHits(const LoadedHits& hits, const QString& name);
    /// Shows the core's demo event.
    void showDemoEvent();
    /// Reads a TrackML detector description (detectors.csv, plain or gzip) and shows its modules,
    /// coloured by volume, behind the hits; it stays when other events are opened.
    Result<void> openGeometry(const QString& path);

    /// The tracks' actor (one polydata), or nullptr when the event has no tracks with positions.
    [[nodiscard]] vtkActor* tracksActor() const { return m_tracks; }
    /// The detector modules' actor, or nullptr when no geometry was opened.
    [[nodiscard]] vtkActor* geometryActor() const { return m_geometry; }
    /// True when `path` is a TrackML detector description (judged from its header).
    [[nodiscard]] static bool isDetectorDescription(const QString& path);

    /// Number of points in the point cloud shown (0 before anything was shown).
    [[nodiscard]] std::size_t pointCount() const { return m_pointCount; }
    /// The point cloud's actor, or nullptr before anything was shown.
    [[nodiscard]] vtkActor* cloudActor() const { return m_cloud; }
    [[nodiscard]] widgets::VtkView* view() const { return m_view; }
    [[nodiscard]] HitHistogram* histogram() const { return m_histogram; }
    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    QStackedWidget* m_pages;
    PlaceholderPage* m_page;
    widgets::VtkView* m_view;
    HitHistogram* m_histogram;
    QDockWidget* m_histogramDock = nullptr;
    void clearScene();

    vtkActor* m_cloud = nullptr;    // owned by the view's renderer
    vtkActor* m_outline = nullptr;  // owned by the view's renderer
    vtkActor* m_geometry = nullptr; // owned by the view's renderer
    vtkActor* m_tracks = nullptr;   // owned by the view's renderer
    std::size_t m_pointCount = 0;
};

} // namespace lupa::app
