# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# Scoring: submissions, the TrackML score and the tracking metrics (unit), and `lupa-cli track score` (e2e).
lupa_add_gtest(lupa_tracking_tests
    SOURCES SubmissionTest.cpp TrackmlScoreTest.cpp TrackMetricsTest.cpp
    DEPS lupa::core fmt::fmt
    LABELS unit)

lupa_add_gtest(lupa_track_cli_tests
    SOURCES TrackScoreCliTest.cpp ../cli/CliRunner.hpp
    DEPS lupa::core fmt::fmt
    LABELS e2e)
target_compile_definitions(lupa_track_cli_tests PRIVATE LUPA_CLI_PATH="$<TARGET_FILE:lupa-cli>")
add_dependencies(lupa_track_cli_tests lupa-cli)
