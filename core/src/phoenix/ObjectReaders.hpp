// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include "phoenix/JsonFields.hpp"

namespace lupa::phoenix::detail {

/// Readers of one object of each Phoenix type; `object` is the JSON of the object.
[[nodiscard]] Result<Track> readTrack(const Json& object, const Where& where);
/// A hit is either [x, y, z] or an object with `type` and `pos`.
[[nodiscard]] Result<Hit> readHit(const Json& object, const Where& where);
[[nodiscard]] Result<CaloDeposit> readCaloDeposit(const Json& object, const Where& where);
[[nodiscard]] Result<Jet> readJet(const Json& object, const Where& where);
/// Position from `x`, `y`, `z` or from `pos`.
[[nodiscard]] Result<Vertex> readVertex(const Json& object, const Where& where);
[[nodiscard]] Result<MissingEnergy> readMissingEnergy(const Json& object, const Where& where);
/// Muons, electrons and photons; accepts `pt` or `pT`, `eta`/`Eta`, `phi`/`Phi`.
[[nodiscard]] Result<PhysicsObject> readPhysicsObject(const Json& object, const Where& where);

} // namespace lupa::phoenix::detail
