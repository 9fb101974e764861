// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Workspace.hpp"
#include "WorkspaceContext.hpp"

namespace lupa::app {

class PlaceholderPage;

/// Quality control of detector modules from photographs: defects marked, PASS / FAIL / REVIEW.
/// For now it opens module images and shows what they are.
class InspectionWorkspace : public Workspace {
    Q_OBJECT

public:
    InspectionWorkspace(const WorkspaceContext& context, QWidget* parent = nullptr);

    [[nodiscard]] bool canOpen(const QString& path) const override;
    Result<void> open(const QString& path) override;
    [[nodiscard]] QStringList fileFilters() const override;

    /// The placeholder page, which shows a summary of the last image opened.
    [[nodiscard]] PlaceholderPage* page() const { return m_page; }

private:
    PlaceholderPage* m_page;
};

} // namespace lupa::app
