// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "CollectionsPanel.hpp"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

// Where an item keeps its collection.
constexpr int kCollectionRole = Qt::UserRole;

} // namespace

CollectionsPanel::CollectionsPanel(QWidget* parent)
    : QWidget(parent)
    , m_tree(new QTreeWidget(this))
    , m_pointSize(new QDoubleSpinBox(this)) {
    setObjectName(QStringLiteral("collectionsPanel"));
    m_tree->setObjectName(QStringLiteral("collectionsTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Collection"), tr("Objects")});
    m_tree->setRootIsDecorated(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < kEventCollectionCount; ++i) {
        auto* entry = new QTreeWidgetItem(m_tree);
        entry->setData(0, kCollectionRole, i);
        entry->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        entry->setCheckState(0, Qt::Checked);
        entry->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        updateText(static_cast<EventCollection>(i), 0);
    }
    m_pointSize->setObjectName(QStringLiteral("pointSizeBox"));
    m_pointSize->setRange(1.0, 20.0);
    m_pointSize->setSingleStep(1.0);
    m_pointSize->setDecimals(0);
    m_pointSize->setSuffix(tr(" px"));
    m_pointSize->setValue(kDefaultPointSize);
    auto* form = new QFormLayout;
    form->addRow(tr("Hit size:"), m_pointSize);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addLayout(form);
    connect(m_tree, &QTreeWidget::itemChanged, this, &CollectionsPanel::onItemChanged);
    connect(m_pointSize, &QDoubleSpinBox::valueChanged, this, &CollectionsPanel::pointSizeChanged);
}

QTreeWidgetItem* CollectionsPanel::item(EventCollection collection) const {
    return m_tree->topLevelItem(static_cast<int>(collection));
}

void CollectionsPanel::updateText(EventCollection collection, long long count) {
    QTreeWidgetItem* entry = item(collection);
    switch (collection) {
    case EventCollection::Hits:
        entry->setText(0, tr("Hits"));
        break;
    case EventCollection::Tracks:
        entry->setText(0, tr("Tracks"));
        break;
    case EventCollection::Geometry:
        entry->setText(0, tr("Geometry"));
        break;
    }
    entry->setText(1, QString::number(count));
}

void CollectionsPanel::setCount(EventCollection collection, long long count) {
    updateText(collection, count);
    QTreeWidgetItem* entry = item(collection);
    const Qt::ItemFlags flags = Qt::ItemIsUserCheckable | Qt::ItemIsSelectable;
    entry->setFlags(count > 0 ? flags | Qt::ItemIsEnabled : flags);
}

void CollectionsPanel::setCollectionVisible(EventCollection collection, bool visible) {
    item(collection)->setCheckState(0, visible ? Qt::Checked : Qt::Unchecked);
}

void CollectionsPanel::setPointSize(double pixels) {
    m_pointSize->setValue(pixels);
}

bool CollectionsPanel::isCollectionVisible(EventCollection collection) const {
    return item(collection)->checkState(0) == Qt::Checked;
}

double CollectionsPanel::pointSize() const {
    return m_pointSize->value();
}

void CollectionsPanel::onItemChanged(QTreeWidgetItem* changed) {
    const auto collection = static_cast<EventCollection>(changed->data(0, kCollectionRole).toInt());
    Q_EMIT visibilityChanged(collection, changed->checkState(0) == Qt::Checked);
}

} // namespace lupa::app
