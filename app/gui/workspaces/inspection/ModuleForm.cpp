// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ModuleForm.hpp"

#include "InspectionWorkspaceSettings.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

namespace lupa::app {
namespace {

QComboBox* editableCombo(const QStringList& items, QWidget* parent) {
    auto* box = new QComboBox(parent);
    box->setEditable(true);
    box->addItems(items);
    box->setInsertPolicy(QComboBox::NoInsert);
    return box;
}

QStringList defaultStages() {
    QStringList stages;
    for (const auto& stage : vision::qc::QcDatabase::defaultStages())
        stages.append(QString::fromStdString(stage));
    return stages;
}

} // namespace

ModuleForm::ModuleForm(QWidget* parent)
    : QWidget(parent)
    , m_serial(new QLineEdit(this))
    , m_type(
          editableCombo({QStringLiteral("quad module"), QStringLiteral("triplet module"),
                         QStringLiteral("bare module"), QStringLiteral("flex PCB"), QStringLiteral("hybrid")},
                        this))
    , m_stage(editableCombo(defaultStages(), this))
    , m_operator(new QLineEdit(this)) {
    m_serial->setPlaceholderText(tr("e.g. 20UPGM22110039"));
    m_serial->setToolTip(tr("The module's serial number, as on its carrier"));
    m_operator->setPlaceholderText(tr("your name"));
    auto* layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(tr("&Serial:"), m_serial);
    layout->addRow(tr("&Type:"), m_type);
    layout->addRow(tr("S&tage:"), m_stage);
    layout->addRow(tr("O&perator:"), m_operator);
    setContext(Settings::value(InspectionWorkspaceSettings::kModuleSerial),
               Settings::value(InspectionWorkspaceSettings::kModuleType),
               Settings::value(InspectionWorkspaceSettings::kStage),
               Settings::value(InspectionWorkspaceSettings::kOperator));
    connect(m_serial, &QLineEdit::editingFinished, this, &ModuleForm::remember);
    connect(m_operator, &QLineEdit::editingFinished, this, &ModuleForm::remember);
    connect(m_type, &QComboBox::currentTextChanged, this, &ModuleForm::remember);
    connect(m_stage, &QComboBox::currentTextChanged, this, &ModuleForm::remember);
    connect(m_serial, &QLineEdit::editingFinished, this, &ModuleForm::moduleOrStageChanged);
    connect(m_stage, &QComboBox::currentTextChanged, this, &ModuleForm::moduleOrStageChanged);
}

ModuleContext ModuleForm::context() const {
    ModuleContext context;
    context.moduleSerial = m_serial->text().trimmed().toStdString();
    context.moduleType = m_type->currentText().trimmed().toStdString();
    context.stage = m_stage->currentText().trimmed().toStdString();
    context.operatorName = m_operator->text().trimmed().toStdString();
    return context;
}

void ModuleForm::setContext(const QString& serial, const QString& type, const QString& stage,
                            const QString& operatorName) {
    m_serial->setText(serial);
    m_type->setCurrentText(type);
    m_stage->setCurrentText(stage);
    m_operator->setText(operatorName);
    remember();
    Q_EMIT moduleOrStageChanged();
}

void ModuleForm::setStages(const QStringList& stages) {
    const QString current = m_stage->currentText();
    const QSignalBlocker blocker(m_stage);
    m_stage->clear();
    m_stage->addItems(stages);
    m_stage->setCurrentText(current);
}

void ModuleForm::remember() const {
    Settings::setValue(InspectionWorkspaceSettings::kModuleSerial, m_serial->text().trimmed());
    Settings::setValue(InspectionWorkspaceSettings::kModuleType, m_type->currentText().trimmed());
    Settings::setValue(InspectionWorkspaceSettings::kStage, m_stage->currentText().trimmed());
    Settings::setValue(InspectionWorkspaceSettings::kOperator, m_operator->text().trimmed());
}

} // namespace lupa::app
