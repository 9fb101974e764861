// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <QImage>
#include <QString>

#include <functional>

namespace lupa::widgets {

/// Lets `write` produce the file under a temporary name beside `path`, then renames it into place:
/// readers never see half a file and a failed write leaves nothing behind. `write` gets the temporary
/// path and returns false on failure; `what` names the content for the error message ("PNG picture").
lupa::Result<void> writeAtomically(const QString& path, const QString& what,
                                   const std::function<bool(const QString& temporaryPath)>& write);

/// Saves `image` to `path` atomically in `format` ("PNG", "JPG", ...).
lupa::Result<void> saveImageAtomically(const QImage& image, const QString& path, const char* format);

} // namespace lupa::widgets
