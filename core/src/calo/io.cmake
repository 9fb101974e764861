# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# core/calo: the CaloChallenge geometries (binning XML and built-in) and shower files.
list(APPEND LUPA_CORE_CALO_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/Binning.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShowerFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShowerModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShowerSimulator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/XmlElements.cpp)
