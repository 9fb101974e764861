// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/Validation.hpp>

#include <memory>
#include <optional>

namespace lupa::app {

class ValidationInputs;
class ValidationResults;

/// Validation of generated calorimeter showers against GEANT4 showers, the CaloChallenge way: open
/// (or drop) a reference and candidate files, run the evaluation as a job (progress, cancel), browse
/// the feature histograms with ratio panels, the average showers and the metric summary, and export
/// metrics.json with the plots.
class CalorimeterWorkspace : public Workspace {
    Q_OBJECT

public:
    CalorimeterWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// CaloChallenge showers (.h5/.hdf5 with a "showers" dataset; also any .h5 that is not HDF5, to
    /// report it) and binning files (.xml).
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    /// Starts the evaluation as a job; false (with a status message) when inputs are missing.
    bool run();
    /// Writes metrics.json and the plots of the last result into `folder`.
    Result<void> exportTo(const QString& folder) const;

    [[nodiscard]] ValidationInputs* inputs() const { return m_inputs; }
    [[nodiscard]] ValidationResults* results() const { return m_results; }
    /// The last finished evaluation, or nullptr.
    [[nodiscard]] std::shared_ptr<const calo::ValidationReport> report() const { return m_report; }

private:
    Result<void> openShowers(const QString& path);
    void onJobFinished(int id, bool succeeded, const QString& message);
    void chooseExportFolder();

    widgets::JobManager* m_jobs;
    ValidationInputs* m_inputs;
    ValidationResults* m_results;
    int m_job = 0;
    std::shared_ptr<calo::ValidationReport> m_pending;
    std::shared_ptr<const calo::ValidationReport> m_report;
    std::optional<calo::Binning> m_binning;
};

} // namespace lupa::app
