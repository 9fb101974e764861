// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ClassifierPlugin.hpp"

#include <fmt/format.h>

#include <dlfcn.h>
#include <system_error>

namespace lupa::cli {
namespace {

// Where the module may be: beside the executable (build tree) or in ../lib/lupa (installed).
std::vector<std::filesystem::path> moduleCandidates() {
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::vector<std::filesystem::path> paths;
    if (!ec) {
        const auto dir = executable.parent_path();
        paths.push_back(dir / kClassifierModule);
        paths.push_back(dir.parent_path() / "lib" / "lupa" / kClassifierModule);
    }
    return paths;
}

} // namespace

Result<calo::ClassifierResult> runClassifierModule(const ClassifierRequest& request) {
    std::string tried;
    for (const auto& path : moduleCandidates()) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            tried.append(1, ' ').append(path.string());
            continue;
        }
        // Never unloaded: libtorch does not support being unloaded.
        void* module = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!module)
            return Error::runtime(
                fmt::format("cannot load the classifier module {}: {}", path.string(), ::dlerror()));
        auto* function = reinterpret_cast<ClassifierFunction>(::dlsym(module, kClassifierSymbol));
        if (!function)
            return Error::runtime(fmt::format("{} has no entry point {}", path.string(), kClassifierSymbol));
        return function(request);
    }
    return Error::runtime(fmt::format("the classifier module is not installed (looked for{})", tried));
}

} // namespace lupa::cli
