// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lupa::app {

class ModuleForm;

/// The Inspection workspace's left column: the module form, the inputs (tested image, reference, model,
/// QC database) with their buttons, Run, the session and training buttons, and the running job's progress
/// and messages. It only asks; the workspace does the work.
class InspectionControlPanel : public QWidget {
    Q_OBJECT
public:
    explicit InspectionControlPanel(QWidget* parent = nullptr);

    [[nodiscard]] ModuleForm* moduleForm() const { return m_module; }
    /// Shows the inputs' file names (full paths as tool tips); empty = none.
    void setInputs(const QString& tested, const QString& reference, const QString& model,
                   const QString& database);
    /// Shows the module-type file's name; empty = none.
    void setModuleType(const QString& path);
    /// Enables the buttons for the state: a job `running`, inputs ready to `canRun`.
    void setState(bool running, bool canRun);
    /// The running job's progress in [0, 1] and what it does.
    void setProgress(double fraction, const QString& stage);
    /// Shows a message under the buttons (red for errors).
    void showMessage(const QString& message, bool error);
    [[nodiscard]] QString message() const;
    [[nodiscard]] QPushButton* runButton() const { return m_run; }
    [[nodiscard]] QPushButton* trainButton() const { return m_train; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void openImageRequested();
    void openReferenceRequested();
    void openModelRequested();
    void openModuleTypeRequested();
    void saveModuleTypeRequested();
    void runRequested();
    void demoRequested();
    void inspectFolderRequested();
    void trainRequested();
    void chooseDatabaseRequested();
    void cancelRequested();

private:
    QWidget* makeInputs();
    QWidget* makeJobRow();
    QPushButton* button(const QString& text, const QString& toolTip,
                        void (InspectionControlPanel::*signal)());

    ModuleForm* m_module;
    QLabel* m_tested;
    QLabel* m_reference;
    QLabel* m_model;
    QLabel* m_database;
    QLabel* m_moduleType;
    QPushButton* m_openImage;
    QPushButton* m_openReference;
    QPushButton* m_openModel;
    QPushButton* m_chooseDatabase;
    QPushButton* m_openModuleType;
    QPushButton* m_saveModuleType;
    QPushButton* m_run;
    QPushButton* m_demo;
    QPushButton* m_folder;
    QPushButton* m_train;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_message;
};

} // namespace lupa::app
