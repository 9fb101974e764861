// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Version.hpp>

#include <vtkVersion.h>

namespace lupa::visualization {

std::vector<LibraryVersion> libraryVersions() {
    return {{"VTK", vtkVersion::GetVTKVersion()}};
}

} // namespace lupa::visualization
