# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: lupa contributors
# QC records: the SQLite record database of module inspection, its ITk export and SHA-256 of image files.
list(APPEND LUPA_VISION_SOURCES
    src/qc/ItkExport.cpp
    src/qc/QcDatabase.cpp
    src/qc/QcDatabaseOpen.cpp
    src/qc/QcIntegrity.cpp
    src/qc/QcList.cpp
    src/qc/QcReader.cpp
    src/qc/QcWriter.cpp
    src/qc/Schema.cpp
    src/qc/Sha256.cpp
    src/qc/Sqlite.cpp
)
