// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/Detection.hpp>

#include <filesystem>
#include <map>
#include <string>
#include <vector>

/// DeepPCB-style files: pair lists, ground-truth box files and lupa's prediction files.
///
/// - A pair list has one line per image pair, `<stem><ext> [<annotation>]`, both paths relative to a
///   root folder, e.g. `group20085/20085/20085000.jpg group20085/20085_not/20085000.txt`. The tested
///   image is `<stem>_test<ext>`, its template `<stem>_temp<ext>` (the extension of the list line is
///   kept: `.jpg` for DeepPCB, `.png` for lupa's synthetic sets). Blank lines are skipped.
/// - A ground-truth box file has one defect per line, `x1 y1 x2 y2 type` (space separated, corners in
///   px, inclusive, type a class id such as DeepPCB's 1–6).
/// - A prediction file has one detection per line, `x1,y1,x2,y2,confidence,type` (no spaces needed).
namespace lupa::inspection {

/// One line of a DeepPCB pair list, resolved against the list's root folder.
struct PairEntry {
    std::string id;                      ///< the stem's file name, e.g. "20085000"
    std::filesystem::path testImage;     ///< root / `<stem>_test<ext>`
    std::filesystem::path templateImage; ///< root / `<stem>_temp<ext>`
    std::filesystem::path annotation;    ///< root / annotation; empty when the line has none
};

/// Largest coordinate a box file may hold (px); larger values are refused as corrupt.
inline constexpr double kMaxBoxCoordinate = 1e6;

/// Largest class id a box file may hold.
inline constexpr int kMaxClassId = 255;

/// Reads a pair list (see above). An Io error when the list cannot be read; a BadInput error naming
/// the list and line for a line with more than two columns or an image name without an extension.
[[nodiscard]] Result<std::vector<PairEntry>> readPairList(const std::filesystem::path& list,
                                                          const std::filesystem::path& root);

/// Reads the boxes of a box file in either format: ground truth `x1 y1 x2 y2 type` or prediction
/// `x1,y1,x2,y2,confidence,type` (the confidence is dropped). `type` is a class id 0–255 or one of the
/// DeepPCB class names (open, short, mousebite, spur, copper / spurious copper, pin-hole). A BadInput
/// error naming the file and line for a field that is not a number, a negative coordinate or one above
/// kMaxBoxCoordinate, x2 < x1 or y2 < y1, a class outside 0–255, a confidence that is not finite, or a
/// line with a wrong number of fields; an Io error when the file cannot be read.
[[nodiscard]] Result<std::vector<LabelledBox>> readBoxFile(const std::filesystem::path& path);

/// Reads a prediction file (`x1,y1,x2,y2,confidence,type` per line) with the validation of
/// readBoxFile; a line without a confidence is a BadInput error.
[[nodiscard]] Result<std::vector<Detection>> readDetectionFile(const std::filesystem::path& path);

/// Writes detections atomically as `x1,y1,x2,y2,confidence,type` lines (confidence with 6 significant
/// digits); an Io error when the folder cannot be written.
[[nodiscard]] Result<void> writeDetectionFile(const std::filesystem::path& path,
                                              const std::vector<Detection>& detections);

/// Writes ground-truth boxes atomically as DeepPCB `x1 y1 x2 y2 type` lines.
[[nodiscard]] Result<void> writeBoxFile(const std::filesystem::path& path,
                                        const std::vector<LabelledBox>& boxes);

/// Reads the ground truth of a folder, keyed by image id (a file's stem). When `dir` holds sub-folders
/// named `*_not` (DeepPCB's `groupN/N_not/<id>.txt` tree, whose top level holds the pair lists), every
/// `<id>.txt` in those folders; otherwise every `<id>.txt` directly in `dir`. A BadInput error when
/// two files give the same id or a file is malformed; an Io error when `dir` is not a readable folder.
[[nodiscard]] Result<std::map<std::string, std::vector<LabelledBox>>>
readTruthFolder(const std::filesystem::path& dir);

/// Reads the predictions of a folder, keyed by image id: every `<id>.txt` directly in `dir` (as
/// `lupa-cli inspect run --format deeppcb` writes them).
[[nodiscard]] Result<std::map<std::string, std::vector<Detection>>>
readPredictionFolder(const std::filesystem::path& dir);

/// Reads the annotation of every pair that has one, keyed by the pair's id; pairs without an
/// annotation get an empty list. A BadInput error when two pairs share an id.
[[nodiscard]] Result<std::map<std::string, std::vector<LabelledBox>>>
readTruthForPairs(const std::vector<PairEntry>& pairs);

} // namespace lupa::inspection
