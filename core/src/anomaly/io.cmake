# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# core/anomaly: the toy ADC2021 event generator and the feature-table readers (ADC2021 HDF5, CSV, HDF5).
list(APPEND LUPA_CORE_ANOMALY_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/AdcReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/BackgroundProcesses.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CsvTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DatasetRows.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventDetector.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventKinematics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/EventSimulator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FeatureTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Hdf5Table.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SignalProcesses.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SimulatedEventsFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TableBuilder.cpp)
