// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventPictureEtaPhi.hpp"

#include <lupa/visualization/EtaPhiLego.hpp>
#include <lupa/visualization/PointCloud.hpp>
#include <lupa/visualization/Projection.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::visualization::detail {
namespace {

constexpr double kEtaBinWidth = 0.1; // calorimeter-tower-like bins
constexpr double kEtaPhiConeR = 0.4; // jet radius when the file gives none
constexpr float kMarkerLift = 0.01F; // markers above the flat grid, so they are not hidden in it

// The eta range: the data's largest |eta|, rounded up to 0.5, between 1.5 and 5.
double etaRangeOf(const EventScene& scene) {
    double largest = 0.0;
    if (!scene.calo.empty()) {
        for (const auto& deposit : scene.calo)
            largest = std::max(largest, std::abs(deposit.eta));
    } else {
        for (const auto& group : scene.hits)
            for (std::size_t i = 0; i + 2 < group.positions.size(); i += 3)
                largest =
                    std::max(largest, std::abs(pseudorapidity({group.positions[i], group.positions[i + 1],
                                                               group.positions[i + 2]})));
    }
    return std::clamp(std::ceil(2.0 * largest + 1e-9) / 2.0, 1.5, 5.0);
}

EtaPhiHistogram histogramOf(const EventScene& scene) {
    const double etaMax = etaRangeOf(scene);
    EtaPhiHistogram histogram({static_cast<int>(std::lround(2.0 * etaMax / kEtaBinWidth)), etaMax, 64});
    if (!scene.calo.empty()) {
        for (const auto& deposit : scene.calo)
            histogram.fill(deposit.eta, deposit.phi, deposit.energy);
        return histogram;
    }
    for (const auto& group : scene.hits)
        for (std::size_t i = 0; i + 2 < group.positions.size(); i += 3) {
            const Vector3 p{group.positions[i], group.positions[i + 1], group.positions[i + 2]};
            histogram.fill(pseudorapidity(p), azimuth(p));
        }
    return histogram;
}

Result<std::size_t> drawTrackMarkers(vtkRenderer* renderer, const EventScene& scene, double etaMax) {
    PointCloudData markers;
    for (const auto& direction : scene.trackDirections) {
        const double eta = pseudorapidity(direction);
        if (std::abs(eta) < etaMax)
            markers.positions.insert(
                markers.positions.end(),
                {static_cast<float>(eta), static_cast<float>(azimuth(direction)), kMarkerLift});
    }
    if (markers.size() == 0)
        return std::size_t{0};
    PointCloudStyle style;
    style.colour = kTrackColour;
    style.pointSize = 7.0;
    LUPA_TRY(addPointCloud(renderer, markers, style));
    return markers.size();
}

Result<std::size_t> drawJetCircles(vtkRenderer* renderer, const EventScene& scene) {
    PolylineData circles;
    for (const auto& jet : scene.jets) {
        const double radius = jet.coneR.value_or(kEtaPhiConeR);
        std::vector<float> points;
        for (int i = 0; i <= 48; ++i) {
            const double angle = 2.0 * std::numbers::pi * i / 48;
            points.insert(points.end(),
                          {static_cast<float>(jet.eta + radius * std::cos(angle)),
                           static_cast<float>(jet.phi + radius * std::sin(angle)), 2 * kMarkerLift});
        }
        circles.add(points);
    }
    if (circles.size() == 0)
        return std::size_t{0};
    PolylineStyle style;
    style.colour = kJetColour;
    style.lineWidth = 3.0;
    LUPA_TRY(addPolylines(renderer, circles, style));
    return circles.size();
}

Result<std::size_t> drawMissingEnergyLines(vtkRenderer* renderer, const EventScene& scene, double etaMax) {
    PolylineData lines;
    for (const auto& met : scene.missingEnergy) {
        if (!(std::hypot(met.etx, met.ety) > 0))
            continue;
        const auto phi = static_cast<float>(std::atan2(met.ety, met.etx));
        lines.add(std::vector<float>{static_cast<float>(-etaMax), phi, 3 * kMarkerLift,
                                     static_cast<float>(etaMax), phi, 3 * kMarkerLift});
    }
    if (lines.size() == 0)
        return std::size_t{0};
    PolylineStyle style;
    style.colour = kMissingEnergyColour;
    style.lineWidth = 3.0;
    LUPA_TRY(addPolylines(renderer, lines, style));
    return lines.size();
}

} // namespace

Result<EventPictureCounts> drawEtaPhiScene(vtkRenderer* renderer, const EventScene& scene,
                                           const EventPictureOptions& options) {
    const EtaPhiHistogram histogram = histogramOf(scene);
    LegoStyle lego;
    lego.towers = options.legoTowers;
    LUPA_TRY(addEtaPhiLego(renderer, histogram, lego));
    const double etaMax = histogram.binning().etaMax;
    EventPictureCounts counts;
    counts.hits = scene.calo.empty() ? scene.hitCount() - histogram.dropped() : 0;
    counts.caloDeposits = scene.calo.empty() ? 0 : scene.calo.size() - histogram.dropped();
    counts.etaPhiBins = histogram.filledBins();
    auto tracks = drawTrackMarkers(renderer, scene, etaMax);
    if (!tracks)
        return std::move(tracks).error();
    auto jets = drawJetCircles(renderer, scene);
    if (!jets)
        return std::move(jets).error();
    auto met = drawMissingEnergyLines(renderer, scene, etaMax);
    if (!met)
        return std::move(met).error();
    counts.tracks = *tracks;
    counts.jets = *jets;
    counts.missingEnergy = *met;
    return counts;
}

} // namespace lupa::visualization::detail
