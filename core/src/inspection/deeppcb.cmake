# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# DeepPCB list and box files, detection metrics (precision, recall, AP, mAP) and pixel-level AUROC.
list(APPEND LUPA_CORE_INSPECTION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/BoxFileParsing.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeepPcb.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeepPcbFolders.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DetectionMetrics.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PixelMetrics.cpp
)
