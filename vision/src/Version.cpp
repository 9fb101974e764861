// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/vision/Version.hpp>

#include <opencv2/core/version.hpp>

namespace lupa::vision {

std::vector<LibraryVersion> libraryVersions() {
    return {{"OpenCV", CV_VERSION}};
}

} // namespace lupa::vision
