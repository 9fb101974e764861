// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Feature tables from ADC2021 HDF5, CSV and plain HDF5 files: values, column selection, maxRows,
// the non-finite policies, and errors that say where the input is wrong.
#include "../core/TempDir.hpp"

#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace lupa::anomaly {
namespace {

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();

// `events` ADC2021 events whose values encode (event, object, value): 1000 e + 10 o + v.
std::vector<float> adcValues(std::size_t events) {
    std::vector<float> values;
    for (std::size_t e = 0; e < events; ++e)
        for (std::size_t o = 0; o < 19; ++o)
            for (std::size_t v = 0; v < 4; ++v)
                values.push_back(static_cast<float>(1000 * e + 10 * o + v));
    return values;
}

std::filesystem::path writeHdf5(const test::TempDir& dir, const std::string& name, const std::string& dataset,
                                const Shape& shape, const std::vector<float>& values) {
    auto file = Hdf5File::create(dir / name);
    EXPECT_TRUE(file->write<float>(dataset, shape, values).ok());
    EXPECT_TRUE(file->commit().ok());
    return dir / name;
}

std::filesystem::path writeAdc(const test::TempDir& dir, std::vector<float> values) {
    const std::uint64_t events = values.size() / 76;
    return writeHdf5(dir, "events.h5", kAdcDataset, {events, 19, 4}, values);
}

TEST(anomalyFeatureTable, AdcNamesFollowTheLayout) {
    const auto& names = adcFeatureNames();
    ASSERT_EQ(names.size(), static_cast<std::size_t>(kAdcFeatures));
    EXPECT_EQ(names[0], "MET_pt");
    EXPECT_EQ(names[2], "MET_phi");
    EXPECT_EQ(names[3], "e1_pt");
    EXPECT_EQ(names[15], "mu1_pt");
    EXPECT_EQ(names[27], "j1_pt");
    EXPECT_EQ(names[56], "j10_phi");
}

TEST(anomalyFeatureTable, AdcEventsFlattenWithoutTheClass) {
    test::TempDir dir;
    const auto path = writeAdc(dir, adcValues(5));
    const auto table = readAdcEvents(path);
    ASSERT_TRUE(table.ok()) << table.error().describe();
    EXPECT_TRUE(table->adcLayout);
    ASSERT_EQ(table->features.shape, (std::vector<std::int64_t>{5, 57}));
    EXPECT_EQ(table->columns, adcFeatureNames());
    EXPECT_EQ(table->features.row(3)[0], 3000.0F);  // MET pT
    EXPECT_EQ(table->features.row(3)[4], 3011.0F);  // e1 eta
    EXPECT_EQ(table->features.row(3)[56], 3182.0F); // j10 phi
    EXPECT_TRUE(table->labels.empty());
    EXPECT_TRUE(table->weights.empty());
}

TEST(anomalyFeatureTable, AdcColumnsAndMaxRows) {
    test::TempDir dir;
    const auto path = writeAdc(dir, adcValues(16000)); // more than one read block of 2^20 values
    TableOptions options;
    options.columns = {"mu2_phi", "MET_pt"};
    options.maxRows = 15000;
    const auto table = readAdcEvents(path, options).value();
    ASSERT_EQ(table.features.shape, (std::vector<std::int64_t>{15000, 2}));
    EXPECT_EQ(table.columns, options.columns);
    EXPECT_EQ(table.features.row(14999)[0], 14999062.0F);
    EXPECT_EQ(table.features.row(14999)[1], 14999000.0F);
    EXPECT_EQ(readAdcEvents(path).value().rowCount(), 16000);
    options.columns = {"tau1_pt"};
    const auto unknown = readAdcEvents(path, options);
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("tau1_pt"), std::string::npos);
}

TEST(anomalyFeatureTable, AdcShapeAndDatasetErrors) {
    test::TempDir dir;
    const auto other = writeHdf5(dir, "other.h5", "data", {2, 3}, std::vector<float>(6, 1.0F));
    const auto missing = readAdcEvents(other);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, ErrorKind::BadInput);
    EXPECT_NE(missing.error().message.find("Particles"), std::string::npos);
    EXPECT_EQ(missing.error().file, other.string());
    const auto wrong = writeHdf5(dir, "wrong.h5", kAdcDataset, {2, 19, 3}, std::vector<float>(114, 1.0F));
    const auto shape = readAdcEvents(wrong);
    ASSERT_FALSE(shape.ok());
    EXPECT_NE(shape.error().message.find("(2, 19, 3)"), std::string::npos);
    const auto text = dir.write("events.h5", "not,hdf5\n");
    EXPECT_EQ(readAdcEvents(text).error().kind, ErrorKind::BadInput);
}

TEST(anomalyFeatureTable, AdcNonFiniteValuesFollowThePolicy) {
    test::TempDir dir;
    auto values = adcValues(4);
    values[76 * 2 + 4] = kNaN;     // event 2, e1 pT
    values[76 * 2 + 8] = INFINITY; // event 2, e2 pT
    values[76 * 3 + 3] = kNaN;     // event 3, MET class: not a feature
    const auto path = writeAdc(dir, values);
    TableOptions options;
    const auto rejected = readAdcEvents(path, options);
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().line, 2);
    EXPECT_EQ(rejected.error().lineLabel, "row");
    EXPECT_NE(rejected.error().message.find("e1_pt"), std::string::npos);
    options.nonFinite = NonFinitePolicy::Mask;
    const auto masked = readAdcEvents(path, options).value();
    EXPECT_EQ(masked.rowCount(), 4);
    EXPECT_EQ(masked.nonFiniteValues, 2U);
    EXPECT_EQ(masked.features.row(2)[3], 0.0F);
    EXPECT_EQ(masked.features.row(2)[6], 0.0F);
    options.nonFinite = NonFinitePolicy::Drop;
    options.maxRows = 3;
    const auto dropped = readAdcEvents(path, options).value();
    EXPECT_EQ(dropped.rowCount(), 3) << "maxRows counts the rows kept";
    EXPECT_EQ(dropped.droppedRows, 1U);
    EXPECT_EQ(dropped.features.row(2)[0], 3000.0F);
}

TEST(anomalyFeatureTable, CsvWithLabelsAndWeights) {
    test::TempDir dir;
    const auto path = dir.write("t.csv", "a,label,b,w\n1.5,0,2,0.5\n-3,2,4e1,1\n5,1,6,2\n");
    TableOptions options;
    options.labelColumn = "label";
    options.weightColumn = "w";
    const auto table = readCsvTable(path, options);
    ASSERT_TRUE(table.ok()) << table.error().describe();
    EXPECT_EQ(table->columns, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(table->features.values, (std::vector<float>{1.5F, 2, -3, 40, 5, 6}));
    EXPECT_EQ(table->labels, (std::vector<int>{0, 2, 1}));
    EXPECT_EQ(table->weights, (std::vector<float>{0.5F, 1, 2}));
    EXPECT_FALSE(table->adcLayout);
    options.columns = {"b"};
    options.maxRows = 2;
    const auto some = readCsvTable(path, options).value();
    EXPECT_EQ(some.features.values, (std::vector<float>{2, 40}));
    EXPECT_EQ(some.labels.size(), 2U);
}

TEST(anomalyFeatureTable, CsvErrorsNameLineAndColumn) {
    test::TempDir dir;
    const auto path = dir.write("t.csv", "a,b,label\n1,2,0\n3,x,1\n");
    TableOptions options;
    options.columns = {"a", "c"};
    const auto missing = readCsvTable(path, options);
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().message.find("'c'"), std::string::npos);
    EXPECT_EQ(missing.error().line, 1);
    options.columns = {};
    const auto notNumber = readCsvTable(path, options);
    ASSERT_FALSE(notNumber.ok());
    EXPECT_EQ(notNumber.error().line, 3);
    EXPECT_NE(notNumber.error().message.find("'b'"), std::string::npos);
    EXPECT_EQ(notNumber.error().file, path.string());
    for (const char* label : {"0.5", "-1", "one", "nan"}) {
        const auto badLabel = dir.write("l.csv", std::string("a,label\n1,0\n2,") + label + "\n");
        options.labelColumn = "label";
        const auto result = readCsvTable(badLabel, options);
        ASSERT_FALSE(result.ok()) << label;
        EXPECT_EQ(result.error().line, 3);
        EXPECT_NE(result.error().message.find("label"), std::string::npos);
    }
    options.labelColumn = "y";
    EXPECT_FALSE(readCsvTable(path, options).ok());
}

TEST(anomalyFeatureTable, CsvNonFiniteValuesFollowThePolicy) {
    test::TempDir dir;
    const auto path = dir.write("t.csv", "a,b\n1,2\n3,nan\ninf,4\n5,6\n");
    TableOptions options;
    const auto rejected = readCsvTable(path, options);
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().line, 3);
    EXPECT_NE(rejected.error().message.find("'b'"), std::string::npos);
    options.nonFinite = NonFinitePolicy::Mask;
    const auto masked = readCsvTable(path, options).value();
    EXPECT_EQ(masked.features.values, (std::vector<float>{1, 2, 3, 0, 0, 4, 5, 6}));
    EXPECT_EQ(masked.nonFiniteValues, 2U);
    options.nonFinite = NonFinitePolicy::Drop;
    const auto dropped = readCsvTable(path, options).value();
    EXPECT_EQ(dropped.features.values, (std::vector<float>{1, 2, 5, 6}));
    EXPECT_EQ(dropped.droppedRows, 2U);
    const auto weighted = dir.write("w.csv", "a,w\n1,2\n3,-inf\n");
    options.weightColumn = "w";
    options.nonFinite = NonFinitePolicy::Reject;
    const auto weightRejected = readCsvTable(weighted, options);
    ASSERT_FALSE(weightRejected.ok());
    EXPECT_NE(weightRejected.error().message.find("'w'"), std::string::npos);
    options.nonFinite = NonFinitePolicy::Mask;
    EXPECT_EQ(readCsvTable(weighted, options).value().weights, (std::vector<float>{2, 0}));
}

TEST(anomalyFeatureTable, Hdf5TablesAndDispatch) {
    test::TempDir dir;
    const auto plain = writeHdf5(dir, "plain.h5", "x", {3, 2}, {1, 2, 3, kNaN, 5, 6});
    TableOptions options;
    options.dataset = "x";
    options.nonFinite = NonFinitePolicy::Drop;
    const auto table = readHdf5Table(plain, options).value();
    EXPECT_EQ(table.columns, (std::vector<std::string>{"f0", "f1"}));
    EXPECT_EQ(table.features.values, (std::vector<float>{1, 2, 5, 6}));
    EXPECT_EQ(table.droppedRows, 1U);
    options.nonFinite = NonFinitePolicy::Reject;
    const auto rejected = readFeatureTable(plain, options);
    ASSERT_FALSE(rejected.ok());
    EXPECT_EQ(rejected.error().line, 1);
    EXPECT_NE(rejected.error().message.find("f1"), std::string::npos);
    const auto unnamed = readFeatureTable(plain);
    ASSERT_FALSE(unnamed.ok());
    EXPECT_EQ(unnamed.error().kind, ErrorKind::Usage);
    EXPECT_NE(unnamed.error().message.find("x"), std::string::npos);
    options.dataset = "y";
    EXPECT_EQ(readHdf5Table(plain, options).error().kind, ErrorKind::BadInput);
    const auto cube = writeHdf5(dir, "cube.h5", "x", {1, 2, 2}, {1, 2, 3, 4});
    options.dataset = "x";
    EXPECT_NE(readHdf5Table(cube, options).error().message.find("(1, 2, 2)"), std::string::npos);

    EXPECT_TRUE(readFeatureTable(writeAdc(dir, adcValues(2))).value().adcLayout);
    const auto csv = readFeatureTable(dir.write("t.txt", "a\n1\n"));
    EXPECT_EQ(csv.value().features.values, (std::vector<float>{1}));
    EXPECT_EQ(readFeatureTable(dir / "none.csv").error().kind, ErrorKind::Io);
}

} // namespace
} // namespace lupa::anomaly
