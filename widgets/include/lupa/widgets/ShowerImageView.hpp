// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <QColor>
#include <QString>
#include <QWidget>

#include <vector>

class QPainter;

namespace lupa::widgets {

/// One calorimeter layer in polar bins (e.g. the mean shower of a CaloChallenge layer).
struct ShowerImage {
    QString title;                   ///< e.g. "layer 12"
    std::vector<double> radialEdges; ///< [mm], ascending, at least two
    int angularBins = 1;             ///< bins over [-pi, pi), >= 1
    /// Energy per bin [MeV], angular bin slow, radial bin fast: values[alpha * radialBins + r]
    /// (the voxel order of CaloChallenge files).
    std::vector<double> values;
};

/// How values map to colours.
struct ShowerImageScale {
    bool logarithmic = true;     ///< log10 colour scale (values <= min are drawn as empty)
    double minimum = 0;          ///< lower end [MeV]; 0 with logarithmic = 1e-4 of the maximum
    double maximum = 0;          ///< upper end [MeV]; 0 = the image's maximum
    bool equalRadialBins = true; ///< draw every radial bin as a ring of the same width (readable when
                                 ///< edges span 0-2000 mm); false = radii proportional to r
};

/// Draws a polar shower image: a disk of annular sectors, one per voxel, coloured by energy (viridis),
/// with a colour bar. Paints on screen and exports to PNG, PDF or SVG at any size.
class ShowerImageView : public QWidget {
    Q_OBJECT
public:
    explicit ShowerImageView(QWidget* parent = nullptr);

    /// Replaces the image; a Usage error (and nothing changes) when the sizes disagree.
    lupa::Result<void> setImage(const ShowerImage& image, const ShowerImageScale& scale = {});
    /// The colour a voxel of `energy` [MeV] gets with the current image and scale; transparent for "empty".
    [[nodiscard]] QColor colourFor(double energy) const;
    /// Writes the picture to `path` (.png, .pdf or .svg) atomically at `size` [pixels; points for PDF].
    lupa::Result<void> exportTo(const QString& path, QSize size = QSize(800, 640)) const;

    [[nodiscard]] QSize sizeHint() const override { return {480, 400}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    /// Draws the whole picture into a `size` area of `painter`.
    void render(QPainter& painter, QSize size) const;
    void drawDisk(QPainter& painter, const QRectF& area) const;
    void drawColourBar(QPainter& painter, const QRectF& area) const;
    [[nodiscard]] double ringRadius(std::size_t edge, double outerRadius) const;
    [[nodiscard]] double scaleFraction(double energy) const; ///< position in [0, 1] on the colour scale

    ShowerImage m_image;
    ShowerImageScale m_scale;
    double m_low = 0;  ///< resolved lower end of the scale [MeV]
    double m_high = 1; ///< resolved upper end [MeV]
};

} // namespace lupa::widgets
