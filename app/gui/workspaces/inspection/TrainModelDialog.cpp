// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrainModelDialog.hpp"

#include "ImageFolder.hpp"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace lupa::app {

TrainModelDialog::TrainModelDialog(QWidget* parent)
    : QDialog(parent)
    , m_folder(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_epochs(new QSpinBox(this))
    , m_patches(new QSpinBox(this))
    , m_model(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setWindowTitle(tr("Train Inspection Model"));
    m_epochs->setRange(1, 500);
    m_patches->setRange(100, 200000);
    m_patches->setSingleStep(500);
    m_patches->setToolTip(tr("How many 32 × 32 px patches are cut from the good images to train on: fewer "
                             "train faster, more learn the modules better"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Train"));
    auto* browseFolder = new QPushButton(tr("Browse…"), this);
    auto* browseModel = new QPushButton(tr("Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browseFolder);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browseModel);
    auto* form = new QFormLayout(this);
    form->addRow(
        new QLabel(tr("The autoencoder learns what good modules look like; its threshold is calibrated "
                      "on every fifth image."),
                   this));
    form->addRow(tr("&Good images:"), folderRow);
    form->addRow(QString(), m_count);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("&Patches:"), m_patches);
    form->addRow(tr("&Model file:"), modelRow);
    form->addRow(m_buttons);
    connect(browseFolder, &QPushButton::clicked, this, &TrainModelDialog::chooseFolder);
    connect(browseModel, &QPushButton::clicked, this, &TrainModelDialog::chooseModelFile);
    connect(m_folder, &QLineEdit::textChanged, this, &TrainModelDialog::updateState);
    connect(m_model, &QLineEdit::textChanged, this, &TrainModelDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

void TrainModelDialog::setFolder(const QString& folder) {
    m_folder->setText(folder);
}

QString TrainModelDialog::folder() const {
    return m_folder->text().trimmed();
}

void TrainModelDialog::setEpochs(int epochs) {
    m_epochs->setValue(epochs);
}

int TrainModelDialog::epochs() const {
    return m_epochs->value();
}

void TrainModelDialog::setPatches(int patches) {
    m_patches->setValue(patches);
}

int TrainModelDialog::patches() const {
    return m_patches->value();
}

QPushButton* TrainModelDialog::trainButton() const {
    return m_buttons->button(QDialogButtonBox::Ok);
}

void TrainModelDialog::setModelFile(const QString& path) {
    m_model->setText(path);
}

QString TrainModelDialog::modelFile() const {
    return m_model->text().trimmed();
}

void TrainModelDialog::chooseFolder() {
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Folder of Good Images"), this->folder());
    if (!folder.isEmpty())
        setFolder(folder);
}

void TrainModelDialog::chooseModelFile() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Inspection Model"), modelFile(),
                                                      tr("Inspection models (*.lupa)"));
    if (!path.isEmpty())
        setModelFile(path);
}

void TrainModelDialog::updateState() {
    m_images = folder().isEmpty() ? 0 : static_cast<int>(imagesInFolder(folder()).size());
    m_count->setText(tr("%n image(s)", nullptr, m_images));
    trainButton()->setEnabled(m_images > 0 && !modelFile().isEmpty());
}

} // namespace lupa::app
