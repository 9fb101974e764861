# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# QC records: the SQLite database, its migrations and failure behaviour, the ITk export and SHA-256.
lupa_add_gtest(lupa_vision_qc_tests
    SOURCES
        QcDatabaseTest.cpp
        QcItkExportTest.cpp
        QcMigrationTest.cpp
        QcRobustnessTest.cpp
        QcSha256Test.cpp
        QcTestSupport.hpp
    DEPS lupa::vision SQLite::SQLite3 fmt::fmt
    LABELS unit)
# The migration test drives the internal migration runner with made-up future steps.
target_include_directories(lupa_vision_qc_tests PRIVATE ${PROJECT_SOURCE_DIR}/vision/src)
