// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "calo/XmlElements.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <optional>

namespace lupa::calo::detail {
namespace {

constexpr std::size_t kMaxDepth = 64;

class XmlScanner {
public:
    XmlScanner(std::string_view text, std::string_view source)
        : m_text(text)
        , m_source(source) {}

    Result<XmlElement> document() {
        std::vector<XmlElement> open;
        std::optional<XmlElement> root;
        while (true) {
            skipText();
            if (m_at >= m_text.size())
                break;
            if (startsWith("<?"))
                LUPA_TRY(skipPast("?>"));
            else if (startsWith("<!--"))
                LUPA_TRY(skipPast("-->"));
            else if (startsWith("</"))
                LUPA_TRY(closeElement(open, root));
            else
                LUPA_TRY(openElement(open, root));
        }
        if (!open.empty())
            return error(fmt::format("the element <{}> is not closed", open.back().name));
        if (!root)
            return error("no XML element found");
        return std::move(*root);
    }

private:
    [[nodiscard]] bool startsWith(std::string_view prefix) const {
        return m_text.substr(m_at).starts_with(prefix);
    }
    // The line of the current position; counts only the newlines since the last call (the position
    // never moves back), so scanning stays linear in the size of the file.
    [[nodiscard]] int line() const {
        m_line += static_cast<int>(std::count(m_text.begin() + static_cast<std::ptrdiff_t>(m_countedUpTo),
                                              m_text.begin() + static_cast<std::ptrdiff_t>(m_at), '\n'));
        m_countedUpTo = m_at;
        return m_line;
    }
    [[nodiscard]] Error error(std::string message) const {
        return Error::badInput(std::move(message), std::string(m_source), line());
    }

    void skipText() {
        while (m_at < m_text.size() && m_text[m_at] != '<')
            ++m_at;
    }
    void skipSpace() {
        while (m_at < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_at])))
            ++m_at;
    }
    Result<void> skipPast(std::string_view end) {
        const auto found = m_text.find(end, m_at);
        if (found == std::string_view::npos)
            return error(fmt::format("'{}' is missing", end));
        m_at = found + end.size();
        return success();
    }
    std::string name() {
        const std::size_t start = m_at;
        while (m_at < m_text.size() &&
               (std::isalnum(static_cast<unsigned char>(m_text[m_at])) || m_text[m_at] == '_' ||
                m_text[m_at] == '-' || m_text[m_at] == ':' || m_text[m_at] == '.'))
            ++m_at;
        return std::string(m_text.substr(start, m_at - start));
    }

    Result<void> attribute(XmlElement& element) {
        const std::string key = name();
        if (key.empty())
            return error(fmt::format("unexpected character in the tag <{}>", element.name));
        skipSpace();
        if (!startsWith("="))
            return error(fmt::format("the attribute '{}' has no value", key));
        ++m_at;
        skipSpace();
        if (m_at >= m_text.size() || (m_text[m_at] != '"' && m_text[m_at] != '\''))
            return error(fmt::format("the value of '{}' is not quoted", key));
        const char quote = m_text[m_at++];
        const auto end = m_text.find(quote, m_at);
        if (end == std::string_view::npos)
            return error(fmt::format("the value of '{}' is not closed", key));
        if (!element.attributes.emplace(key, std::string(m_text.substr(m_at, end - m_at))).second)
            return error(fmt::format("the attribute '{}' appears twice", key));
        m_at = end + 1;
        return success();
    }

    Result<void> openElement(std::vector<XmlElement>& open, std::optional<XmlElement>& root) {
        ++m_at; // '<'
        XmlElement element;
        element.line = line();
        element.name = name();
        if (element.name.empty())
            return error("a tag without a name");
        while (true) {
            skipSpace();
            if (m_at >= m_text.size())
                return error(fmt::format("the tag <{}> is not closed", element.name));
            if (startsWith("/>")) {
                m_at += 2;
                return attach(std::move(element), open, root);
            }
            if (startsWith(">")) {
                ++m_at;
                if (open.size() >= kMaxDepth)
                    return error("elements are nested too deeply");
                open.push_back(std::move(element));
                return success();
            }
            LUPA_TRY(attribute(element));
        }
    }

    Result<void> closeElement(std::vector<XmlElement>& open, std::optional<XmlElement>& root) {
        m_at += 2; // "</"
        const std::string closing = name();
        skipSpace();
        if (!startsWith(">"))
            return error(fmt::format("the closing tag </{}> is not closed", closing));
        ++m_at;
        if (open.empty() || open.back().name != closing)
            return error(fmt::format("</{}> does not close the open element", closing));
        XmlElement element = std::move(open.back());
        open.pop_back();
        return attach(std::move(element), open, root);
    }

    Result<void> attach(XmlElement element, std::vector<XmlElement>& open, std::optional<XmlElement>& root) {
        if (!open.empty()) {
            open.back().children.push_back(std::move(element));
            return success();
        }
        if (root)
            return error(fmt::format("a second top-level element <{}>", element.name));
        root = std::move(element);
        return success();
    }

    std::string_view m_text;
    std::string_view m_source;
    std::size_t m_at = 0;
    mutable std::size_t m_countedUpTo = 0;
    mutable int m_line = 1;
};

} // namespace

Result<XmlElement> parseXmlElements(std::string_view text, std::string_view sourceName) {
    return XmlScanner(text, sourceName).document();
}

} // namespace lupa::calo::detail
