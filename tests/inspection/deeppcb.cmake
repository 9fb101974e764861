# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_inspection_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/DeepPcbFilesTest.cpp ${CMAKE_CURRENT_LIST_DIR}/BoxFileTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/DetectionMetricsTest.cpp ${CMAKE_CURRENT_LIST_DIR}/PixelMetricsTest.cpp
    DEPS lupa::core
    LABELS unit)
