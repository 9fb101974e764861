# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The inspection pipeline: images, registration, photometric normalisation, anomaly maps, defects, verdicts.
list(APPEND LUPA_VISION_SOURCES
    src/Image.cpp
    src/ImageHeader.cpp
    src/AlignmentResidual.cpp
    src/Defects.cpp
    src/PixelGroups.cpp
    src/EccRefinement.cpp
    src/FeatureAlignment.cpp
    src/Inspector.cpp
    src/Photometric.cpp
    src/Regions.cpp
    src/Registration.cpp
    src/TemplateDifference.cpp
    src/TiledDifference.cpp
    src/WindowWarp.cpp
    src/Verdict.cpp
)
