// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ml/JsonRead.hpp"

#include <lupa/core/ml/EdgeClassifier.hpp>

#include <fmt/format.h>

namespace lupa::ml {

NetworkSpec InteractionNetworkParams::toSpec() const {
    return {std::string(kinds::kInteractionNetwork),
            {{"nodeFeatures", nodeFeatures},
             {"edgeFeatures", edgeFeatures},
             {"hidden", hidden},
             {"steps", steps}}};
}

Result<InteractionNetworkParams> InteractionNetworkParams::fromSpec(const NetworkSpec& spec) {
    using detail::Need;
    constexpr std::string_view kWhere = "network 'interaction_network'";
    if (spec.kind != kinds::kInteractionNetwork)
        return Error::badInput(fmt::format("{}: the spec is of kind '{}'", kWhere, spec.kind));
    LUPA_TRY(detail::requireObject(spec.params, kWhere));
    InteractionNetworkParams params;
    LUPA_TRY(detail::readInt(spec.params, "nodeFeatures", params.nodeFeatures, Need::Required, kWhere));
    LUPA_TRY(detail::readInt(spec.params, "edgeFeatures", params.edgeFeatures, Need::Required, kWhere));
    LUPA_TRY(detail::readInt(spec.params, "hidden", params.hidden, Need::Required, kWhere));
    LUPA_TRY(detail::readInt(spec.params, "steps", params.steps, Need::Required, kWhere));
    auto check = [&](const char* name, int value, int low, int high) -> Result<void> {
        if (value < low || value > high)
            return Error::badInput(
                fmt::format("{}: '{}' is {} but must be in [{}, {}]", kWhere, name, value, low, high));
        return {};
    };
    LUPA_TRY(check("nodeFeatures", params.nodeFeatures, 1, 256));
    LUPA_TRY(check("edgeFeatures", params.edgeFeatures, 1, 256));
    LUPA_TRY(check("hidden", params.hidden, 2, 1024));
    LUPA_TRY(check("steps", params.steps, 0, 16));
    return params;
}

} // namespace lupa::ml
