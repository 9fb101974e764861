// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BuildInfo.hpp"

#include <lupa/core/Version.hpp>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <Eigen/Core>
#include <H5public.h>
#include <oneapi/tbb/version.h>
#include <zlib.h>

namespace lupa {

std::string version() {
    return LUPA_VERSION_STRING;
}

std::vector<LibraryVersion> coreLibraryVersions() {
    return {
        {"compiler", LUPA_COMPILER_STRING},
        {"fmt", fmt::format("{}.{}.{}", FMT_VERSION / 10000, FMT_VERSION / 100 % 100, FMT_VERSION % 100)},
        {"nlohmann_json", fmt::format("{}.{}.{}", NLOHMANN_JSON_VERSION_MAJOR, NLOHMANN_JSON_VERSION_MINOR,
                                      NLOHMANN_JSON_VERSION_PATCH)},
        {"TBB", TBB_VERSION_STRING},
        {"Eigen", fmt::format("{}.{}.{}", EIGEN_WORLD_VERSION, EIGEN_MAJOR_VERSION, EIGEN_MINOR_VERSION)},
        {"HDF5", fmt::format("{}.{}.{}", H5_VERS_MAJOR, H5_VERS_MINOR, H5_VERS_RELEASE)},
        {"zlib", ZLIB_VERSION},
    };
}

} // namespace lupa
