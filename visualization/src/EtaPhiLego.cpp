// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/visualization/Boxes.hpp>
#include <lupa/visualization/EtaPhiLego.hpp>
#include <lupa/visualization/Polylines.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace lupa::visualization {
namespace {

constexpr double kLegoPi = std::numbers::pi;

double legoValue(double sum, const LegoStyle& style) {
    return style.logScale ? std::log10(1.0 + sum) : sum;
}

Result<void> addLegoFrame(vtkRenderer* renderer, double etaMax) {
    PolylineData frame;
    frame.add(std::vector<float>{static_cast<float>(-etaMax), static_cast<float>(-kLegoPi), 0.0F,
                                 static_cast<float>(etaMax), static_cast<float>(-kLegoPi), 0.0F,
                                 static_cast<float>(etaMax), static_cast<float>(kLegoPi), 0.0F,
                                 static_cast<float>(-etaMax), static_cast<float>(kLegoPi), 0.0F,
                                 static_cast<float>(-etaMax), static_cast<float>(-kLegoPi), 0.0F});
    PolylineStyle style;
    style.colour = {0.45, 0.45, 0.5};
    style.lineWidth = 1.0;
    LUPA_TRY(addPolylines(renderer, frame, style));
    return success();
}

} // namespace

EtaPhiHistogram::EtaPhiHistogram(const EtaPhiBinning& binning)
    : m_binning(binning) {
    m_binning.etaBins = std::max(m_binning.etaBins, 1);
    m_binning.phiBins = std::max(m_binning.phiBins, 1);
    if (!(m_binning.etaMax > 0))
        m_binning.etaMax = 1.0;
    m_sums.assign(static_cast<std::size_t>(m_binning.etaBins) * static_cast<std::size_t>(m_binning.phiBins),
                  0.0);
}

void EtaPhiHistogram::fill(double eta, double phi, double weight) {
    if (!std::isfinite(eta) || !std::isfinite(phi) || !std::isfinite(weight) ||
        std::abs(eta) >= m_binning.etaMax) {
        ++m_dropped;
        return;
    }
    phi = std::remainder(phi, 2.0 * kLegoPi); // into [-pi, pi]
    const int etaBin =
        std::clamp(static_cast<int>((eta + m_binning.etaMax) / (2.0 * m_binning.etaMax) * m_binning.etaBins),
                   0, m_binning.etaBins - 1);
    const int phiBin = std::clamp(static_cast<int>((phi + kLegoPi) / (2.0 * kLegoPi) * m_binning.phiBins), 0,
                                  m_binning.phiBins - 1);
    m_sums[static_cast<std::size_t>(etaBin) * static_cast<std::size_t>(m_binning.phiBins) +
           static_cast<std::size_t>(phiBin)] += weight;
}

double EtaPhiHistogram::at(int etaBin, int phiBin) const {
    return m_sums[static_cast<std::size_t>(etaBin) * static_cast<std::size_t>(m_binning.phiBins) +
                  static_cast<std::size_t>(phiBin)];
}

double EtaPhiHistogram::maximum() const {
    return m_sums.empty() ? 0.0 : std::max(0.0, *std::max_element(m_sums.begin(), m_sums.end()));
}

std::size_t EtaPhiHistogram::filledBins() const {
    return static_cast<std::size_t>(
        std::count_if(m_sums.begin(), m_sums.end(), [](double s) { return s > 0; }));
}

Result<vtkActor*> addEtaPhiLego(vtkRenderer* renderer, const EtaPhiHistogram& histogram,
                                const LegoStyle& style) {
    const EtaPhiBinning& binning = histogram.binning();
    const double etaWidth = 2.0 * binning.etaMax / binning.etaBins;
    const double phiWidth = 2.0 * kLegoPi / binning.phiBins;
    const double top = std::max(legoValue(histogram.maximum(), style), 1e-12);
    std::vector<Box> boxes;
    for (int e = 0; e < binning.etaBins; ++e)
        for (int p = 0; p < binning.phiBins; ++p) {
            const double sum = histogram.at(e, p);
            if (!(sum > 0))
                continue;
            const double value = legoValue(sum, style);
            const double height = style.towers ? style.maxHeight * value / top : 1e-3;
            boxes.push_back(
                {{-binning.etaMax + (e + 0.5) * etaWidth, -kLegoPi + (p + 0.5) * phiWidth, 0.5 * height},
                 {{{0.5 * etaWidth, 0, 0}, {0, 0.5 * phiWidth, 0}, {0, 0, 0.5 * height}}},
                 value});
        }
    LUPA_TRY(addLegoFrame(renderer, binning.etaMax));
    BoxStyle boxStyle;
    boxStyle.colourMap = style.colourMap;
    boxStyle.valueMin = 0.0;
    boxStyle.valueMax = top;
    boxStyle.lighting = style.towers;
    return addBoxes(renderer, boxes, boxStyle);
}

} // namespace lupa::visualization
