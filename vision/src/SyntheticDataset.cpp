// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>
#include <lupa/vision/SyntheticDataset.hpp>

#include <fmt/format.h>

#include <system_error>

namespace lupa::vision {
namespace {

// Pairs per DeepPCB-style group folder.
constexpr int kPairsPerGroup = 1000;

Result<void> makeFolder(const std::filesystem::path& dir) {
    std::error_code error;
    std::filesystem::create_directories(dir, error);
    if (error)
        return Error::io(fmt::format("cannot create the folder: {}", error.message()), dir.string());
    return success();
}

// Writes pair `index` and returns its list line.
Result<std::string> writePair(const std::filesystem::path& dir, int index, const SampleConfig& base) {
    const std::string group = fmt::format("group{}", index / kPairsPerGroup);
    const std::string id = fmt::format("{:08d}", index);
    LUPA_TRY(makeFolder(dir / group));
    LUPA_TRY(makeFolder(dir / (group + "_not")));
    SampleConfig config = base;
    config.seed = base.seed + static_cast<std::uint64_t>(index);
    const auto sample = generateSample(config);
    const auto images = dir / group;
    LUPA_TRY(writeImage(sample.reference, images / (id + "_temp.png")));
    LUPA_TRY(writeImage(sample.tested, images / (id + "_test.png")));
    LUPA_TRY(writeImage(sample.defectMask, images / (id + "_mask.png")));
    LUPA_TRY(inspection::writeBoxFile(dir / (group + "_not") / (id + ".txt"), sample.defects));
    return fmt::format("{}/{}.png {}_not/{}.txt\n", group, id, group, id);
}

} // namespace

Result<void> writeDeepPcbStyleSet(const std::filesystem::path& dir, int pairs, const SampleConfig& base) {
    LUPA_TRY(makeFolder(dir));
    std::string list;
    for (int i = 0; i < pairs; ++i) {
        auto line = writePair(dir, i, base);
        if (!line)
            return std::move(line).error();
        list += *line;
    }
    return writeFileAtomically(dir / "list.txt", list);
}

Result<void> writeGoodImages(const std::filesystem::path& dir, int count, std::uint64_t seed,
                             const SampleConfig& base) {
    LUPA_TRY(makeFolder(dir));
    SampleConfig config = base;
    config.defects.count = 0;
    for (int i = 0; i < count; ++i) {
        config.seed = seed + static_cast<std::uint64_t>(i);
        const auto sample = generateSample(config);
        if (i == 0)
            LUPA_TRY(writeImage(sample.reference, dir / "reference.png"));
        LUPA_TRY(writeImage(sample.tested, dir / fmt::format("good_{:06d}.png", i)));
    }
    return success();
}

} // namespace lupa::vision
