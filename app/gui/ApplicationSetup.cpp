// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ApplicationSetup.hpp"

#include <lupa/core/Version.hpp>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QIcon>

namespace lupa::app {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("lupa"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lupa.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("lupa"));
    QCoreApplication::setApplicationVersion(QString::fromStdString(lupa::version()));
}

void setApplicationIcon() {
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.lupa.Lupa"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/lupa/icons/lupa.svg")));
}

} // namespace lupa::app
