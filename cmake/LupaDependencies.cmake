# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Every third-party dependency is found here, once, from Debian 12 packages.
find_package(Threads REQUIRED)
find_package(ZLIB REQUIRED)
find_package(fmt REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(TBB REQUIRED)
find_package(Eigen3 3.4 REQUIRED NO_MODULE)
find_package(HDF5 REQUIRED COMPONENTS C)
find_package(Torch REQUIRED)
find_package(CLI11 REQUIRED)
find_package(OpenCV 4 REQUIRED COMPONENTS core imgproc imgcodecs features2d calib3d video) # video: ECC
find_package(SQLite3 REQUIRED) # QC records (CMake's FindSQLite3: SQLite::SQLite3)
# COMPONENTS are mandatory: without them Debian's VTK config pulls its Qt5 modules.
find_package(VTK 9.1 REQUIRED COMPONENTS
    CommonCore CommonDataModel CommonColor CommonTransforms FiltersCore FiltersGeneral FiltersSources
    RenderingCore RenderingUI RenderingOpenGL2 RenderingAnnotation InteractionStyle IOImage IOGeometry)
if(LUPA_BUILD_GUI)
    find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Widgets OpenGL OpenGLWidgets Svg PrintSupport LinguistTools Test)
    # Debian ships QCustomPlot 2.1 for Qt6 with its own CMake package (libqcustomplot2.1-qt6).
    find_package(QCustomPlotQt6 REQUIRED)
endif()
if(LUPA_BUILD_TESTS)
    find_package(GTest REQUIRED)
endif()
if(LUPA_BUILD_BENCH)
    find_package(benchmark REQUIRED)
endif()
