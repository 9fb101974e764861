// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "ModuleLoader.hpp"

#include <fmt/format.h>

#include <dlfcn.h>
#include <filesystem>
#include <system_error>
#include <vector>

namespace lupa::cli {
namespace {

// Where a module may be: beside the executable, in ../lib/lupa (installed), or where the build
// tree puts it.
std::vector<std::filesystem::path> moduleCandidates(const char* module) {
    std::error_code ec;
    const auto executable = std::filesystem::read_symlink("/proc/self/exe", ec);
    std::vector<std::filesystem::path> paths;
    if (!ec) {
        const auto dir = executable.parent_path();
        paths.push_back(dir / module);
        paths.push_back(dir.parent_path() / "lib" / "lupa" / module);
    }
    paths.push_back(std::filesystem::path(LUPA_MODULE_BUILD_DIR) / module);
    return paths;
}

} // namespace

Result<void*> loadModuleSymbol(const char* module, const char* symbol, const char* what) {
    std::string tried;
    for (const auto& path : moduleCandidates(module)) {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec)) {
            tried.append(1, ' ').append(path.string());
            continue;
        }
        // Never unloaded: libtorch does not support being unloaded.
        void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
        if (!handle)
            return Error::runtime(fmt::format("cannot load {} {}: {}", what, path.string(), ::dlerror()));
        void* address = ::dlsym(handle, symbol);
        if (!address)
            return Error::runtime(fmt::format("{} has no entry point {}", path.string(), symbol));
        return address;
    }
    return Error::runtime(fmt::format("{} is not installed (looked for{})", what, tried));
}

} // namespace lupa::cli
