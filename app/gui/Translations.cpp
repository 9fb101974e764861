// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Translations.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <memory>

namespace lupa::app {
namespace {

// The translators currently installed; owned by the application object.
QPointer<QTranslator> g_lupaTranslator;
QPointer<QTranslator> g_qtTranslator;

void removeInstalled() {
    for (QPointer<QTranslator>* translator : {&g_lupaTranslator, &g_qtTranslator}) {
        if (!translator->isNull()) {
            QCoreApplication::removeTranslator(translator->data());
            delete translator->data();
        }
    }
}

QPointer<QTranslator> installFrom(const QLocale& locale, const QString& name, const QString& folder) {
    auto translator = std::make_unique<QTranslator>(QCoreApplication::instance());
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return {};
    QCoreApplication::installTranslator(translator.get());
    return translator.release();
}

} // namespace

QList<Language> Translations::available() {
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString Translations::install(const QString& language) {
    removeInstalled();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    g_lupaTranslator = installFrom(locale, QStringLiteral("lupa"), QStringLiteral(":/i18n"));
    // Qt's own strings (standard buttons, file dialogs), when the system has them installed.
    g_qtTranslator =
        installFrom(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (g_lupaTranslator.isNull())
        return QStringLiteral("en");
    return locale.name().section(QLatin1Char('_'), 0, 0);
}

} // namespace lupa::app
