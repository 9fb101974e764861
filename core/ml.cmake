# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's machine-learning part. Only Architectures.cpp, Network.cpp and Trainer.cpp include
# <torch/torch.h> (about 20 s of compile each); TorchThreads.cpp includes ATen/Parallel.h only.
set(LUPA_CORE_ML_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Architectures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/DatasetHash.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/DenseAutoencoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/JsonRead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Mlp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ModelFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ModelMetadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Network.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/NetworkSpec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Normalisation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Tensor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/TorchThreads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/TrainConfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Trainer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/WeightsCodec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/calo/ClassifierTest.cpp # the CaloChallenge classifier test trains a network
)
# ml::libraryVersions(): a library of its own that does not link libtorch (see core/CMakeLists.txt).
set(LUPA_CORE_ML_VERSION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/src/ml/Versions.cpp)
