// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QIcon>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QHBoxLayout;

namespace lupa::app {

/// The page a workspace shows before it has content: its icon, what it is for, what it will offer,
/// buttons to get started, and a summary of the last file opened.
class PlaceholderPage : public QWidget {
    Q_OBJECT

public:
    /// @param description one or two sentences on what the workspace is for
    PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                    QWidget* parent = nullptr);

    /// Lists what the workspace will offer, one short line each.
    void setPlannedFeatures(const QStringList& features);
    /// Adds a button under the description; the page keeps it.
    QPushButton* addButton(const QString& text);
    /// Shows what was opened: a heading (the file name) and detail lines.
    void showSummary(const QString& heading, const QStringList& lines);

    /// The summary shown, as plain text (empty before a file was opened).
    [[nodiscard]] QString summaryText() const;

private:
    QLabel* m_features;
    QLabel* m_summary;
    QHBoxLayout* m_buttons;
    QString m_summaryText;
};

} // namespace lupa::app
