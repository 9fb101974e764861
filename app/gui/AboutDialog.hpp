// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Version.hpp>

#include <QDialog>

#include <vector>

namespace lupa::app {

/// Help > About lupa: lupa's version and licence and the version of every library it uses,
/// with a button that copies them for a bug report.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// Every library lupa uses with its version: core, vision, visualization, Qt, QCustomPlot.
    [[nodiscard]] static std::vector<LibraryVersion> libraryVersions();

    /// lupa's version and the library versions as plain text, one per line.
    [[nodiscard]] static QString versionReport();
};

} // namespace lupa::app
