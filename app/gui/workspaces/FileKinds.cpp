// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "FileKinds.hpp"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace lupa::app::files {

bool hasSuffix(const QString& path, std::initializer_list<const char*> suffixes) {
    for (const char* suffix : suffixes) {
        if (path.endsWith(QLatin1String(suffix), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool looksLikeHdf5(const QString& path) {
    static const QByteArray signature("\x89HDF\r\n\x1a\n", 8);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    // The superblock sits at 0 or, after a user block, at 512, 1024, 2048, ... bytes.
    for (const qint64 offset : std::array<qint64, 5>{0, 512, 1024, 2048, 4096}) {
        if (!file.seek(offset))
            return false;
        if (file.read(signature.size()) == signature)
            return true;
    }
    return false;
}

bool looksLikeGzip(const QString& path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(2) == QByteArray("\x1f\x8b", 2);
}

std::filesystem::path toPath(const QString& path) {
    return std::filesystem::path(path.toStdU16String());
}

QString fileName(const QString& path) {
    return QFileInfo(path).fileName();
}

QString fileName(const std::filesystem::path& path) {
    return QString::fromStdString(path.filename().string());
}

QString describe(const Error& error) {
    return QString::fromStdString(error.describe());
}

} // namespace lupa::app::files
