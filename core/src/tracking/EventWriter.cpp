// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
#include <lupa/core/AtomicFile.hpp>
#include <lupa/core/Parallel.hpp>
#include <lupa/core/tracking/EventWriter.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string_view>
#include <vector>
#include <zlib.h>

namespace lupa::tracking {
namespace {

using Buffer = fmt::memory_buffer;

/// A number written with a fixed number of decimals (at most 9).
struct Fixed {
    double value;
    int decimals;
};

/// A number written in the shortest form that reads back exactly.
struct Exact {
    double value;
};

template <typename Integer>
void append(Buffer& out, Integer value) {
    fmt::format_to(fmt::appender(out), "{}", value);
}

void append(Buffer& out, Exact number) {
    fmt::format_to(fmt::appender(out), "{}", number.value);
}

// Much faster than fmt's "{:.4f}" (which takes ~0.3 us a number): scale, round half away from zero, print
// the integer. Rounded zeros print without a sign.
void append(Buffer& out, Fixed number) {
    constexpr double kPowers[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
    const double scaled = std::round(number.value * kPowers[number.decimals]);
    if (!(std::abs(scaled) < 9e15)) { // beyond 64-bit integers, or not finite
        fmt::format_to(fmt::appender(out), "{:.{}f}", number.value, number.decimals);
        return;
    }
    auto n = static_cast<long long>(scaled);
    if (n < 0) {
        out.push_back('-');
        n = -n;
    }
    const auto unit = static_cast<long long>(kPowers[number.decimals]);
    append(out, n / unit);
    if (number.decimals == 0)
        return;
    char digits[10] = {'.'};
    long long fraction = n % unit;
    for (int i = number.decimals; i >= 1; --i, fraction /= 10)
        digits[i] = static_cast<char>('0' + fraction % 10);
    out.append(digits, digits + number.decimals + 1);
}

/// Appends the fields separated by commas, and a line end.
template <typename First, typename... Rest>
void row(Buffer& out, First first, Rest... rest) {
    append(out, first);
    ((out.push_back(','), append(out, rest)), ...);
    out.push_back('\n');
}

void header(Buffer& out, std::string_view line) {
    out.append(line.data(), line.data() + line.size());
}

Result<void> writeGzip(const std::filesystem::path& path, const Buffer& text) {
    const auto temporary = temporarySiblingOf(path);
    gzFile file = gzopen(temporary.c_str(), "wb6");
    if (!file)
        return Error::io("cannot create the file", path.string());
    bool ok = true;
    for (std::size_t done = 0; ok && done < text.size();) { // gzwrite takes at most UINT_MAX bytes
        const auto chunk = static_cast<unsigned>(std::min<std::size_t>(text.size() - done, 1U << 30));
        ok = gzwrite(file, text.data() + done, chunk) == static_cast<int>(chunk);
        done += chunk;
    }
    ok = gzclose(file) == Z_OK && ok;
    if (!ok) {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        return Error::io("cannot write the file", path.string());
    }
    return replaceAtomically(temporary, path);
}

Result<void> writePart(const std::string& prefix, const char* part, const Buffer& text,
                       const EventWriteOptions& options) {
    const std::filesystem::path path = prefix + "-" + part + (options.gzip ? ".csv.gz" : ".csv");
    if (options.gzip)
        return writeGzip(path, text);
    return writeFileAtomically(path, std::string_view(text.data(), text.size()));
}

// Positions to 0.1 um, vertices x and y to 1 nm, momenta to 1 keV.
void formatHits(const trackml::Event& event, Buffer& out) {
    out.reserve(event.hits.size() * 48 + 64); // growing would copy the text again and again
    header(out, "hit_id,x,y,z,volume_id,layer_id,module_id\n");
    for (const auto& h : event.hits)
        row(out, h.id, Fixed{h.x, 4}, Fixed{h.y, 4}, Fixed{h.z, 4}, h.volume, h.layer, h.module);
}

void formatParticles(const trackml::Event& event, Buffer& out) {
    out.reserve(event.particles.size() * 96 + 64);
    header(out, "particle_id,vx,vy,vz,px,py,pz,q,nhits,particle_type\n");
    for (const auto& p : event.particles)
        row(out, p.id, Fixed{p.vx, 6}, Fixed{p.vy, 6}, Fixed{p.vz, 4}, Fixed{p.px, 6}, Fixed{p.py, 6},
            Fixed{p.pz, 6}, p.charge, p.hitCount, p.pdgId);
}

void formatTruth(const trackml::Event& event, Buffer& out) {
    out.reserve(event.truth.size() * 100 + 64);
    header(out, "hit_id,particle_id,tx,ty,tz,tpx,tpy,tpz,weight\n");
    for (const auto& t : event.truth)
        row(out, t.hitId, t.particleId, Fixed{t.tx, 4}, Fixed{t.ty, 4}, Fixed{t.tz, 4}, Fixed{t.tpx, 6},
            Fixed{t.tpy, 6}, Fixed{t.tpz, 6}, Exact{t.weight});
}

void formatCells(const trackml::Event& event, Buffer& out) {
    out.reserve(event.cells.size() * 24 + 64);
    header(out, "hit_id,ch0,ch1,value\n");
    for (const auto& c : event.cells)
        row(out, c.hitId, c.channel0, c.channel1, Fixed{c.value, 4});
}

struct Part {
    const char* name;
    void (*format)(const trackml::Event&, Buffer&);
};

constexpr Part kParts[] = {
    {"hits", &formatHits}, {"particles", &formatParticles}, {"truth", &formatTruth}, {"cells", &formatCells}};

} // namespace

std::string eventName(std::uint64_t number) {
    return fmt::format("event{:09d}", number);
}

Result<void> writeEvent(const trackml::Event& event, const std::string& prefix,
                        const EventWriteOptions& options) {
    const std::size_t parts = options.cells ? 4 : 3;
    std::vector<Result<void>> results(parts);
    // The files are independent: format and write them in parallel.
    parallelFor(parts, [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            Buffer out;
            kParts[i].format(event, out);
            results[i] = writePart(prefix, kParts[i].name, out, options);
        }
    });
    for (auto& result : results)
        LUPA_TRY(std::move(result));
    return success();
}

} // namespace lupa::tracking
