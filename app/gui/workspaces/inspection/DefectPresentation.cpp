// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "DefectPresentation.hpp"

#include <QRect>

namespace lupa::app {
namespace {

int statusOf(const std::vector<int>& status, std::size_t i) {
    return i < status.size() ? status[i] : widgets::kDefectOpen;
}

} // namespace

QColor statusColour(int status) {
    switch (status) {
    case widgets::kDefectConfirmed:
        return QColor(0xb7, 0x1c, 0x1c);
    case widgets::kDefectOverruled:
        return QColor(0x9e, 0x9e, 0x9e);
    default:
        return QColor(0xff, 0x17, 0x44);
    }
}

QColor verdictColour(vision::Verdict verdict) {
    switch (verdict) {
    case vision::Verdict::Pass:
        return QColor(0x2e, 0x7d, 0x32);
    case vision::Verdict::Fail:
        return QColor(0xc6, 0x28, 0x28);
    case vision::Verdict::Review:
        break;
    }
    return QColor(0xef, 0x8f, 0x00);
}

std::vector<widgets::DefectRow> defectRows(const InspectionOutcome& outcome, const std::vector<int>& status) {
    std::vector<widgets::DefectRow> rows;
    rows.reserve(outcome.detections.size());
    for (std::size_t i = 0; i < outcome.detections.size(); ++i) {
        const auto& detection = outcome.detections[i];
        widgets::DefectRow row;
        row.id = static_cast<int>(i) + 1;
        row.className = QString::fromStdString(classNameOf(outcome.settings, detection.classId));
        row.confidence = detection.confidence;
        row.areaPx = detection.areaPx;
        row.areaMm2 = detection.areaMm2;
        row.peakScore = detection.peakScore;
        row.region = QString::fromStdString(detection.region);
        row.status = statusOf(status, i);
        rows.push_back(std::move(row));
    }
    return rows;
}

std::vector<widgets::DefectMarker> defectMarkers(const InspectionOutcome& outcome,
                                                 const std::vector<int>& status) {
    std::vector<widgets::DefectMarker> markers;
    markers.reserve(outcome.detections.size());
    for (std::size_t i = 0; i < outcome.detections.size(); ++i) {
        const auto& detection = outcome.detections[i];
        widgets::DefectMarker marker;
        marker.box =
            QRect(QPoint(detection.box.x1, detection.box.y1), QPoint(detection.box.x2, detection.box.y2));
        const QString name = QString::fromStdString(classNameOf(outcome.settings, detection.classId));
        marker.label = QStringLiteral("%1 %2").arg(i + 1).arg(
            name.isEmpty() ? QString::number(detection.peakScore, 'f', 2) : name);
        marker.status = statusOf(status, i);
        marker.colour = statusColour(marker.status);
        markers.push_back(std::move(marker));
    }
    return markers;
}

} // namespace lupa::app
