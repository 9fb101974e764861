# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's track reconstruction: helix fit, the classical baseline (seeding, following) and the parts of
# the GNN pipeline that need no libtorch (module map, hit graphs, segmentation).
set(LUPA_CORE_TRACKRECO_SOURCES
    src/tracking/BaselineTracker.cpp
    src/tracking/Doublet.cpp
    src/tracking/HelixFit.cpp
    src/tracking/HitGraph.cpp
    src/tracking/LayerIndex.cpp
    src/tracking/ModuleMap.cpp
    src/tracking/Seeding.cpp
    src/tracking/Segmentation.cpp
    src/tracking/TrackFollowing.cpp
)
