# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# core/calo: distances between two samples (W1, KS, chi2 of histograms; FPD and KPD of feature sets).
list(APPEND LUPA_CORE_CALO_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/Distances.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FrechetKernel.cpp)
