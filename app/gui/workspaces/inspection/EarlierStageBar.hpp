// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "EarlierStages.hpp"

#include <QWidget>

#include <vector>

class QComboBox;
class QToolButton;

namespace lupa::app {

/// Comparing the module with itself at an earlier production stage: a Compare with Earlier Stage switch
/// (Ctrl+E) and the earlier stages at which the QC database holds an inspection of the module. While the
/// switch is on, the compare view shows the photograph of the chosen stage instead of the reference.
class EarlierStageBar : public QWidget {
    Q_OBJECT

public:
    explicit EarlierStageBar(QWidget* parent = nullptr);

    /// Lists `inspections` ("reception, 2026-11-30, PASS"), keeping the chosen stage when it is still there.
    /// With none the bar is disabled and its tool tip says `whyNone`.
    void setInspections(const std::vector<EarlierInspection>& inspections, const QString& whyNone);
    /// The stage chosen in the list, "" when there is none.
    [[nodiscard]] QString currentStage() const;
    /// Chooses `stage` in the list without asking for anything; false when it is not listed.
    bool setCurrentStage(const QString& stage);
    /// Shows the switch on or off without asking for anything.
    void setComparing(bool comparing);
    [[nodiscard]] bool isComparing() const;

    [[nodiscard]] QToolButton* compareButton() const { return m_compare; }
    [[nodiscard]] QComboBox* stageBox() const { return m_stages; }

Q_SIGNALS:
    /// The operator asked to compare with the module at `stage`.
    void compareRequested(const QString& stage);
    /// The operator asked to compare with the reference again.
    void referenceRequested();

private:
    void onToggled(bool comparing);
    void onStageChosen();

    QToolButton* m_compare;
    QComboBox* m_stages;
};

} // namespace lupa::app
