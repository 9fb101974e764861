# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's machine-learning part: the only files that include libtorch headers.
set(LUPA_CORE_ML_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/TorchThreads.cpp
)
