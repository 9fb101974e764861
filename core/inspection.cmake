# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's module-inspection part (no OpenCV): the inspection model file; module-type files; DeepPCB lists and box files, detection metrics
# (precision, recall, AP, mAP as the DeepPCB protocol counts) in src/inspection/deeppcb.cmake.
set(LUPA_CORE_INSPECTION_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/inspection/ConvTrainingOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/inspection/InspectionModelFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/inspection/ModuleType.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/inspection/ModuleTypeJson.cpp)
include(${CMAKE_CURRENT_LIST_DIR}/src/inspection/deeppcb.cmake OPTIONAL)
