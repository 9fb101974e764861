// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "InspectionControlPanel.hpp"

#include "ModuleForm.hpp"

#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace lupa::app {
namespace {

QGroupBox* controlGroupBox(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

void showFile(QLabel* label, const QString& path, const QString& none) {
    label->setText(path.isEmpty() ? none : QFileInfo(path).fileName());
    label->setToolTip(path);
}

} // namespace

InspectionControlPanel::InspectionControlPanel(QWidget* parent)
    : QWidget(parent)
    , m_module(new ModuleForm(this))
    , m_tested(new QLabel(this))
    , m_reference(new QLabel(this))
    , m_model(new QLabel(this))
    , m_database(new QLabel(this))
    , m_moduleType(new QLabel(this))
    , m_openImage(button(tr("Open Image…"), tr("Choose the photograph of the module to inspect"),
                         &InspectionControlPanel::openImageRequested))
    , m_openReference(button(tr("Open Reference…"),
                             tr("Choose the golden reference image of this module type"),
                             &InspectionControlPanel::openReferenceRequested))
    , m_openModel(button(tr("Open Model…"), tr("Choose a trained inspection model (lupa-cli inspect train)"),
                         &InspectionControlPanel::openModelRequested))
    , m_chooseDatabase(button(tr("QC Database…"), tr("Choose the QC database the records are saved to"),
                              &InspectionControlPanel::chooseDatabaseRequested))
    , m_openModuleType(
          button(tr("Module Type…"),
                 tr("Open a module-type file: its reference, regions of interest and pixel scale"),
                 &InspectionControlPanel::openModuleTypeRequested))
    , m_saveModuleType(
          button(tr("Save Module Type…"),
                 tr("Save the reference and the regions drawn on the image as a module-type file"),
                 &InspectionControlPanel::saveModuleTypeRequested))
    , m_run(button(tr("Run"), tr("Inspect the image against the reference (Ctrl+R)"),
                   &InspectionControlPanel::runRequested))
    , m_demo(button(tr("Demo Sample"), tr("Make a synthetic board pair with defects and inspect it"),
                    &InspectionControlPanel::demoRequested))
    , m_folder(button(tr("Inspect Folder…"), tr("Inspect every image of a folder against the reference"),
                      &InspectionControlPanel::inspectFolderRequested))
    , m_train(button(tr("Train Model…"), tr("Train an inspection model on a folder of good images"),
                     &InspectionControlPanel::trainRequested))
    , m_cancel(button(tr("Cancel"), tr("Stop the running job"), &InspectionControlPanel::cancelRequested))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this)) {
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_run->setDefault(true);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(controlGroupBox(tr("Module"), m_module, this));
    layout->addWidget(controlGroupBox(tr("Inputs"), makeInputs(), this));
    layout->addWidget(m_run);
    auto* more = new QHBoxLayout;
    more->addWidget(m_demo);
    more->addWidget(m_folder);
    layout->addLayout(more);
    layout->addWidget(m_train);
    layout->addWidget(m_saveModuleType);
    layout->addWidget(makeJobRow());
    layout->addWidget(m_message);
    layout->addStretch(1);
    setInputs({}, {}, {}, {});
    setModuleType({});
    setState(false, false);
}

QPushButton* InspectionControlPanel::button(const QString& text, const QString& toolTip,
                                            void (InspectionControlPanel::*signal)()) {
    auto* pushButton = new QPushButton(text, this);
    pushButton->setToolTip(toolTip);
    connect(pushButton, &QPushButton::clicked, this, signal);
    return pushButton;
}

QWidget* InspectionControlPanel::makeInputs() {
    auto* inputs = new QWidget(this);
    auto* grid = new QGridLayout(inputs);
    grid->setContentsMargins(0, 0, 0, 0);
    const std::pair<QLabel*, QPushButton*> rows[] = {{m_moduleType, m_openModuleType},
                                                     {m_tested, m_openImage},
                                                     {m_reference, m_openReference},
                                                     {m_model, m_openModel},
                                                     {m_database, m_chooseDatabase}};
    int row = 0;
    for (const auto& [label, pushButton] : rows) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setMinimumWidth(60);
        grid->addWidget(pushButton, row, 0);
        grid->addWidget(label, row, 1);
        ++row;
    }
    grid->setColumnStretch(1, 1);
    return inputs;
}

QWidget* InspectionControlPanel::makeJobRow() {
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_cancel);
    return row;
}

void InspectionControlPanel::setInputs(const QString& tested, const QString& reference, const QString& model,
                                       const QString& database) {
    showFile(m_tested, tested, tr("no image"));
    showFile(m_reference, reference, tr("no reference"));
    showFile(m_model, model, tr("template difference"));
    showFile(m_database, database, tr("none"));
}

void InspectionControlPanel::setModuleType(const QString& path) {
    showFile(m_moduleType, path, tr("no module type"));
}

void InspectionControlPanel::setState(bool running, bool canRun) {
    for (QPushButton* pushButton : {m_openImage, m_openReference, m_openModel, m_chooseDatabase,
                                    m_openModuleType, m_saveModuleType, m_demo, m_folder, m_train})
        pushButton->setEnabled(!running);
    m_run->setEnabled(!running && canRun);
    m_cancel->setEnabled(running);
    if (!running)
        m_progress->setToolTip(QString());
}

void InspectionControlPanel::setProgress(double fraction, const QString& stage) {
    m_progress->setValue(static_cast<int>(fraction * 1000));
    m_progress->setToolTip(stage);
}

void InspectionControlPanel::showMessage(const QString& message, bool error) {
    m_message->setText(message);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c62828;") : QString());
}

QString InspectionControlPanel::message() const {
    return m_message->text();
}

} // namespace lupa::app
