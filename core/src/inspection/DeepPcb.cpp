// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "BoxFileParsing.hpp"

#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>

#include <fmt/format.h>

#include <sstream>
#include <string_view>

namespace lupa::inspection {
namespace {

std::vector<std::string> wordsOf(const std::string& line) {
    std::istringstream stream(line);
    std::vector<std::string> words;
    for (std::string word; stream >> word;)
        words.push_back(word);
    return words;
}

Result<PairEntry> pairOf(const std::vector<std::string>& words, const std::filesystem::path& root,
                         const std::string& file, std::int64_t line) {
    if (words.size() > 2)
        return Error::badInput(
            fmt::format("expected '<image> [<annotation>]', found {} columns", words.size()), file, line);
    const std::filesystem::path image(words[0]);
    if (!image.has_stem() || !image.has_extension())
        return Error::badInput(fmt::format("image name '{}' has no extension", words[0]), file, line);
    const auto stem = image.parent_path() / image.stem();
    const auto extension = image.extension().string();
    PairEntry entry;
    entry.id = image.stem().string();
    entry.testImage = root / (stem.string() + "_test" + extension);
    entry.templateImage = root / (stem.string() + "_temp" + extension);
    if (words.size() == 2)
        entry.annotation = root / words[1];
    return entry;
}

} // namespace

Result<std::vector<PairEntry>> readPairList(const std::filesystem::path& list,
                                            const std::filesystem::path& root) {
    auto text = readFile(list);
    if (!text)
        return std::move(text).error();
    std::istringstream stream(*text);
    std::vector<PairEntry> entries;
    std::int64_t number = 0;
    for (std::string line; std::getline(stream, line);) {
        ++number;
        const auto words = wordsOf(line);
        if (words.empty())
            continue;
        auto entry = pairOf(words, root, list.string(), number);
        if (!entry)
            return std::move(entry).error();
        entries.push_back(std::move(*entry));
    }
    return entries;
}

Result<std::vector<LabelledBox>> readBoxFile(const std::filesystem::path& path) {
    auto lines = detail::parseBoxFile(path);
    if (!lines)
        return std::move(lines).error();
    std::vector<LabelledBox> boxes;
    boxes.reserve(lines->size());
    for (const auto& line : *lines)
        boxes.push_back(line.box);
    return boxes;
}

Result<std::vector<Detection>> readDetectionFile(const std::filesystem::path& path) {
    auto lines = detail::parseBoxFile(path);
    if (!lines)
        return std::move(lines).error();
    std::vector<Detection> detections;
    detections.reserve(lines->size());
    for (const auto& line : *lines) {
        if (!line.confidence)
            return Error::badInput("expected 'x1,y1,x2,y2,confidence,type': the line has no confidence",
                                   path.string(), line.line);
        Detection detection;
        detection.box = line.box.box;
        detection.classId = line.box.classId;
        detection.confidence = *line.confidence;
        detection.areaPx = line.box.box.area();
        detections.push_back(std::move(detection));
    }
    return detections;
}

Result<void> writeDetectionFile(const std::filesystem::path& path, const std::vector<Detection>& detections) {
    std::string text;
    for (const auto& d : detections)
        text += fmt::format("{},{},{},{},{:.6g},{}\n", d.box.x1, d.box.y1, d.box.x2, d.box.y2, d.confidence,
                            d.classId);
    return writeFileAtomically(path, text);
}

Result<void> writeBoxFile(const std::filesystem::path& path, const std::vector<LabelledBox>& boxes) {
    std::string text;
    for (const auto& b : boxes)
        text += fmt::format("{} {} {} {} {}\n", b.box.x1, b.box.y1, b.box.x2, b.box.y2, b.classId);
    return writeFileAtomically(path, text);
}

} // namespace lupa::inspection
