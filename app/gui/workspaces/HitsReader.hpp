// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "display/HitDetails.hpp"

#include <lupa/core/DemoEvent.hpp>
#include <lupa/core/Result.hpp>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace lupa::app {

/// Hits read from a file, with lines that describe what else the file held.
struct LoadedHits {
    std::vector<DemoHit> hits;      ///< positions [mm]; `layer` numbers the layers (or collections) from 0
    QStringList summary;            ///< e.g. "12 034 hits in 10 layers"
    std::vector<double> layerRadii; ///< radii of barrel layers to outline [mm]; empty when unknown
    double halfLength = 0;          ///< the barrel layers end at |z| = halfLength [mm]
    std::vector<std::vector<std::array<double, 3>>> tracks; ///< polylines through tracks [mm]
    std::vector<HitDetails> details; ///< ids and truth of each hit, same order as `hits` (may be empty)
    bool hasParticles = false;       ///< `details` carry each hit's truth particle
    bool hasMomentum = false;        ///< `details` carry the truth particles' pT
};

/// Reads the hits the event display shows from TrackML-style CSV files and Phoenix event JSON.
class HitsReader {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::HitsReader)

public:
    /// A CSV file (plain or gzip) with columns x, y, z [mm] and, when present, hit_id, volume_id,
    /// layer_id, module_id and particle_id. A TrackML hits file (`<prefix>-hits.csv[.gz]`) also gets
    /// its hits' particles and their pT from `<prefix>-truth` and `<prefix>-particles` when they exist.
    /// Errors name the file and line.
    [[nodiscard]] static Result<LoadedHits> readCsv(const QString& path);

    /// A Phoenix event file (read and checked by core's Phoenix reader): the first event's point hits,
    /// each collection one layer, and its tracks that have positions.
    [[nodiscard]] static Result<LoadedHits> readPhoenix(const QString& path);
};

} // namespace lupa::app
