// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// lupa-cli and lupa keep the work that trains networks in modules of their own (lupa_*.so), loaded
// only when such work runs: linking libtorch into the executables would cost every start (even
// `lupa-cli --version`) the ~0.6 s libtorch takes to load.

#include <lupa/core/Result.hpp>

namespace lupa::cli {

/// Loads `module` (beside the executable, in ../lib/lupa/ relative to it, or in the build tree's
/// app/modules; never unloaded) and returns
/// the address of its `symbol`; a Runtime error naming what was tried. `what` names the module in
/// messages ("the classifier module").
[[nodiscard]] Result<void*> loadModuleSymbol(const char* module, const char* symbol, const char* what);

} // namespace lupa::cli
