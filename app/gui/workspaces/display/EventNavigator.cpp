// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventNavigator.hpp"

#include "../FileKinds.hpp"
#include "EventTruth.hpp"

#include <lupa/core/trackml/EventFolder.hpp>
#include <lupa/core/trackml/EventReader.hpp>

#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>
#include <iterator>

namespace lupa::app {

EventNavigator::EventNavigator(QWidget* parent)
    : QWidget(parent)
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_label(new QLabel(this)) {
    setObjectName(QStringLiteral("eventNavigator"));
    m_previous->setObjectName(QStringLiteral("previousEventButton"));
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous event of this folder"));
    m_next->setObjectName(QStringLiteral("nextEventButton"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next event of this folder"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_previous);
    layout->addWidget(m_label);
    layout->addWidget(m_next);
    layout->addStretch(1);
    connect(m_previous, &QToolButton::clicked, this, [this] { previous(); });
    connect(m_next, &QToolButton::clicked, this, [this] { next(); });
    updateControls();
}

void EventNavigator::setCurrentFile(const QString& path) {
    m_prefixes.clear();
    m_current = -1;
    const std::filesystem::path file = files::toPath(path);
    if (const auto prefix = trackmlPrefix(file)) {
        if (auto prefixes = trackml::eventPrefixesIn(file.parent_path()); prefixes.ok()) {
            m_prefixes = std::move(*prefixes);
            const std::string name = std::filesystem::path(*prefix).filename().string();
            const auto found = std::find_if(m_prefixes.begin(), m_prefixes.end(), [&](const std::string& p) {
                return std::filesystem::path(p).filename().string() == name;
            });
            m_current =
                found == m_prefixes.end() ? -1 : static_cast<int>(std::distance(m_prefixes.begin(), found));
        }
    }
    updateControls();
}

bool EventNavigator::previous() {
    return request(m_current - 1);
}

bool EventNavigator::next() {
    return request(m_current + 1);
}

bool EventNavigator::request(int index) {
    if (m_current < 0 || index < 0 || index >= eventCount())
        return false;
    auto hits = trackml::eventFile(m_prefixes[static_cast<std::size_t>(index)], "hits");
    if (!hits)
        return false;
    Q_EMIT eventRequested(QString::fromStdU16String(hits->u16string()));
    return true;
}

void EventNavigator::updateControls() {
    setVisible(eventCount() > 1);
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current >= 0 && m_current + 1 < eventCount());
    m_label->setText(m_current >= 0 ? tr("Event %1 of %2").arg(m_current + 1).arg(eventCount()) : QString());
}

} // namespace lupa::app
