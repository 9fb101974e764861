// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Throughput of CsvReader on a TrackML-like hits file (plain and gzip), and on the shared real event.
#include "BenchSupport.hpp"

#include <lupa/core/CsvReader.hpp>

#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <fstream>
#include <zlib.h>

namespace {

namespace fs = std::filesystem;

// Writes a hits file with `rows` rows; gzip-compressed when `gzip`.
fs::path makeHitsFile(std::int64_t rows, bool gzip) {
    const fs::path path = fs::temp_directory_path() / fmt::format("lupa-bench-hits-{}-{}.csv", rows, gzip);
    if (fs::exists(path))
        return path;
    std::string text = "hit_id,x,y,z,volume_id,layer_id,module_id\n";
    for (std::int64_t i = 1; i <= rows; ++i)
        text +=
            fmt::format("{},{:.4f},{:.4f},{:.3f},{},{},{}\n", i, -64.4 + i % 1000 * 0.13, 7.1 - i % 777 * 0.2,
                        -1502.5 + i % 3000, 7 + i % 3, 2 + 2 * (i % 7), 1 + i % 1000);
    if (gzip) {
        gzFile file = gzopen(path.c_str(), "wb6");
        gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
        gzclose(file);
    } else {
        std::ofstream(path, std::ios::binary) << text;
    }
    return path;
}

// Reads every row and parses x, y, z as doubles; returns the rows read.
std::int64_t readHits(const fs::path& path) {
    auto reader = lupa::CsvReader::open(path);
    if (!reader)
        return -1;
    auto columns = reader->columnIndices({"x", "y", "z"});
    if (!columns)
        return -1;
    std::int64_t rows = 0;
    double sum = 0;
    while (true) {
        auto more = reader->next();
        if (!more || !*more)
            break;
        for (auto column : *columns)
            sum += reader->get<double>(column).valueOr(0.0);
        ++rows;
    }
    benchmark::DoNotOptimize(sum);
    return rows;
}

void csvRead(benchmark::State& state, bool gzip) {
    const auto rows = lupa::bench::sized<std::int64_t>(120000, 500);
    const auto path = makeHitsFile(rows, gzip);
    for (auto _ : state)
        benchmark::DoNotOptimize(readHits(path));
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(fs::file_size(path)));
}

void BM_CsvReadPlainHits(benchmark::State& state) {
    csvRead(state, false);
}
void BM_CsvReadGzipHits(benchmark::State& state) {
    csvRead(state, true);
}

// The real reduced TrackML event from ../shared/data, when present.
void BM_CsvReadTrackmlReducedEvent(benchmark::State& state) {
    const auto data = lupa::bench::sharedData();
    const auto path = data / "trackml/reduced-event";
    fs::path hits;
    if (!data.empty() && fs::is_directory(path))
        for (const auto& entry : fs::directory_iterator(path))
            if (entry.path().filename().string().find("hits") != std::string::npos)
                hits = entry.path();
    if (hits.empty()) {
        state.SkipWithError("../shared/data/trackml/reduced-event is absent");
        return;
    }
    std::int64_t rows = 0;
    for (auto _ : state)
        rows = readHits(hits);
    state.SetItemsProcessed(state.iterations() * rows);
    state.SetLabel(hits.filename().string());
}

BENCHMARK(BM_CsvReadPlainHits)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CsvReadGzipHits)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CsvReadTrackmlReducedEvent)->Unit(benchmark::kMillisecond);

} // namespace
