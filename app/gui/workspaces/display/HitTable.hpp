// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QTableView>

namespace lupa::app {

class EventSelection;
class HitTableModel;

/// The event display's details table: one row per hit (HitTableModel), kept in step with the shared
/// EventSelection both ways: selecting a row selects its hit, and a hit selected elsewhere (a pick in
/// a view) selects its row and scrolls to it. Truth columns hide when the event has no truth.
class HitTable : public QTableView {
    Q_OBJECT

public:
    HitTable(EventSelection* selection, QWidget* parent = nullptr);

    [[nodiscard]] HitTableModel* hitModel() const { return m_model; }
    /// The selected row, or -1.
    [[nodiscard]] int selectedRow() const;
    /// Hides the truth columns the model has no values for; call after the model was filled.
    void updateColumns();

private:
    void followSelection(int index);
    void onRowsSelected();

    HitTableModel* m_model;
    EventSelection* m_selection;
};

} // namespace lupa::app
