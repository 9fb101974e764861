// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;

namespace lupa::widgets {
class InspectionImageView;
}

namespace lupa::app {

/// Drawing regions of interest on the inspection view: a Draw Region switch (Ctrl+D; click vertices,
/// Enter or double-click closes, Esc cancels) and the kind new regions get (ignore, wire-bond pads,
/// connector, component, sensor, generic), as a module-type file names them.
class RegionToolbar : public QWidget {
    Q_OBJECT

public:
    explicit RegionToolbar(widgets::InspectionImageView* view, QWidget* parent = nullptr);

    [[nodiscard]] QToolButton* drawButton() const { return m_draw; }
    [[nodiscard]] QComboBox* kindBox() const { return m_kind; }

private:
    void applyKind();

    widgets::InspectionImageView* m_view;
    QToolButton* m_draw;
    QComboBox* m_kind;
};

} // namespace lupa::app
