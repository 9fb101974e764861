// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/trackml/EventFolder.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <system_error>

namespace lupa::trackml {

Result<std::vector<std::string>> eventPrefixesIn(const std::filesystem::path& folder) {
    std::error_code error;
    std::filesystem::directory_iterator entries(folder, error);
    if (error)
        return Error::io(fmt::format("cannot list the folder: {}", error.message()), folder.string());
    std::set<std::string> prefixes;
    for (const auto& entry : entries) {
        const std::string name = entry.path().filename().string();
        for (const std::string suffix : {"-hits.csv", "-hits.csv.gz"})
            if (name.size() > suffix.size() && name.ends_with(suffix))
                prefixes.insert((folder / name.substr(0, name.size() - suffix.size())).string());
    }
    if (prefixes.empty())
        return Error::badInput("the folder holds no TrackML event (no <prefix>-hits.csv or .csv.gz file)",
                               folder.string());
    return std::vector<std::string>(prefixes.begin(), prefixes.end());
}

} // namespace lupa::trackml
