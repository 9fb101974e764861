// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "AnomalyAnalysis.hpp"

#include <lupa/core/ml/FixedPoint.hpp>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace lupa::app {

/// Float versus fixed-point inference, as an FPGA trigger would run the model: the data format
/// (ap_fixed<W,I> with rounding and overflow modes) and optionally a separate weight format, a
/// Compare button (Ctrl+Shift+R), the deviation of every stage of the network, and each signal's
/// AUC and TPR at the tightest working point in float and in fixed point side by side.
class FixedPointPanel : public QWidget {
    Q_OBJECT
public:
    /// Columns of stageTable().
    enum StageColumn {
        StageName,
        StageWidth,
        StageMaxDifference,
        StageRmsDifference,
        StageFloatRms,
        StageRelativeRms,
        StageOverflow
    };

    explicit FixedPointPanel(QWidget* parent = nullptr);

    /// The formats chosen (weights = data unless a separate weight format is ticked).
    [[nodiscard]] ml::FixedPointConfig config() const;
    /// Sets the data format; `weights` empty = the same as the data.
    void setConfig(const ml::FixedPointFormat& format,
                   const std::optional<ml::FixedPointFormat>& weights = {});

    /// Shows a comparison (the report of compareSamples()).
    void showReport(const FixedPointReport& report);
    /// Compare needs a model and a background; nothing while a job runs.
    void setState(bool running, bool ready);

    [[nodiscard]] QTableWidget* stageTable() const { return m_stages; }
    [[nodiscard]] QTableWidget* signalTable() const { return m_signals; }

Q_SIGNALS:
    void compareRequested();

private:
    QWidget* makeFormatBox();
    void fillStages(const FixedPointReport& report);
    void fillSignals(const FixedPointReport& report);
    void updateWeightFields();

    QSpinBox* m_totalBits;
    QSpinBox* m_integerBits;
    QComboBox* m_rounding;
    QComboBox* m_overflow;
    QCheckBox* m_separateWeights;
    QSpinBox* m_weightTotalBits;
    QSpinBox* m_weightIntegerBits;
    QPushButton* m_compare;
    QLabel* m_summary;
    QTableWidget* m_stages;
    QTableWidget* m_signals;
};

} // namespace lupa::app
