// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "Settings.hpp"

namespace lupa::app {

/// The Inspection workspace's persistent settings (read and written through Settings::value/setValue):
/// who inspects what, the last inputs, and where QC records go. Restored when the workspace is created.
struct InspectionWorkspaceSettings {
    /// Serial number of the module being inspected.
    static inline const SettingKey<QString> kModuleSerial{"inspection/moduleSerial", QString()};
    /// Module type ("quad module", "flex PCB", ...).
    static inline const SettingKey<QString> kModuleType{"inspection/moduleType",
                                                        QStringLiteral("quad module")};
    /// Production stage; one of the QC database's stages.
    static inline const SettingKey<QString> kStage{"inspection/stage", QStringLiteral("reception")};
    /// Name of the operator, stored with every record and decision.
    static inline const SettingKey<QString> kOperator{"inspection/operator", QString()};
    /// The golden reference image (absolute path), empty = none.
    static inline const SettingKey<QString> kReference{"inspection/reference", QString()};
    /// The inspection model file (absolute path), empty = template difference with defaults.
    static inline const SettingKey<QString> kModel{"inspection/model", QString()};
    /// The QC database file; empty = qcDatabaseDefault() in the application's data folder.
    static inline const SettingKey<QString> kQcDatabase{"inspection/qcDatabase", QString()};
    /// Folder the image dialogs start in.
    static inline const SettingKey<QString> kLastFolder{"inspection/lastFolder", QString()};
    /// Autoencoder epochs of "Train Model…".
    static inline const SettingKey<int> kTrainingEpochs{"inspection/trainingEpochs", 20};
    /// Autoencoder training patches of "Train Model…" (32 × 32 px, cut from the good images).
    static inline const SettingKey<int> kTrainingPatches{"inspection/trainingPatches", 4000};
    /// Opacity of the anomaly overlay in percent.
    static inline const SettingKey<int> kOverlayOpacity{"inspection/overlayOpacity", 50};
};

} // namespace lupa::app
