# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of the GNN tracking pipeline that go into lupa::core_ml (they use the edge classifier; none includes
# libtorch itself).
set(LUPA_CORE_TRACKGNN_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/GnnTracker.cpp
)
