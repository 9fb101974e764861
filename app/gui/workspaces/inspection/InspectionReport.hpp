// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// The PDF report of one inspection: what an operator prints or attaches to a non-conformity report.

#include <lupa/core/Result.hpp>
#include <lupa/vision/qc/InspectionRecord.hpp>

#include <QImage>
#include <QString>

#include <vector>

namespace lupa::app {

/// What the report shows besides the record: the image the defects were found on (the tested image
/// registered onto the reference) with their boxes in that image's pixels, in the record's order.
struct ReportImage {
    QImage image;
    std::vector<inspection::Box> boxes;
};

/// Writes an A4 PDF: module, stage, operator, station and time; the final verdict (and the pipeline's
/// when the operator overruled it) with its reasons; the image with numbered defect boxes; the defect
/// table (class, confidence, area, peak score, region, the operator's decision); the comment.
/// Written atomically: on failure nothing is left at `path`.
[[nodiscard]] Result<void> writeInspectionReportPdf(const QString& path,
                                                    const vision::qc::InspectionRecord& record,
                                                    const ReportImage& image);

} // namespace lupa::app
