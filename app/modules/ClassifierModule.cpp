// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The body of lupa_calo_classifier.so (see ClassifierPlugin.hpp).
#include "ClassifierPlugin.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/calo/ShowerSample.hpp>

namespace lupa::cli {
namespace {

Result<ml::Tensor> inputsOf(const std::filesystem::path& path, const ClassifierRequest& request,
                            ProgressSink& progress) {
    auto reader = calo::ShowerReader::open(path);
    if (!reader)
        return std::move(reader).error();
    if (request.options.features == calo::ClassifierFeatures::LowLevel) {
        const std::size_t showers =
            request.maxShowers > 0 ? request.maxShowers : calo::defaultLowLevelShowers(reader->voxelCount());
        return calo::lowLevelInputs(*reader, showers, progress);
    }
    auto sample = calo::readShowerSample(*reader, *request.binning, progress);
    if (!sample)
        return std::move(sample).error();
    return calo::highLevelInputs(*sample, request.maxShowers);
}

} // namespace
} // namespace lupa::cli

extern "C" __attribute__((visibility("default"))) lupa::Result<lupa::calo::ClassifierResult>
lupaCaloClassifierTest(const lupa::cli::ClassifierRequest& request) {
    using namespace lupa;
    setThreadCount(request.threads);
    ProgressSink& progress = request.progress ? *request.progress : NullProgress::instance();
    SubProgress referenceProgress(progress, 0.0, 0.1), candidateProgress(progress, 0.1, 0.2),
        trainProgress(progress, 0.2, 1.0);
    auto reference = cli::inputsOf(request.reference, request, referenceProgress);
    if (!reference)
        return std::move(reference).error();
    auto candidate = cli::inputsOf(request.candidate, request, candidateProgress);
    if (!candidate)
        return std::move(candidate).error();
    return calo::runClassifierTest(*reference, *candidate, request.options, trainProgress);
}
