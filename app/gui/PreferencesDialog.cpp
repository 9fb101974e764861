// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PreferencesDialog.hpp"

#include "Translations.hpp"

#include <lupa/core/Parallel.hpp>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace lupa::app {

PreferencesDialog::PreferencesDialog(const Preferences& initial, QWidget* parent)
    : QDialog(parent)
    , m_initialLanguage(initial.language)
    , m_threads(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_restartHint(new QLabel(tr("The new language is used when lupa starts the next time."), this)) {
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_threads->setObjectName(QStringLiteral("threadsBox"));
    m_threads->setRange(0, std::max(64, 4 * hardwareThreadCount()));
    m_threads->setSpecialValueText(tr("One per core (%1)").arg(hardwareThreadCount()));
    m_threads->setValue(initial.threads);
    m_threads->setToolTip(tr("How many threads lupa's computations may use at the same time."));

    m_theme->setObjectName(QStringLiteral("themeBox"));
    m_theme->addItem(tr("Light"), toString(Theme::Light));
    m_theme->addItem(tr("Dark"), toString(Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(toString(initial.theme)));

    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    for (const Language& language : Translations::available())
        m_language->addItem(language.nativeName, language.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(initial.language)));
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateRestartHint);

    m_restartHint->setObjectName(QStringLiteral("restartHint"));
    m_restartHint->setWordWrap(true);
    m_restartHint->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(tr("&Threads:"), m_threads);
    form->addRow(tr("T&heme:"), m_theme);
    form->addRow(tr("&Language:"), m_language);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_restartHint);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

Preferences PreferencesDialog::preferences() const {
    Preferences chosen;
    chosen.threads = m_threads->value();
    chosen.theme = themeFromString(m_theme->currentData().toString());
    chosen.language = m_language->currentData().toString();
    return chosen;
}

void PreferencesDialog::updateRestartHint() {
    m_restartHint->setVisible(m_language->currentData().toString() != m_initialLanguage);
}

} // namespace lupa::app
