// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <lupa/core/Progress.hpp>
#include <lupa/core/Result.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace lupa::anomaly {

/// The processes of the toy generator: a Standard-Model-like background mix and four signals in the
/// spirit of the ADC2021 challenge's.
enum class Process {
    Background, ///< W->l nu 59.2 %, QCD multijet 33.8 %, Z->ll 6.7 %, ttbar 0.3 %
    Ato4l,      ///< a neutral scalar A (50 GeV) -> 4 leptons
    Leptoquark, ///< a leptoquark (80 GeV) -> b tau
    HToTauTau,  ///< a neutral scalar h0 (60 GeV) -> tau tau
    HChToTauNu, ///< a charged scalar h+ (60 GeV) -> tau nu
};

/// "background", "Ato4l", "leptoquark", "hToTauTau", "hChToTauNu".
[[nodiscard]] std::string_view processName(Process process);
/// The process of a name as processName() writes it (case-insensitive); a Usage error listing them.
[[nodiscard]] Result<Process> parseProcess(std::string_view name);
/// Every process, background first.
[[nodiscard]] const std::vector<Process>& allProcesses();

/// Object classes in the ADC2021 `Particles` array (value 3 of each object); 0 = padding.
enum class ObjectClass : int { None = 0, Met = 1, Electron = 2, Muon = 3, Jet = 4 };

/// Settings of the generator.
struct EventSimulatorOptions {
    Process process = Process::Background;
    std::uint64_t seed = 1;
    /// Multiplies the mass of the signal resonance (1 = the nominal mass): larger values give harder,
    /// more separable signal events. Ignored for the background. > 0.
    double massScale = 1.0;
    /// Input quantisation: pT rounded to multiples of 2^-fractionBits GeV and eta, phi to
    /// 2^-fractionBits as a trigger's fixed-point inputs would be; 0 = no quantisation.
    int quantisationBits = 0;
};

/// A toy generator of collision events in the ADC2021 layout, deterministic: event i of a given
/// (process, seed, massScale) is always the same, whatever the block it is generated in. Events
/// pass the dataset's selection: at least one electron or muon with pT > 23 GeV; objects kept
/// when electrons pT > 23 GeV, |eta| < 3; muons pT > 23 GeV, |eta| < 2.1; jets pT > 26 GeV, |eta| < 4;
/// each kind sorted by falling pT and zero-padded (4 e, 4 mu, 10 jets); MET first with eta 0.
class EventSimulator {
public:
    explicit EventSimulator(EventSimulatorOptions options);

    /// Events [first, first + count) as `count` x 19 x 4 floats (pT [GeV], eta, phi [rad], class).
    [[nodiscard]] std::vector<float> simulate(std::uint64_t first, std::size_t count) const;

    [[nodiscard]] const EventSimulatorOptions& options() const { return m_options; }

private:
    EventSimulatorOptions m_options;
};

/// Simulates `events` events and writes them atomically as an ADC2021-layout HDF5 file (dataset
/// `Particles`, float32 (N, 19, 4), and a `lupa_simulation` attribute with the settings as JSON).
/// Progress is reported per block; a cancelled job writes nothing.
Result<void> writeSimulatedEvents(const std::filesystem::path& path, const EventSimulatorOptions& options,
                                  std::uint64_t events, ProgressSink& progress = NullProgress::instance());

} // namespace lupa::anomaly
