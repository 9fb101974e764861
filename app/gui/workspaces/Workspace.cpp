// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Workspace.hpp"

#include <utility>

namespace lupa::app {

Workspace::Workspace(QString id, QString title, QIcon icon, QWidget* parent)
    : QWidget(parent)
    , m_id(std::move(id))
    , m_title(std::move(title))
    , m_icon(std::move(icon)) {
    setObjectName(m_id);
}

} // namespace lupa::app
