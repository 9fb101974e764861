// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <QWidget>

#include <memory>

class QComboBox;
class QListWidget;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace lupa::widgets {
class HistogramComparisonPlot;
class ShowerImageView;
} // namespace lupa::widgets

namespace lupa::app {

/// The results of a validation: the features listed with their largest separation power (colour
/// scale), the selected feature's histograms with a ratio panel, the average shower per layer of the
/// reference and a candidate, and a summary table of every metric.
class ValidationResults : public QWidget {
    Q_OBJECT
public:
    explicit ValidationResults(QWidget* parent = nullptr);

    /// Shows a report (kept until the next one).
    void showReport(std::shared_ptr<const calo::ValidationReport> report, calo::Binning binning);
    /// Selects the feature with this key ("Etot_Einc", "E_layer_3", ...); false when there is none.
    bool selectFeature(const QString& key);

    [[nodiscard]] widgets::HistogramComparisonPlot* histogramPlot() const { return m_plot; }
    [[nodiscard]] widgets::ShowerImageView* referenceImage() const { return m_referenceImage; }
    [[nodiscard]] widgets::ShowerImageView* candidateImage() const { return m_candidateImage; }
    [[nodiscard]] QListWidget* featureList() const { return m_features; }
    [[nodiscard]] QTableWidget* summaryTable() const { return m_summary; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }

private:
    QWidget* makeImagesPage();
    void fillFeatureList();
    void fillSummary();
    void showFeature(int row);
    void showLayer();
    /// Index (into the relevant layers) of the layer with the most mean energy in the reference.
    [[nodiscard]] int brightestLayer() const;

    std::shared_ptr<const calo::ValidationReport> m_report;
    std::optional<calo::Binning> m_binning;
    QListWidget* m_features;
    QTabWidget* m_tabs;
    widgets::HistogramComparisonPlot* m_plot;
    widgets::ShowerImageView* m_referenceImage;
    widgets::ShowerImageView* m_candidateImage;
    QComboBox* m_candidate;
    QSpinBox* m_layer;
    QTableWidget* m_summary;
};

} // namespace lupa::app
