// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::calo::detail {

/// An XML element with its attributes and children.
struct XmlElement {
    std::string name;
    std::map<std::string, std::string> attributes;
    std::vector<XmlElement> children;
    int line = 0; ///< 1-based line of its start tag
};

/// Parses the small subset of XML that CaloChallenge binning files use: elements with attributes,
/// self-closing tags, comments, an XML declaration and whitespace; text content is ignored and
/// entities are not expanded (the files have neither). lupa's dependencies have no XML library and
/// this subset does not justify adding one. BadInput errors name `sourceName` and the line.
[[nodiscard]] Result<XmlElement> parseXmlElements(std::string_view text, std::string_view sourceName);

} // namespace lupa::calo::detail
