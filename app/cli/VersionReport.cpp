// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "VersionReport.hpp"

#include <lupa/core/Version.hpp>
#include <lupa/core/ml/Versions.hpp>
#include <lupa/vision/Version.hpp>
#include <lupa/visualization/Version.hpp>

#include <fmt/format.h>

#include <iostream>

namespace lupa::cli {

Json versionReport() {
    Json libraries = Json::object();
    for (const auto& list : {coreLibraryVersions(), ml::libraryVersions(), vision::libraryVersions(),
                             visualization::libraryVersions()})
        for (const auto& [name, libraryVersion] : list)
            libraries[name] = libraryVersion;
    return {{"name", "lupa-cli"}, {"version", version()}, {"libraries", libraries}};
}

int printVersion(bool json) {
    const Json report = versionReport();
    if (json) {
        std::cout << report.dump() << std::endl;
        return 0;
    }
    std::cout << fmt::format("lupa-cli {}\n", report["version"].get<std::string>());
    for (const auto& [name, libraryVersion] : report["libraries"].items())
        std::cout << fmt::format("  {:<14} {}\n", name, libraryVersion.get<std::string>());
    return 0;
}

} // namespace lupa::cli
