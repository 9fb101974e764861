# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The module pipeline as an inspection model describes it (channels, networks, classifier, verdict).
list(APPEND LUPA_VISION_SOURCES
    src/Calibration.cpp
    src/InspectionSettings.cpp
    src/ModulePipeline.cpp
)
