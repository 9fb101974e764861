// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "qc/QcDatabaseImpl.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <set>

namespace lupa::vision::qc {

QcDatabase::QcDatabase(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl)) {}
QcDatabase::QcDatabase(QcDatabase&&) noexcept = default;
QcDatabase& QcDatabase::operator=(QcDatabase&&) noexcept = default;
QcDatabase::~QcDatabase() = default;

const std::filesystem::path& QcDatabase::path() const {
    return m_impl->path;
}

const std::vector<std::string>& QcDatabase::defaultStages() {
    // The stages at which a hybrid or pixel module is typically photographed on its way to installation.
    static const std::vector<std::string> stages{
        "reception",           "after assembly",         "after wire-bonding",
        "after encapsulation", "after parylene coating", "after thermal cycling",
        "after burn-in",       "before shipping",        "after shipping",
        "before loading"};
    return stages;
}

Result<std::vector<std::string>> QcDatabase::stages() const {
    const auto& file = m_impl->file;
    auto statement =
        detail::Statement::prepare(m_impl->db.get(), "SELECT name FROM stages ORDER BY position, name", file);
    if (!statement)
        return std::move(statement).error();
    std::vector<std::string> names;
    while (true) {
        auto row = statement->step("reading the stages");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return names;
        names.push_back(statement->text(0));
    }
}

namespace {

Result<void> validateStageList(const std::vector<std::string>& stages, const std::string& file) {
    if (stages.empty())
        return Error::badInput("the list of production stages is empty", file);
    std::set<std::string> seen;
    for (const auto& stage : stages) {
        if (stage.empty())
            return Error::badInput("a production stage has an empty name", file);
        if (!seen.insert(stage).second)
            return Error::badInput(fmt::format("production stage \"{}\" appears twice", stage), file);
    }
    return success();
}

/// Stages that inspections refer to but `stages` does not list.
Result<std::vector<std::string>> stagesStillInUse(sqlite3* db, const std::vector<std::string>& stages,
                                                  const std::string& file) {
    auto statement =
        detail::Statement::prepare(db, "SELECT DISTINCT stage FROM inspections ORDER BY stage", file);
    if (!statement)
        return std::move(statement).error();
    std::vector<std::string> missing;
    while (true) {
        auto row = statement->step("reading the stages in use");
        if (!row)
            return std::move(row).error();
        if (!*row)
            return missing;
        auto used = statement->text(0);
        if (std::find(stages.begin(), stages.end(), used) == stages.end())
            missing.push_back(std::move(used));
    }
}

} // namespace

Result<void> QcDatabase::setStages(const std::vector<std::string>& stages) {
    const auto& file = m_impl->file;
    sqlite3* db = m_impl->db.get();
    LUPA_TRY(m_impl->requireWritable("changing the production stages"));
    LUPA_TRY(validateStageList(stages, file));
    auto transaction = detail::Transaction::beginWrite(db, file);
    if (!transaction)
        return std::move(transaction).error();
    auto inUse = stagesStillInUse(db, stages, file);
    if (!inUse)
        return std::move(inUse).error();
    if (!inUse->empty())
        return Error::badInput(
            fmt::format("production stage \"{}\" cannot be removed: inspections refer to it",
                        fmt::join(*inUse, "\", \"")),
            file);
    // The stages are deleted and written anew; inspections refer to them, so check that at commit.
    LUPA_TRY(detail::execute(db, "PRAGMA defer_foreign_keys = ON", "changing the production stages", file));
    auto remove = detail::Statement::prepare(db, "DELETE FROM stages", file);
    if (!remove)
        return std::move(remove).error();
    LUPA_TRY(remove->run("removing the old stages"));
    auto insert = detail::Statement::prepare(db, "INSERT INTO stages(name, position) VALUES (?, ?)", file);
    if (!insert)
        return std::move(insert).error();
    for (std::size_t i = 0; i < stages.size(); ++i) {
        insert->reset();
        insert->bind(1, std::string_view(stages[i])).bind(2, static_cast<std::int64_t>(i));
        LUPA_TRY(insert->run("writing a stage"));
    }
    return transaction->commit();
}

} // namespace lupa::vision::qc
