// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>
#include <QStringList>

namespace lupa::app {

/// The file-name patterns of the module images lupa reads ("*.png", "*.tif", ...).
[[nodiscard]] QStringList moduleImagePatterns();

/// The module images directly in `folder` (absolute paths, sorted by name); empty when none or no folder.
[[nodiscard]] QStringList imagesInFolder(const QString& folder);

} // namespace lupa::app
