// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The Inspection workspace's module type: open one (its reference for the stage, its regions on the view,
// its pixel scale), inspect with the view's regions, and save the reference and regions drawn here as a
// module-type file (docs/module-types.md).
#include "../InspectionWorkspace.hpp"
#include "InspectionControlPanel.hpp"
#include "ModuleForm.hpp"
#include "ModuleTypeRegions.hpp"
#include "workspaces/FileKinds.hpp"

#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/widgets/inspection/InspectionImageView.hpp>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>

#include <filesystem>

namespace lupa::app {
namespace {

// The reference as the module-type file at `typeFile` should name it: relative when it lies in the same
// folder or below, absolute otherwise.
std::filesystem::path referenceAsWritten(const std::filesystem::path& typeFile,
                                         const std::filesystem::path& image) {
    const auto folder = std::filesystem::absolute(typeFile).parent_path();
    const auto relative = std::filesystem::absolute(image).lexically_relative(folder);
    if (!relative.empty() && *relative.begin() != "..")
        return relative;
    return std::filesystem::absolute(image);
}

} // namespace

Result<void> InspectionWorkspace::openModuleType(const QString& path) {
    auto type = inspection::readModuleTypeFile(files::toPath(path));
    if (!type)
        return std::move(type).error();
    const std::string stage = m_controls->moduleForm()->stageBox()->currentText().toStdString();
    if (const auto* reference = type->referenceFor(stage)) {
        const auto image = inspection::resolveReferencePath(files::toPath(path), *reference);
        LUPA_TRY(openReference(QString::fromStdString(image.string())));
    }
    view()->setRegions(regionShapesOf(type->regions));
    if (!type->name.empty())
        m_controls->moduleForm()->typeBox()->setCurrentText(QString::fromStdString(type->name));
    m_moduleType = std::move(*type);
    m_moduleTypePath = path;
    updateInputs();
    report(tr("Module type %1: %n region(s)", nullptr, static_cast<int>(m_moduleType->regions.size()))
               .arg(QString::fromStdString(m_moduleType->name)));
    return success();
}

Result<void> InspectionWorkspace::saveModuleType(const QString& path) {
    inspection::ModuleType type = m_moduleType.value_or(inspection::ModuleType{});
    const QString name = m_controls->moduleForm()->typeBox()->currentText().trimmed();
    type.name = name.isEmpty() ? QFileInfo(path).completeBaseName().toStdString() : name.toStdString();
    if (!m_referencePath.isEmpty()) {
        const std::string stage = m_controls->moduleForm()->stageBox()->currentText().toStdString();
        const auto image = referenceAsWritten(files::toPath(path), files::toPath(m_referencePath));
        auto* reference = const_cast<inspection::ReferenceImage*>(type.referenceFor(stage));
        if (reference != nullptr)
            reference->image = image;
        else
            type.references.push_back({std::string(), image});
    }
    type.regions = regionsOfInterestOf(view()->regions());
    // What lupa writes it must read back: check the whole type before the file is replaced.
    auto checked = inspection::moduleTypeFromJson(inspection::toJson(type), files::toPath(path).string());
    if (!checked)
        return std::move(checked).error();
    LUPA_TRY(inspection::writeModuleTypeFile(files::toPath(path), type));
    m_moduleType = std::move(type);
    m_moduleTypePath = path;
    updateInputs();
    report(tr("Saved module type %1").arg(files::fileName(path)));
    return success();
}

std::shared_ptr<const vision::ModulePipeline> InspectionWorkspace::inspectionPipeline() const {
    const auto regions = regionsOfInterestOf(view()->regions());
    const double scale = m_moduleType ? m_moduleType->micrometresPerPixel : 0.0;
    if (regions.empty() && scale <= 0.0 && m_pipeline->settings().reference.regions.empty())
        return m_pipeline;
    auto pipeline = std::make_shared<vision::ModulePipeline>(*m_pipeline);
    vision::InspectionSettings settings = pipeline->settings();
    settings.reference.regions = regions;
    if (scale > 0.0)
        settings.reference.defects.micrometresPerPixel = scale;
    if (!pipeline->setSettings(settings))
        return m_pipeline; // the channel did not change, so this cannot fail
    return pipeline;
}

void InspectionWorkspace::chooseModuleType() {
    const QString start = m_moduleTypePath.isEmpty() ? lastFolder() : m_moduleTypePath;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Module Type"), start,
                                                      tr("Module types (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    if (auto opened = openModuleType(path); !opened)
        reportError(opened.error());
}

void InspectionWorkspace::chooseModuleTypeToSave() {
    const QString start = m_moduleTypePath.isEmpty() ? lastFolder() : m_moduleTypePath;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save Module Type"), start, tr("Module types (*.json)"));
    if (path.isEmpty())
        return;
    if (auto saved = saveModuleType(path); !saved)
        reportError(saved.error());
}

} // namespace lupa::app
