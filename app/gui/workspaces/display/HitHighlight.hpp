// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/Colour.hpp>

#include <vtkActor.h> // actor() converts the smart pointer: the type must be complete
#include <vtkSmartPointer.h>

#include <array>

class vtkPoints;
class vtkRenderer;

namespace lupa::app {

/// The marker of the selected hit in one view: a large round point of a highlight colour over the
/// hit. It is one actor that stays in the renderer (hidden while nothing is selected) and is never
/// picked itself, so that a click on it reaches the hit below.
class HitHighlight {
public:
    /// Marker diameter [screen pixels].
    static constexpr double kPointSize = 16.0;
    /// The highlight colour (white: the hit colours' rainbow never reaches it).
    static constexpr visualization::Rgb kColour{1.0, 1.0, 1.0};

    /// Adds the (hidden) marker to `renderer`, which keeps it alive.
    explicit HitHighlight(vtkRenderer* renderer);

    /// Shows the marker at `position` [mm].
    void showAt(const std::array<double, 3>& position);
    /// Hides the marker.
    void hide();

    /// True while the marker is shown.
    [[nodiscard]] bool isShown() const;
    /// Where the marker is [mm] (the last position shown).
    [[nodiscard]] std::array<double, 3> position() const;
    [[nodiscard]] vtkActor* actor() const { return m_actor; }

private:
    vtkSmartPointer<vtkPoints> m_points;
    vtkSmartPointer<vtkActor> m_actor;
};

} // namespace lupa::app
