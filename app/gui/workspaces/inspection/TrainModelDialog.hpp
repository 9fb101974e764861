// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace lupa::app {

/// Asks what "Train Model…" trains on: a folder of good (defect-free) module images, the autoencoder's
/// epochs, and the model file to write.
class TrainModelDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainModelDialog(QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    [[nodiscard]] QString folder() const;
    void setEpochs(int epochs);
    [[nodiscard]] int epochs() const;
    void setModelFile(const QString& path);
    [[nodiscard]] QString modelFile() const;

private:
    void chooseFolder();
    void chooseModelFile();
    void updateState();

    QLineEdit* m_folder;
    QLabel* m_count;
    QSpinBox* m_epochs;
    QLineEdit* m_model;
    QDialogButtonBox* m_buttons;
};

} // namespace lupa::app
