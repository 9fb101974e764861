# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Sources of core's machine-learning part.
# LUPA_CORE_ML_PLAIN_SOURCES need no libtorch and go into lupa::core: tensors, specs, normalisation,
# model-file format, weights codec, and the dense inference engine (float and fixed point).
# LUPA_CORE_ML_SOURCES go into lupa::core_ml, the only library linking libtorch. Architectures.cpp,
# EdgeClassifier.cpp, Network.cpp, Trainer.cpp and the trainers beside them include <torch/torch.h> (about
# 20 s of compile each); TorchThreads.cpp includes ATen/Parallel.h only.
set(LUPA_CORE_ML_PLAIN_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/CnnClassifier.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ConvAutoencoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ConvLayers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/DatasetHash.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/DenseAutoencoder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/DenseModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/FixedPoint.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/InteractionNetworkParams.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/JsonRead.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Mlp.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ModelFileFormat.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ModelMetadata.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/NetworkSpec.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Normalisation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Tensor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/TrainConfig.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/WeightsCodec.cpp
)
set(LUPA_CORE_ML_SOURCES
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Architectures.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/EdgeClassifier.cpp # the interaction network of GNN tracking
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/ModelFile.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Network.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/TorchThreads.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/Trainer.cpp
    ${CMAKE_CURRENT_LIST_DIR}/src/calo/ClassifierTest.cpp # the CaloChallenge classifier test trains a network
    ${CMAKE_CURRENT_LIST_DIR}/src/anomaly/Training.cpp # trains anomaly-detection autoencoders
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/AnomalyTorchScript.cpp # writes anomaly models as TorchScript
    ${CMAKE_CURRENT_LIST_DIR}/src/ml/InspectionTraining.cpp # trains module-inspection conv networks
)
# ml::libraryVersions(): a library of its own that does not link libtorch (see core/CMakeLists.txt).
set(LUPA_CORE_ML_VERSION_SOURCES ${CMAKE_CURRENT_LIST_DIR}/src/ml/Versions.cpp)
