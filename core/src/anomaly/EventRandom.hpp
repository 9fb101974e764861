// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>

namespace lupa::anomaly {

/// splitmix64: one step of a well-mixing 64-bit hash, used to derive per-event seeds.
[[nodiscard]] inline std::uint64_t splitMix64(std::uint64_t& state) {
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// A small, fast generator (xoshiro256**) with hand-written distributions, so that events are the
/// same with every standard library (std::normal_distribution differs between them).
class EventRandom {
public:
    explicit EventRandom(std::uint64_t seed) {
        for (auto& word : m_state)
            word = splitMix64(seed);
    }

    /// 64 random bits.
    std::uint64_t bits() {
        const std::uint64_t result = rotate(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotate(m_state[3], 45);
        return result;
    }
    /// Uniform in [0, 1).
    double uniform() { return static_cast<double>(bits() >> 11) * 0x1.0p-53; }
    /// Uniform in [low, high).
    double uniform(double low, double high) { return low + (high - low) * uniform(); }
    /// True with probability p.
    bool chance(double p) { return uniform() < p; }
    /// Uniform azimuth in [-pi, pi) [rad].
    double phi() { return uniform(-std::numbers::pi, std::numbers::pi); }
    /// Standard normal (Box-Muller).
    double normal() {
        const double radius = std::sqrt(-2.0 * std::log(1.0 - uniform()));
        return radius * std::cos(2.0 * std::numbers::pi * uniform());
    }
    /// Exponential of mean 1.
    double exponential() { return -std::log(1.0 - uniform()); }
    /// Pareto (power law dN/dx ~ x^-(alpha+1)) from `minimum` upwards.
    double pareto(double minimum, double alpha) { return minimum * std::pow(1.0 - uniform(), -1.0 / alpha); }
    /// Poisson of a small mean (Knuth's method).
    int poisson(double mean) {
        const double limit = std::exp(-mean);
        int count = 0;
        for (double product = uniform(); product > limit && count < 64; product *= uniform())
            ++count;
        return count;
    }
    /// Breit-Wigner (Cauchy) of a resonance, truncated to mass +- 5 widths [GeV].
    double breitWigner(double mass, double width) {
        const double edge = std::atan(10.0) / std::numbers::pi; // CDF offset of +- 5 widths
        return mass + 0.5 * width * std::tan(std::numbers::pi * uniform(-edge, edge));
    }

private:
    static std::uint64_t rotate(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

} // namespace lupa::anomaly
