# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
lupa_add_gtest(lupa_anomaly_metrics_tests
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/DenseModelTest.cpp ${CMAKE_CURRENT_LIST_DIR}/EvaluationTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/FixedPointTest.cpp ${CMAKE_CURRENT_LIST_DIR}/ScoringTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/TinyModels.hpp
    DEPS lupa::core
    LABELS unit)
# TinyModels.hpp writes weights with core's private weights codec.
target_include_directories(lupa_anomaly_metrics_tests PRIVATE ${PROJECT_SOURCE_DIR}/core/src)
