// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <string>
#include <vector>

/// Module inspection: the types shared by the image pipeline (lupa::vision), the DeepPCB readers and
/// writers, the detection metrics and the QC records. Pure data, no OpenCV.
namespace lupa::inspection {

/// An axis-aligned box in image pixels: x1,y1 the top-left corner, x2,y2 the bottom-right corner, both
/// inclusive as DeepPCB writes them (a one-pixel box has x1 == x2). Coordinates of the tested image.
struct Box {
    int x1 = 0; ///< left column (px)
    int y1 = 0; ///< top row (px)
    int x2 = 0; ///< right column, inclusive (px)
    int y2 = 0; ///< bottom row, inclusive (px)

    [[nodiscard]] int width() const { return x2 - x1 + 1; }
    [[nodiscard]] int height() const { return y2 - y1 + 1; }
    [[nodiscard]] double area() const { return static_cast<double>(width()) * height(); }
    friend bool operator==(const Box&, const Box&) = default;
};

/// Intersection over union of two boxes (0 when they do not overlap).
[[nodiscard]] inline double intersectionOverUnion(const Box& a, const Box& b) {
    const int ix1 = a.x1 > b.x1 ? a.x1 : b.x1;
    const int iy1 = a.y1 > b.y1 ? a.y1 : b.y1;
    const int ix2 = a.x2 < b.x2 ? a.x2 : b.x2;
    const int iy2 = a.y2 < b.y2 ? a.y2 : b.y2;
    if (ix2 < ix1 || iy2 < iy1) {
        return 0.0;
    }
    const double inter = static_cast<double>(ix2 - ix1 + 1) * (iy2 - iy1 + 1);
    return inter / (a.area() + b.area() - inter);
}

/// Class id of a defect that no classifier has named.
inline constexpr int kUnclassified = 0;

/// A labelled defect (ground truth): a box and a class id (DeepPCB: 1 open, 2 short, 3 mousebite,
/// 4 spur, 5 spurious copper, 6 pin-hole; other module types number their own class list from 1).
struct LabelledBox {
    Box box;
    int classId = kUnclassified;
    friend bool operator==(const LabelledBox&, const LabelledBox&) = default;
};

/// A defect found by the pipeline: where, how large, how strong, and (when classified) what.
struct Detection {
    Box box;
    int classId = kUnclassified; ///< kUnclassified until a classifier names it
    double confidence = 0.0;     ///< ranking score in [0, 1] used for precision-recall curves
    double areaPx = 0.0;         ///< pixels above threshold in this defect (px)
    double areaMm2 = 0.0;        ///< the same area in mm² (0 when the pixel scale is unknown)
    double peakScore = 0.0;      ///< highest normalised anomaly score in the defect (1 = at threshold)
    double meanScore = 0.0;      ///< mean normalised anomaly score over its pixels
    std::string region;          ///< name of the region of interest it lies in ("" when none)
};

/// The DeepPCB class names, index = class id (index 0 is "unclassified").
[[nodiscard]] inline const std::vector<std::string>& deepPcbClassNames() {
    static const std::vector<std::string> names{"unclassified",    "open",    "short", "mousebite", "spur",
                                                "spurious copper", "pin-hole"};
    return names;
}

} // namespace lupa::inspection
