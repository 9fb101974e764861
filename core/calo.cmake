# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's calorimeter-validation part (CaloChallenge): geometry, files and simulation in
# src/calo/io.cmake; features and metrics in src/calo/metrics.cmake;
# distances between samples (W1, KS, chi2, FPD, KPD) in src/calo/distances.cmake.
set(LUPA_CORE_CALO_SOURCES "")
include(${CMAKE_CURRENT_LIST_DIR}/src/calo/io.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/src/calo/metrics.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/src/calo/distances.cmake OPTIONAL)
