// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/widgets/inspection/DefectMarker.hpp>

#include <QString>

namespace lupa::widgets {

/// One row of DefectTableModel: a defect found on the tested image (plain data, e.g. made from a
/// lupa::inspection::Detection).
struct DefectRow {
    int id = 0;               ///< defect number shown to the operator
    QString className;        ///< e.g. "short"; empty = unclassified
    double confidence = 0.0;  ///< ranking score in [0, 1]
    double areaPx = 0.0;      ///< pixels above threshold (px)
    double areaMm2 = 0.0;     ///< the same area (mm²); 0 when the pixel scale is unknown
    double peakScore = 0.0;   ///< highest normalised anomaly score (1 = at threshold)
    QString region;           ///< region of interest it lies in; empty when none
    int status = kDefectOpen; ///< a DefectStatus
};

} // namespace lupa::widgets
