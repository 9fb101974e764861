# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_inspection_model_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/InspectionModelFileTest.cpp
    DEPS lupa::core
    LABELS unit)
lupa_add_gtest(lupa_module_type_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/ModuleTypeTest.cpp
    DEPS lupa::core
    LABELS unit)
