// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/visualization/EventPicture.hpp>

namespace lupa::visualization::detail {

/// drawEventScene() for the eta-phi view: the lego plot with tracks, jets and missing energy on top.
Result<EventPictureCounts> drawEtaPhiScene(vtkRenderer* renderer, const EventScene& scene,
                                           const EventPictureOptions& options);

} // namespace lupa::visualization::detail
