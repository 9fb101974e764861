# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Tests of the synthetic board generator and its DeepPCB-style data sets.
lupa_add_gtest(lupa_vision_synthetic_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/SyntheticBoardTest.cpp ${CMAKE_CURRENT_LIST_DIR}/SyntheticDatasetTest.cpp
    DEPS lupa::vision
    LABELS unit)
