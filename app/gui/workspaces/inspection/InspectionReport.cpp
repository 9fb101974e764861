// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionReport.hpp"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace lupa::app {
namespace {

// The report's strings, translated in the context "lupa::app::InspectionReport".
class InspectionReport {
    Q_DECLARE_TR_FUNCTIONS(lupa::app::InspectionReport)
};

QColor verdictColour(const std::string& verdict) {
    if (verdict == "PASS")
        return QColor(0x2e, 0x7d, 0x32);
    if (verdict == "FAIL")
        return QColor(0xc6, 0x28, 0x28);
    return QColor(0xef, 0x6c, 0x00);
}

QString decisionText(const vision::qc::DefectRecord& defect) {
    if (!defect.decision)
        return InspectionReport::tr("open");
    if (defect.decision->decision == vision::qc::kConfirmed)
        return InspectionReport::tr("confirmed");
    return defect.decision->newClass.empty()
               ? InspectionReport::tr("overruled: no defect")
               : InspectionReport::tr("overruled: %1").arg(QString::fromStdString(defect.decision->newClass));
}

// Draws text lines from `top` down; returns the y below them.
int drawLines(QPainter& painter, int left, int top, const QStringList& lines) {
    const int height = painter.fontMetrics().height();
    for (const QString& line : lines) {
        painter.drawText(left, top + painter.fontMetrics().ascent(), line);
        top += height;
    }
    return top;
}

int drawHeader(QPainter& painter, const vision::qc::InspectionRecord& record, int width) {
    QFont title = painter.font();
    title.setPointSizeF(16);
    title.setBold(true);
    painter.setFont(title);
    int y = drawLines(painter, 0, 0, {InspectionReport::tr("Module inspection report")});
    QFont body = title;
    body.setPointSizeF(9.5);
    body.setBold(false);
    painter.setFont(body);
    const auto q = [](const std::string& text) {
        return QString::fromStdString(text);
    };
    y = drawLines(painter, 0, y + 10,
                  {InspectionReport::tr("Module: %1 (%2), stage %3")
                       .arg(q(record.moduleSerial), q(record.moduleType), q(record.stage)),
                   InspectionReport::tr("Inspected %1 by %2 at %3")
                       .arg(q(record.timeUtc), q(record.operatorName), q(record.station)),
                   InspectionReport::tr("Image: %1").arg(q(record.imagePath)),
                   InspectionReport::tr("SHA-256: %1").arg(q(record.imageSha256)),
                   InspectionReport::tr("Model: %1; thresholds: %2")
                       .arg(q(record.modelVersion), q(record.thresholdVersion))});
    const std::string& final = vision::qc::finalVerdict(record);
    QFont big = body;
    big.setPointSizeF(20);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(verdictColour(final));
    y = drawLines(painter, 0, y + 10, {QString::fromStdString(final)});
    painter.setPen(Qt::black);
    painter.setFont(body);
    QStringList reasons;
    if (final != record.verdict)
        reasons << InspectionReport::tr("The operator overruled the pipeline's verdict %1.")
                       .arg(q(record.verdict));
    for (const auto& reason : record.verdictReasons)
        reasons << q(reason);
    y = drawLines(painter, 0, y, reasons);
    painter.drawLine(0, y + 6, width, y + 6);
    return y + 16;
}

int drawImage(QPainter& painter, const ReportImage& image, int top, int width, int maxHeight) {
    if (image.image.isNull())
        return top;
    const QSize size = image.image.size().scaled(width, maxHeight, Qt::KeepAspectRatio);
    const QRect target(0, top, size.width(), size.height());
    painter.drawImage(target, image.image);
    const double scale = static_cast<double>(size.width()) / image.image.width();
    painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 2));
    for (std::size_t i = 0; i < image.boxes.size(); ++i) {
        const auto& box = image.boxes[i];
        const QRectF rect(target.left() + box.x1 * scale, target.top() + box.y1 * scale, box.width() * scale,
                          box.height() * scale);
        painter.drawRect(rect);
        painter.drawText(rect.topLeft() + QPointF(2, -3), QString::number(i + 1));
    }
    painter.setPen(Qt::black);
    return target.bottom() + 16;
}

int drawDefectTable(QPdfWriter& writer, QPainter& painter, const vision::qc::InspectionRecord& record,
                    int top, int width) {
    const QStringList headers{InspectionReport::tr("#"),          InspectionReport::tr("Class"),
                              InspectionReport::tr("Confidence"), InspectionReport::tr("Area (px)"),
                              InspectionReport::tr("Area (mm²)"), InspectionReport::tr("Peak"),
                              InspectionReport::tr("Region"),     InspectionReport::tr("Decision")};
    const double columns[] = {0.0, 0.05, 0.25, 0.36, 0.46, 0.57, 0.64, 0.80};
    const int line = painter.fontMetrics().height();
    QFont bold = painter.font();
    bold.setBold(true);
    const QFont normal = painter.font();
    painter.setFont(bold);
    for (int c = 0; c < headers.size(); ++c)
        painter.drawText(static_cast<int>(columns[c] * width), top + painter.fontMetrics().ascent(),
                         headers[c]);
    painter.setFont(normal);
    int y = top + line;
    const int pageHeight = painter.viewport().height();
    for (std::size_t i = 0; i < record.defects.size(); ++i) {
        if (y + line > pageHeight) { // the table goes on on the next page
            writer.newPage();
            y = 0;
        }
        const auto& d = record.defects[i];
        const QStringList cells{QString::number(i + 1),
                                d.className.empty() ? InspectionReport::tr("unclassified")
                                                    : QString::fromStdString(d.className),
                                QString::number(d.confidence, 'f', 2),
                                QString::number(d.areaPx, 'f', 0),
                                d.areaMm2 > 0.0 ? QString::number(d.areaMm2, 'f', 4) : QStringLiteral("–"),
                                QString::number(d.peakScore, 'f', 2),
                                QString::fromStdString(d.region),
                                decisionText(d)};
        for (int c = 0; c < cells.size(); ++c)
            painter.drawText(static_cast<int>(columns[c] * width), y + painter.fontMetrics().ascent(),
                             cells[c]);
        y += line;
    }
    if (record.defects.empty())
        y = drawLines(painter, 0, y, {InspectionReport::tr("No defects.")});
    return y;
}

} // namespace

Result<void> writeInspectionReportPdf(const QString& path, const vision::qc::InspectionRecord& record,
                                      const ReportImage& image) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(file.errorString().toStdString(), path.toStdString());
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(150);
        writer.setTitle(InspectionReport::tr("Module inspection report"));
        writer.setCreator(QStringLiteral("lupa"));
        QPainter painter(&writer);
        const int width = painter.viewport().width();
        const int height = painter.viewport().height();
        int y = drawHeader(painter, record, width);
        y = drawImage(painter, image, y, width, height / 2);
        y = drawDefectTable(writer, painter, record, y, width);
        if (!record.comment.empty())
            drawLines(painter, 0, y + 10,
                      {InspectionReport::tr("Comment: %1").arg(QString::fromStdString(record.comment))});
        if (!painter.end())
            return Error::io("cannot draw the report", path.toStdString());
    }
    if (!file.commit())
        return Error::io(file.errorString().toStdString(), path.toStdString());
    return success();
}

} // namespace lupa::app
