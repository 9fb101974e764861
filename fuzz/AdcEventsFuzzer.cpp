// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Fuzz target: ADC2021 event files (anomaly::readAdcEvents, and readFeatureTable's choice between it
// and readHdf5Table), structure-aware (see Hdf5FuzzFile.hpp). Decisions, in order: the event count
// N, the objects `Particles` (usually (N, 19, 4)) and `other` (usually (N, 3)), the file, then the
// reading options.
#include "Hdf5FuzzFile.hpp"

#include <lupa/core/anomaly/FeatureTable.hpp>

namespace {

using lupa::fuzz::pick;

lupa::anomaly::TableOptions fuzzedOptions(FuzzedDataProvider& provider, hsize_t events) {
    lupa::anomaly::TableOptions options;
    const auto& names = lupa::anomaly::adcFeatureNames();
    switch (pick(provider, 4)) {
    case 1: // a few columns by name, maybe repeated
        for (unsigned i = 0, n = 1 + pick(provider, 4); i < n; ++i)
            options.columns.push_back(names[pick(provider, static_cast<unsigned>(names.size()))]);
        break;
    case 2:
        options.columns = {"MET_pt", "no_such_column"};
        break;
    case 3:
        options.columns = {"f0", "f2"}; // names of readHdf5Table's columns
        break;
    default: // every column
        break;
    }
    options.nonFinite = static_cast<lupa::anomaly::NonFinitePolicy>(pick(provider, 3));
    options.maxRows = pick(provider, static_cast<unsigned>(events + 2));
    static const std::array<const char*, 4> kDatasets{"", "Particles", "other", "missing"};
    options.dataset = kDatasets[pick(provider, kDatasets.size())];
    return options;
}

void check(const lupa::Result<lupa::anomaly::FeatureTable>& table, const char* what) {
    if (!table) {
        lupa::fuzz::note(std::string(what) + ": " + table.error().describe());
        return;
    }
    const auto& features = table->features;
    if (!features.isConsistent() || features.shape.size() != 2 ||
        features.shape[1] != static_cast<std::int64_t>(table->columns.size()))
        std::abort(); // a consistent table with one column of features per name
    lupa::fuzz::note(std::string(what) + ": " + std::to_string(table->rowCount()) + " rows");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace lupa::fuzz;
    FuzzedDataProvider provider(data, size);
    const hsize_t events = pick(provider, 9);
    auto particles = planDataset(provider, lupa::anomaly::kAdcDataset, "other",
                                 {events, lupa::anomaly::kAdcObjects, lupa::anomaly::kAdcValuesPerObject});
    auto other = planDataset(provider, "other", lupa::anomaly::kAdcDataset, {events, 3});
    const auto plan = planFile(provider, {std::move(particles), std::move(other)});
    const auto options = fuzzedOptions(provider, events);
    const bool byContent = pick(provider, 2) == 1;

    ValueBytes values(provider.ConsumeRemainingBytes<std::uint8_t>());
    const auto path = writeHdf5(plan, values, "events.h5");
    check(lupa::anomaly::readAdcEvents(path, options), "readAdcEvents");
    if (byContent)
        check(lupa::anomaly::readFeatureTable(path, options), "readFeatureTable");
    return 0;
}
