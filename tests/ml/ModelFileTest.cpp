// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Version.hpp>
#include <lupa/core/ml/DatasetHash.hpp>
#include <lupa/core/ml/DenseAutoencoder.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/ModelFile.hpp>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace lupa::ml {
namespace {

namespace fs = std::filesystem;

Tensor shiftedNormalBatch(std::int64_t rows, std::int64_t columns, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<float> normal(3, 2);
    Tensor batch = Tensor::zeros({rows, columns});
    for (auto& value : batch.values)
        value = normal(random);
    return batch;
}

Network networkFromSpec(const NetworkSpec& spec, std::uint64_t seed = 1) {
    auto network = Network::create(spec, seed);
    EXPECT_TRUE(network.ok());
    return std::move(network).value();
}

// Assembles a model file around any JSON and weights, with a correct header and checksum.
std::string assemble(const std::string& json, const std::string& weights) {
    return fmt::format("{}{} {} {}\n{}{}", kModelMagic, json.size(), weights.size(),
                       toHex64(fnv1a64(weights, fnv1a64(json))), json, weights);
}

class mlModelFile : public ::testing::Test {
protected:
    void SetUp() override {
        m_directory = fs::temp_directory_path() /
                      fmt::format("lupa-ml-test-{}-{}", ::testing::UnitTest::GetInstance()->random_seed(),
                                  ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(m_directory);
        fs::create_directories(m_directory);
        m_training = shiftedNormalBatch(200, 57, 1);
        m_metadata.kind = "anomaly-ae";
        m_metadata.normalisation = *Normalisation::fitPerFeature(m_training);
        m_metadata.thresholds = {{"fpr1e-5", 12.5}, {"review", 3.25}};
        m_metadata.trainingSetHash = hashTrainingSet(m_training);
        m_metadata.extra = {{"epochs", 20}, {"note", "unit test"}};
    }
    void TearDown() override { fs::remove_all(m_directory); }

    fs::path m_directory;
    Tensor m_training;
    ModelMetadata m_metadata;
    Network m_network = networkFromSpec(DenseAutoencoderParams{57, {16}, 4}.toSpec(), 3);
};

TEST_F(mlModelFile, SaveLoadPredictGivesIdenticalOutputs) {
    const auto path = m_directory / "model.lupa";
    ASSERT_TRUE(saveModel(path, m_network, m_metadata).ok());
    const auto loaded = loadModel(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    const auto batch = shiftedNormalBatch(33, 57, 2);
    const auto expected = m_network.forward(*m_metadata.normalisation.apply(batch));
    const auto predicted = loaded->predict(batch);
    ASSERT_TRUE(predicted.ok()) << predicted.error().describe();
    EXPECT_EQ(predicted->values, expected->values);
    EXPECT_EQ(loaded->network.spec(), m_network.spec());
    EXPECT_EQ(loaded->prepare(batch)->values, m_metadata.normalisation.apply(batch)->values);
}

TEST_F(mlModelFile, KeepsTheMetadata) {
    const auto path = m_directory / "model.lupa";
    ASSERT_TRUE(saveModel(path, m_network, m_metadata).ok());
    const auto loaded = loadModel(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error().describe();
    const auto& metadata = loaded->metadata;
    EXPECT_EQ(metadata.kind, "anomaly-ae");
    EXPECT_EQ(metadata.inputShape, std::vector<std::int64_t>{57}) << "filled from the network";
    EXPECT_EQ(metadata.normalisation, m_metadata.normalisation);
    EXPECT_EQ(metadata.thresholds, m_metadata.thresholds);
    EXPECT_EQ(metadata.trainingSetHash, m_metadata.trainingSetHash);
    EXPECT_EQ(metadata.extra, m_metadata.extra);
    EXPECT_EQ(metadata.lupaVersion, version());
    EXPECT_EQ(metadata.createdUtc.size(), 20U) << metadata.createdUtc;
    EXPECT_EQ(metadata.createdUtc.back(), 'Z');
}

TEST_F(mlModelFile, IsOneReadableFileWrittenAtomically) {
    const auto path = m_directory / "model.lupa";
    ASSERT_TRUE(saveModel(path, m_network, m_metadata).ok());
    EXPECT_EQ(std::distance(fs::directory_iterator(m_directory), fs::directory_iterator{}), 1)
        << "no temporary file is left behind";
    const auto bytes = *readFile(path);
    EXPECT_EQ(bytes.rfind(kModelMagic, 0), 0U);
    EXPECT_NE(bytes.find("\"kind\": \"dense_autoencoder\""), std::string::npos);
    EXPECT_NE(bytes.find("\"trainingSetHash\": \"fnv1a64:"), std::string::npos);
}

TEST_F(mlModelFile, PredictRefusesAnotherInputShape) {
    const auto loaded = decodeModel(*encodeModel(m_network, m_metadata), "model.lupa");
    ASSERT_TRUE(loaded.ok());
    const auto predicted = loaded->predict(shiftedNormalBatch(4, 56, 1));
    ASSERT_FALSE(predicted.ok());
    EXPECT_EQ(predicted.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(predicted.error().message, "model 'anomaly-ae' expects input shape [N, 57] but got [N, 56]");
}

TEST_F(mlModelFile, SaveRefusesMetadataThatDoesNotFitTheNetwork) {
    auto metadata = m_metadata;
    metadata.inputShape = {1, 57};
    EXPECT_EQ(saveModel(m_directory / "a.lupa", m_network, metadata).error().kind, ErrorKind::Usage);
    metadata = m_metadata;
    metadata.normalisation = Normalisation{{1, 2}, {1, 1}};
    EXPECT_EQ(saveModel(m_directory / "b.lupa", m_network, metadata).error().kind, ErrorKind::Usage);
    EXPECT_FALSE(fs::exists(m_directory / "a.lupa"));
}

TEST_F(mlModelFile, EveryTruncationIsRefused) {
    const auto bytes = *encodeModel(m_network, m_metadata);
    for (std::size_t size = 0; size < bytes.size(); ++size) {
        const auto loaded = decodeModel(std::string_view(bytes).substr(0, size), "cut.lupa");
        ASSERT_FALSE(loaded.ok()) << "truncated to " << size << " bytes";
        EXPECT_EQ(loaded.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(loaded.error().file, "cut.lupa");
    }
    EXPECT_NE(decodeModel(bytes.substr(0, bytes.size() / 2), "cut.lupa").error().message.find("truncated"),
              std::string::npos);
}

TEST_F(mlModelFile, CorruptBytesAnywhereAreRefused) {
    const auto path = m_directory / "corrupt.lupa";
    const auto bytes = *encodeModel(m_network, m_metadata);
    for (std::size_t offset = 0; offset < bytes.size(); offset += 97) {
        auto corrupt = bytes;
        corrupt[offset] = static_cast<char>(corrupt[offset] ^ 0x5a);
        ASSERT_TRUE(writeFileAtomically(path, corrupt).ok());
        const auto loaded = loadModel(path);
        ASSERT_FALSE(loaded.ok()) << "byte " << offset << " flipped";
        EXPECT_EQ(loaded.error().kind, ErrorKind::BadInput);
        EXPECT_EQ(loaded.error().file, path.string());
    }
    const auto appended = decodeModel(bytes + "x", "long.lupa");
    ASSERT_FALSE(appended.ok());
    EXPECT_NE(appended.error().message.find("unexpected bytes"), std::string::npos);
}

TEST_F(mlModelFile, NamesWhatIsWrong) {
    auto messageOf = [](const std::string& bytes) {
        const auto loaded = decodeModel(bytes, "m.lupa");
        EXPECT_FALSE(loaded.ok());
        return loaded.ok() ? std::string() : loaded.error().describe();
    };
    const auto weights = *m_network.saveWeights();
    const auto content = nlohmann::json{{"format", 1},
                                        {"network", m_network.spec().toJson()},
                                        {"metadata", (ModelMetadata{"x", {57}}).toJson()}};
    ASSERT_TRUE(decodeModel(assemble(content.dump(), weights), "m.lupa").ok())
        << "the helper builds valid files";

    EXPECT_EQ(messageOf("PK\x03\x04 a zip file"),
              "m.lupa: not a lupa model file (it does not start with 'LUPA-MODEL 1')");
    EXPECT_EQ(messageOf("LUPA-MODEL 1\n12 x\n"), "m.lupa: truncated or corrupt header line");
    EXPECT_NE(messageOf(assemble("{not json", weights)).find("not valid JSON"), std::string::npos);
    auto future = content;
    future["format"] = 2;
    EXPECT_NE(messageOf(assemble(future.dump(), weights)).find("unsupported model format"),
              std::string::npos);
    auto mistyped = content;
    mistyped["metadata"]["inputShape"] = "57";
    EXPECT_NE(messageOf(assemble(mistyped.dump(), weights)).find("'inputShape' must be a list of integers"),
              std::string::npos);
    const auto otherWeights = *networkFromSpec(DenseAutoencoderParams{57, {8}, 4}.toSpec()).saveWeights();
    EXPECT_EQ(
        messageOf(assemble(content.dump(), otherWeights)),
        "m.lupa: the weights do not fit network 'dense_autoencoder': tensor '0.weight' has shape [8, 57] "
        "where [16, 57] is expected");
    EXPECT_NE(messageOf(assemble(content.dump(), "garbage")).find("do not start with 'LUPA-WEIGHTS 1'"),
              std::string::npos);
}

TEST_F(mlModelFile, CraftedWeightsWithAValidChecksumAreRefusedSafely) {
    // A checksum only catches accidents: the weights reader itself must survive any bytes.
    const auto network = networkFromSpec(MlpParams{{3, 4, 1}}.toSpec());
    const auto weights = *network.saveWeights();
    const auto json = nlohmann::json{{"format", 1},
                                     {"network", network.spec().toJson()},
                                     {"metadata", (ModelMetadata{"x", {3}}).toJson()}}
                          .dump();
    const auto firstValue = weights.find("0.weight") + 8 + 4 + 2 * 8; // name, rank, dimensions
    for (std::size_t size = 0; size < weights.size(); ++size)
        ASSERT_FALSE(decodeModel(assemble(json, weights.substr(0, size)), "m").ok()) << "cut at " << size;
    for (std::size_t offset = 0; offset < weights.size(); ++offset) {
        auto crafted = weights;
        crafted[offset] = static_cast<char>(crafted[offset] ^ 0x81);
        const auto loaded = decodeModel(assemble(json, crafted), "m");
        if (offset < firstValue) {
            EXPECT_FALSE(loaded.ok()) << "structure byte " << offset << " changed";
        }
    }
    auto infinite = weights;
    infinite.replace(firstValue, 4, std::string("\x00\x00\x80\x7f", 4)); // +inf
    const auto loaded = decodeModel(assemble(json, infinite), "m");
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(loaded.error().message.find("non-finite"), std::string::npos) << loaded.error().message;
}

TEST_F(mlModelFile, MissingFileIsAnIoError) {
    const auto loaded = loadModel(m_directory / "absent.lupa");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().kind, ErrorKind::Io);
}

} // namespace
} // namespace lupa::ml
