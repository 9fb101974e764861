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

class CollectionsPanel;
class EventNavigator;
class EventScene;
class EventSelection;
class HitHistogram;
class HitTable;
class PlaceholderPage;

/// The event display: an event's hits, coloured by layer, in a 3D view and a transverse (x-y) view
/// side by side above a details table of the hits, with a histogram of their radii in a dock. One
/// selection links them: a hit picked in either view, or a row chosen in the table, is marked in both
/// views and selected in the table. Reads hits from TrackML-style CSV files (with their truth when it
/// lies beside them; previous / next step through the events of their folder) and Phoenix event JSON,
/// and shows the demo.
class EventDisplayWorkspace : public Workspace {
    Q_OBJECT

public:
    EventDisplayWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// CSV files (plain or gzip) and Phoenix event JSON.
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;
    /// The "Hit Radii" dock with the histogram and the "Collections" dock.
    [[nodiscard]] QList<QDockWidget*> docks() override;

    /// Shows hits in both views and the table, and fills the histogram; clears the selection.
    /// @param name what the hits are, for the status bar
    void showHits(const LoadedHits& hits, const QString& name);
    /// Shows the core's demo event.
    void showDemoEvent();
    /// Reads a TrackML detector description (detectors.csv, plain or gzip) and shows its modules,
    /// coloured by volume, behind the hits in both views; it stays when other events are opened.
    Result<void> openGeometry(const QString& path);

    /// The tracks' actor in the 3D view, or nullptr when the event has no tracks with positions.
    [[nodiscard]] vtkActor* tracksActor() const;
    /// The detector modules' actor in the 3D view, or nullptr when no geometry was opened.
    [[nodiscard]] vtkActor* geometryActor() const;
    /// True when `path` is a TrackML detector description (judged from its header).
    [[nodiscard]] static bool isDetectorDescription(const QString& path);

    /// Number of points in the point cloud shown (0 before anything was shown).
    [[nodiscard]] std::size_t pointCount() const { return m_pointCount; }
    /// The point cloud's actor in the 3D view, or nullptr before anything was shown.
    [[nodiscard]] vtkActor* cloudActor() const;
    /// The 3D view.
    [[nodiscard]] widgets::VtkView* view() const;
    /// The transverse (x-y) view.
    [[nodiscard]] widgets::VtkView* transverseView() const;
    [[nodiscard]] EventScene* threeDScene() const { return m_threeD; }
    [[nodiscard]] EventScene* transverseScene() const { return m_transverse; }
    [[nodiscard]] HitTable* table() const { return m_table; }
    /// Previous / next event of the folder of the TrackML hits file shown.
    [[nodiscard]] EventNavigator* navigator() const { return m_navigator; }
    /// Visibility of hits, tracks and geometry, and the hits' size, in both views.
    [[nodiscard]] CollectionsPanel* collections() const { return m_collections; }
    [[nodiscard]] EventSelection* selection() const { return m_selection; }
    [[nodiscard]] HitHistogram* histogram() const { return m_histogram; }
    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    QWidget* makeDisplayPage();
    void onSelectionChanged(int index);
    void openRequestedEvent(const QString& path);

    EventSelection* m_selection;
    QStackedWidget* m_pages;
    PlaceholderPage* m_page;
    EventScene* m_threeD = nullptr;
    EventScene* m_transverse = nullptr;
    HitTable* m_table = nullptr;
    EventNavigator* m_navigator = nullptr;
    QWidget* m_display = nullptr;
    HitHistogram* m_histogram;
    QDockWidget* m_histogramDock = nullptr;
    CollectionsPanel* m_collections;
    QDockWidget* m_collectionsDock = nullptr;
    std::size_t m_moduleCount = 0;
    std::size_t m_pointCount = 0;
};

} // namespace lupa::app
