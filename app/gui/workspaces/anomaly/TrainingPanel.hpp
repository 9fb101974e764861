// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/anomaly/Training.hpp>

#include <QString>
#include <QWidget>

class QLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lupa::app {

/// The model of the Anomaly workspace: the autoencoder's shape and training settings (hidden widths,
/// latent size, epochs, seed), Train (Ctrl+T), Open Model…, Save Model… (Ctrl+S), and what model
/// is loaded.
class TrainingPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPanel(QWidget* parent = nullptr);

    /// The training settings chosen, on top of the core's defaults; a Usage error naming a bad field.
    [[nodiscard]] Result<anomaly::AutoencoderOptions> options() const;
    /// Sets the fields; `hiddenSizes` as "64, 32".
    void setSettings(const QString& hiddenSizes, int latentSize, int epochs, int seed);
    [[nodiscard]] QString hiddenSizesText() const;
    [[nodiscard]] int latentSize() const;
    [[nodiscard]] int epochs() const;
    [[nodiscard]] int seed() const;

    /// Shows which model is loaded ("none" when `description` is empty).
    void setModelDescription(const QString& description, const QString& toolTip = {});
    /// Enables the buttons: Train needs a background, Save a model, nothing while a job runs.
    void setState(bool running, bool hasBackground, bool hasModel);

Q_SIGNALS:
    void trainRequested();
    void openModelRequested();
    void saveModelRequested();

private:
    QComboBox* m_kind; ///< autoencoder or variational autoencoder
    QLineEdit* m_hidden;
    QSpinBox* m_latent;
    QSpinBox* m_epochs;
    QSpinBox* m_seed;
    QLabel* m_model;
    QPushButton* m_train;
    QPushButton* m_open;
    QPushButton* m_save;
};

} // namespace lupa::app
