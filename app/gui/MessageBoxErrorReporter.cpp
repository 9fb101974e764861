// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "MessageBoxErrorReporter.hpp"

#include <QMessageBox>

namespace lupa::app {

MessageBoxErrorReporter::MessageBoxErrorReporter(QWidget* parent)
    : m_parent(parent) {}

void MessageBoxErrorReporter::reportError(const QString& title, const QString& text, const QString& detail) {
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_parent);
    box->setObjectName(QLatin1String(kObjectName));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->open();
}

} // namespace lupa::app
