// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lupa::app {

/// The events of the Tracking workspace: simulate a folder of TrackML events (count, pile-up mu, seed,
/// output folder) or open one, and choose the event to reconstruct and score. Training uses the
/// folder's other events (all of them when it holds only one).
class TrackingInputs : public QWidget {
    Q_OBJECT
public:
    explicit TrackingInputs(QWidget* parent = nullptr);

    /// Sets the simulation fields.
    void setSimulation(int events, double mu, int seed, const QString& folder);
    [[nodiscard]] int simulatedEvents() const;
    [[nodiscard]] double pileup() const;
    [[nodiscard]] int seed() const;
    /// The folder simulated events are written to.
    [[nodiscard]] QString outputFolder() const;

    /// Shows the events of `folder` (prefixes as trackml::eventPrefixesIn gives them); chooses `current`
    /// when it is one of them, else the last event.
    void setEvents(const QString& folder, const std::vector<std::string>& prefixes,
                   const std::string& current = {});
    /// The folder of the events shown, empty when none.
    [[nodiscard]] QString folder() const { return m_folderPath; }
    /// Every event prefix of the folder.
    [[nodiscard]] const std::vector<std::string>& prefixes() const { return m_prefixes; }
    /// The chosen event's prefix, empty when none.
    [[nodiscard]] std::string currentPrefix() const;
    /// The events to train on: all but the chosen one, or the only one.
    [[nodiscard]] std::vector<std::string> trainingPrefixes() const;
    /// The event chooser.
    [[nodiscard]] QComboBox* eventChooser() const { return m_event; }

    /// Disables the buttons while a job runs.
    void setRunning(bool running);

Q_SIGNALS:
    void simulateRequested();
    void openFolderRequested();
    /// The chosen event changed.
    void eventChanged();

private:
    void chooseOutputFolder();

    QSpinBox* m_events;
    QDoubleSpinBox* m_mu;
    QSpinBox* m_seed;
    QLineEdit* m_output;
    QPushButton* m_browse;
    QPushButton* m_simulate;
    QPushButton* m_open;
    QLabel* m_folder;
    QComboBox* m_event;
    QString m_folderPath;
    std::vector<std::string> m_prefixes;
};

} // namespace lupa::app
