// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ClassifierPlugin.hpp"

#include "ModuleLoader.hpp"

namespace lupa::cli {

Result<calo::ClassifierResult> runClassifierModule(const ClassifierRequest& request) {
    auto symbol = loadModuleSymbol(kClassifierModule, kClassifierSymbol, "the classifier module");
    if (!symbol)
        return std::move(symbol).error();
    return reinterpret_cast<ClassifierFunction>(*symbol)(request);
}

} // namespace lupa::cli
