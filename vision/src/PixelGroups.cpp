// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "PixelGroups.hpp"

#include <lupa/core/DisjointSets.hpp>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cmath>

namespace lupa::vision {

void PixelGroup::add(int x, int y, double score, int width) {
    ++count;
    sum += score;
    peak = std::max(peak, score);
    x1 = std::min(x1, x);
    y1 = std::min(y1, y);
    x2 = std::max(x2, x);
    y2 = std::max(y2, y);
    first = std::min(first, static_cast<std::int64_t>(y) * width + x);
}

void PixelGroup::merge(const PixelGroup& other) {
    count += other.count;
    sum += other.sum;
    peak = std::max(peak, other.peak);
    x1 = std::min(x1, other.x1);
    y1 = std::min(y1, other.y1);
    x2 = std::max(x2, other.x2);
    y2 = std::max(y2, other.y2);
    first = std::min(first, other.first);
}

namespace {

/// The above-threshold mask of rows [top, bottom) of `map`, dilated with `kernel` using `reach` rows
/// of context above and below so it equals the same rows of a whole-image dilation.
cv::Mat grownBand(const cv::Mat& map, int top, int bottom, int reach, const cv::Mat& kernel) {
    const int from = std::max(top - reach, 0);
    const int to = std::min(bottom + reach, map.rows);
    const cv::Mat above = map.rowRange(from, to) > 1.0;
    if (reach == 0)
        return above.rowRange(top - from, bottom - from);
    cv::Mat grown;
    cv::dilate(above, grown, kernel);
    return grown.rowRange(top - from, bottom - from);
}

/// Joins the groups touching across a band edge (8-connectivity between the last row of the band
/// above and the first row of this band). Ids are global; -1 = background.
void joinAcrossEdge(const std::vector<int>& previousRow, const std::vector<int>& firstRow,
                    DisjointSets& sets) {
    const int width = static_cast<int>(firstRow.size());
    for (int x = 0; x < width; ++x) {
        const int above = previousRow[static_cast<std::size_t>(x)];
        if (above < 0)
            continue;
        for (int dx = -1; dx <= 1; ++dx) {
            const int nx = x + dx;
            if (nx >= 0 && nx < width && firstRow[static_cast<std::size_t>(nx)] >= 0)
                sets.join(static_cast<std::uint32_t>(above),
                          static_cast<std::uint32_t>(firstRow[static_cast<std::size_t>(nx)]));
        }
    }
}

std::vector<int> globalIdsOfRow(const cv::Mat& labels, int row, int base) {
    std::vector<int> ids(static_cast<std::size_t>(labels.cols), -1);
    const auto* local = labels.ptr<int>(row);
    for (int x = 0; x < labels.cols; ++x) {
        if (local[x] > 0)
            ids[static_cast<std::size_t>(x)] = base + local[x] - 1;
    }
    return ids;
}

} // namespace

std::vector<PixelGroup> groupPixelsAbove(const cv::Mat& map, double mergeDistancePx, int bandRows) {
    CV_Assert(map.type() == CV_32F);
    const int reach = static_cast<int>(std::ceil(std::max(mergeDistancePx, 0.0) / 2.0));
    const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_ELLIPSE, {2 * reach + 1, 2 * reach + 1});
    bandRows = std::max(bandRows, 1);
    DisjointSets sets;
    std::vector<PixelGroup> groups;
    std::vector<int> previousRow;
    for (int top = 0; top < map.rows; top += bandRows) {
        const int bottom = std::min(top + bandRows, map.rows);
        const cv::Mat grown = grownBand(map, top, bottom, reach, kernel);
        cv::Mat labels;
        const int count = cv::connectedComponents(grown, labels, 8, CV_32S);
        const int base = static_cast<int>(groups.size());
        for (int label = 1; label < count; ++label)
            sets.add();
        groups.resize(groups.size() + static_cast<std::size_t>(std::max(count - 1, 0)));
        if (!previousRow.empty())
            joinAcrossEdge(previousRow, globalIdsOfRow(labels, 0, base), sets);
        for (int y = top; y < bottom; ++y) {
            const auto* scores = map.ptr<float>(y);
            const auto* ids = labels.ptr<int>(y - top);
            for (int x = 0; x < map.cols; ++x) {
                if (scores[x] > 1.0F)
                    groups[static_cast<std::size_t>(base + ids[x] - 1)].add(x, y, scores[x], map.cols);
            }
        }
        previousRow = globalIdsOfRow(labels, bottom - top - 1, base);
    }
    std::vector<PixelGroup> merged;
    std::vector<int> slotOfRoot(groups.size(), -1);
    for (std::size_t id = 0; id < groups.size(); ++id) {
        const std::size_t root = sets.find(static_cast<std::uint32_t>(id));
        if (slotOfRoot[root] < 0) {
            slotOfRoot[root] = static_cast<int>(merged.size());
            merged.emplace_back();
        }
        merged[static_cast<std::size_t>(slotOfRoot[root])].merge(groups[id]);
    }
    std::erase_if(merged, [](const PixelGroup& group) { return group.count == 0; });
    std::sort(merged.begin(), merged.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return merged;
}

} // namespace lupa::vision
