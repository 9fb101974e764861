// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

// The CaloChallenge classifier test trains a network: it lives in a module of its own
// (lupa_calo_classifier.so) that lupa-cli loads only when --classifier asks for it (ModuleLoader.hpp).

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>
#include <lupa/core/calo/Binning.hpp>
#include <lupa/core/calo/ClassifierTest.hpp>

#include <filesystem>

namespace lupa::cli {

/// One classifier run: reference against one candidate file.
struct ClassifierRequest {
    std::filesystem::path reference;
    std::filesystem::path candidate;
    const calo::Binning* binning = nullptr;
    calo::ClassifierOptions options;
    std::size_t maxShowers = 0; ///< per sample; 0 = all (high level) or defaultLowLevelShowers() (low level)
    int threads = 0;            ///< 0 = one per core
    ProgressSink* progress = nullptr;
};

/// The module's entry point, looked up by name (kClassifierSymbol).
using ClassifierFunction = Result<calo::ClassifierResult> (*)(const ClassifierRequest& request);
inline constexpr const char* kClassifierSymbol = "lupaCaloClassifierTest";
inline constexpr const char* kClassifierModule = "lupa_calo_classifier.so";

/// Loads the module (loadModuleSymbol) and runs the test.
[[nodiscard]] Result<calo::ClassifierResult> runClassifierModule(const ClassifierRequest& request);

} // namespace lupa::cli
