// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>

#include <QStringList>
#include <QWidget>

#include <filesystem>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace lupa::app {

/// The left panel of the Validation workspace: the reference file, the candidate files, the binning
/// (detected from the voxel count, a challenge dataset, or an opened XML file) and the Run, Cancel
/// and Export buttons.
class ValidationInputs : public QWidget {
    Q_OBJECT
public:
    explicit ValidationInputs(QWidget* parent = nullptr);

    /// Adds a shower file: the first becomes the reference, later ones candidates.
    void addShowerFile(const QString& path);
    /// Makes `path` the reference (the previous reference is dropped).
    void setReference(const QString& path);
    /// Adds a binning XML file to the choices and selects it.
    void addBinningFile(const QString& path);

    [[nodiscard]] const QString& reference() const { return m_reference; }
    [[nodiscard]] QStringList candidates() const;
    /// The binning chosen; detected from the reference's voxel count for "Automatic".
    [[nodiscard]] Result<calo::Binning> binning() const;
    [[nodiscard]] bool physicsDistances() const;

    /// Switches the buttons between "ready" and "running".
    void setRunning(bool running);
    /// Enables Export once there is a result.
    void setExportable(bool exportable);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();
    void exportRequested();
    void openRequested();

private:
    void updateButtons();
    void removeSelectedCandidates();

    QString m_reference;
    QLabel* m_referenceLabel;
    QListWidget* m_candidates;
    QComboBox* m_binning;
    QCheckBox* m_distances;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_export;
    bool m_running = false;
    bool m_exportable = false;
};

} // namespace lupa::app
