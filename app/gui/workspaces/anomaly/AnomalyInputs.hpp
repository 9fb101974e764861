// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QStringList>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace lupa::app {

/// The event samples of the Anomaly workspace: one background file and any number of signal files,
/// in a list whose first row is the background. Files are added by Add Files… or drag and drop (the
/// first one becomes the background), moved to the top by "Use as Background", removed by Remove or
/// the Delete key; "Simulate Demo Samples" asks for the toy ADC2021-like samples.
class AnomalyInputs : public QWidget {
    Q_OBJECT
public:
    explicit AnomalyInputs(QWidget* parent = nullptr);

    /// Adds an event file: the background when there is none yet, else a signal. A file that is
    /// already listed stays where it is.
    void addEventFile(const QString& path);
    /// Replaces every file: `background` first, then `signals` (an empty background clears all).
    void setFiles(const QString& background, const QStringList& signalFiles);
    /// Makes the listed file `path` the background (the previous background becomes a signal).
    void setBackground(const QString& path);
    /// Removes `path` from the list; the next file becomes the background when it was the background.
    void removeFile(const QString& path);

    /// The background file's path, empty when none.
    [[nodiscard]] QString background() const;
    /// The signal files' paths, in list order.
    [[nodiscard]] QStringList signalFiles() const;

    /// Disables the editing buttons while a job runs.
    void setRunning(bool running);

Q_SIGNALS:
    /// The files or their roles changed.
    void filesChanged();
    /// The user asked to choose files to add.
    void openRequested();
    /// The user asked for the demo samples.
    void simulateRequested();

private:
    void relabel();
    void updateButtons();
    void useSelectedAsBackground();
    void removeSelected();

    QListWidget* m_files;
    QPushButton* m_add;
    QPushButton* m_simulate;
    QPushButton* m_makeBackground;
    QPushButton* m_remove;
    bool m_running = false;
};

} // namespace lupa::app
