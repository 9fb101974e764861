# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The convolutional networks: lupa's engine against libtorch, patches and crops (conv tests), and networks
# trained for a few epochs (conv training tests, "heavy": kept out of the sanitizer run).
lupa_add_gtest(lupa_vision_conv_tests
    SOURCES
        ConvModelTest.cpp
        PatchesTest.cpp
    DEPS lupa::vision lupa::core_ml ${OpenCV_LIBS}
    LABELS unit vision)
target_include_directories(lupa_vision_conv_tests PRIVATE ${PROJECT_SOURCE_DIR}/vision/src)
if(NOT LUPA_SANITIZE) # not run there: not built there either (CI time)
    lupa_add_gtest(lupa_vision_conv_training_tests
        SOURCES
            ConvTrainedModelTest.cpp
        DEPS lupa::vision lupa::core_ml ${OpenCV_LIBS}
        LABELS unit vision heavy)
    target_include_directories(lupa_vision_conv_training_tests PRIVATE ${PROJECT_SOURCE_DIR}/vision/src)
endif()
