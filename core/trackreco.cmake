# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's track reconstruction: helix fit and the classical baseline (seeding, following).
set(LUPA_CORE_TRACKRECO_SOURCES
    src/tracking/BaselineTracker.cpp
    src/tracking/HelixFit.cpp
    src/tracking/LayerIndex.cpp
    src/tracking/Seeding.cpp
    src/tracking/TrackFollowing.cpp
)
