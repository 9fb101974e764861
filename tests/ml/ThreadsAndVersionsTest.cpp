// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The ML layer follows lupa's thread setting and names its library.
#include "ml/TorchThreads.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/ml/Mlp.hpp>
#include <lupa/core/ml/Network.hpp>
#include <lupa/core/ml/Versions.hpp>

#include <gtest/gtest.h>

namespace lupa::ml {
namespace {

TEST(mlThreads, LibtorchFollowsLupasThreadCountAtItsNextUse) {
    setThreadCount(1);
    auto network = Network::create(MlpParams{{4, 3}, Activation::Relu, false}.toSpec(), 7);
    ASSERT_TRUE(network.ok()) << network.error().describe();
    EXPECT_EQ(detail::torchThreads(), 1);

    setThreadCount(2);
    EXPECT_EQ(detail::torchThreads(), 1) << "nothing of the ML layer ran yet";
    const auto output = network->forward(Tensor::zeros({5, 4}));
    ASSERT_TRUE(output.ok()) << output.error().describe();
    EXPECT_EQ(detail::torchThreads(), 2);
    setThreadCount(0);
}

TEST(mlVersions, NamesLibtorchAndItsVersion) {
    const auto versions = libraryVersions();
    ASSERT_EQ(versions.size(), 1U);
    EXPECT_EQ(versions.front().first, "libtorch");
    EXPECT_NE(versions.front().second.find('.'), std::string::npos) << versions.front().second;
}

} // namespace
} // namespace lupa::ml
