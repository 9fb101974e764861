// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lupa::app {

/// Asks what "Train Model…" trains on: a folder of good (defect-free) module images, the autoencoder's
/// epochs and training patches, and the model file to write. Train is enabled once the folder holds images
/// and a model file is named.
class TrainModelDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainModelDialog(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    [[nodiscard]] QString folder() const;
    void setEpochs(int epochs);
    [[nodiscard]] int epochs() const;
    /// Patches of 32 × 32 px cut from the good images to train on.
    void setPatches(int patches);
    [[nodiscard]] int patches() const;
    void setModelFile(const QString& path);
    [[nodiscard]] QString modelFile() const;
    /// Module images found in the folder.
    [[nodiscard]] int imageCount() const { return m_images; }
    /// The button that accepts the dialog and starts the training.
    [[nodiscard]] QPushButton* trainButton() const;

private:
    void chooseFolder();
    void chooseModelFile();
    void updateState();

    QLineEdit* m_folder;
    QLabel* m_count;
    QSpinBox* m_epochs;
    QSpinBox* m_patches;
    QLineEdit* m_model;
    QDialogButtonBox* m_buttons;
    int m_images = 0;
};

} // namespace lupa::app
