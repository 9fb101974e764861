# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's tracking part: submissions, the TrackML score and tracking metrics.
set(LUPA_CORE_TRACKING_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/BinnedRate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/Submission.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/TrackMatch.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/TrackMetrics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/tracking/TrackmlScore.cpp
)
