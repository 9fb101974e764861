// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DropRouter.hpp"

#include "FileOpener.hpp"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>
#include <QUrl>
#include <QWidget>

namespace lupa::app {
namespace {

QStringList localFiles(const QMimeData* mime) {
    QStringList paths;
    if (mime == nullptr || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    return paths;
}

} // namespace

DropRouter::DropRouter(QWidget* window, FileOpener* opener)
    : QObject(window)
    , m_opener(opener) {
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

bool DropRouter::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto* drag = static_cast<QDropEvent*>(event);
        if (localFiles(drag->mimeData()).isEmpty())
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (paths.isEmpty())
            return false;
        drop->acceptProposedAction();
        // Open after the drop has finished, so the source application is not kept waiting.
        QTimer::singleShot(0, m_opener, [opener = m_opener, paths] { opener->openAll(paths); });
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace lupa::app
