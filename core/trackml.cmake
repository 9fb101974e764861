# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's TrackML part: events (hits, particles, truth, cells) and the detector description.
set(LUPA_CORE_TRACKML_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/trackml/CsvTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/trackml/Detectors.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/trackml/EventFolder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/trackml/EventReader.cpp
)
