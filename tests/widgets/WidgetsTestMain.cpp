// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// GoogleTest main for widget tests: a QApplication exists for the whole run (needs a display: xvfb-run).
#include <lupa/widgets/VtkView.hpp>

#include <QApplication>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    lupa::widgets::VtkView::prepareApplication();
    QApplication application(argc, argv);
    return RUN_ALL_TESTS();
}
