# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Track reconstruction: the helix fit and the classical baseline (lupa_trackreco_tests), and
# `lupa-cli track run` end to end with simulate and score (lupa_trackreco_cli_tests).
lupa_add_gtest(lupa_trackreco_tests
    SOURCES HelixFitTest.cpp BaselineTrackerTest.cpp
    DEPS lupa::core fmt::fmt
    LABELS unit)

lupa_add_gtest(lupa_trackreco_cli_tests
    SOURCES TrackRunCliTest.cpp ../cli/CliRunner.hpp
    DEPS lupa::core fmt::fmt
    LABELS e2e)
target_compile_definitions(lupa_trackreco_cli_tests PRIVATE LUPA_CLI_PATH="$<TARGET_FILE:lupa-cli>")
add_dependencies(lupa_trackreco_cli_tests lupa-cli)
