// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

namespace lupa::app {

class PlaceholderPage;

/// Event-level anomaly detection: autoencoders trained on background, signals scored, ROC read.
/// For now it opens ADC2021-layout HDF5 files and summarises them.
class AnomalyWorkspace : public Workspace {
    Q_OBJECT

public:
    AnomalyWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    /// HDF5 files with a "Particles" dataset (the ADC2021 layout).
    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    PlaceholderPage* m_page;
};

} // namespace lupa::app
