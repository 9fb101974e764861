// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace lupa {

/// Options of CsvReader.
struct CsvOptions {
    char delimiter = ',';
    bool hasHeader = true;        ///< the first non-empty line names the columns
    bool requireSameWidth = true; ///< every row must have as many fields as the header (or the first row)
};

/// A streaming CSV reader for plain or gzip-compressed files (detected from the content, not the name).
/// Fields are views into an internal buffer, valid until the next call of next(). Quoted fields
/// ("a,b", with "" for a quote) are supported within one line. Every error names the file and line.
///
/// ```
/// auto reader = CsvReader::open("event000001000-hits.csv.gz");
/// auto x = reader->columnIndex("x");
/// while (true) { auto more = reader->next(); if (!more) return more.error(); if (!*more) break;
///                auto value = reader->get<double>(*x); ... }
/// ```
class CsvReader {
public:
    ~CsvReader();
    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;

    /// Opens a file and reads its header; an Io error when it cannot be opened, BadInput when it is empty.
    [[nodiscard]] static Result<CsvReader> open(const std::filesystem::path& path, CsvOptions options = {});

    /// Column names (empty when the file has no header).
    [[nodiscard]] const std::vector<std::string>& header() const;
    /// Index of a named column, or a BadInput error naming the file and the missing column.
    [[nodiscard]] Result<std::size_t> columnIndex(std::string_view name) const;
    /// Indices of several columns at once, or an error for the first missing one.
    [[nodiscard]] Result<std::vector<std::size_t>> columnIndices(const std::vector<std::string>& names) const;

    /// Moves to the next row: true when there is one, false at the end, an Error when the file is corrupt
    /// (bad gzip stream, wrong number of fields).
    [[nodiscard]] Result<bool> next();

    /// Number of fields of the current row.
    [[nodiscard]] std::size_t fieldCount() const;
    /// Text of field i of the current row (no bounds check beyond an assertion).
    [[nodiscard]] std::string_view field(std::size_t i) const;
    /// Field i parsed as T (int, std::int64_t, std::uint64_t, float or double); a BadInput error naming
    /// file, line and column when the text is not a complete number of that type.
    template <typename T>
    [[nodiscard]] Result<T> get(std::size_t i) const;

    /// 1-based line number of the current row in the file.
    [[nodiscard]] std::int64_t lineNumber() const;
    [[nodiscard]] const std::filesystem::path& path() const;
    /// A BadInput error located at the current line of this file.
    [[nodiscard]] Error errorAtLine(std::string message) const;

private:
    struct Impl;
    explicit CsvReader(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

extern template Result<int> CsvReader::get<int>(std::size_t) const;
extern template Result<std::int64_t> CsvReader::get<std::int64_t>(std::size_t) const;
extern template Result<std::uint64_t> CsvReader::get<std::uint64_t>(std::size_t) const;
extern template Result<float> CsvReader::get<float>(std::size_t) const;
extern template Result<double> CsvReader::get<double>(std::size_t) const;

} // namespace lupa
