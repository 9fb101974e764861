// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "AtomicSave.hpp"

#include <lupa/core/AtomicFile.hpp>

#include <QCoreApplication>

#include <filesystem>

namespace lupa::widgets {

lupa::Result<void> writeAtomically(const QString& path, const QString& what,
                                   const std::function<bool(const QString& temporaryPath)>& write) {
    const std::filesystem::path target = path.toStdString();
    const std::filesystem::path temporary = lupa::temporarySiblingOf(target);
    if (!write(QString::fromStdString(temporary.string()))) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return lupa::Error::io(
            QCoreApplication::translate("lupa::widgets", "cannot write the %1").arg(what).toStdString(),
            target.string());
    }
    return lupa::replaceAtomically(temporary, target);
}

lupa::Result<void> saveImageAtomically(const QImage& image, const QString& path, const char* format) {
    return writeAtomically(path, QCoreApplication::translate("lupa::widgets", "%1 picture").arg(format),
                           [&](const QString& temporary) { return image.save(temporary, format); });
}

} // namespace lupa::widgets
