// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once
// `lupa-cli inspect train|run|eval`: module inspection (the contract is in DESIGN.md).

#include "CliCommand.hpp"

#include <lupa/vision/ModulePipeline.hpp>
#include <lupa/vision/qc/QcDatabase.hpp>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace lupa::cli {

/// Where `inspect run --db` records inspections, and as whom.
struct QcOptions {
    std::string database;     ///< QC database file ("" = record nothing)
    std::string moduleSerial; ///< serial number; default: the image's file stem
    std::string moduleType = "unknown";
    std::string stage = "reception";
    std::string operatorName; ///< default: $USER
    std::string station;      ///< default: the host name
};

struct InspectRunOptions {
    std::vector<std::string> images;
    std::string pairs;
    std::string root = ".";
    std::string model;
    std::string reference;
    std::string moduleTypeFile; ///< module-type JSON: reference, pixel scale, regions ("" = none)
    std::string out;
    std::string format = "json";
    std::string channel;    ///< "" = the model's
    double threshold = 0.0; ///< template threshold override (0 = the model's)
    bool saveMap = false;
    QcOptions qc;
};

struct InspectEvalOptions {
    std::string pred;
    std::string truth;
    std::string pairs; ///< a pair list instead of --truth: the truth boxes it names
    std::string root = ".";
    std::string masks; ///< folder of <id>_mask.png for pixel-level AUROC of <id>_map.png in pred
    double iou = 0.5;
    std::string classes = "deeppcb"; ///< names of the class ids: deeppcb or synthetic
    std::string out;
};

/// The pipeline of `model` ("" = template difference with defaults), with the channel and threshold
/// overrides of the command line.
[[nodiscard]] Result<vision::ModulePipeline> makePipeline(const std::string& model,
                                                          const std::string& channel, double threshold);

/// The per-image JSON of `inspect run` (docs/user-guide.md lists its fields).
[[nodiscard]] Json inspectionJson(const std::filesystem::path& tested, const std::filesystem::path& reference,
                                  const vision::ModuleInspection& inspection,
                                  const std::vector<std::string>& classNames, double seconds);

/// Records inspections in the QC database of `inspect run --db`, one transaction each; does nothing
/// when no database was asked for.
class QcRecorder {
public:
    [[nodiscard]] static Result<QcRecorder> open(const QcOptions& options);
    [[nodiscard]] bool active() const { return m_database != nullptr; }
    [[nodiscard]] Result<void> record(const std::filesystem::path& image,
                                      const vision::ModuleInspection& inspection,
                                      const std::vector<std::string>& classNames,
                                      const vision::ModulePipeline& pipeline);

private:
    QcOptions m_options;
    std::shared_ptr<vision::qc::QcDatabase> m_database;
};

[[nodiscard]] Result<CommandOutput> runInspect(const InspectRunOptions& options, ProgressSink& progress);
[[nodiscard]] Result<CommandOutput> runInspectEval(const InspectEvalOptions& options);

} // namespace lupa::cli
