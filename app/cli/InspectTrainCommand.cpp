// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli inspect train`: an inspection model from good images or labelled template/tested pairs.
#include "InspectCommands.hpp"
#include "InspectionTraining.hpp"

#include <lupa/core/inspection/Detection.hpp>
#include <lupa/vision/SyntheticSample.hpp>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace lupa::cli {
namespace {

struct InspectTrainOptions {
    std::vector<std::string> good;
    std::string pairs;
    std::string root = ".";
    std::string reference;
    std::string out;
    std::string classes = "deeppcb";
    int epochs = 0;
    int classifierEpochs = 0;
    int patches = 4000;
    int patchSize = 32;
    bool noClassifier = false;
    bool noReject = false;
    bool ssim = false;
    double falseAlarm = 0.01;
    double recall = 0.95;
    std::uint64_t seed = 1;
};

bool isImageFile(const std::filesystem::path& path) {
    std::string extension = path.extension().string();
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* known : {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"})
        if (extension == known)
            return true;
    return false;
}

/// The image files named, or inside the folders named (not recursive), sorted.
Result<std::vector<std::filesystem::path>> imagesIn(const std::vector<std::string>& inputs) {
    std::vector<std::filesystem::path> images;
    for (const auto& input : inputs) {
        std::error_code ec;
        if (std::filesystem::is_directory(input, ec)) {
            std::vector<std::filesystem::path> found;
            for (const auto& entry : std::filesystem::directory_iterator(input, ec))
                if (entry.is_regular_file() && isImageFile(entry.path()))
                    found.push_back(entry.path());
            if (found.empty())
                return Error::badInput("the folder holds no image (png, jpg, tif, bmp)", input);
            std::sort(found.begin(), found.end());
            images.insert(images.end(), found.begin(), found.end());
        } else if (std::filesystem::is_regular_file(input, ec)) {
            images.emplace_back(input);
        } else {
            return Error::badInput("no such image or folder", input);
        }
    }
    return images;
}

Result<std::vector<std::string>> classNamesOf(const std::string& classes) {
    if (classes == "deeppcb") {
        const auto& names = inspection::deepPcbClassNames();
        return std::vector<std::string>(names.begin() + 1, names.end());
    }
    if (classes == "synthetic") {
        const auto& names = vision::syntheticClassNames();
        return std::vector<std::string>(names.begin() + 1, names.end());
    }
    return Error::usage("--classes must be deeppcb or synthetic");
}

Result<CommandOutput> runInspectTrain(const InspectTrainOptions& options, const CliContext& context,
                                      ProgressSink& progress) {
    if (options.good.empty() == options.pairs.empty())
        return Error::usage("give either --good DIR ... or --pairs LIST --root DIR");
    InspectionTrainingRequest request;
    if (!options.good.empty()) {
        auto images = imagesIn(options.good);
        if (!images)
            return std::move(images).error();
        request.goodImages = std::move(*images);
    } else {
        auto pairs = inspection::readPairList(options.pairs, options.root);
        if (!pairs)
            return std::move(pairs).error();
        if (pairs->empty())
            return Error::badInput("the pair list is empty", options.pairs);
        request.pairs = std::move(*pairs);
        auto names = classNamesOf(options.classes);
        if (!names)
            return std::move(names).error();
        request.classNames = std::move(*names);
    }
    if (!(options.falseAlarm > 0.0 && options.falseAlarm < 1.0))
        return Error::usage("--false-alarm must be in (0, 1)");
    request.epochs = options.epochs;
    request.classifierEpochs = options.classifierEpochs;
    request.patches = options.patches;
    request.patchSize = options.patchSize;
    request.trainClassifier = !options.noClassifier;
    request.rejectFalseAlarms = !options.noReject;
    request.settings.autoencoderSsim = options.ssim;
    request.falseAlarmRate = options.falseAlarm;
    request.templateRecall = options.recall;
    request.seed = options.seed;
    request.threads = context.threads;
    request.progress = &progress;
    auto trained = trainInspectionModel(request);
    if (!trained)
        return std::move(trained).error();
    trained->model.settings["reference"] = options.reference;
    LUPA_TRY(inspection::writeInspectionModel(options.out, trained->model));
    CommandOutput output;
    output.json = trained->summary;
    output.json["out"] = options.out;
    const auto& settings = trained->summary["settings"];
    output.summary =
        fmt::format("channel {}, template threshold {:.4g}, autoencoder threshold {:.4g}{}; written to {}",
                    settings["channel"].get<std::string>(), settings["template_threshold"].get<double>(),
                    settings["autoencoder_threshold"].get<double>(),
                    trained->model.classifier.empty() ? "" : ", with a defect classifier", options.out);
    return output;
}

} // namespace

void addInspectTrainCommand(CLI::App& group, CommandRegistry& registry) {
    auto options = std::make_shared<InspectTrainOptions>();
    CLI::App* command = registry.add(
        group, "train", "Train an inspection model: autoencoder, calibrated thresholds, defect classifier",
        [options](const CliContext& context, ProgressSink& progress) {
            return runInspectTrain(*options, context, progress);
        });
    command->add_option("--good", options->good, "Defect-free images or folders of them, repeatable");
    command->add_option("--pairs", options->pairs, "Or: a DeepPCB-style pair list with defect boxes");
    command->add_option("--root", options->root, "Folder the pair list's paths are relative to")
        ->capture_default_str();
    command->add_option("--reference", options->reference,
                        "Golden reference the model is meant for (recorded)");
    command->add_option("--out", options->out, "Inspection model file to write")->required();
    command->add_option("--epochs", options->epochs, "Autoencoder epochs (default 8)")
        ->check(CLI::Range(0, 10000));
    command->add_option("--classifier-epochs", options->classifierEpochs, "Classifier epochs (default 20)")
        ->check(CLI::Range(0, 10000));
    command->add_option("--patches", options->patches, "Autoencoder training patches")
        ->check(CLI::Range(16, 10'000'000))
        ->capture_default_str();
    command->add_option("--patch-size", options->patchSize, "Autoencoder patch side (px)")
        ->check(CLI::Range(16, 512))
        ->capture_default_str();
    command->add_flag("--no-classifier", options->noClassifier, "Do not train the defect classifier");
    command->add_flag("--ssim", options->ssim,
                      "Score the autoencoder by structural dissimilarity (1 - SSIM) / 2 "
                      "instead of the squared error");
    command->add_flag("--no-reject", options->noReject,
                      "No \"no defect\" class: the classifier never drops a "
                      "detection");
    command
        ->add_option("--classes", options->classes, "Class names of the pairs' labels: deeppcb or synthetic")
        ->capture_default_str();
    command
        ->add_option("--false-alarm", options->falseAlarm, "Fraction of good images the thresholds may flag")
        ->capture_default_str();
    command
        ->add_option("--recall", options->recall,
                     "With --pairs: the template threshold keeps this fraction of the "
                     "labelled defects (0 = calibrate at --false-alarm instead)")
        ->check(CLI::Range(0.0, 1.0))
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Seed of patches, initialisation and batches")
        ->capture_default_str();
}

} // namespace lupa::cli
