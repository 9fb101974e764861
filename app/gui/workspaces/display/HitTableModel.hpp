// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "HitDetails.hpp"

#include <lupa/core/DemoEvent.hpp>

#include <QAbstractTableModel>

#include <vector>

namespace lupa::app {

/// The event display's details table: one row per hit, in the order of the loaded event (row = hit
/// index), with its ids, position [mm], r [mm], η, φ [rad] and its truth particle and pT [GeV].
class HitTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        VolumeColumn,
        LayerColumn,
        ModuleColumn,
        XColumn,
        YColumn,
        ZColumn,
        RColumn,
        EtaColumn,
        PhiColumn,
        ParticleColumn,
        PtColumn,
        ColumnCount
    };

    explicit HitTableModel(QObject* parent = nullptr);

    /// Replaces the rows. `details` has one entry per hit (missing entries show only the position).
    /// @param hasParticles whether the particle column means something (truth was loaded)
    /// @param hasMomentum whether the pT column means something (the particles were loaded)
    void setHits(std::vector<DemoHit> hits, std::vector<HitDetails> details, bool hasParticles,
                 bool hasMomentum);

    [[nodiscard]] bool hasParticles() const { return m_hasParticles; }
    [[nodiscard]] bool hasMomentum() const { return m_hasMomentum; }
    /// The details of hit `row` (default details when the row has none).
    [[nodiscard]] HitDetails details(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    /// Text for DisplayRole; for Qt::UserRole the number itself (for tests and sorting).
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QVariant value(int row, int column) const;

    std::vector<DemoHit> m_hits;
    std::vector<HitDetails> m_details;
    bool m_hasParticles = false;
    bool m_hasMomentum = false;
};

} // namespace lupa::app
