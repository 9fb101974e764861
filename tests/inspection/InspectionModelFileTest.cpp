// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/inspection/InspectionModelFile.hpp>

#include <gtest/gtest.h>

#include <filesystem>

namespace lupa::inspection {
namespace {

InspectionModelContent sample() {
    InspectionModelContent content;
    content.settings = {{"thresholds", {{"template", 0.25}}}, {"classNames", {"open", "short"}}};
    constexpr char kPart[] = "LUPA-MODEL 1\nnot parsed here\0binary"; // an embedded NUL must survive
    content.autoencoder = std::string(kPart, sizeof(kPart) - 1);
    content.classifier = "";
    return content;
}

TEST(InspectionModelFile, RoundTripKeepsSettingsAndParts) {
    const auto bytes = assembleInspectionModel(sample());
    const auto parsed = parseInspectionModel(bytes, "m.lupa");
    ASSERT_TRUE(parsed.ok()) << parsed.error().describe();
    EXPECT_EQ(parsed->settings["thresholds"]["template"].get<double>(), 0.25);
    EXPECT_EQ(parsed->settings["format"].get<int>(), 1);
    EXPECT_EQ(parsed->autoencoder, sample().autoencoder);
    EXPECT_TRUE(parsed->classifier.empty());
}

TEST(InspectionModelFile, EveryTruncationIsABadInputNamingTheFile) {
    const auto bytes = assembleInspectionModel(sample());
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        const auto parsed = parseInspectionModel(std::string_view(bytes).substr(0, size), "m.lupa");
        ASSERT_FALSE(parsed.ok()) << "accepted a file cut at " << size;
        EXPECT_EQ(parsed.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(parsed.error().file, "m.lupa");
    }
}

TEST(InspectionModelFile, AFlippedByteFailsTheChecksum) {
    auto bytes = assembleInspectionModel(sample());
    bytes[bytes.size() - 3] ^= 0x20;
    const auto parsed = parseInspectionModel(bytes, "m.lupa");
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.error().message.find("checksum"), std::string::npos);
}

TEST(InspectionModelFile, RefusesOtherFilesAndTrailingBytes) {
    EXPECT_FALSE(parseInspectionModel("LUPA-MODEL 1\n", "m").ok());
    EXPECT_FALSE(parseInspectionModel(assembleInspectionModel(sample()) + "x", "m").ok());
}

TEST(InspectionModelFile, WritesAtomicallyAndReadsBack) {
    const auto dir = std::filesystem::temp_directory_path() / "lupa-inspection-model-test";
    std::filesystem::create_directories(dir);
    const auto path = dir / "model.lupa";
    ASSERT_TRUE(writeInspectionModel(path, sample()).ok());
    const auto read = readInspectionModel(path);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->autoencoder, sample().autoencoder);
    EXPECT_EQ(readInspectionModel(dir / "missing.lupa").error().kind, ErrorKind::Io);
    std::filesystem::remove_all(dir);
}

} // namespace
} // namespace lupa::inspection
