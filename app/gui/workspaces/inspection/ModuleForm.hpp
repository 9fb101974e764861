// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "QcRecordBuilder.hpp"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace lupa::app {

/// Which module is inspected, at which stage, by whom: serial number, module type, production stage and
/// operator. Remembered in the settings (InspectionWorkspaceSettings) as they are edited.
class ModuleForm : public QWidget {
    Q_OBJECT
public:
    explicit ModuleForm(QWidget* parent = nullptr);

    /// The fields as a record's context (station left empty).
    [[nodiscard]] ModuleContext context() const;
    /// Sets the fields (and remembers them); emits moduleOrStageChanged.
    void setContext(const QString& serial, const QString& type, const QString& stage,
                    const QString& operatorName);
    /// Replaces the stage choices (e.g. with a QC database's stages), keeping the current text.
    void setStages(const QStringList& stages);

    [[nodiscard]] QLineEdit* serialEdit() const { return m_serial; }
    [[nodiscard]] QComboBox* typeBox() const { return m_type; }
    [[nodiscard]] QComboBox* stageBox() const { return m_stage; }
    [[nodiscard]] QLineEdit* operatorEdit() const { return m_operator; }

Q_SIGNALS:
    /// The serial number (once edited) or the stage changed: another module or stage is inspected.
    void moduleOrStageChanged();

private:
    void remember() const;

    QLineEdit* m_serial;
    QComboBox* m_type;
    QComboBox* m_stage;
    QLineEdit* m_operator;
};

} // namespace lupa::app
