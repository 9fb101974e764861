# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's event anomaly-detection part (none needs libtorch; training lives in core_ml):
# the toy ADC2021 generator and feature tables in src/anomaly/io.cmake; scores, ROC evaluation and
# fixed-point comparisons in src/anomaly/metrics.cmake.
set(LUPA_CORE_ANOMALY_SOURCES "")
include(${CMAKE_CURRENT_LIST_DIR}/src/anomaly/io.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/src/anomaly/metrics.cmake OPTIONAL)
