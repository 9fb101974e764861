// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EarlierStages.hpp"

#include <lupa/vision/qc/QcDatabase.hpp>
#include <lupa/vision/qc/Sha256.hpp>

#include <QString>

#include <algorithm>
#include <map>

namespace lupa::app {
namespace {

using vision::qc::QcDatabase;

Result<QcDatabase> openForReading(const std::filesystem::path& database) {
    return QcDatabase::open(database, QcDatabase::OpenMode::ReadOnly);
}

EarlierInspection earlierInspectionOf(const vision::qc::InspectionRecord& record) {
    return {record.id,        record.stage,      record.timeUtc, vision::qc::finalVerdict(record),
            record.imagePath, record.imageSha256};
}

QString pathText(const std::string& path) {
    return QString::fromStdString(path);
}

} // namespace

Result<std::vector<std::string>> EarlierStages::stages(const std::filesystem::path& database) {
    std::error_code ignored; // a file that cannot be looked at is reported by open()
    if (!std::filesystem::exists(database, ignored))
        return QcDatabase::defaultStages();
    auto db = openForReading(database);
    if (!db)
        return std::move(db).error();
    return db->stages();
}

Result<std::vector<EarlierInspection>> EarlierStages::find(const std::filesystem::path& database,
                                                           const std::string& serial,
                                                           const std::string& currentStage) {
    std::error_code ignored;
    if (serial.empty() || !std::filesystem::exists(database, ignored))
        return std::vector<EarlierInspection>();
    auto db = openForReading(database);
    if (!db)
        return std::move(db).error();
    auto order = db->stages();
    if (!order)
        return std::move(order).error();
    const auto current = std::find(order->begin(), order->end(), currentStage);
    auto records = db->inspectionsOf(serial);
    if (!records)
        return std::move(records).error();
    std::map<std::string, EarlierInspection> latest; // oldest first: a later record of a stage replaces it
    for (const auto& record : *records)
        if (std::find(order->begin(), current, record.stage) != current)
            latest[record.stage] = earlierInspectionOf(record);
    std::vector<EarlierInspection> earlier;
    for (auto stage = order->begin(); stage != current; ++stage)
        if (const auto found = latest.find(*stage); found != latest.end())
            earlier.push_back(found->second);
    return earlier;
}

Result<vision::Image> EarlierStages::readRecordedImage(const EarlierInspection& inspection) {
    const std::filesystem::path path(inspection.imagePath);
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(path, ignored))
        return Error::io(tr("The image recorded at stage \"%1\" no longer exists: %2")
                             .arg(QString::fromStdString(inspection.stage), pathText(inspection.imagePath))
                             .toStdString());
    auto sha = vision::qc::sha256OfFile(path);
    if (!sha)
        return std::move(sha).error();
    if (*sha != inspection.imageSha256)
        return Error::badInput(
            tr("The image recorded at stage \"%1\" has changed since it was inspected "
               "(its SHA-256 no longer matches the QC record): %2")
                .arg(QString::fromStdString(inspection.stage), pathText(inspection.imagePath))
                .toStdString());
    return vision::readImage(path);
}

AlignedEarlierImage EarlierStages::alignTo(const vision::Image& earlier, const vision::Image& frame,
                                           const vision::RegistrationConfig& config) {
    if (frame.empty())
        return {earlier, false, tr("there is no current image to align it with").toStdString()};
    auto registration = vision::registerToReference(earlier, frame, config);
    if (!registration)
        return {earlier, false, registration.error().message};
    if (!registration->ok)
        return {earlier, false, registration->failureReason};
    return {vision::warpToReference(earlier, *registration, frame.width(), frame.height()), true, {}};
}

} // namespace lupa::app
