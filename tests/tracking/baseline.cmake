# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Track reconstruction: the helix fit and the classical baseline (lupa_trackreco_tests), and
# `lupa-cli track run` end to end with simulate and score (lupa_trackreco_cli_tests).
lupa_add_gtest(lupa_trackreco_tests
    SOURCES HelixFitTest.cpp BaselineTrackerTest.cpp SimulatedEvent.hpp
    DEPS lupa::core fmt::fmt
    LABELS unit)

lupa_add_gtest(lupa_trackreco_cli_tests
    SOURCES TrackRunCliTest.cpp ../cli/CliRunner.hpp
    DEPS lupa::core fmt::fmt
    LABELS e2e)
target_compile_definitions(lupa_trackreco_cli_tests PRIVATE LUPA_CLI_PATH="$<TARGET_FILE:lupa-cli>")
add_dependencies(lupa_trackreco_cli_tests lupa-cli)

# The GNN pipeline: module map, graphs, segmentation, the interaction network (lupa_trackgnn_tests).
lupa_add_gtest(lupa_trackgnn_tests
    SOURCES GnnPipelineTest.cpp
    DEPS lupa::core lupa::core_ml fmt::fmt
    LABELS unit)

# The GNN pipeline learns (20 epochs on small events: "heavy", kept out of the sanitizer run).
lupa_add_gtest(lupa_trackgnn_quality_tests
    SOURCES GnnQualityTest.cpp
    DEPS lupa::core lupa::core_ml fmt::fmt
    LABELS unit heavy)

# `lupa-cli track train` and `track run --model` end to end (lupa_trackgnn_cli_tests).
lupa_add_gtest(lupa_trackgnn_cli_tests
    SOURCES TrackTrainCliTest.cpp ../cli/CliRunner.hpp
    DEPS lupa::core fmt::fmt
    LABELS e2e)
target_compile_definitions(lupa_trackgnn_cli_tests PRIVATE LUPA_CLI_PATH="$<TARGET_FILE:lupa-cli>")
add_dependencies(lupa_trackgnn_cli_tests lupa-cli lupa_track_gnn)
