# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_calo_distances_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/DistancesTest.cpp ${CMAKE_CURRENT_LIST_DIR}/FrechetKernelTest.cpp
    DEPS lupa::core
    LABELS unit)
