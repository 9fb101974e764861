# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_anomaly_io_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/FeatureTableTest.cpp ${CMAKE_CURRENT_LIST_DIR}/SimulatorTest.cpp
    DEPS lupa::core
    LABELS unit)
