# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# core/calo: high-level shower features and the metrics that compare them.
list(APPEND LUPA_CORE_CALO_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/BinaryClassification.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HighLevelFeatures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Histogram.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SeparationPower.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShowerSample.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Validation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ValidationJson.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ValidationPlots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ValidationReportHtml.cpp)
