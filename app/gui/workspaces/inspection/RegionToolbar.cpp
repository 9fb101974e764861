// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "RegionToolbar.hpp"

#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QToolButton>

namespace lupa::app {

RegionToolbar::RegionToolbar(widgets::InspectionImageView* view, QWidget* parent)
    : QWidget(parent)
    , m_view(view)
    , m_draw(new QToolButton(this))
    , m_kind(new QComboBox(this)) {
    m_draw->setText(tr("Draw Region"));
    m_draw->setCheckable(true);
    m_draw->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_draw->setToolTip(tr("Draw a region of interest (Ctrl+D): click its corners, Enter or double-click "
                          "closes it, Esc cancels; Delete removes the selected region, Ctrl+Z undoes"));
    const std::pair<QString, const char*> kinds[] = {{tr("Generic"), "generic"},
                                                     {tr("Ignore"), "ignore"},
                                                     {tr("Wire-bond pads"), "wire_bond_pads"},
                                                     {tr("Connector"), "connector"},
                                                     {tr("Component"), "component"},
                                                     {tr("Sensor"), "sensor"}};
    for (const auto& [label, kind] : kinds)
        m_kind->addItem(label, QString::fromLatin1(kind));
    m_kind->setToolTip(tr("The kind of the regions drawn next; \"Ignore\" regions are never inspected"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(4, 0, 4, 2);
    row->addWidget(m_draw);
    row->addWidget(new QLabel(tr("Kind:"), this));
    row->addWidget(m_kind);
    row->addStretch(1);
    connect(m_draw, &QToolButton::toggled, this, [this](bool drawing) {
        m_view->setEditMode(drawing ? widgets::InspectionImageView::EditMode::DrawRegion
                                    : widgets::InspectionImageView::EditMode::None);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RegionToolbar::applyKind);
    applyKind();
}

void RegionToolbar::applyKind() {
    m_view->setNewRegionKind(m_kind->currentData().toString());
}

} // namespace lupa::app
