// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "LookupTable.hpp"

namespace lupa::visualization {

vtkSmartPointer<vtkLookupTable> makeLookupTable(ColourMap map, double low, double high) {
    constexpr int kEntries = 256;
    auto table = vtkSmartPointer<vtkLookupTable>::New();
    table->SetNumberOfTableValues(kEntries);
    table->SetTableRange(low, high);
    for (int i = 0; i < kEntries; ++i) {
        const Rgb c = colourAt(map, static_cast<double>(i) / (kEntries - 1));
        table->SetTableValue(i, c.r, c.g, c.b, 1.0);
    }
    return table;
}

} // namespace lupa::visualization
