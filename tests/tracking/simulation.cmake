# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# The detector simulation for tracking: geometry, propagation, events, TrackML weights and files
# (lupa_tracksim_tests), and `lupa-cli track simulate` end to end (lupa_tracksim_cli_tests).
lupa_add_gtest(lupa_tracksim_tests
    SOURCES EventWriterTest.cpp HitWeightsTest.cpp SimGeometryTest.cpp SimulationTest.cpp
    DEPS lupa::core fmt::fmt
    LABELS unit)

lupa_add_gtest(lupa_tracksim_cli_tests
    SOURCES TrackSimulateCliTest.cpp ../cli/CliRunner.hpp
    DEPS lupa::core fmt::fmt
    LABELS e2e)
target_compile_definitions(lupa_tracksim_cli_tests PRIVATE LUPA_CLI_PATH="$<TARGET_FILE:lupa-cli>")
add_dependencies(lupa_tracksim_cli_tests lupa-cli)
