// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// Phoenix event JSON: every object type lupa reads, the errors, the round trip, the shared ATLAS event.
#include "TempDir.hpp"

#include <lupa/core/phoenix/Drawables.hpp>
#include <lupa/core/phoenix/EventIo.hpp>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

namespace lupa::phoenix {
namespace {

const char* kEvents = R"({
  "event 7": {
    "event number": 7, "run number": "1234", "time": "2026-11-24",
    "Tracks": {"idTracks": [{"pos": [[0, 0, 0], [10, 1, 5], [20, 3, 10]], "dparams": [0.1, -2, 0.5, 1.2, -0.001],
                             "chi2": 3.5, "dof": 4, "color": "#ff0000"},
                            {"dparams": [0, 0, 1, 1, 0.01]}]},
    "Hits": {"pixels": [[1, 2, 3], [4, 5, 6]], "strips": [{"type": "Line", "pos": [0, 0, 0, 1, 1, 1]}]},
    "CaloClusters": {"topo": [{"energy": 25.5, "eta": 0.3, "phi": -1.2}]},
    "CaloCells": {"cells": [{"energy": 1.5, "eta": 0.31, "phi": -1.21, "radius": 1500}]},
    "Jets": {"akt4": [{"eta": 0.3, "phi": -1.2, "energy": 80, "coneR": 0.4}]},
    "Vertices": {"pv": [{"x": 0.01, "y": -0.02, "z": 3.5, "linkedTracks": [0, 1], "linkedTrackCollection": "idTracks"},
                        {"pos": [1, 2, 3]}]},
    "MissingEnergy": {"met": [{"etx": 20, "ety": -15}]},
    "Muons": {"muons": [{"Eta": 1.1, "Phi": 0.2, "pT": 35, "LinkedTracks": ["idTracks:0"]}]},
    "PlanarCaloCells": {"ecal": {"plane": [0, 0, 1, 3000], "cells": []}}
  }
})";

TEST(PhoenixEvent, ReadsEveryObjectType) {
    const auto file = readEvents(Json::parse(kEvents), "events.json");
    ASSERT_TRUE(file.ok()) << file.error().describe();
    ASSERT_EQ(file->events.size(), 1U);
    const Event& event = file->events.front();
    EXPECT_EQ(event.key, "event 7");
    EXPECT_EQ(event.eventNumber, 7);
    EXPECT_EQ(event.runNumber, 1234) << "a number written as a string";
    ASSERT_EQ(event.tracks.size(), 1U);
    ASSERT_EQ(event.tracks[0].items.size(), 2U);
    const Track& track = event.tracks[0].items[0];
    EXPECT_EQ(track.positions.size(), 3U);
    EXPECT_DOUBLE_EQ(track.positions[2][2], 10.0);
    ASSERT_TRUE(track.perigee);
    EXPECT_DOUBLE_EQ((*track.perigee)[4], -0.001);
    EXPECT_EQ(track.dof, 4);
    EXPECT_EQ(track.colour, "#ff0000");
    ASSERT_EQ(event.hits.size(), 2U);
    EXPECT_EQ(event.hits[1].items[0].type, "Line");
    EXPECT_EQ(event.hits[1].items[0].pos.size(), 6U);
    EXPECT_DOUBLE_EQ(event.caloClusters[0].items[0].energy, 25.5);
    EXPECT_EQ(event.caloCells[0].items[0].radius, 1500.0);
    EXPECT_EQ(event.jets[0].items[0].coneR, 0.4);
    EXPECT_EQ(event.vertices[0].items[0].linkedTracks, (std::vector<int>{0, 1}));
    EXPECT_DOUBLE_EQ(event.vertices[0].items[1].position[1], 2.0);
    EXPECT_DOUBLE_EQ(event.missingEnergy[0].items[0].ety, -15.0);
    EXPECT_EQ(event.muons[0].items[0].pt, 35.0) << "pT spelling";
    EXPECT_EQ(event.muons[0].items[0].eta, 1.1) << "Eta spelling";
    ASSERT_EQ(file->warnings.size(), 1U);
    EXPECT_NE(file->warnings[0].find("PlanarCaloCells"), std::string::npos);
}

TEST(PhoenixEvent, DrawablesArePointHitsAndTracksWithPositions) {
    const auto file = readEvents(Json::parse(kEvents), "events.json");
    ASSERT_TRUE(file.ok());
    const auto points = pointHits(file->events.front());
    ASSERT_EQ(points.size(), 2U) << "the Line hit is not a point";
    EXPECT_EQ(points[1].collection, 0);
    EXPECT_DOUBLE_EQ(points[1].position[2], 6.0);
    const auto lines = trackLines(file->events.front());
    ASSERT_EQ(lines.size(), 1U) << "the track with parameters only is left out";
    EXPECT_EQ(lines[0].size(), 3U);
}

TEST(PhoenixEvent, ReadsASingleEventObjectToo) {
    const auto file =
        readEvents(Json::parse(R"({"eventNumber": 3, "Jets": {"j": [{"eta": 1, "phi": 2}]}})"), "one.json");
    ASSERT_TRUE(file.ok()) << file.error().describe();
    ASSERT_EQ(file->events.size(), 1U);
    EXPECT_EQ(file->events[0].eventNumber, 3);
    EXPECT_EQ(file->events[0].jets[0].items.size(), 1U);
}

TEST(PhoenixEvent, ErrorsSayWhichObjectIsWrong) {
    const auto file = readEvents(
        Json::parse(
            R"({"e1": {"Tracks": {"good": [{"pos": [[0,0,0]]}], "bad": [{"pos": [[0,0,0]]}, {"pos": [[1, 2]]}]}}})"),
        "bad.json");
    ASSERT_FALSE(file.ok());
    EXPECT_EQ(file.error().kind, ErrorKind::BadInput);
    EXPECT_EQ(file.error().file, "bad.json");
    EXPECT_EQ(file.error().line, 2) << "the second object of its collection";
    EXPECT_NE(file.error().message.find("event 'e1', Tracks 'bad', object 1"), std::string::npos)
        << file.error().message;
}

TEST(PhoenixEvent, RefusesWhatCannotBeDrawn) {
    for (const char* text :
         {R"({"e": {"Tracks": {"t": [{"chi2": 1}]}}})", R"({"e": {"Jets": {"j": [{"eta": "x", "phi": 1}]}}})",
          R"({"e": {"Hits": {"h": [{"type": "Cloud", "pos": [1, 2, 3]}]}}})",
          R"({"e": {"CaloClusters": {"c": [{"eta": 1, "phi": 1}]}}})",
          R"({"e": {"Hits": {"h": {"pos": [1, 2, 3]}}}})", R"([1, 2])"})
        EXPECT_FALSE(readEvents(Json::parse(text), "x.json").ok()) << text;
}

TEST(PhoenixEvent, WrittenEventsReadBackTheSame) {
    const auto file = readEvents(Json::parse(kEvents), "events.json");
    ASSERT_TRUE(file.ok());
    test::TempDir dir;
    const auto path = dir / "written.json";
    ASSERT_TRUE(writeEventFile(path, file->events).ok());
    const auto again = readEventFile(path);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    EXPECT_EQ(toJson(again->events), toJson(file->events));
    EXPECT_TRUE(again->warnings.empty()) << "the skipped type is not written";
}

// An event holding every collection type lupa reads, with every optional field set somewhere.
Event everyCollectionType() {
    Event event;
    event.key = "all types";
    event.eventNumber = 42;
    event.runNumber = 7;
    Track withPath;
    withPath.positions = {{0, 0, 0}, {30, 2, 10}, {60, 6, 20}};
    withPath.perigee = std::array<double, 5>{0.05, 1.5, 0.1, 1.3, 0.004};
    withPath.chi2 = 12.5;
    withPath.dof = 9;
    withPath.colour = "#00ff88";
    Track parametersOnly;
    parametersOnly.perigee = std::array<double, 5>{-0.2, -3, -2.5, 0.7, -0.02};
    event.tracks = {{"idTracks", {withPath, parametersOnly}}, {"muonTracks", {withPath}}};
    event.hits = {{"pixels", {{"Point", {1, 2, 3}}, {"CircularPoint", {4, 5, 6}}}},
                  {"strips", {{"Line", {0, 0, 0, 1, 1, 1}}, {"Box", {5, 5, 5, 1, 2, 3}}}}};
    event.caloClusters = {{"topo", {{25.5, 0.3, -1.2, std::nullopt, std::nullopt, std::nullopt}}}};
    event.caloCells = {{"cells", {{1.5, 0.31, -1.21, 1500.0, 200.0, 40.0}, {0.5, -2.0, 3.0, {}, {}, {}}}}};
    event.jets = {{"akt4", {{0.3, -1.2, 80.0, 0.4}, {1.0, 2.0, std::nullopt, std::nullopt}}}};
    event.vertices = {{"pv", {{{0.01, -0.02, 3.5}, {0, 1}, "idTracks"}, {{1, 2, 3}, {}, ""}}}};
    event.missingEnergy = {{"met", {{20, -15}}}};
    PhysicsObject muon{1.1, 0.2, 35.0, 40.0, 13, {"idTracks:0"}, {}};
    PhysicsObject electron{-0.5, 2.0, 22.0, std::nullopt, -11, {"idTracks:1"}, {"topo:0"}};
    PhysicsObject photon{0.1, -3.0, std::nullopt, 60.0, 22, {}, {"topo:0"}};
    event.muons = {{"muons", {muon}}};
    event.electrons = {{"electrons", {electron, electron}}};
    event.photons = {{"photons", {photon}}};
    return event;
}

// Collection names and sizes of every type, to compare events.
std::map<std::string, std::size_t> collectionSizes(const Event& event) {
    std::map<std::string, std::size_t> sizes;
    auto add = [&sizes](const char* type, const auto& collections) {
        for (const auto& collection : collections)
            sizes[std::string(type) + "/" + collection.name] = collection.items.size();
    };
    add("Tracks", event.tracks);
    add("Hits", event.hits);
    add("CaloClusters", event.caloClusters);
    add("CaloCells", event.caloCells);
    add("Jets", event.jets);
    add("Vertices", event.vertices);
    add("MissingEnergy", event.missingEnergy);
    add("Muons", event.muons);
    add("Electrons", event.electrons);
    add("Photons", event.photons);
    return sizes;
}

TEST(PhoenixEvent, EveryCollectionTypeSurvivesWriteAndRead) {
    const Event event = everyCollectionType();
    test::TempDir dir;
    const auto path = dir / "all-types.json";
    ASSERT_TRUE(writeEventFile(path, {event}).ok());
    const auto again = readEventFile(path);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    ASSERT_EQ(again->events.size(), 1U);
    EXPECT_TRUE(again->warnings.empty());
    const Event& read = again->events.front();
    EXPECT_EQ(read.key, "all types");
    EXPECT_EQ(read.eventNumber, 42);
    EXPECT_EQ(read.runNumber, 7);
    EXPECT_EQ(collectionSizes(read), collectionSizes(event));
    EXPECT_EQ(collectionSizes(read).size(), 12U) << "ten types, two of them with two collections";
    const Track& track = read.tracks[0].items[0];
    EXPECT_EQ(track.positions, event.tracks[0].items[0].positions);
    EXPECT_EQ(track.perigee, event.tracks[0].items[0].perigee);
    EXPECT_EQ(track.chi2, 12.5);
    EXPECT_EQ(track.dof, 9);
    EXPECT_EQ(track.colour, "#00ff88");
    EXPECT_TRUE(read.tracks[0].items[1].positions.empty());
    EXPECT_EQ(read.hits[0].items[1].type, "CircularPoint");
    EXPECT_EQ(read.hits[1].items[1].type, "Box");
    EXPECT_EQ(read.hits[1].items[1].pos, (std::vector<double>{5, 5, 5, 1, 2, 3}));
    EXPECT_EQ(read.caloCells[0].items[0].z, 200.0);
    EXPECT_EQ(read.caloCells[0].items[0].side, 40.0);
    EXPECT_FALSE(read.caloCells[0].items[1].radius);
    EXPECT_FALSE(read.jets[0].items[1].coneR);
    EXPECT_EQ(read.vertices[0].items[0].linkedTrackCollection, "idTracks");
    EXPECT_EQ(read.electrons[0].items[0].linkedClusters, std::vector<std::string>{"topo:0"});
    EXPECT_EQ(read.electrons[0].items[0].pdgId, -11);
    EXPECT_EQ(read.photons[0].items[0].energy, 60.0);
    EXPECT_FALSE(read.photons[0].items[0].pt);
    EXPECT_EQ(toJson(again->events), toJson({event})) << "nothing lost or changed";
}

TEST(PhoenixSharedData, ReadsTheAtlasEvent) {
    const std::filesystem::path path =
        std::filesystem::path(LUPA_SHARED_DATA_DIR) / "phoenix/events/atlaseventdump2.json";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "no ../shared/data/phoenix here";
    const auto file = readEventFile(path);
    ASSERT_TRUE(file.ok()) << file.error().describe();
    ASSERT_EQ(file->events.size(), 4U);
    const auto found = std::find_if(file->events.begin(), file->events.end(), [](const Event& e) {
        return e.key.starts_with("Event with Jets, Hits");
    });
    ASSERT_NE(found, file->events.end());
    const Event& event = *found;
    std::size_t tracks = 0;
    for (const auto& collection : event.tracks)
        tracks += collection.items.size();
    EXPECT_EQ(tracks, 151U);
    const auto topo =
        std::find_if(event.caloClusters.begin(), event.caloClusters.end(),
                     [](const auto& collection) { return collection.name == "CaloCalTopoClusters"; });
    ASSERT_NE(topo, event.caloClusters.end());
    EXPECT_EQ(topo->items.size(), 13U);
    EXPECT_EQ(event.muons[0].items.size(), 2U);
    ASSERT_EQ(event.hits.size(), 1U);
    EXPECT_EQ(event.hits[0].items.size(), 5U) << "nested point hits are flattened";
    EXPECT_EQ(event.muons[0].items[0].linkedTracks, std::vector<std::string>{"InDetTrackParticles:10"});
}

TEST(PhoenixSharedData, TheAtlasEventSurvivesWriteAndRead) {
    const std::filesystem::path path =
        std::filesystem::path(LUPA_SHARED_DATA_DIR) / "phoenix/events/atlaseventdump2.json";
    if (!std::filesystem::exists(path))
        GTEST_SKIP() << "no ../shared/data/phoenix here";
    const auto file = readEventFile(path);
    ASSERT_TRUE(file.ok()) << file.error().describe();
    test::TempDir dir;
    const auto written = dir / "atlas-again.json";
    ASSERT_TRUE(writeEventFile(written, file->events).ok());
    const auto again = readEventFile(written);
    ASSERT_TRUE(again.ok()) << again.error().describe();
    ASSERT_EQ(again->events.size(), file->events.size());
    for (std::size_t i = 0; i < file->events.size(); ++i) {
        EXPECT_EQ(again->events[i].key, file->events[i].key);
        EXPECT_EQ(collectionSizes(again->events[i]), collectionSizes(file->events[i])) << file->events[i].key;
    }
    EXPECT_EQ(toJson(again->events), toJson(file->events));
}

} // namespace
} // namespace lupa::phoenix
