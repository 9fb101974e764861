// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>
#include <lupa/core/inspection/Detection.hpp>
#include <lupa/core/inspection/ModuleType.hpp>
#include <lupa/vision/Defects.hpp>
#include <lupa/vision/Image.hpp>
#include <lupa/vision/Photometric.hpp>
#include <lupa/vision/Registration.hpp>
#include <lupa/vision/TemplateDifference.hpp>
#include <lupa/vision/Verdict.hpp>

#include <vector>

namespace lupa::vision {

/// Every parameter of the reference-based inspection; the defaults are tuned on DeepPCB pairs.
struct InspectionConfig {
    RegistrationConfig registration{.fastPathWholePixels = true};
    PhotometricMethod photometric = PhotometricMethod::None;
    TemplateDifferenceConfig difference;
    double threshold = 0.3; ///< raw difference (0–1 grey range) that maps to 1.0 in the anomaly map
    DefectConfig defects;
    VerdictConfig verdict;
    /// Regions of interest of the module type (reference pixels): the map is weighted by their
    /// sensitivities (applyRegions) and defects are named by region. Not stored in model files.
    std::vector<inspection::RegionOfInterest> regions;
    /// The anomaly map is computed on square tiles of this side (px) of the reference frame, overlapping
    /// by the reach of the filters and processed in parallel, so memory stays bounded on 100-megapixel
    /// images; the result does not depend on it (except with CLAHE, which equalises each tile). Not
    /// stored in model files.
    int tileSidePx = 1024;
};

/// Everything one reference-based inspection produced.
struct InspectionResult {
    Registration registration;
    /// F32 anomaly map in reference coordinates, normalised so that 1.0 = at threshold.
    Image anomalyMap;
    /// Defects with boxes in tested-image coordinates, sorted by decreasing confidence.
    std::vector<inspection::Detection> detections;
    VerdictResult verdict;
    double registrationSeconds = 0.0; ///< time spent aligning (s)
    double totalSeconds = 0.0;        ///< time of the whole inspection (s)
};

/// Inspects `tested` against its golden `reference`: registration, photometric normalisation, template
/// difference, defect extraction and verdict. Accepts 8-bit, 16-bit and colour images (compared as 8-bit
/// grey). A BadInput error when an image is empty or the two differ too much in size or aspect ratio to be
/// the same module (area ratio outside [0.5, 2] or aspect ratios differing by more than 20 %).
[[nodiscard]] Result<InspectionResult> inspectAgainstReference(const Image& tested, const Image& reference,
                                                               const InspectionConfig& config);

} // namespace lupa::vision
