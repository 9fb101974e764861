# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The convolutional networks of module inspection: lupa's own inference engine (no libtorch) and the
# patches and crops they are trained on.
list(APPEND LUPA_VISION_SOURCES
    src/ConvEngine.cpp
    src/ConvModel.cpp
    src/ErrorMaps.cpp
    src/Patches.cpp
)
