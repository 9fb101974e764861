// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: lupa contributors
// `lupa-cli render` in all four views (3d, xy, rz, etaphi) of a simulated TrackML event and of a generated
// Phoenix event, and of the shared real events when ../shared/data is there: each PNG is checked for
// content (not blank; pixels of the hit, track, jet and missing-energy colours present).
#include "CliRunner.hpp"

#include <lupa/core/Json.hpp>
#include <lupa/core/phoenix/EventIo.hpp>
#include <lupa/core/tracking/Submission.hpp>
#include <lupa/core/trackml/EventReader.hpp>
#include <lupa/visualization/ColourMap.hpp>
#include <lupa/visualization/DetectorGeometry.hpp>
#include <lupa/visualization/EventScene.hpp>
#include <lupa/visualization/PngFile.hpp>

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <numbers>

namespace lupa::test {
namespace {

using visualization::RgbImage;

constexpr const char* kViews[] = {"3d", "xy", "rz", "etaphi"};
constexpr int kTolerance = 40; // per channel [0-255]: lines and points are blended at their edges

std::array<std::uint8_t, 3> bytesOf(const visualization::Rgb& colour) {
    return {static_cast<std::uint8_t>(std::lround(colour.r * 255)),
            static_cast<std::uint8_t>(std::lround(colour.g * 255)),
            static_cast<std::uint8_t>(std::lround(colour.b * 255))};
}

std::size_t pixelsOf(const RgbImage& image, const visualization::Rgb& colour) {
    return visualization::countPixelsNear(image, bytesOf(colour), kTolerance);
}

// Pixels that are not the render command's background (0.05, 0.06, 0.09).
std::size_t drawnPixels(const RgbImage& image) {
    return image.pixels.size() / 3 - visualization::countPixelsNear(image, {13, 15, 23}, 4);
}

// Pixels in the colours of the lego plot's map (viridis), sampled at 32 points.
std::size_t legoPixels(const RgbImage& image) {
    std::size_t count = 0;
    for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3)
        for (int k = 0; k < 32; ++k) {
            const auto c = bytesOf(visualization::colourAt(visualization::ColourMap::Viridis, k / 31.0));
            if (std::abs(image.pixels[i] - c[0]) <= 12 && std::abs(image.pixels[i + 1] - c[1]) <= 12 &&
                std::abs(image.pixels[i + 2] - c[2]) <= 12) {
                ++count;
                break;
            }
        }
    return count;
}

struct Picture {
    Json json;
    RgbImage image;
};

class RenderViews : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = std::filesystem::temp_directory_path() / ("lupa-render-views-" + std::to_string(::getpid()));
        std::filesystem::create_directories(m_dir);
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }

    std::string path(const std::string& name) const { return (m_dir / name).string(); }

    // Renders with `arguments` into <view>-<tag>.png and reads the JSON and the picture back.
    Picture render(const std::string& arguments, const std::string& view, const std::string& tag) const {
        const std::string out = path(tag + "-" + view + ".png");
        const auto run =
            runCli("--json render " + arguments + " --view " + view + " --size 480x320 --out " + out);
        EXPECT_EQ(run.exitCode, 0) << view << ": " << run.err;
        Picture picture;
        if (auto json = parseJson(run.out, "stdout"); json.ok())
            picture.json = *json;
        if (auto image = visualization::readPng(out); image.ok())
            picture.image = std::move(*image);
        EXPECT_EQ(picture.image.width, 480) << view;
        EXPECT_EQ(picture.image.height, 320) << view;
        return picture;
    }

    std::filesystem::path m_dir;
};

// Truth particles as track candidates: a submission file beside the event.
std::string writeTruthSubmission(const std::string& prefix, const std::string& out) {
    auto event = trackml::readEvent(prefix);
    EXPECT_TRUE(event.ok()) << event.error().describe();
    tracking::TrackAssignment assignment;
    for (const auto& truth : event->truth)
        if (truth.particleId != 0)
            assignment[truth.hitId] = truth.particleId;
    EXPECT_TRUE(tracking::writeSubmission(out, 1, assignment).ok());
    return out;
}

// The volume with the most hits, whose colour the pictures must show.
int busiestVolume(const std::string& prefix) {
    auto event = trackml::readEvent(prefix);
    std::map<int, int> counts;
    for (const auto& hit : event->hits)
        ++counts[hit.volume];
    int best = 0;
    for (const auto& [volume, count] : counts)
        if (count > counts[best])
            best = volume;
    return best;
}

void checkTrackmlPicture(const Picture& picture, const std::string& view, int volume, bool withGeometry) {
    const RgbImage& image = picture.image;
    EXPECT_GT(picture.json["hits"].get<int>(), 0) << view;
    EXPECT_GT(picture.json["tracks"].get<int>(), 0) << view;
    EXPECT_GT(drawnPixels(image), image.pixels.size() / 3 / 200) << view << ": blank picture";
    EXPECT_GE(pixelsOf(image, visualization::kTrackColour), 10U) << view << ": no track colour";
    if (view == "etaphi") {
        EXPECT_GT(picture.json["etaphi_bins"].get<int>(), 10) << view;
        EXPECT_GE(legoPixels(image), 500U) << view << ": no lego bins";
        EXPECT_EQ(picture.json["modules"], 0) << "no detector in eta-phi";
    } else {
        EXPECT_GE(pixelsOf(image, visualization::groupColour(volume)), 10U) << view << ": no hit colour";
        EXPECT_EQ(picture.json["modules"].get<int>() > 0, withGeometry && view != "rz") << view;
    }
}

TEST_F(RenderViews, SimulatedTrackmlEventInEveryView) {
    const auto simulate = runCli("--json track simulate --events 1 --mu 3 --seed 11 --out " + path("sim") +
                                 " --geometry-out " + path("sim/detectors.csv"));
    ASSERT_EQ(simulate.exitCode, 0) << simulate.err;
    const std::string prefix = path("sim/event000000001");
    const std::string tracks = writeTruthSubmission(prefix, path("sim/truth-tracks.csv"));
    const int volume = busiestVolume(prefix);
    for (const std::string view : kViews) {
        const auto picture =
            render("--event " + prefix + " --geometry " + path("sim/detectors.csv") + " --tracks " + tracks,
                   view, "sim");
        checkTrackmlPicture(picture, view, volume, true);
    }
}

// A small Phoenix event: 12 straight tracks with 8 hits each, a track given by its parameters only,
// calorimeter cells at the tracks' ends, two jets and missing energy.
std::vector<phoenix::Event> generatedPhoenixEvents() {
    phoenix::Event event;
    event.key = "generated";
    phoenix::Collection<phoenix::Hit> hits{"pixels", {}};
    phoenix::Collection<phoenix::Track> tracks{"tracks", {}};
    phoenix::Collection<phoenix::CaloDeposit> cells{"cells", {}};
    for (int t = 0; t < 12; ++t) {
        const double phi = -3.0 + 0.5 * t;
        const double eta = -1.2 + 0.2 * t;
        phoenix::Track track;
        for (int layer = 1; layer <= 8; ++layer) {
            const double r = 60.0 * layer;
            const phoenix::Point3 p{r * std::cos(phi), r * std::sin(phi), r * std::sinh(eta)};
            track.positions.push_back(p);
            hits.items.push_back({"Point", {p[0], p[1], p[2]}});
        }
        tracks.items.push_back(track);
        cells.items.push_back({5.0 + t, eta, phi, 1500.0, std::nullopt, 60.0});
    }
    phoenix::Track parametersOnly;
    parametersOnly.perigee = std::array<double, 5>{0.0, 0.0, 0.3, 1.2, 0.002};
    tracks.items.push_back(parametersOnly);
    event.hits.push_back(hits);
    event.tracks.push_back(tracks);
    event.caloCells.push_back(cells);
    event.jets.push_back({"jets", {{0.5, 1.0, 120.0, 0.4}, {-0.8, -2.0, 60.0, 0.4}}});
    event.missingEnergy.push_back({"met", {{40.0, -25.0}}});
    return {event};
}

TEST_F(RenderViews, GeneratedPhoenixEventInEveryView) {
    const std::string file = path("generated.json");
    ASSERT_TRUE(phoenix::writeEventFile(file, generatedPhoenixEvents()).ok());
    for (const std::string view : kViews) {
        const auto picture = render("--event " + file, view, "phoenix");
        const RgbImage& image = picture.image;
        EXPECT_GT(drawnPixels(image), image.pixels.size() / 3 / 100) << view << ": blank picture";
        EXPECT_EQ(picture.json["tracks"], 13) << view << ": 12 with positions, one helix";
        EXPECT_EQ(picture.json["jets"], 2) << view;
        EXPECT_EQ(picture.json["calo_deposits"], 12) << view;
        EXPECT_EQ(picture.json["missing_energy"], view == "rz" ? 0 : 1) << view;
        EXPECT_GE(pixelsOf(image, visualization::kTrackColour), 10U) << view << ": no track colour";
        if (view == "etaphi") {
            EXPECT_GE(pixelsOf(image, visualization::kJetColour), 10U) << "jet circles";
            EXPECT_GE(pixelsOf(image, visualization::kMissingEnergyColour), 10U) << "missing energy line";
            EXPECT_GE(legoPixels(image), 50U) << "calorimeter cells in the lego grid";
        } else {
            EXPECT_EQ(picture.json["hits"], 96) << view;
            EXPECT_GE(pixelsOf(image, visualization::groupColour(0)), 10U) << view << ": no hit colour";
        }
        if (view == "xy") {
            EXPECT_GE(pixelsOf(image, visualization::kMissingEnergyColour), 10U) << "missing energy arrow";
        }
    }
}

TEST_F(RenderViews, TowersAreALegoPlotToo) {
    const std::string file = path("generated.json");
    ASSERT_TRUE(phoenix::writeEventFile(file, generatedPhoenixEvents()).ok());
    const auto picture = render("--event " + file + " --lego towers", "etaphi", "towers");
    EXPECT_EQ(picture.json["etaphi_bins"], 12);
    EXPECT_GT(drawnPixels(picture.image), picture.image.pixels.size() / 3 / 100) << "blank picture";
}

TEST_F(RenderViews, UnknownLegoStyleIsAUsageError) {
    const auto run = runCli("render --event x.json --view etaphi --lego bars --out " + path("x.png"));
    EXPECT_EQ(run.exitCode, 2) << run.err;
    EXPECT_NE(run.err.find("grid, towers"), std::string::npos) << run.err;
}

const std::filesystem::path kShared = LUPA_SHARED_DATA_DIR;

TEST_F(RenderViews, SharedTrackmlEventInEveryView) {
    const std::string prefix = (kShared / "trackml/reduced-event/event000000001").string();
    const std::string detectors = (kShared / "trackml/geometry/detectors.csv.gz").string();
    if (!std::filesystem::exists(prefix + "-hits.csv.gz") || !std::filesystem::exists(detectors))
        GTEST_SKIP() << "no ../shared/data/trackml here";
    const std::string tracks = writeTruthSubmission(prefix, path("shared-truth-tracks.csv"));
    const int volume = busiestVolume(prefix);
    for (const std::string view : kViews) {
        const auto picture = render("--event " + prefix + " --geometry " + detectors + " --tracks " + tracks,
                                    view, "shared-trackml");
        checkTrackmlPicture(picture, view, volume, true);
        if (view == "3d") {
            EXPECT_EQ(picture.json["modules"], 18728);
        }
    }
}

TEST_F(RenderViews, SharedAtlasEventInEveryView) {
    const auto file = kShared / "phoenix/events/atlaseventdump2.json";
    if (!std::filesystem::exists(file))
        GTEST_SKIP() << "no ../shared/data/phoenix here";
    const auto events = phoenix::readEventFile(file);
    ASSERT_TRUE(events.ok()) << events.error().describe();
    std::size_t index = 0;
    while (index < events->events.size() && !events->events[index].key.starts_with("Event with Jets, Hits"))
        ++index;
    ASSERT_LT(index, events->events.size());
    for (const std::string view : kViews) {
        const auto picture =
            render("--event " + file.string() + " --index " + std::to_string(index), view, "shared-atlas");
        if (view != "etaphi") { // there: the tracks inside the clusters' eta range
            EXPECT_EQ(picture.json["tracks"], 151) << view;
        }
        EXPECT_GT(picture.json["tracks"].get<int>(), 100) << view;
        EXPECT_EQ(picture.json["jets"], 1) << view;
        EXPECT_EQ(picture.json["calo_deposits"], 13) << view;
        EXPECT_GT(drawnPixels(picture.image), picture.image.pixels.size() / 3 / 200) << view << ": blank";
        EXPECT_GE(pixelsOf(picture.image, visualization::kTrackColour), 10U) << view << ": no track colour";
        if (view == "etaphi") {
            EXPECT_GE(pixelsOf(picture.image, visualization::kJetColour), 10U) << "jet circle";
        }
    }
}

} // namespace
} // namespace lupa::test
