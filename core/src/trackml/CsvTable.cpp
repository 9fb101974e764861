// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "trackml/CsvTable.hpp"

namespace lupa::trackml::detail {

Result<void> forEachRow(const std::filesystem::path& path, const std::vector<std::string>& required,
                        const std::vector<std::string>& optional,
                        const std::function<Result<void>(const Row&)>& onRow) {
    auto reader = CsvReader::open(path);
    if (!reader)
        return std::move(reader).error();
    std::vector<std::ptrdiff_t> columns;
    for (const auto& name : required) {
        auto index = reader->columnIndex(name);
        if (!index)
            return std::move(index).error();
        columns.push_back(static_cast<std::ptrdiff_t>(*index));
    }
    for (const auto& name : optional) {
        auto index = reader->columnIndex(name);
        columns.push_back(index ? static_cast<std::ptrdiff_t>(*index) : -1);
    }
    while (true) {
        auto more = reader->next();
        if (!more)
            return std::move(more).error();
        if (!*more)
            return {};
        LUPA_TRY(onRow(Row(*reader, columns)));
    }
}

} // namespace lupa::trackml::detail
