// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "HitTableModel.hpp"

#include <cmath>
#include <utility>

namespace lupa::app {
namespace {

// Decimals shown: positions to 1 um, angles to 1 mrad, pT to 1 MeV.
constexpr int kHitTableDecimals = 3;

} // namespace

HitTableModel::HitTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void HitTableModel::setHits(std::vector<DemoHit> hits, std::vector<HitDetails> details, bool hasParticles,
                            bool hasMomentum) {
    beginResetModel();
    m_hits = std::move(hits);
    m_details = std::move(details);
    m_hasParticles = hasParticles;
    m_hasMomentum = hasMomentum;
    endResetModel();
}

HitDetails HitTableModel::details(int row) const {
    if (row < 0 || static_cast<std::size_t>(row) >= m_details.size())
        return {};
    return m_details[static_cast<std::size_t>(row)];
}

int HitTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int HitTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HitTableModel::value(int row, int column) const {
    const DemoHit& hit = m_hits[static_cast<std::size_t>(row)];
    const HitDetails info = details(row);
    switch (column) {
    case IdColumn:
        return QVariant::fromValue<qulonglong>(info.id);
    case VolumeColumn:
        return info.volume;
    case LayerColumn:
        return info.layer;
    case ModuleColumn:
        return info.module;
    case XColumn:
        return hit.x;
    case YColumn:
        return hit.y;
    case ZColumn:
        return hit.z;
    case RColumn:
        return transverseRadius(hit.x, hit.y);
    case EtaColumn:
        return pseudorapidity(hit.x, hit.y, hit.z);
    case PhiColumn:
        return azimuth(hit.x, hit.y);
    case ParticleColumn:
        return m_hasParticles ? QVariant::fromValue<qulonglong>(info.particle) : QVariant();
    case PtColumn:
        return m_hasMomentum && std::isfinite(info.particlePt) ? QVariant(info.particlePt) : QVariant();
    default:
        return {};
    }
}

QVariant HitTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const QVariant number = value(index.row(), index.column());
    if (role == Qt::UserRole || !number.isValid())
        return number;
    if (number.typeId() == QMetaType::Double)
        return QString::number(number.toDouble(), 'f', kHitTableDecimals);
    return number.toString();
}

QVariant HitTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case IdColumn:
        return tr("Hit");
    case VolumeColumn:
        return tr("Volume");
    case LayerColumn:
        return tr("Layer");
    case ModuleColumn:
        return tr("Module");
    case XColumn:
        return tr("x (mm)");
    case YColumn:
        return tr("y (mm)");
    case ZColumn:
        return tr("z (mm)");
    case RColumn:
        return tr("r (mm)");
    case EtaColumn:
        return tr("η");
    case PhiColumn:
        return tr("φ (rad)");
    case ParticleColumn:
        return tr("Particle");
    case PtColumn:
        return tr("pT (GeV)");
    default:
        return {};
    }
}

} // namespace lupa::app
