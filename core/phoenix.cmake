# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's Phoenix part: the event-data JSON of the HSF Phoenix event display, read and written.
set(LUPA_CORE_PHOENIX_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/phoenix/Drawables.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/phoenix/EventReader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/phoenix/EventWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/phoenix/JsonFields.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/phoenix/ObjectReaders.cpp
)
