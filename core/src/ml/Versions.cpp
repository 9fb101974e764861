// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Only torch/version.h (macros) here: this file must not pull libtorch into a program that only
// wants its version, such as `lupa-cli --version`.
#include <lupa/core/ml/Versions.hpp>

#include <torch/version.h>

namespace lupa::ml {

std::vector<LibraryVersion> libraryVersions() {
    return {{"libtorch", TORCH_VERSION}};
}

} // namespace lupa::ml
