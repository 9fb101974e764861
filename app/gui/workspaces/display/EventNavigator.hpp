// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <QString>
#include <QWidget>

#include <string>
#include <vector>

class QLabel;
class QToolButton;

namespace lupa::app {

/// Previous / next buttons over the TrackML events of the folder the current hits file lies in, with
/// "Event 2 of 5" between them. It only asks for an event to be opened (eventRequested); the workspace
/// opens it and then tells the navigator the file it shows.
class EventNavigator : public QWidget {
    Q_OBJECT

public:
    explicit EventNavigator(QWidget* parent = nullptr);

    /// The file now shown: a TrackML hits file puts its folder's events in the list (and this one
    /// current); any other file (or none: an empty path) empties the list.
    void setCurrentFile(const QString& path);

    /// Requests the previous / next event of the folder; false (nothing requested) at the ends.
    bool previous();
    bool next();

    /// Number of events of the folder (0 when the file shown is no TrackML event).
    [[nodiscard]] int eventCount() const { return static_cast<int>(m_prefixes.size()); }
    /// Index of the event shown among them, or -1.
    [[nodiscard]] int currentIndex() const { return m_current; }

Q_SIGNALS:
    /// The user asked for the event whose hits file is `hitsPath`.
    void eventRequested(const QString& hitsPath);

private:
    bool request(int index);
    void updateControls();

    std::vector<std::string> m_prefixes;
    int m_current = -1;
    QToolButton* m_previous;
    QToolButton* m_next;
    QLabel* m_label;
};

} // namespace lupa::app
