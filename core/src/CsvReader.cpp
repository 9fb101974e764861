// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/CsvReader.hpp>

#include <fmt/format.h>

#include <cassert>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <zlib.h>

namespace lupa {
namespace {

// Text of a field or column name for a message: at most 40 bytes, control characters and (when the
// text is not valid UTF-8) every non-ASCII byte shown as '?', so binary files give readable errors.
bool isValidUtf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        const std::size_t length = byte < 0x80           ? 1
                                   : (byte >> 5) == 0x6  ? 2
                                   : (byte >> 4) == 0xE  ? 3
                                   : (byte >> 3) == 0x1E ? 4
                                                         : 0;
        if (length == 0 || i + length > text.size())
            return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2)
                return false;
        i += length;
    }
    return true;
}

std::string printable(std::string_view text) {
    constexpr std::size_t kMax = 40;
    const bool cut = text.size() > kMax;
    text = text.substr(0, kMax);
    const bool utf8 = isValidUtf8(text);
    std::string result;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        result.push_back(byte < 0x20 || byte == 0x7F || (byte >= 0x80 && !utf8) ? '?' : c);
    }
    return cut ? result + "..." : result;
}

constexpr std::size_t kChunkBytes = 1 << 18;

// Reads a plain or gzip file chunk by chunk (zlib reads plain files transparently).
class GzipSource {
public:
    explicit GzipSource(const std::filesystem::path& path)
        : m_file(gzopen(path.c_str(), "rb")) {
        if (m_file)
            gzbuffer(m_file, kChunkBytes);
    }
    ~GzipSource() {
        if (m_file)
            gzclose(m_file);
    }
    GzipSource(const GzipSource&) = delete;
    GzipSource& operator=(const GzipSource&) = delete;

    [[nodiscard]] bool isOpen() const { return m_file != nullptr; }

    /// Appends up to kChunkBytes to `buffer`; returns bytes read, 0 at the end, -1 on error.
    int readInto(std::string& buffer) {
        const std::size_t old = buffer.size();
        buffer.resize(old + kChunkBytes);
        const int n = gzread(m_file, buffer.data() + old, static_cast<unsigned>(kChunkBytes));
        buffer.resize(old + static_cast<std::size_t>(std::max(n, 0)));
        return n;
    }

    /// True when the file ended in the middle of a gzip stream (a truncated .gz file).
    [[nodiscard]] bool endedEarly() {
        int code = Z_OK;
        gzerror(m_file, &code);
        return code == Z_BUF_ERROR;
    }

    [[nodiscard]] std::string lastError() {
        int code = 0;
        const char* text = gzerror(m_file, &code);
        return code == Z_ERRNO ? std::strerror(errno) : std::string(text ? text : "unknown error");
    }

private:
    gzFile m_file;
};

template <typename T>
bool parseNumber(std::string_view text, T& value) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && ptr == end && !text.empty();
}

template <typename T>
const char* typeName() {
    if constexpr (std::is_floating_point_v<T>)
        return "a number";
    else if constexpr (std::is_unsigned_v<T>)
        return "a non-negative integer";
    else
        return "an integer";
}

} // namespace

struct CsvReader::Impl {
    std::filesystem::path path;
    CsvOptions options;
    GzipSource source;
    std::string buffer;       // bytes read but not yet consumed
    std::size_t position = 0; // start of the next line in buffer
    bool endOfInput = false;
    std::int64_t line = 0; // line number of the current row
    std::string rowText;   // unescaped copy of the current row when it had quotes
    std::vector<std::string_view> fields;
    std::vector<std::string> header;
    std::size_t expectedWidth = 0;

    explicit Impl(const std::filesystem::path& p, CsvOptions o)
        : path(p)
        , options(o)
        , source(p) {}

    Error error(std::string message) const {
        return Error::badInput(std::move(message), path.string(), line);
    }

    // Finds the next line; false at the end of the input.
    Result<bool> nextLine(std::string_view& lineText) {
        while (true) {
            const auto newline = buffer.find('\n', position);
            if (newline != std::string::npos) {
                lineText = std::string_view(buffer).substr(position, newline - position);
                position = newline + 1;
                return true;
            }
            if (endOfInput) {
                if (position >= buffer.size())
                    return false;
                lineText = std::string_view(buffer).substr(position);
                position = buffer.size();
                return true;
            }
            buffer.erase(0, position);
            position = 0;
            const int n = source.readInto(buffer);
            if (n < 0)
                return Error::badInput(fmt::format("cannot read after line {}: {}", line, source.lastError()),
                                       path.string(), line + 1);
            endOfInput = (n == 0);
            if (endOfInput && source.endedEarly())
                return Error::badInput(
                    fmt::format("the compressed data ends early after line {}: the file is "
                                "truncated",
                                line),
                    path.string(), line + 1);
        }
    }

    void splitPlain(std::string_view text) {
        fields.clear();
        std::size_t start = 0;
        while (true) {
            const auto end = text.find(options.delimiter, start);
            fields.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
            if (end == std::string_view::npos)
                break;
            start = end + 1;
        }
    }

    // Quoted fields: unescape into rowText, then point the views into it.
    Result<void> splitQuoted(std::string_view text) {
        rowText.clear();
        rowText.reserve(text.size());
        std::vector<std::pair<std::size_t, std::size_t>> spans;
        std::size_t i = 0;
        while (true) {
            const std::size_t begin = rowText.size();
            if (i < text.size() && text[i] == '"') {
                ++i;
                while (true) {
                    if (i >= text.size())
                        return error("a quoted field is not closed on its line");
                    if (text[i] == '"') {
                        if (i + 1 < text.size() && text[i + 1] == '"') {
                            rowText.push_back('"');
                            i += 2;
                            continue;
                        }
                        ++i;
                        break;
                    }
                    rowText.push_back(text[i++]);
                }
            }
            while (i < text.size() && text[i] != options.delimiter)
                rowText.push_back(text[i++]);
            spans.emplace_back(begin, rowText.size() - begin);
            if (i >= text.size())
                break;
            ++i; // delimiter
        }
        fields.clear();
        for (const auto& [begin, size] : spans)
            fields.push_back(std::string_view(rowText).substr(begin, size));
        return success();
    }

    // Reads the next non-empty line into fields.
    Result<bool> readRow() {
        std::string_view text;
        while (true) {
            auto more = nextLine(text);
            if (!more)
                return std::move(more).error();
            if (!*more)
                return false;
            ++line;
            if (!text.empty() && text.back() == '\r')
                text.remove_suffix(1);
            if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF")
                text.remove_prefix(3);
            if (!text.empty())
                break;
        }
        if (text.find('"') == std::string_view::npos)
            splitPlain(text);
        else
            LUPA_TRY(splitQuoted(text));
        return true;
    }
};

CsvReader::CsvReader(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
CsvReader::~CsvReader() = default;
CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;

Result<CsvReader> CsvReader::open(const std::filesystem::path& path, CsvOptions options) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error::io("is a folder, not a CSV file", path.string());
    auto impl = std::make_unique<Impl>(path, options);
    if (!impl->source.isOpen())
        return Error::io(fmt::format("cannot open: {}", std::strerror(errno)), path.string());
    if (options.hasHeader) {
        auto row = impl->readRow();
        if (!row)
            return std::move(row).error();
        if (!*row)
            return Error::badInput("the file is empty; expected a header line", path.string(), 1);
        for (auto name : impl->fields)
            impl->header.emplace_back(name);
        impl->expectedWidth = impl->header.size();
    }
    return CsvReader(std::move(impl));
}

const std::vector<std::string>& CsvReader::header() const {
    return m_impl->header;
}

Result<std::size_t> CsvReader::columnIndex(std::string_view name) const {
    for (std::size_t i = 0; i < m_impl->header.size(); ++i)
        if (m_impl->header[i] == name)
            return i;
    return Error::badInput(fmt::format("no column named '{}' in the header", name), m_impl->path.string(), 1);
}

Result<std::vector<std::size_t>> CsvReader::columnIndices(const std::vector<std::string>& names) const {
    std::vector<std::size_t> indices;
    indices.reserve(names.size());
    for (const auto& name : names) {
        auto index = columnIndex(name);
        if (!index)
            return std::move(index).error();
        indices.push_back(*index);
    }
    return indices;
}

Result<bool> CsvReader::next() {
    auto row = m_impl->readRow();
    if (!row || !*row)
        return row;
    const auto width = m_impl->fields.size();
    if (m_impl->options.requireSameWidth) {
        if (m_impl->expectedWidth == 0)
            m_impl->expectedWidth = width;
        else if (width != m_impl->expectedWidth)
            return m_impl->error(fmt::format("expected {} fields, found {}", m_impl->expectedWidth, width));
    }
    return true;
}

std::size_t CsvReader::fieldCount() const {
    return m_impl->fields.size();
}

std::string_view CsvReader::field(std::size_t i) const {
    assert(i < m_impl->fields.size());
    return i < m_impl->fields.size() ? m_impl->fields[i] : std::string_view{};
}

template <typename T>
Result<T> CsvReader::get(std::size_t i) const {
    if (i >= m_impl->fields.size())
        return m_impl->error(fmt::format("missing field {} (the row has {})", i + 1, m_impl->fields.size()));
    T value{};
    if (!parseNumber(m_impl->fields[i], value)) {
        const auto column = i < m_impl->header.size() ? fmt::format("'{}'", printable(m_impl->header[i]))
                                                      : fmt::format("{}", i + 1);
        return m_impl->error(
            fmt::format("column {}: '{}' is not {}", column, printable(m_impl->fields[i]), typeName<T>()));
    }
    return value;
}

std::int64_t CsvReader::lineNumber() const {
    return m_impl->line;
}
const std::filesystem::path& CsvReader::path() const {
    return m_impl->path;
}
Error CsvReader::errorAtLine(std::string message) const {
    return m_impl->error(std::move(message));
}

template Result<int> CsvReader::get<int>(std::size_t) const;
template Result<std::int64_t> CsvReader::get<std::int64_t>(std::size_t) const;
template Result<std::uint64_t> CsvReader::get<std::uint64_t>(std::size_t) const;
template Result<float> CsvReader::get<float>(std::size_t) const;
template Result<double> CsvReader::get<double>(std::size_t) const;

} // namespace lupa
