// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "TrackGnnPlugin.hpp"

#include "ModuleLoader.hpp"

namespace lupa::cli {

Result<TrackTrainSummary> runTrackTrainModule(const TrackTrainRequest& request) {
    auto symbol = loadModuleSymbol(kTrackGnnModule, kTrackTrainSymbol, "the GNN tracking module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<TrackTrainFunction>(*symbol)(request);
}

Result<TrackGnnRunOutput> runTrackGnnModule(const TrackGnnRunRequest& request) {
    auto symbol = loadModuleSymbol(kTrackGnnModule, kTrackGnnRunSymbol, "the GNN tracking module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<TrackGnnRunFunction>(*symbol)(request);
}

} // namespace lupa::cli
