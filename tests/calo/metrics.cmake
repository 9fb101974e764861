# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_calo_metrics_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/FeaturesTest.cpp ${CMAKE_CURRENT_LIST_DIR}/HistogramTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/ValidationTest.cpp ${CMAKE_CURRENT_LIST_DIR}/BinaryClassificationTest.cpp
    DEPS lupa::core
    LABELS unit)
