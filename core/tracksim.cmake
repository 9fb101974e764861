# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's detector simulation for tracking (TrackML-format events, deterministic by seed).
set(LUPA_CORE_TRACKSIM_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/EventWriter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/HitWeights.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/ParticleGun.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/Propagation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/SimGeometry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/SimGeometryModules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/Simulation.cpp
)
