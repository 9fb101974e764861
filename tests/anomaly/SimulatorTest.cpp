// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// The toy ADC2021 generator: deterministic, in the dataset's layout and selection, with a background
// mix and signals that differ from it, and files that read back as written.
#include "../core/TempDir.hpp"

#include <lupa/core/Hdf5File.hpp>
#include <lupa/core/Json.hpp>
#include <lupa/core/anomaly/EventSimulator.hpp>
#include <lupa/core/anomaly/FeatureTable.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

namespace lupa::anomaly {
namespace {

constexpr std::size_t kValues = kAdcObjects * kAdcValuesPerObject;

// One object of a simulated event.
struct Object {
    float pt, eta, phi, objectClass;
};

Object objectOf(const std::vector<float>& events, std::size_t event, std::size_t slot) {
    const float* v = events.data() + event * kValues + slot * kAdcValuesPerObject;
    return {v[0], v[1], v[2], v[3]};
}

// Mean observables of a sample.
struct Means {
    double leptons = 0;       ///< electrons + muons per event
    double jets = 0;          ///< jets per event
    double met = 0;           ///< [GeV]
    double leadingLepton = 0; ///< pT of the leading electron or muon [GeV]
};

Means meansOf(const std::vector<float>& events) {
    const std::size_t n = events.size() / kValues;
    Means m;
    for (std::size_t e = 0; e < n; ++e) {
        m.met += objectOf(events, e, 0).pt;
        double leading = 0;
        for (std::size_t slot = 1; slot < kAdcObjects; ++slot) {
            const Object o = objectOf(events, e, slot);
            if (o.objectClass == 4.0F)
                m.jets += 1;
            else if (o.objectClass > 0.0F) {
                m.leptons += 1;
                leading = std::max(leading, static_cast<double>(o.pt));
            }
        }
        m.leadingLepton += leading;
    }
    const auto count = static_cast<double>(n);
    return {m.leptons / count, m.jets / count, m.met / count, m.leadingLepton / count};
}

std::vector<float> simulate(Process process, std::size_t events, double massScale = 1.0,
                            std::uint64_t seed = 11) {
    return EventSimulator({process, seed, massScale, 0}).simulate(0, events);
}

TEST(anomalySimulator, SameSeedSameEventsWhateverTheBlocks) {
    const EventSimulator simulator({Process::HToTauTau, 5, 1.0, 0});
    const auto whole = simulator.simulate(0, 300);
    const auto tail = simulator.simulate(250, 50);
    ASSERT_EQ(whole.size(), 300 * kValues);
    EXPECT_TRUE(std::equal(tail.begin(), tail.end(), whole.begin() + 250 * kValues));
    EXPECT_EQ(EventSimulator({Process::HToTauTau, 5, 1.0, 0}).simulate(0, 300), whole);
    EXPECT_NE(EventSimulator({Process::HToTauTau, 6, 1.0, 0}).simulate(0, 300), whole);
    EXPECT_NE(EventSimulator({Process::Leptoquark, 5, 1.0, 0}).simulate(0, 300), whole);
}

// Checks one kind of object: its class, the thresholds, falling pT, and padding only at the end.
void checkKind(const std::vector<float>& events, std::size_t e, std::size_t first, std::size_t slots,
               float cls, float minPt, float maxEta) {
    bool padded = false;
    float previous = INFINITY;
    for (std::size_t slot = first; slot < first + slots; ++slot) {
        const Object o = objectOf(events, e, slot);
        if (o.objectClass == 0.0F) {
            EXPECT_EQ(o.pt, 0.0F);
            EXPECT_EQ(o.eta, 0.0F);
            EXPECT_EQ(o.phi, 0.0F);
            padded = true;
            continue;
        }
        EXPECT_FALSE(padded) << "event " << e << " slot " << slot << ": an object after padding";
        EXPECT_EQ(o.objectClass, cls);
        EXPECT_GT(o.pt, minPt);
        EXPECT_LT(std::abs(o.eta), maxEta);
        EXPECT_LE(std::abs(o.phi), std::numbers::pi_v<float> + 1e-5F);
        EXPECT_LE(o.pt, previous);
        previous = o.pt;
    }
}

TEST(anomalySimulator, EventsFollowTheLayoutAndPassTheSelection) {
    for (const Process process : allProcesses()) {
        SCOPED_TRACE(std::string(processName(process)));
        const auto events = simulate(process, 400);
        for (std::size_t e = 0; e < 400; ++e) {
            const Object met = objectOf(events, e, 0);
            EXPECT_EQ(met.objectClass, 1.0F);
            EXPECT_EQ(met.eta, 0.0F);
            EXPECT_GE(met.pt, 0.0F);
            checkKind(events, e, 1, 4, 2.0F, 23.0F, 3.0F);
            checkKind(events, e, 5, 4, 3.0F, 23.0F, 2.1F);
            checkKind(events, e, 9, 10, 4.0F, 26.0F, 4.0F);
            EXPECT_TRUE(objectOf(events, e, 1).pt > 23.0F || objectOf(events, e, 5).pt > 23.0F)
                << "event " << e << " has no selected lepton";
        }
    }
}

// Fractions of background events that look like each channel, from observables alone.
TEST(anomalySimulator, BackgroundMixLooksLikeTheDataset) {
    const std::size_t n = 20000;
    const auto events = simulate(Process::Background, n);
    double zLike = 0, wLike = 0, multijet = 0;
    for (std::size_t e = 0; e < n; ++e) {
        const Object met = objectOf(events, e, 0), e1 = objectOf(events, e, 1), e2 = objectOf(events, e, 2);
        const Object mu1 = objectOf(events, e, 5), mu2 = objectOf(events, e, 6);
        const auto pairMass = [](const Object& a, const Object& b) {
            return std::sqrt(2.0 * a.pt * b.pt * (std::cosh(a.eta - b.eta) - std::cos(a.phi - b.phi)));
        };
        const bool ee = e2.objectClass > 0 && std::abs(pairMass(e1, e2) - 91.0) < 15.0;
        const bool mumu = mu2.objectClass > 0 && std::abs(pairMass(mu1, mu2) - 91.0) < 15.0;
        zLike += (ee || mumu) ? 1 : 0;
        const Object lepton = e1.pt > mu1.pt ? e1 : mu1;
        const double mt = std::sqrt(2.0 * lepton.pt * met.pt * (1.0 - std::cos(lepton.phi - met.phi)));
        wLike += (mt > 50.0 && e2.objectClass == 0 && mu2.objectClass == 0) ? 1 : 0;
        multijet += (mt < 30.0 && objectOf(events, e, 9).objectClass > 0) ? 1 : 0;
    }
    const auto fraction = [n](double count) {
        return count / static_cast<double>(n);
    };
    // Z 6.7 % times the efficiency of keeping both leptons; W 59.2 % times that of mT > 50 GeV.
    EXPECT_GT(fraction(zLike), 0.02);
    EXPECT_LT(fraction(zLike), 0.07);
    EXPECT_GT(fraction(wLike), 0.30);
    EXPECT_LT(fraction(wLike), 0.59);
    EXPECT_GT(fraction(multijet), 0.15);
    EXPECT_LT(fraction(multijet), 0.45);
}

TEST(anomalySimulator, SignalsDifferFromTheBackground) {
    const Means background = meansOf(simulate(Process::Background, 5000));
    const Means a = meansOf(simulate(Process::Ato4l, 5000));
    const Means leptoquark = meansOf(simulate(Process::Leptoquark, 5000));
    const Means tautau = meansOf(simulate(Process::HToTauTau, 5000));
    const Means taunu = meansOf(simulate(Process::HChToTauNu, 5000));
    EXPECT_GT(a.leptons, background.leptons + 0.12) << "A -> 4l has more leptons";
    EXPECT_LT(a.met, background.met - 5.0) << "and no neutrinos";
    EXPECT_GT(leptoquark.jets, background.jets + 0.2) << "LQ -> b tau has a b jet";
    EXPECT_GT(std::abs(tautau.met - background.met) +
                  std::abs(tautau.leadingLepton - background.leadingLepton),
              5.0);
    EXPECT_GT(std::abs(taunu.met - background.met) + std::abs(taunu.leadingLepton - background.leadingLepton),
              3.0);
}

TEST(anomalySimulator, LargerMassScaleGivesHarderLeptons) {
    for (const Process process :
         {Process::Ato4l, Process::Leptoquark, Process::HToTauTau, Process::HChToTauNu}) {
        SCOPED_TRACE(std::string(processName(process)));
        const Means nominal = meansOf(simulate(process, 3000, 1.0));
        const Means heavy = meansOf(simulate(process, 3000, 2.0));
        EXPECT_GT(heavy.leadingLepton, nominal.leadingLepton + 5.0);
    }
    EXPECT_EQ(simulate(Process::Background, 50, 1.0), simulate(Process::Background, 50, 3.0))
        << "the background ignores the mass scale";
    EXPECT_EQ(simulate(Process::Ato4l, 20, 0.01).size(), 20 * kValues) << "extreme scales still pass";
    EXPECT_EQ(simulate(Process::HToTauTau, 20, 100.0).size(), 20 * kValues);
}

TEST(anomalySimulator, QuantisationRoundsToFixedPoint) {
    const auto quantised = EventSimulator({Process::Background, 3, 1.0, 4}).simulate(0, 200);
    for (const float v : quantised)
        EXPECT_EQ(v * 16.0F, std::round(v * 16.0F)) << v;
    const auto plain = EventSimulator({Process::Background, 3, 1.0, 0}).simulate(0, 200);
    std::size_t offGrid = 0;
    for (const float v : plain)
        offGrid += (v * 16.0F != std::round(v * 16.0F)) ? 1 : 0;
    EXPECT_GT(offGrid, 1000U);
}

TEST(anomalySimulator, ProcessNamesRoundTrip) {
    ASSERT_EQ(allProcesses().size(), 5U);
    EXPECT_EQ(allProcesses().front(), Process::Background);
    for (const Process process : allProcesses())
        EXPECT_EQ(parseProcess(processName(process)).value(), process);
    EXPECT_EQ(parseProcess("ATO4L").value(), Process::Ato4l);
    const auto unknown = parseProcess("zprime");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().kind, ErrorKind::Usage);
    EXPECT_NE(unknown.error().message.find("hChToTauNu"), std::string::npos);
}

TEST(anomalySimulator, WrittenFileReadsBackAsSimulated) {
    test::TempDir dir;
    const EventSimulatorOptions options{Process::Leptoquark, 21, 1.5, 0};
    ASSERT_TRUE(writeSimulatedEvents(dir / "lq.h5", options, 12345).ok());
    const auto table = readAdcEvents(dir / "lq.h5");
    ASSERT_TRUE(table.ok()) << table.error().describe();
    ASSERT_EQ(table->rowCount(), 12345);
    EXPECT_TRUE(table->adcLayout);
    const auto events = EventSimulator(options).simulate(0, 12345);
    for (std::size_t e = 0; e < 12345; e += 97)
        for (std::size_t f = 0; f < kAdcFeatures; ++f)
            ASSERT_EQ(table->features.values[e * kAdcFeatures + f], events[e * kValues + f / 3 * 4 + f % 3]);
    const auto file = Hdf5File::openForReading(dir / "lq.h5");
    const auto settings = parseJson(file->readAttribute("lupa_simulation").value(), "attribute").value();
    EXPECT_EQ(settings["process"], "leptoquark");
    EXPECT_EQ(settings["events"], 12345);
    EXPECT_EQ(settings["seed"], 21);
}

// A sink that asks to stop after the first report.
class CancelAfterFirstBlock final : public ProgressSink {
public:
    void report(double, std::string_view) override { m_reports++; }
    [[nodiscard]] bool isCancelled() const override { return m_reports > 0; }

private:
    int m_reports = 0;
};

TEST(anomalySimulator, CancelledOrInvalidWritesLeaveNothing) {
    test::TempDir dir;
    CancelAfterFirstBlock cancel;
    const auto cancelled = writeSimulatedEvents(dir / "bg.h5", {}, 25000, cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().kind, ErrorKind::Cancelled);
    const auto badScale = writeSimulatedEvents(dir / "a.h5", {Process::Ato4l, 1, 0.0, 0}, 10);
    ASSERT_FALSE(badScale.ok());
    EXPECT_EQ(badScale.error().kind, ErrorKind::Usage);
    const auto badBits = writeSimulatedEvents(dir / "a.h5", {Process::Ato4l, 1, 1.0, 40}, 10);
    EXPECT_EQ(badBits.error().kind, ErrorKind::Usage);
    EXPECT_EQ(dir.entryCount(), 0U);
}

} // namespace
} // namespace lupa::anomaly
