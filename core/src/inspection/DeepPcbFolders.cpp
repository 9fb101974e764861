// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/DeepPcb.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <system_error>

namespace lupa::inspection {
namespace {

namespace fs = std::filesystem;

bool isBoxFile(const fs::directory_entry& entry) {
    std::error_code ignored;
    return entry.is_regular_file(ignored) && entry.path().extension() == ".txt";
}

bool endsWith(const std::string& text, std::string_view suffix) {
    return text.size() >= suffix.size() &&
           text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The box files of `dir` (sorted, so that errors are reproducible). With `annotationTree`, the files in
// sub-folders named `*_not` when there are any (a DeepPCB tree, whose top level holds pair lists);
// otherwise the files directly in `dir`.
Result<std::vector<fs::path>> boxFilesIn(const fs::path& dir, bool annotationTree) {
    std::error_code error;
    if (!fs::is_directory(dir, error))
        return Error::io("not a folder", dir.string());
    std::vector<fs::path> topLevel;
    std::vector<fs::path> annotations;
    auto it = fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, error);
    for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
        if (!annotationTree)
            it.disable_recursion_pending();
        if (!isBoxFile(*it))
            continue;
        if (it.depth() == 0)
            topLevel.push_back(it->path());
        else if (endsWith(it->path().parent_path().filename().string(), "_not"))
            annotations.push_back(it->path());
    }
    if (error)
        return Error::io(fmt::format("cannot list the folder: {}", error.message()), dir.string());
    auto files = annotations.empty() ? std::move(topLevel) : std::move(annotations);
    std::sort(files.begin(), files.end());
    return files;
}

template <typename Item, typename Reader>
Result<std::map<std::string, std::vector<Item>>> readFolder(const fs::path& dir, bool annotationTree,
                                                            Reader read) {
    auto files = boxFilesIn(dir, annotationTree);
    if (!files)
        return std::move(files).error();
    std::map<std::string, std::vector<Item>> byId;
    for (const auto& file : *files) {
        auto items = read(file);
        if (!items)
            return std::move(items).error();
        const auto id = file.stem().string();
        if (!byId.emplace(id, std::move(*items)).second)
            return Error::badInput(fmt::format("a second box file for image id {}", id), file.string());
    }
    return byId;
}

} // namespace

Result<std::map<std::string, std::vector<LabelledBox>>> readTruthFolder(const std::filesystem::path& dir) {
    return readFolder<LabelledBox>(dir, true, [](const fs::path& file) { return readBoxFile(file); });
}

Result<std::map<std::string, std::vector<Detection>>> readPredictionFolder(const std::filesystem::path& dir) {
    return readFolder<Detection>(dir, false, [](const fs::path& file) { return readDetectionFile(file); });
}

Result<std::map<std::string, std::vector<LabelledBox>>>
readTruthForPairs(const std::vector<PairEntry>& pairs) {
    std::map<std::string, std::vector<LabelledBox>> byId;
    for (const auto& pair : pairs) {
        std::vector<LabelledBox> boxes;
        if (!pair.annotation.empty()) {
            auto read = readBoxFile(pair.annotation);
            if (!read)
                return std::move(read).error();
            boxes = std::move(*read);
        }
        if (!byId.emplace(pair.id, std::move(boxes)).second)
            return Error::badInput(fmt::format("two pairs share the image id {}", pair.id),
                                   pair.annotation.string());
    }
    return byId;
}

} // namespace lupa::inspection
