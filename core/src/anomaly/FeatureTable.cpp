// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>

#include <algorithm>
#include <array>
#include <fstream>

namespace lupa::anomaly {
namespace {

// The HDF5 signature, at offset 0 or after a user block of 512, 1024, 2048, ... bytes.
bool looksLikeHdf5(const std::filesystem::path& path) {
    constexpr std::array<char, 8> kSignature{'\x89', 'H', 'D', 'F', '\r', '\n', '\x1a', '\n'};
    std::ifstream stream(path, std::ios::binary);
    std::array<char, 8> bytes{};
    for (std::uint64_t offset = 0; stream && offset <= (std::uint64_t{1} << 30);
         offset = std::max<std::uint64_t>(512, 2 * offset)) {
        stream.seekg(static_cast<std::streamoff>(offset));
        if (!stream.read(bytes.data(), bytes.size()))
            return false;
        if (bytes == kSignature)
            return true;
    }
    return false;
}

} // namespace

Result<FeatureTable> readFeatureTable(const std::filesystem::path& path, const TableOptions& options,
                                      ProgressSink& progress) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return Error::io("no such file", path.string());
    if (!looksLikeHdf5(path))
        return readCsvTable(path, options, progress);
    // A dataset named explicitly wins over the ADC2021 layout.
    if (!options.dataset.empty() && options.dataset != kAdcDataset)
        return readHdf5Table(path, options, progress);
    auto file = Hdf5File::openForReading(path);
    if (!file)
        return std::move(file).error();
    if (file->hasDataset(kAdcDataset))
        return readAdcEvents(path, options, progress);
    return readHdf5Table(path, options, progress);
}

} // namespace lupa::anomaly
