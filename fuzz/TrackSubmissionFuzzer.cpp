// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: TrackML submission files (`event_id,hit_id,track_id`), plain and as gzip.
#include "FuzzInput.hpp"

#include <lupa/core/tracking/Submission.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    (void)lupa::tracking::readSubmission(lupa::fuzz::asFile(data, size, "submission.csv"));
    (void)lupa::tracking::readSubmission(lupa::fuzz::asFile(data, size, "submission.csv.gz"));
    return 0;
}
