# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The convolutional inference engine against libtorch, trained-model behaviour, patches and crops.
# Suite names start with "visionConv" so that `ctest -R visionConv` picks them.
lupa_add_gtest(lupa_vision_conv_tests
    SOURCES
        ConvModelTest.cpp
        ConvTrainedModelTest.cpp
        PatchesTest.cpp
    DEPS lupa::vision lupa::core_ml ${OpenCV_LIBS}
    LABELS unit vision)
# The tests build images with OpenCV and wrap them with vision's private ImageAccess.hpp.
target_include_directories(lupa_vision_conv_tests PRIVATE ${PROJECT_SOURCE_DIR}/vision/src)
