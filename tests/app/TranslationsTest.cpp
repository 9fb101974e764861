// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "Translations.hpp"

#include "GuiTestSupport.hpp"

#include <QCoreApplication>

namespace lupa::app::test {
namespace {

class TranslationsTest : public GuiTest {
protected:
    void TearDown() override {
        Translations::install(QStringLiteral("en"));
        GuiTest::TearDown();
    }
};

QString fileMenuTitle() {
    return QCoreApplication::translate("lupa::app::MainWindow", "&File");
}

TEST_F(TranslationsTest, EmbeddedTranslationsLoadByLanguage) {
    EXPECT_EQ(Translations::install(QStringLiteral("ja")), QStringLiteral("ja"));
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("ファイル(&F)"));
    EXPECT_EQ(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("&Datei"));
    EXPECT_EQ(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    EXPECT_EQ(fileMenuTitle(), QStringLiteral("&File"));
}

TEST_F(TranslationsTest, EveryOfferedLanguageHasATranslationOrIsTheSource) {
    for (const Language& language : Translations::available()) {
        const QString used = Translations::install(language.code);
        EXPECT_EQ(used, language.code) << language.code.toStdString();
    }
}

} // namespace
} // namespace lupa::app::test
