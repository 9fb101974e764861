// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

namespace lupa::app {

class PlaceholderPage;

/// Validation of generated calorimeter showers against GEANT4 showers, the CaloChallenge way.
/// For now it opens CaloChallenge HDF5 files and binning XML files and summarises them.
class CalorimeterWorkspace : public Workspace {
    Q_OBJECT

public:
    CalorimeterWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// CaloChallenge showers (.h5/.hdf5 with a "showers" dataset; also any .h5 that is not HDF5, to
    /// report it) and binning files (.xml).
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    Result<void> openShowers(const QString& path);
    Result<void> openBinning(const QString& path);

    PlaceholderPage* m_page;
};

} // namespace lupa::app
