// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/vision/Verdict.hpp>

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace lupa::app {

/// The verdict of the current inspection: a large PASS / FAIL / REVIEW in its colour, the reasons, the
/// operator's verdict (keep the pipeline's, or set PASS / FAIL / REVIEW), a comment, and Save Record
/// (Ctrl+S), Export ITk JSON… and Report… (PDF).
class VerdictPanel : public QWidget {
    Q_OBJECT
public:
    explicit VerdictPanel(QWidget* parent = nullptr);

    /// Shows the pipeline's verdict and reasons (the operator's choice and comment stay).
    void showVerdict(const vision::VerdictResult& verdict);
    /// Clears the verdict, the operator's choice and the comment (a new inspection).
    void clear();
    /// The verdict the operator set ("PASS", "FAIL", "REVIEW"), or "" to keep the pipeline's undecided.
    [[nodiscard]] QString verdictOverride() const;
    /// Sets the operator's verdict ("" = no decision).
    void setVerdictOverride(const QString& verdict);
    [[nodiscard]] QString comment() const;
    void setComment(const QString& comment);
    /// The text of the big verdict label ("PASS", "FAIL", "REVIEW" or "—").
    [[nodiscard]] QString verdictText() const;
    /// Enables Save and Export when there is a result and no job runs.
    void setActionsEnabled(bool enabled);

    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* exportButton() const { return m_export; }
    [[nodiscard]] QPushButton* reportButton() const { return m_report; }
    [[nodiscard]] QComboBox* overrideBox() const { return m_override; }

Q_SIGNALS:
    void saveRequested();
    void exportRequested();
    void reportRequested();

private:
    QLabel* m_verdict;
    QListWidget* m_reasons;
    QComboBox* m_override;
    QLineEdit* m_comment;
    QPushButton* m_save;
    QPushButton* m_export;
    QPushButton* m_report;
};

} // namespace lupa::app
