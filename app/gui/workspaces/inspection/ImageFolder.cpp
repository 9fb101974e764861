// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ImageFolder.hpp"

#include <QDir>

namespace lupa::app {

QStringList moduleImagePatterns() {
    return {QStringLiteral("*.png"), QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
            QStringLiteral("*.jpg"), QStringLiteral("*.jpeg"), QStringLiteral("*.bmp")};
}

QStringList imagesInFolder(const QString& folder) {
    QStringList images;
    const QDir dir(folder);
    if (folder.isEmpty() || !dir.exists())
        return images;
    for (const QString& name :
         dir.entryList(moduleImagePatterns(), QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase))
        images.append(dir.absoluteFilePath(name));
    return images;
}

} // namespace lupa::app
