# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Tests of the inspection pipeline: images, registration, photometry, template difference, defects, verdicts.
lupa_add_gtest(lupa_vision_pipeline_tests
    SOURCES
        DeepPcbDevelopmentCheck.cpp
        DefectsTest.cpp
        ImageTest.cpp
        InspectorTest.cpp
        PhotometricTest.cpp
        PipelineTestImages.cpp
        PipelineTestImages.hpp
        RegionsTest.cpp
        RegistrationTest.cpp
        TemplateDifferenceTest.cpp
        TiledInspectionTest.cpp
        VerdictTest.cpp
    DEPS lupa::vision ${OpenCV_LIBS}
    LABELS unit)
target_include_directories(lupa_vision_pipeline_tests PRIVATE ${PROJECT_SOURCE_DIR}/vision/src)
