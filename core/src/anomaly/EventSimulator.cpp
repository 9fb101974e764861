// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include "EventDetector.hpp"
#include "EventProcesses.hpp"

#include <lupa/core/Parallel.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace lupa::anomaly {
namespace {

// After this many rejected attempts the hard system is boosted more and more, so that every
// setting ends up passing the selection; with the nominal settings it practically never happens.
constexpr int kFreeAttempts = 100;
constexpr int kMaxAttempts = 1'000'000;

std::uint64_t eventSeed(std::uint64_t seed, Process process, std::uint64_t index) {
    std::uint64_t state = seed ^ (0xa0761d6478bd642fULL * (static_cast<std::uint64_t>(process) + 1));
    state = splitMix64(state) + index;
    return splitMix64(state);
}

void simulateEvent(const EventSimulatorOptions& options, std::uint64_t index, TruthEvent& truth, float* out) {
    EventRandom random(eventSeed(options.seed, options.process, index));
    const Channel channel = channelOf(options.process, random);
    const double massScale =
        std::isfinite(options.massScale) ? std::clamp(options.massScale, 0.01, 100.0) : 1.0;
    const int bits = std::clamp(options.quantisationBits, 0, 20);
    for (int attempt = 0;; ++attempt) {
        const double boost = 1.0 + std::max(0, attempt - kFreeAttempts) / static_cast<double>(kFreeAttempts);
        truth.clear();
        generateChannel(channel, massScale, boost, random, truth);
        // The cap only guards against an endless loop; with the boost above it is never reached.
        if (reconstructEvent(truth, bits, random, out) || attempt >= kMaxAttempts)
            return;
    }
}

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

} // namespace

Channel drawBackgroundChannel(EventRandom& random) {
    const double u = random.uniform();
    if (u < 0.592)
        return Channel::WToLNu;
    if (u < 0.930)
        return Channel::Qcd;
    return u < 0.997 ? Channel::ZToLL : Channel::TTbar;
}

Channel channelOf(Process process, EventRandom& random) {
    switch (process) {
    case Process::Background:
        break;
    case Process::Ato4l:
        return Channel::Ato4l;
    case Process::Leptoquark:
        return Channel::Leptoquark;
    case Process::HToTauTau:
        return Channel::HToTauTau;
    case Process::HChToTauNu:
        return Channel::HChToTauNu;
    }
    return drawBackgroundChannel(random);
}

void generateChannel(Channel channel, double massScale, double boost, EventRandom& random,
                     TruthEvent& event) {
    switch (channel) {
    case Channel::WToLNu:
        return generateWToLNu(boost, random, event);
    case Channel::Qcd:
        return generateQcd(boost, random, event);
    case Channel::ZToLL:
        return generateZToLL(boost, random, event);
    case Channel::TTbar:
        return generateTTbar(boost, random, event);
    case Channel::Ato4l:
        return generateAto4l(massScale, boost, random, event);
    case Channel::Leptoquark:
        return generateLeptoquark(massScale, boost, random, event);
    case Channel::HToTauTau:
        return generateHToTauTau(massScale, boost, random, event);
    case Channel::HChToTauNu:
        return generateHChToTauNu(massScale, boost, random, event);
    }
}

std::string_view processName(Process process) {
    switch (process) {
    case Process::Background:
        return "background";
    case Process::Ato4l:
        return "Ato4l";
    case Process::Leptoquark:
        return "leptoquark";
    case Process::HToTauTau:
        return "hToTauTau";
    case Process::HChToTauNu:
        return "hChToTauNu";
    }
    return "unknown";
}

Result<Process> parseProcess(std::string_view name) {
    std::string accepted;
    for (const Process process : allProcesses()) {
        if (equalsIgnoringCase(name, processName(process)))
            return process;
        accepted += accepted.empty() ? "" : ", ";
        accepted += processName(process);
    }
    return Error::usage(fmt::format("unknown process '{}' (accepted: {})", name, accepted));
}

const std::vector<Process>& allProcesses() {
    static const std::vector<Process> processes{Process::Background, Process::Ato4l, Process::Leptoquark,
                                                Process::HToTauTau, Process::HChToTauNu};
    return processes;
}

EventSimulator::EventSimulator(EventSimulatorOptions options)
    : m_options(options) {}

std::vector<float> EventSimulator::simulate(std::uint64_t first, std::size_t count) const {
    std::vector<float> values(count * kEventValues, 0.0F);
    parallelFor(
        count,
        [&](std::size_t begin, std::size_t end) {
            TruthEvent truth;
            for (std::size_t i = begin; i < end; ++i)
                simulateEvent(m_options, first + i, truth, values.data() + i * kEventValues);
        },
        256);
    return values;
}

} // namespace lupa::anomaly
