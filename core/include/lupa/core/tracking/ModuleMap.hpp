// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/tracking/Doublet.hpp>
#include <lupa/core/trackml/Event.hpp>

#include <nlohmann/json_fwd.hpp>

#include <cstddef>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace lupa::tracking {

/// The ranges of the doublet variables seen for one module pair in the training truth.
struct DoubletRange {
    float dphiLow = 0, dphiHigh = 0;         ///< [rad]
    float phiSlopeLow = 0, phiSlopeHigh = 0; ///< [rad/mm]
    float z0Low = 0, z0High = 0;             ///< [mm]
    float detaLow = 0, detaHigh = 0;
    std::uint32_t count = 0; ///< doublets seen

    /// Widens the ranges so that `v` lies inside.
    void include(const DoubletVariables& v);
    /// True when `v` lies inside the ranges, each widened on both sides by `margin` times its width plus
    /// the floor of that variable (0.002 rad, 2e-5 rad/mm, 2 mm, 0.002).
    [[nodiscard]] bool contains(const DoubletVariables& v, double margin) const;
};

/// An outer module reached from an inner one, with the doublet ranges of the pair.
struct ModuleConnection {
    ModuleId outer = 0;
    DoubletRange range;
};

/// A detector layer as one number: the volume_id and layer_id bits of a ModuleId.
using LayerId = std::uint64_t;
/// The layer of module `module`.
[[nodiscard]] inline LayerId layerIdOf(ModuleId module) {
    return module >> 32;
}
/// The layer of volume_id `volume`, layer_id `layer` (as layerIdOf(moduleIdOf(hit)) gives it).
[[nodiscard]] inline LayerId layerIdOf(int volume, int layer) {
    return (static_cast<LayerId>(static_cast<std::uint16_t>(volume)) << 16) |
           static_cast<std::uint16_t>(layer);
}

/// An outer layer reached from an inner one, with the doublet ranges of all their module pairs.
struct LayerConnection {
    LayerId outer = 0;
    DoubletRange range;
};

/// Settings of learning a module map from truth.
struct ModuleMapOptions {
    double minPt = 0;                ///< particles below this transverse momentum are ignored [GeV]
    std::size_t minParticleHits = 3; ///< particles with fewer hits are ignored
};

/// Which module pairs particles cross one after the other, learned from the truth of simulated events,
/// with the observed ranges of the doublet variables per pair (the "module map" of GNN tracking), and the
/// same per layer pair (a coarse map that needs far fewer training events: a module pair is seen once per
/// ~10^5 particles, a layer pair thousands of times).
class ModuleMap {
public:
    /// Adds the consecutive hit pairs of every particle of `event` (needs hits, truth and particles; hits
    /// of a particle are ordered by their distance from its production vertex). A BadInput error when the
    /// truth is missing or names hits the event does not have.
    [[nodiscard]] Result<void> addEvent(const trackml::Event& event, const ModuleMapOptions& options = {});

    /// The modules reached from `inner`, or an empty span.
    [[nodiscard]] std::span<const ModuleConnection> connections(ModuleId inner) const;
    /// The layers reached from `inner`, or an empty span.
    [[nodiscard]] std::span<const LayerConnection> layerConnections(LayerId inner) const;
    /// Module pairs in the map.
    [[nodiscard]] std::size_t pairCount() const { return m_pairs; }
    /// Inner modules in the map.
    [[nodiscard]] std::size_t moduleCount() const { return m_next.size(); }
    /// Layer pairs in the map.
    [[nodiscard]] std::size_t layerPairCount() const;
    /// Events added.
    [[nodiscard]] std::size_t eventCount() const { return m_events; }

    /// Columnar JSON: {"events", "inner": [...], "outer": [...], "count": [...], "ranges": [8 per pair]} and
    /// the same for layer pairs under "layers".
    [[nodiscard]] nlohmann::json toJson() const;
    /// Reads what toJson() wrote; a BadInput error naming `context` and what is wrong.
    [[nodiscard]] static Result<ModuleMap> fromJson(const nlohmann::json& json, const std::string& context);

private:
    void addDoublet(ModuleId inner, ModuleId outer, const DoubletVariables& v);

    std::unordered_map<ModuleId, std::vector<ModuleConnection>> m_next;
    std::unordered_map<LayerId, std::vector<LayerConnection>> m_layerNext;
    std::size_t m_pairs = 0;
    std::size_t m_events = 0;
};

} // namespace lupa::tracking
