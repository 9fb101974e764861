// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventPictureEtaPhi.hpp"

#include <lupa/visualization/Boxes.hpp>
#include <lupa/visualization/Cones.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/EtaPhiLego.hpp>
#include <lupa/visualization/EventPicture.hpp>
#include <lupa/visualization/PointCloud.hpp>
#include <lupa/visualization/Projection.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::visualization {
namespace {

constexpr double kDefaultConeR = 0.4; // jet cone radius in eta-phi when the file gives none

Result<std::size_t> drawPictureHits(vtkRenderer* renderer, const EventScene& scene,
                                    const EventPictureOptions& options, Projection projection) {
    std::size_t count = 0;
    for (const auto& group : scene.hits) {
        PointCloudData data;
        data.positions = group.positions;
        projectPositions(projection, data.positions);
        PointCloudStyle style;
        style.colour = groupColour(group.group);
        style.pointSize = options.pointSize;
        LUPA_TRY(addPointCloud(renderer, data, style));
        count += data.size();
    }
    return count;
}

// r-z with one sign per line (that of the y of its last point), so a track crossing y = 0 stays in
// one half of the picture instead of jumping across the beam axis.
void projectLinesRz(PolylineData& lines) {
    const std::size_t points = lines.positions.size() / 3;
    for (std::size_t line = 0; line < lines.size(); ++line) {
        const std::size_t begin = lines.starts[line];
        const std::size_t end = line + 1 < lines.size() ? lines.starts[line + 1] : points;
        if (end <= begin || end > points)
            continue;
        const float sign = lines.positions[3 * (end - 1) + 1] >= 0.0F ? 1.0F : -1.0F;
        for (std::size_t i = begin; i < end; ++i) {
            float* p = lines.positions.data() + 3 * i;
            const float r = std::hypot(p[0], p[1]);
            p[0] = p[2];
            p[1] = sign * r;
            p[2] = 0.0F;
        }
    }
}

Result<std::size_t> drawPictureTracks(vtkRenderer* renderer, const EventScene& scene,
                                      const EventPictureOptions& options, Projection projection) {
    if (scene.tracks.size() == 0)
        return std::size_t{0};
    PolylineData lines = scene.tracks;
    if (projection == Projection::Rz)
        projectLinesRz(lines);
    PolylineStyle style;
    style.colour = kTrackColour;
    style.lineWidth = options.trackWidth;
    LUPA_TRY(addPolylines(renderer, lines, style));
    return lines.size();
}

// Where a deposit is drawn: its radius (or the default), moved onto the end cap when that is too far in z.
Vector3 depositCentre(const phoenix::CaloDeposit& deposit, const EventPictureOptions& options) {
    double radius = deposit.radius.value_or(options.caloRadius);
    double z = deposit.z.value_or(radius * std::sinh(deposit.eta));
    if (!deposit.z && std::abs(z) > options.caloMaxAbsZ) {
        z = std::copysign(options.caloMaxAbsZ, z);
        radius = std::abs(z) / std::max(std::abs(std::sinh(deposit.eta)), 1e-9);
    }
    return {radius * std::cos(deposit.phi), radius * std::sin(deposit.phi), z};
}

// A box pointing away from the beam axis, as long as the energy is large (log scale), coloured by energy.
Box depositBox(const phoenix::CaloDeposit& deposit, const EventPictureOptions& options) {
    const Vector3 centre = depositCentre(deposit, options);
    const double length = 40.0 + 80.0 * std::log10(1.0 + std::max(deposit.energy, 0.0));
    const double half = 0.5 * deposit.side.value_or(40.0);
    const Vector3 radial{std::cos(deposit.phi), std::sin(deposit.phi), 0.0};
    const Vector3 across{-std::sin(deposit.phi), std::cos(deposit.phi), 0.0};
    return {{centre[0] + radial[0] * 0.5 * length, centre[1] + radial[1] * 0.5 * length, centre[2]},
            {{{radial[0] * 0.5 * length, radial[1] * 0.5 * length, 0.0},
              {across[0] * half, across[1] * half, 0.0},
              {0.0, 0.0, half}}},
            std::log10(1.0 + std::max(deposit.energy, 0.0))};
}

Result<std::size_t> drawPictureCalo(vtkRenderer* renderer, const EventScene& scene,
                                    const EventPictureOptions& options, Projection projection) {
    if (scene.calo.empty())
        return std::size_t{0};
    std::vector<Box> boxes;
    for (const auto& deposit : scene.calo)
        boxes.push_back(depositBox(deposit, options));
    BoxStyle style;
    style.colourMap = ColourMap::Rainbow;
    style.projection = projection;
    LUPA_TRY(addBoxes(renderer, boxes, style));
    return boxes.size();
}

Result<std::size_t> drawPictureJets(vtkRenderer* renderer, const EventScene& scene, Projection projection) {
    std::vector<Cone> cones;
    for (const auto& jet : scene.jets) {
        const double length = std::clamp(800.0 + 10.0 * jet.energy.value_or(0.0), 800.0, 2500.0);
        const Vector3 direction = directionOf(jet.eta, jet.phi);
        const double coneR = jet.coneR.value_or(kDefaultConeR);
        cones.push_back({{0, 0, 0},
                         {direction[0] * length, direction[1] * length, direction[2] * length},
                         length * std::tan(std::clamp(coneR, 0.01, 1.2))});
    }
    if (cones.empty())
        return std::size_t{0};
    ConeStyle style;
    style.colour = kJetColour;
    style.projection = projection;
    LUPA_TRY(addCones(renderer, cones, style));
    return cones.size();
}

Result<std::size_t> drawPictureMissingEnergy(vtkRenderer* renderer, const EventScene& scene) {
    for (const auto& met : scene.missingEnergy) {
        const double size = std::hypot(met.etx, met.ety);
        if (!(size > 0))
            continue;
        const double length = std::clamp(20.0 * size, 300.0, 2500.0);
        LUPA_TRY(addArrow(renderer, {0, 0, 0}, {met.etx / size * length, met.ety / size * length, 0.0},
                          kMissingEnergyColour));
    }
    return scene.missingEnergy.size();
}

} // namespace

Result<EventPictureCounts> drawEventScene(vtkRenderer* renderer, const EventScene& scene,
                                          const EventPictureOptions& options) {
    if (options.view == ViewPreset::EtaPhi)
        return detail::drawEtaPhiScene(renderer, scene, options);
    const Projection projection = options.view == ViewPreset::Side ? Projection::Rz : Projection::None;
    EventPictureCounts counts;
    auto calo = drawPictureCalo(renderer, scene, options, projection);
    if (!calo)
        return std::move(calo).error();
    auto hits = drawPictureHits(renderer, scene, options, projection);
    if (!hits)
        return std::move(hits).error();
    auto tracks = drawPictureTracks(renderer, scene, options, projection);
    if (!tracks)
        return std::move(tracks).error();
    auto jets = drawPictureJets(renderer, scene, projection);
    if (!jets)
        return std::move(jets).error();
    counts = {*hits, *tracks, *calo, *jets, 0, 0};
    if (projection == Projection::None) {
        auto met = drawPictureMissingEnergy(renderer, scene);
        if (!met)
            return std::move(met).error();
        counts.missingEnergy = *met;
    }
    return counts;
}

} // namespace lupa::visualization
