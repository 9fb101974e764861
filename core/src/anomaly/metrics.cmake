# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# core/anomaly: anomaly scores of events, ROC evaluation and fixed-point comparisons.
list(APPEND LUPA_CORE_ANOMALY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/AutoencoderOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Evaluation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FixedPointComparison.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Scoring.cpp)
