// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QObject>

class QWidget;

namespace lupa::app {

class FileOpener;

/// Accepts files dragged onto a window and hands them to the FileOpener, which routes each to the
/// workspace that reads it. Installs itself as an event filter on the window.
class DropRouter : public QObject {
    Q_OBJECT

public:
    DropRouter(QWidget* window, FileOpener* opener);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    FileOpener* m_opener;
};

} // namespace lupa::app
