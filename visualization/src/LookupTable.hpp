// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/ColourMap.hpp>

#include <vtkLookupTable.h>
#include <vtkSmartPointer.h>

namespace lupa::visualization {

/// A 256-entry VTK lookup table sampling `map` over the value range [low, high].
vtkSmartPointer<vtkLookupTable> makeLookupTable(ColourMap map, double low, double high);

} // namespace lupa::visualization
