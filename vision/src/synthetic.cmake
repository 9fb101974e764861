# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The synthetic flex-PCB generator: defect-free boards, injected defects with boxes and masks, perturbed
# tested images, DeepPCB-style data sets.
list(APPEND LUPA_VISION_SOURCES
    src/SyntheticBoard.cpp
    src/SyntheticDefects.cpp
    src/SyntheticSample.cpp
    src/SyntheticDataset.cpp
)
