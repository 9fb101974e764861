// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// main() of the GUI tests: a QApplication (under xvfb-run) with settings kept in a temporary folder.
#include "ApplicationSetup.hpp"

#include <lupa/widgets/VtkView.hpp>

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char* argv[]) {
    ::testing::InitGoogleTest(&argc, argv);
    if (GTEST_FLAG_GET(list_tests))
        return RUN_ALL_TESTS(); // test discovery needs no display

    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    lupa::widgets::VtkView::prepareApplication();
    QApplication app(argc, argv);
    lupa::app::setApplicationIdentity();
    lupa::app::setApplicationIcon();
    return RUN_ALL_TESTS();
}
