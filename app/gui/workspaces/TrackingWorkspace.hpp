// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

namespace lupa::app {

class PlaceholderPage;

/// Simulation, track reconstruction (graph neural network and classical baseline) and TrackML scoring.
/// For now it opens TrackML CSV files and summarises them.
class TrackingWorkspace : public Workspace {
    Q_OBJECT

public:
    TrackingWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// TrackML event files (event…-hits/-truth/-particles/-cells.csv[.gz]) and detectors.csv.
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    PlaceholderPage* m_page;
};

} // namespace lupa::app
