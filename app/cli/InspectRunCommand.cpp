// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli inspect run`: module images (or DeepPCB-style pairs) through the module pipeline.
#include "InspectCommands.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/core/Parallel.hpp>
#include <lupa/core/inspection/DeepPcb.hpp>
#include <lupa/core/inspection/ModuleType.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <map>
#include <optional>

namespace lupa::cli {
namespace {

/// One image to inspect and where its outputs go.
struct InspectJob {
    std::string id;                  ///< output file stem
    std::filesystem::path tested;    ///< the image under inspection
    std::filesystem::path reference; ///< its golden reference ("" = none)
};

/// What one finished job produced (kept in input order).
struct JobOutcome {
    std::optional<vision::ModuleInspection> inspection;
    std::optional<Error> error;
    double seconds = 0.0;
};

Result<std::vector<InspectJob>> jobsOf(const InspectRunOptions& options) {
    std::vector<InspectJob> jobs;
    if (!options.pairs.empty()) {
        auto pairs = inspection::readPairList(options.pairs, options.root);
        if (!pairs)
            return std::move(pairs).error();
        for (const auto& pair : *pairs)
            jobs.push_back({pair.id, pair.testImage, pair.templateImage});
    }
    for (const auto& image : options.images)
        jobs.push_back({std::filesystem::path(image).stem().string(), image, options.reference});
    if (jobs.empty())
        return Error::badInput("no image to inspect: the list is empty", options.pairs);
    std::map<std::string, std::size_t> seen;
    for (const auto& job : jobs)
        if (++seen[job.id] > 1)
            return Error::usage(fmt::format("two inputs would write the same output '{}'", job.id));
    return jobs;
}

Result<vision::ModuleInspection> inspectOne(const vision::ModulePipeline& pipeline, const InspectJob& job) {
    auto tested = vision::readImage(job.tested);
    if (!tested)
        return std::move(tested).error();
    std::optional<vision::Image> reference;
    if (!job.reference.empty()) {
        auto read = vision::readImage(job.reference);
        if (!read)
            return std::move(read).error();
        reference = std::move(*read);
    }
    auto result = pipeline.inspect(*tested, reference ? &*reference : nullptr);
    if (!result) {
        Error error = std::move(result).error();
        if (error.file.empty())
            error.file = job.tested.string();
        return error;
    }
    return result;
}

JobOutcome runJob(const vision::ModulePipeline& pipeline, const InspectJob& job) {
    const auto start = std::chrono::steady_clock::now();
    JobOutcome outcome;
    auto result = inspectOne(pipeline, job);
    if (result)
        outcome.inspection = std::move(*result);
    else
        outcome.error = std::move(result).error();
    outcome.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return outcome;
}

Result<void> writeOutputs(const InspectRunOptions& options, const InspectJob& job, const JobOutcome& outcome,
                          const std::vector<std::string>& classNames) {
    const std::filesystem::path dir = options.out;
    const auto& inspection = *outcome.inspection;
    if (options.format == "deeppcb")
        LUPA_TRY(inspection::writeDetectionFile(dir / (job.id + ".txt"), inspection.result.detections));
    else
        LUPA_TRY(writeJsonFile(dir / (job.id + ".json"), inspectionJson(job.tested, job.reference, inspection,
                                                                        classNames, outcome.seconds)));
    if (options.saveMap)
        LUPA_TRY(vision::writeAnomalyMap16(inspection.result.anomalyMap, dir / (job.id + "_map.png")));
    return success();
}

struct Tally {
    std::map<std::string, int> verdicts{{"PASS", 0}, {"FAIL", 0}, {"REVIEW", 0}};
    int failed = 0;
    std::size_t detections = 0;
    double inspectSeconds = 0.0;
    Json errors = Json::array();
};

void count(const InspectJob& job, const JobOutcome& outcome, Tally& tally) {
    tally.inspectSeconds += outcome.seconds;
    if (outcome.error) {
        ++tally.failed;
        tally.errors.push_back({{"image", job.tested.string()}, {"error", outcome.error->describe()}});
        return;
    }
    ++tally.verdicts[vision::toString(outcome.inspection->result.verdict.verdict)];
    tally.detections += outcome.inspection->result.detections.size();
}

/// Images with more pixels than this are inspected one at a time (their maps take ~1 GB per 100 MP).
constexpr std::int64_t kLargeImagePixels = 4096LL * 4096LL;

/// How many images to inspect together next, judged by the size of the ones just inspected.
std::size_t chunkAfter(const std::vector<JobOutcome>& outcomes) {
    for (const auto& outcome : outcomes) {
        if (!outcome.inspection)
            continue;
        const auto& map = outcome.inspection->result.anomalyMap;
        if (static_cast<std::int64_t>(map.width()) * map.height() > kLargeImagePixels)
            return 1;
    }
    return 4 * static_cast<std::size_t>(std::max(1, threadCount()));
}

// Applies `--module-type-file`: the pipeline gets the type's regions and pixel scale; the options its
// reference for the stage (unless one was given) and its name for the QC record (unless one was given).
Result<void> applyModuleType(InspectRunOptions& options, vision::ModulePipeline& pipeline) {
    if (options.moduleTypeFile.empty())
        return success();
    auto type = inspection::readModuleTypeFile(options.moduleTypeFile);
    if (!type)
        return std::move(type).error();
    vision::InspectionSettings settings = pipeline.settings();
    settings.reference.regions = type->regions;
    if (type->micrometresPerPixel > 0.0)
        settings.reference.defects.micrometresPerPixel = type->micrometresPerPixel;
    LUPA_TRY(pipeline.setSettings(settings));
    const auto* reference = type->referenceFor(options.qc.stage);
    if (options.reference.empty() && reference != nullptr)
        options.reference = inspection::resolveReferencePath(options.moduleTypeFile, *reference).string();
    if (options.qc.moduleType == "unknown" && !type->name.empty())
        options.qc.moduleType = type->name;
    return success();
}

} // namespace

Result<CommandOutput> runInspect(const InspectRunOptions& given, ProgressSink& progress) {
    if (given.images.empty() == given.pairs.empty())
        return Error::usage("give either --image IMG ... or --pairs LIST --root DIR");
    if (given.format != "json" && given.format != "deeppcb")
        return Error::usage("--format must be json or deeppcb");
    auto pipeline = makePipeline(given.model, given.channel, given.threshold);
    if (!pipeline)
        return std::move(pipeline).error();
    InspectRunOptions options = given;
    LUPA_TRY(applyModuleType(options, *pipeline));
    auto jobs = jobsOf(options);
    if (!jobs)
        return std::move(jobs).error();
    std::error_code ec;
    std::filesystem::create_directories(options.out, ec);
    if (ec)
        return Error::io(fmt::format("cannot create the output folder ({})", ec.message()), options.out);
    auto recorder = QcRecorder::open(options.qc);
    if (!recorder)
        return std::move(recorder).error();
    const auto classNames = pipeline->settings().classNames;
    const auto wallStart = std::chrono::steady_clock::now();
    Tally tally;
    // The first image goes alone and tells how large the images are: large ones are inspected one at a
    // time (each in parallel tiles), so memory stays bounded; small ones in parallel chunks.
    std::size_t chunk = 1;
    for (std::size_t first = 0; first < jobs->size();) {
        if (progress.isCancelled())
            return Error::cancelled();
        const std::size_t last = std::min(jobs->size(), first + chunk);
        std::vector<JobOutcome> outcomes(last - first);
        parallelFor(outcomes.size(), [&](std::size_t begin, std::size_t end) {
            for (std::size_t i = begin; i < end; ++i)
                outcomes[i] = runJob(*pipeline, (*jobs)[first + i]);
        });
        for (std::size_t i = 0; i < outcomes.size(); ++i) {
            const auto& job = (*jobs)[first + i];
            count(job, outcomes[i], tally);
            if (!outcomes[i].inspection)
                continue;
            LUPA_TRY(writeOutputs(options, job, outcomes[i], classNames));
            LUPA_TRY(recorder->record(job.tested, *outcomes[i].inspection, classNames, *pipeline));
        }
        progress.report(static_cast<double>(last) / static_cast<double>(jobs->size()), "inspecting images");
        chunk = chunkAfter(outcomes);
        first = last;
    }
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
    CommandOutput output;
    output.json = {{"images", jobs->size()},
                   {"inspected", jobs->size() - static_cast<std::size_t>(tally.failed)},
                   {"errors", tally.errors},
                   {"verdicts", tally.verdicts},
                   {"detections", tally.detections},
                   {"channel", vision::toString(pipeline->settings().channel)},
                   {"seconds", wall},
                   {"images_per_second", static_cast<double>(jobs->size()) / std::max(wall, 1e-9)},
                   {"mean_seconds_per_image", tally.inspectSeconds / static_cast<double>(jobs->size())},
                   {"out", options.out}};
    if (recorder->active())
        output.json["qc_database"] = options.qc.database;
    output.summary = fmt::format("{} images: {} PASS, {} FAIL, {} REVIEW, {} unreadable; {} defects; "
                                 "{:.1f} images/s; written to {}",
                                 jobs->size(), tally.verdicts["PASS"], tally.verdicts["FAIL"],
                                 tally.verdicts["REVIEW"], tally.failed, tally.detections,
                                 output.json["images_per_second"].get<double>(), options.out);
    if (tally.failed > 0) // the other images' outputs are written and whole
        return Error::badInput(fmt::format("{} of {} images could not be inspected; first: {}", tally.failed,
                                           jobs->size(), tally.errors[0]["error"].get<std::string>()));
    return output;
}

} // namespace lupa::cli
