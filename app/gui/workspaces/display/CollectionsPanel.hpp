// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EventCollection.hpp"

#include <QWidget>

class QDoubleSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace lupa::app {

/// The event display's Collections panel: a tree of what the views draw (hits, tracks, geometry), each
/// with its count and a check box that shows or hides it in every view, and the hits' point size.
class CollectionsPanel : public QWidget {
    Q_OBJECT

public:
    /// Default diameter of a hit [screen pixels].
    static constexpr double kDefaultPointSize = 4.0;

    explicit CollectionsPanel(QWidget* parent = nullptr);

    /// Shows how many objects each collection holds; empty collections are greyed out.
    void setCount(EventCollection collection, long long count);
    /// Ticks or clears a collection's box (emits visibilityChanged when that changes it).
    void setCollectionVisible(EventCollection collection, bool visible);
    /// Sets the hits' diameter [screen pixels] (emits pointSizeChanged).
    void setPointSize(double pixels);

    [[nodiscard]] bool isCollectionVisible(EventCollection collection) const;
    [[nodiscard]] double pointSize() const;
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

Q_SIGNALS:
    /// The user ticked or cleared a collection.
    void visibilityChanged(lupa::app::EventCollection collection, bool visible);
    /// The hits' diameter changed [screen pixels].
    void pointSizeChanged(double pixels);

private:
    [[nodiscard]] QTreeWidgetItem* item(EventCollection collection) const;
    void onItemChanged(QTreeWidgetItem* changed);
    void updateText(EventCollection collection, long long count);

    QTreeWidget* m_tree;
    QDoubleSpinBox* m_pointSize;
};

} // namespace lupa::app
