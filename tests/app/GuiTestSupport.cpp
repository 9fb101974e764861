// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "GuiTestSupport.hpp"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QTest>
#include <QWidget>

namespace lupa::app::test {

void GuiTest::SetUp() {
    ASSERT_TRUE(m_folder.isValid());
    QSettings().clear();
}

void GuiTest::TearDown() {
    for (QWidget* widget : QApplication::topLevelWidgets())
        widget->close();
    settle();
    QSettings().clear();
}

QString GuiTest::writeFile(const QString& name, const QByteArray& content) const {
    const QString path = m_folder.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

void settle(int ms) {
    QTest::qWait(ms);
}

} // namespace lupa::app::test
