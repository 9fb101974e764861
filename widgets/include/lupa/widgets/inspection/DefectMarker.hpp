// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QColor>
#include <QRect>
#include <QString>

namespace lupa::widgets {

/// Review status of a defect, as DefectMarker::status and DefectRow::status store it.
enum DefectStatus : int {
    kDefectOpen = 0,      ///< found, not reviewed yet
    kDefectConfirmed = 1, ///< a person confirmed it
    kDefectOverruled = 2, ///< a person overruled it (not a defect)
};

/// One defect as InspectionImageView draws it: a box with a label.
struct DefectMarker {
    QRect box;                ///< in tested-image pixels (px)
    QString label;            ///< e.g. "short 0.93"
    QColor colour{Qt::red};   ///< outline colour (e.g. by class)
    int status = kDefectOpen; ///< a DefectStatus: open solid, confirmed thick, overruled dashed and faded
};

} // namespace lupa::widgets
